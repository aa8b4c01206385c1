/**
 * Twins are found where the case is loaded: a new case is made with them linked, and opening an older file hands the
 * window the pairs not linked yet, so the workspace links them without normalising every sentence itself (each open
 * read fresh items: ~1,000 sentences on the workspace bench's case). Once linked and saved, the next open hands none.
 */
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { linkTwinPairs, twinGroup } from '../../src/core/case/twins'
import { writeCase } from '../../src/main/services/case-store'
import { openFile } from '../../src/main/services/sessions'
import { tempDir } from '../helpers/temp-dir'

// Our own draft: the ferry figure is said in the opening and again, word for word, further down.
const DRAFT = [
  'Ferry fares to rise for island commuters',
  '',
  'The harbour board will raise the commuter ferry fare by 15% from April, its chair said on Tuesday.',
  '',
  'Islanders have complained about crowded sailings since the second vessel was withdrawn last winter.',
  '',
  '"We cannot keep two boats running on what passengers pay now," said Mira Castell, the board chair.',
  '',
  'The harbour board will raise the commuter ferry fare by 15% from April, its chair said on Tuesday.',
  ''
].join('\n')

describe('twins found where the case is loaded', () => {
  it('a new case is made with its twins linked; an older file’s unlinked twins are handed over, once', async () => {
    const dataDir = tempDir()
    const article = join(tempDir(), 'ferry.txt')
    writeFileSync(article, DRAFT)
    const first = await openFile({ dataDir }, { path: article })
    if (!first.ok) throw new Error(first.error.message)
    const copies = first.value.case.items
      .filter((it) => it.kind === 'claim' && it.anchor.exact.startsWith('The harbour board will raise'))
      .map((it) => it.id)
    expect(copies).toHaveLength(2)
    expect(twinGroup(first.value.case, copies[1])).toEqual(copies)
    expect(first.value.twins).toEqual([])

    // As a Factdesk that linked twins only in the window wrote it, before any open: no twin linked in the file.
    const unlinked = { ...first.value.case, items: first.value.case.items.map((it) => ({ ...it, twinOf: null })) }
    writeFileSync(first.value.casePath, JSON.stringify(unlinked, null, 2))
    const old = await openFile({ dataDir }, { path: article })
    if (!old.ok) throw new Error(old.error.message)
    expect(old.value.twins).toEqual([[copies[1], copies[0]]])

    const linked = linkTwinPairs(old.value.case, old.value.twins, { by: 'Ana', at: new Date().toISOString() })
    expect(twinGroup(linked, copies[1])).toEqual(copies)
    const saved = await writeCase(old.value.casePath, linked, old.value.fingerprint)
    if (!saved.ok) throw new Error(saved.error.message)
    const again = await openFile({ dataDir }, { path: article })
    if (!again.ok) throw new Error(again.error.message)
    expect(again.value.twins).toEqual([])
    expect(twinGroup(again.value.case, copies[1])).toEqual(copies)
  })
})
