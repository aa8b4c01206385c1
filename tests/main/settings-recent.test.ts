import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { DEFAULT_SETTINGS } from '../../src/shared/contract'
import { loadSettings, saveSettings } from '../../src/main/services/settings'
import { MAX_RECENT, addRecent, forgetRecent, listRecent } from '../../src/main/services/recent'
import { defaultDataDir, safeFileName } from '../../src/main/services/data-dir'
import { tempDir } from '../helpers/temp-dir'

describe('settings', () => {
  it('starts from the defaults and keeps what is saved', async () => {
    const dir = tempDir()
    expect(await loadSettings(dir)).toEqual(DEFAULT_SETTINGS)
    const saved = await saveSettings(dir, { checkerName: '  Ines Duarte ', paperSize: 'Letter' })
    expect(saved).toEqual({ ok: true, value: { checkerName: 'Ines Duarte', paperSize: 'Letter' } })
    expect(await loadSettings(dir)).toEqual({ checkerName: 'Ines Duarte', paperSize: 'Letter' })
  })

  it('falls back to the defaults for a damaged file, field by field', async () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'settings.json'), '{"checkerName": "Ana", "paperSize": "A3"}')
    expect(await loadSettings(dir)).toEqual({ checkerName: 'Ana', paperSize: 'A4' })
    writeFileSync(join(dir, 'settings.json'), 'not json')
    expect(await loadSettings(dir)).toEqual(DEFAULT_SETTINGS)
  })

  it('refuses a paper size it cannot print', async () => {
    const saved = await saveSettings(tempDir(), { checkerName: 'Ana', paperSize: 'A3' as 'A4' })
    expect(saved.ok ? 'ok' : saved.error.code).toBe('invalid-input')
  })
})

describe('recent files', () => {
  it(`lists cases newest first, without duplicates, at most ${MAX_RECENT}, only those still on disk`, async () => {
    const dir = tempDir()
    const cases = join(dir, 'cases')
    mkdirSync(cases)
    for (let n = 0; n < MAX_RECENT + 2; n += 1) {
      const casePath = join(cases, `a${n}.factdesk.json`)
      writeFileSync(casePath, '{}')
      await addRecent(dir, {
        casePath,
        articlePath: null,
        title: `A${n}`,
        openedAt: `2024-03-14T10:00:${String(n).padStart(2, '0')}Z`
      })
    }
    await addRecent(dir, {
      casePath: join(cases, 'a3.factdesk.json'),
      articlePath: null,
      title: 'A3 again',
      openedAt: '2024-03-15T00:00:00Z'
    })
    await addRecent(dir, {
      casePath: join(cases, 'gone.factdesk.json'),
      articlePath: null,
      title: 'Gone',
      openedAt: '2024-03-16T00:00:00Z'
    })
    const list = await listRecent(dir)
    expect(list.map((entry) => entry.title).slice(0, 3)).toEqual(['A3 again', 'A11', 'A10'])
    expect(list.length).toBeLessThanOrEqual(MAX_RECENT)
    expect(new Set(list.map((entry) => entry.casePath)).size).toBe(list.length)
  })

  it('keeps a case whose file has gone, marked missing for the start screen, until it is removed', async () => {
    const dir = tempDir()
    const here = join(dir, 'here.factdesk.json')
    const gone = join(dir, 'gone.factdesk.json')
    writeFileSync(here, '{}')
    writeFileSync(gone, '{}')
    await addRecent(dir, { casePath: here, articlePath: null, title: 'Here', openedAt: '2024-03-14T10:00:00Z' })
    await addRecent(dir, { casePath: gone, articlePath: null, title: 'Gone', openedAt: '2024-03-14T11:00:00Z' })
    rmSync(gone)
    // Menus and start-up skip it; the start screen's list shows it, marked.
    expect((await listRecent(dir)).map((entry) => entry.title)).toEqual(['Here'])
    const shown = await listRecent(dir, { withMissing: true })
    expect(shown.map((entry) => [entry.title, entry.missing ?? false])).toEqual([
      ['Gone', true],
      ['Here', false]
    ])
    // The mark is the file's state now, never stored: the file back, the entry is an ordinary one again.
    writeFileSync(gone, '{}')
    await addRecent(dir, { ...shown[0], openedAt: '2024-03-14T12:00:00Z' })
    expect((await listRecent(dir, { withMissing: true })).map((entry) => entry.missing ?? false)).toEqual([
      false,
      false
    ])
    expect(readFileSync(join(dir, 'recent.json'), 'utf8')).not.toContain('missing')
    await forgetRecent(dir, gone)
    expect((await listRecent(dir, { withMissing: true })).map((entry) => entry.title)).toEqual(['Here'])
  })
})

describe('data folder', () => {
  it('follows FACTDESK_DATA_DIR, then XDG_CONFIG_HOME, then ~/.config', () => {
    expect(defaultDataDir({ FACTDESK_DATA_DIR: '/srv/fd' })).toBe('/srv/fd')
    expect(defaultDataDir({ XDG_CONFIG_HOME: '/home/x/.cfg' })).toBe('/home/x/.cfg/factdesk')
    expect(defaultDataDir({})).toMatch(/\.config\/factdesk$/)
  })

  it('makes uploaded names safe to create', () => {
    expect(safeFileName('../../etc/passwd')).toBe('passwd')
    expect(safeFileName('C:\\Users\\me\\draft.docx')).toBe('draft.docx')
    expect(safeFileName('.hidden')).toBe('hidden')
    expect(safeFileName('a/b/..')).toBe('file')
  })
})
