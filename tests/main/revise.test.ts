import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { CaseFile } from '../../src/shared/case'
import { casePatch } from '../../src/core/case/case-patch'
import { readCase, writeCase } from '../../src/main/services/case-store'
import { revise } from '../../src/main/services/revise'
import { BASE, TROOPS } from '../core/revisions/revision-pairs'
import { markdown, revisionFolder } from '../helpers/revision-folder'

const V2 = [BASE[0], BASE[1].replace('5,000 troops would', '5,500 troops would'), ...BASE.slice(2, 5)] // last paragraph cut

/** The checker verified every claim on draft 1, so changed words must come back for re-check. */
const folder = () =>
  revisionFolder(BASE, V2, (c) => ({
    ...c,
    items: c.items.map((item) => ({ ...item, state: 'accepted' as const, status: 'verified' }))
  }))

/** The case as a window has it: the version read from disk, and an edit not saved yet (sent as a patch on it). */
async function editedOnScreen() {
  const { casePath, v2 } = await folder()
  const opened = await readCase(casePath)
  if (!opened.ok) throw new Error(opened.error.message)
  const onScreen = opened.value.case
  const edited = {
    ...onScreen,
    items: onScreen.items.map((item, n) => (n === 0 ? { ...item, status: 'incorrect' } : item))
  }
  const base = { fingerprint: opened.value.fingerprint, patch: casePatch(onScreen, edited) }
  return { casePath, v2, opened, onScreen, edited, base }
}

describe('revise', () => {
  it('says a case file chosen as the next draft is a case, at any size, without reading it as a draft', async () => {
    const { casePath } = await folder()
    const big = `${readFileSync(casePath, 'utf8').trimEnd().slice(0, -1)}, "padding": "${'x'.repeat(3 * 1024 * 1024)}" }`
    const renamed = join(dirname(casePath), 'floods case (1).json')
    writeFileSync(renamed, big)
    for (const file of [
      { path: casePath },
      { path: renamed },
      { fileName: 'floods (1).json', base64: Buffer.from(big).toString('base64') }
    ]) {
      const result = await revise({ casePath, file, dryRun: true, checker: 'Rosa' })
      expect(result.ok ? 'ok' : result.error.code).toBe('case-file-not-draft')
      if (!result.ok) expect(result.error.message).toContain('is a Factdesk case file, not a draft')
    }
  })

  it('saves the new draft with every item carried, and reads back the same', async () => {
    const { casePath, v2 } = await folder()
    const result = await revise({
      casePath,
      file: { path: v2 },
      dryRun: false,
      checker: 'Rosa',
      now: new Date('2024-06-12T15:30:00Z')
    })
    if (!result.ok) throw new Error(result.error.message)
    expect(result.value.fingerprint).toMatch(/^[0-9a-f]{64}$/)
    const back = await readCase(casePath)
    if (!back.ok) throw new Error(back.error.message)
    expect(back.value.fingerprint).toBe(result.value.fingerprint)
    const saved = back.value.case
    expect(saved.drafts.map((d) => [d.id, d.fileName])).toEqual([
      ['d1', 'floods.md'],
      ['d2', 'floods-v2.md']
    ])
    expect(saved.currentDraftId).toBe('d2')
    const troops = saved.items.find((i) => i.previousText === TROOPS)!
    expect(troops).toMatchObject({ status: 'needs-recheck', statusDraftId: 'd2' })
    expect(troops.history.at(-1)).toEqual({
      at: '2024-06-12T15:30:00.000Z',
      by: 'Rosa',
      action: 'revised',
      detail: 'changed',
      from: 'verified',
      to: 'needs-recheck',
      draftId: 'd2'
    })
    const removed = saved.items.filter((i) => i.state === 'removed').map((i) => i.anchor.exact)
    expect(removed).toContain('She said her street had flooded twice in ten years.')
    expect(result.value.report.summary.changed).toBeGreaterThanOrEqual(1)
    expect(saved.items.filter((i) => i.status === 'needs-recheck').every((i) => i.previousText !== null)).toBe(true)
    const text = saved.drafts[1].article.text
    for (const item of saved.items.filter((i) => i.state !== 'removed'))
      expect(text.slice(item.anchor.start, item.anchor.end)).toBe(item.anchor.exact)
  })

  it('writes nothing on a dry run, yet reports what would change', async () => {
    const { casePath, v2 } = await folder()
    const bytes = readFileSync(casePath, 'utf8')
    const result = await revise({ casePath, file: { path: v2 }, dryRun: true, checker: 'Rosa' })
    if (!result.ok) throw new Error(result.error.message)
    expect(result.value.fingerprint).toBeNull()
    expect(result.value.report.items.some((i) => i.outcome === 'changed')).toBe(true)
    expect(result.value.case.drafts).toHaveLength(2)
    expect(readFileSync(casePath, 'utf8')).toBe(bytes)
  })

  it('revises the version on disk with the edits not saved yet, as the app sends the case; the held version when the file moved on', async () => {
    const { casePath, v2, opened, onScreen, edited, base } = await editedOnScreen()
    const revisedFrom = async (given: { base: typeof base } | { case: CaseFile }) => {
      const result = await revise({
        casePath,
        file: { path: v2 },
        dryRun: true,
        checker: 'Rosa',
        now: new Date(0),
        ...given
      })
      if (!result.ok) throw new Error(result.error.message)
      return result.value
    }
    const fromBase = await revisedFrom({ base })
    expect(fromBase.case).toEqual((await revisedFrom({ case: edited })).case)
    expect(fromBase.case).not.toEqual((await revisedFrom({ case: onScreen })).case)
    expect(fromBase.diskFingerprint).toBe(opened.value.fingerprint)
    // Another window saved meanwhile: the version the edits were made on is still held here, and is the one revised.
    const elsewhere = {
      ...onScreen,
      items: onScreen.items.map((item, n) => (n === 1 ? { ...item, status: 'misleading' } : item))
    }
    const other = await writeCase(casePath, elsewhere, opened.value.fingerprint)
    if (!other.ok) throw new Error(other.error.message)
    const moved = await revisedFrom({ base })
    expect(moved.case).toEqual(fromBase.case)
    expect(moved.diskFingerprint).toBe(other.value.fingerprint)
    // A version nobody holds any more is not guessed at.
    const unknown = await revise({
      casePath,
      file: { path: v2 },
      dryRun: true,
      checker: 'Rosa',
      base: { ...base, fingerprint: 'f'.repeat(64) }
    })
    expect(unknown.ok ? '' : unknown.error.code).toBe('conflict')
    // Only dry runs take the case from the window.
    const saving = await revise({ casePath, file: { path: v2 }, dryRun: false, checker: 'Rosa', base })
    expect(saving.ok ? '' : saving.error.code).toBe('invalid-input')
  })

  it('revises the checker’s version when the case file was deleted or damaged meanwhile: the work is in memory', async () => {
    const { casePath, v2, edited, base } = await editedOnScreen()
    const asked = { casePath, file: { path: v2 }, dryRun: true, checker: 'Rosa', now: new Date(0) }
    const dryRun = () => revise({ ...asked, base })
    const expected = await revise({ ...asked, case: edited })
    if (!expected.ok) throw new Error(expected.error.message)
    // Import new draft failed with "The case file … does not exist" until the checker pressed "Put my version back".
    rmSync(casePath)
    const gone = await dryRun()
    if (!gone.ok) throw new Error(gone.error.message)
    expect(gone.value.case).toEqual(expected.value.case)
    expect(gone.value.diskFingerprint).toBe('')
    expect(existsSync(casePath)).toBe(false) // a dry run writes nothing
    writeFileSync(casePath, '{ "schemaVersion": 2, "id": ')
    const damaged = await dryRun()
    if (!damaged.ok) throw new Error(damaged.error.message)
    expect(damaged.value.case).toEqual(expected.value.case)
    expect(readFileSync(casePath, 'utf8')).toBe('{ "schemaVersion": 2, "id": ')
  })

  it('takes uploaded bytes (browser mode) as well as a path', async () => {
    const { casePath } = await folder()
    const base64 = Buffer.from(markdown(V2)).toString('base64')
    const result = await revise({
      casePath,
      file: { fileName: 'floods-v2.md', base64 },
      dryRun: false,
      checker: 'Rosa'
    })
    expect(result.ok && result.value.case.drafts[1].fileName).toBe('floods-v2.md')
  })

  it('says the draft is already current when the same text comes again, and leaves the file alone', async () => {
    const { casePath, v1 } = await folder()
    const bytes = readFileSync(casePath, 'utf8')
    const result = await revise({ casePath, file: { path: v1 }, dryRun: false, checker: 'Rosa' })
    expect(result.ok).toBe(false)
    if (!result.ok)
      expect(result.error).toMatchObject({
        code: 'already-current',
        message: expect.stringMatching(/floods\.md is already the current draft/)
      })
    expect(readFileSync(casePath, 'utf8')).toBe(bytes)
  })

  it('names the missing file and leaves the case alone', async () => {
    const { dir, casePath } = await folder()
    const bytes = readFileSync(casePath, 'utf8')
    const result = await revise({ casePath, file: { path: join(dir, 'nope.md') }, dryRun: false, checker: 'Rosa' })
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.error.message).toContain('nope.md')
    expect(readFileSync(casePath, 'utf8')).toBe(bytes)
  })

  it('refuses a case file that is not a case', async () => {
    const { dir, v2 } = await folder()
    const bogus = join(dir, 'bogus.factdesk.json')
    writeFileSync(bogus, '{"hello": "world"}')
    const result = await revise({ casePath: bogus, file: { path: v2 }, dryRun: false, checker: 'Rosa' })
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.error.message).toContain('bogus.factdesk.json')
  })
})
