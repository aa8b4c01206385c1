import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { casePatch } from '../../src/core/case/case-patch'
import { DEFAULT_CHECKLISTS, DEFAULT_REPORT_HEADER } from '../../src/core/case/case-settings'
import { readCase } from '../../src/main/services/case-store'
import { saveRequest } from '../../src/main/services/case-saves'
import { forgetVersions } from '../../src/main/services/case-versions'
import { savedHarbourCase } from './harbour-case'

async function opened() {
  const path = await savedHarbourCase()
  const loaded = await readCase(path)
  if (!loaded.ok) throw new Error(loaded.error.message)
  return { path, ...loaded.value }
}

describe('saving a patch', () => {
  it('applies the patch to the version its fingerprint names and writes the result', async () => {
    const { path, case: c, fingerprint } = await opened()
    const next = { ...c, items: [{ ...c.items[0], status: 'verified' }] }
    const saved = await saveRequest(path, { fingerprint, patch: casePatch(c, next) })
    if (!saved.ok) throw new Error(saved.error.message)
    expect(saved.value.merged).toBeNull()
    const onDisk = JSON.parse(readFileSync(path, 'utf8'))
    expect(onDisk.items[0].status).toBe('verified')
    // The next patch starts from the version just written.
    const again = { ...next, items: [{ ...next.items[0], verdictNote: 'Annual report, p. 4' }] }
    const second = await saveRequest(path, { fingerprint: saved.value.fingerprint, patch: casePatch(next, again) })
    expect(second.ok).toBe(true)
    expect(JSON.parse(readFileSync(path, 'utf8')).items[0]).toMatchObject({
      status: 'verified',
      verdictNote: 'Annual report, p. 4'
    })
  })

  it('finds a version no longer held among the backups', async () => {
    const { path, case: c, fingerprint } = await opened()
    forgetVersions(path)
    const next = { ...c, threshold: 0.8 }
    const saved = await saveRequest(path, { fingerprint, patch: casePatch(c, next) })
    expect(saved.ok).toBe(true)
  })

  it('refuses a patch that is not valid, or that breaks the case, and writes nothing', async () => {
    const { path, case: c, fingerprint } = await opened()
    const before = readFileSync(path, 'utf8')
    const badItem = casePatch(c, { ...c, items: [{ ...c.items[0], status: 7 as never }] })
    const refused = await saveRequest(path, { fingerprint, patch: badItem })
    expect(refused.ok ? 'ok' : refused.error.code).toBe('invalid-input')
    const noDraft = await saveRequest(path, { fingerprint, patch: casePatch(c, { ...c, currentDraftId: 'd9' }) })
    expect(noDraft.ok ? 'ok' : noDraft.error.message).toMatch(/no draft has the id "d9"/)
    expect(readFileSync(path, 'utf8')).toBe(before)
  })

  it('saves checklists and a report header, and refuses ones a case could not use', async () => {
    const { path, case: c, fingerprint } = await opened()
    const lists = { ...DEFAULT_CHECKLISTS, quote: [{ key: 'tape', label: 'Tape heard', hint: '' }] }
    const twice = { ...lists, quote: [...lists.quote, { key: 'tape', label: 'Tape kept', hint: '' }] }
    const before = readFileSync(path, 'utf8')
    for (const bad of [
      { checklists: twice },
      { checklists: { ...lists, quote: [{ key: 'tape', label: '  ', hint: '' }] } },
      { checklists: { quote: [] } as never },
      { reportHeader: { newsroom: 'Herald' } as never }
    ]) {
      const refused = await saveRequest(path, { fingerprint, patch: casePatch(c, { ...c, ...bad }) })
      expect(refused.ok ? 'ok' : refused.error.message).toMatch(
        /^Not saved: the change is not valid \(fields\.(checklists|reportHeader)/
      )
    }
    expect(readFileSync(path, 'utf8')).toBe(before)
    const header = { ...DEFAULT_REPORT_HEADER, newsroom: 'Herald' }
    const saved = await saveRequest(path, {
      fingerprint,
      patch: casePatch(c, { ...c, checklists: lists, reportHeader: header })
    })
    if (!saved.ok) throw new Error(saved.error.message)
    const onDisk = JSON.parse(readFileSync(path, 'utf8'))
    expect(onDisk.checklists.quote).toEqual(lists.quote)
    expect(onDisk.reportHeader).toEqual(header)
    // Undone back to a case without them: the fields go, and the case reads the built-in ones again.
    const undone = await saveRequest(path, {
      fingerprint: saved.value.fingerprint,
      patch: casePatch({ ...c, checklists: lists, reportHeader: header }, c)
    })
    if (!undone.ok) throw new Error(undone.error.message)
    expect(Object.keys(JSON.parse(readFileSync(path, 'utf8')))).not.toContain('checklists')
  })

  it('answers conflict when the version a patch was made on is unknown', async () => {
    const { path, case: c } = await opened()
    const saved = await saveRequest(path, {
      fingerprint: 'f'.repeat(64),
      patch: casePatch(c, { ...c, threshold: 0.8 })
    })
    expect(saved.ok ? 'ok' : saved.error.code).toBe('conflict')
  })
})
