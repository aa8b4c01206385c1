/**
 * Reopening a case (a reload of the page, back from another case) answers its draft's sentence scores and
 * inconsistencies from the extraction this thread made last, without extracting the draft again; a case whose date
 * or threshold changed, or whose draft did, is extracted again. Seen by the checker as the import progress: a
 * reopened case goes from reading the file to the case, with no sentence or check-worthiness phase.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeEach, describe, expect, it } from 'vitest'
import { doDraftWork, type ProgressSink } from '../../src/main/services/draft-work'
import { addRecent } from '../../src/main/services/recent'
import { forgetShown, shownKey } from '../../src/main/services/shown-memo'
import type { Article } from '../../src/shared/article'
import type { ImportPhase } from '../../src/shared/contract'
import { longDraft } from '../helpers/long-draft'
import { tempDir } from '../helpers/temp-dir'

/** Runs `work`, answering its result and the phases it went through. */
async function withPhases<T>(run: (report: ProgressSink) => Promise<T>): Promise<{ result: T; phases: ImportPhase[] }> {
  const phases: ImportPhase[] = []
  const result = await run((phase) => {
    if (phases.at(-1) !== phase) phases.push(phase)
  })
  return { result, phases }
}

async function caseOnDisk(text: Buffer): Promise<string> {
  const made = await doDraftWork({
    kind: 'new-case',
    file: { fileName: 'ferries.txt', base64: text.toString('base64') },
    order: { dataDir: tempDir(), articlePath: null, caseId: 'ferries', now: '2024-03-14T10:00:00.000Z', settings: {} }
  })
  if (!made.ok || !made.value.prepared) throw new Error('expected a new case')
  const casePath = join(tempDir(), 'ferries.txt.factdesk.json')
  writeFileSync(casePath, made.value.prepared.bytes)
  return casePath
}

const open = (casePath: string) => (report: ProgressSink) =>
  doDraftWork({ kind: 'open-case', casePath, extract: true }, report)

const extracting = (phases: ImportPhase[]) => phases.includes('sentences') || phases.includes('check-worthiness')

beforeEach(() => forgetShown())

describe('reopening a case', () => {
  it('shows what its first opening showed, without extracting its draft again', async () => {
    const casePath = await caseOnDisk(longDraft(20_000))
    forgetShown()
    const first = await withPhases(open(casePath))
    const again = await withPhases(open(casePath))
    expect(extracting(first.phases)).toBe(true)
    expect(extracting(again.phases)).toBe(false)
    if (!first.result.ok || !again.result.ok) throw new Error('expected both to open')
    expect(first.result.value.shown?.sentences.length).toBeGreaterThan(50)
    expect(again.result.value.shown).toEqual(first.result.value.shown)
  })

  it('opens a case just made from the draft its import extracted', async () => {
    const casePath = await caseOnDisk(longDraft(20_000))
    const opened = await withPhases(open(casePath))
    expect(extracting(opened.phases)).toBe(false)
  })

  it('extracts again once the checker changed the threshold, with the new threshold', async () => {
    const casePath = await caseOnDisk(longDraft(20_000))
    const before = await withPhases(open(casePath))
    const caseFile = JSON.parse(readFileSync(casePath, 'utf8'))
    writeFileSync(casePath, JSON.stringify({ ...caseFile, threshold: 0.95 }))
    const after = await withPhases(open(casePath))
    expect(extracting(after.phases)).toBe(true)
    if (!before.result.ok || !after.result.ok) throw new Error('expected both to open')
    forgetShown()
    const fresh = await doDraftWork({ kind: 'open-case', casePath, extract: true })
    expect(fresh.ok && fresh.value.shown).toEqual(after.result.value.shown)
  })

  it('extracts again when the case holds another draft', async () => {
    const first = await caseOnDisk(longDraft(20_000))
    const second = await caseOnDisk(
      Buffer.concat([Buffer.from('Ferries will stop at 9 p.m. from May.\n\n'), longDraft(20_000)])
    )
    forgetShown()
    await withPhases(open(first))
    const other = await withPhases(open(second))
    expect(extracting(other.phases)).toBe(true)
  })
})

describe('the draft named on the command line, begun as the app starts', () => {
  const order = (dataDir: string, articlePath: string) => ({
    dataDir,
    articlePath,
    caseId: 'ferries',
    now: '2024-03-14T10:00:00.000Z',
    settings: {}
  })
  const openDraft = (dataDir: string, articlePath: string) => (report: ProgressSink) =>
    doDraftWork({ kind: 'new-case', file: { path: articlePath }, order: order(dataDir, articlePath) }, report)

  it('with a case beside it: the window opening it only reads it, showing the extraction begun', async () => {
    const [dataDir, articlePath] = [tempDir(), join(tempDir(), 'ferries.txt')]
    writeFileSync(articlePath, longDraft(20_000))
    const made = await doDraftWork({
      kind: 'new-case',
      file: { path: articlePath },
      order: order(dataDir, articlePath)
    })
    if (!made.ok || !made.value.prepared) throw new Error('expected a new case')
    writeFileSync(`${articlePath}.factdesk.json`, made.value.prepared.bytes)
    forgetShown()
    await doDraftWork({ kind: 'warm', file: { path: articlePath }, dataDir })
    const opened = await withPhases(openDraft(dataDir, articlePath))
    expect(extracting(opened.phases)).toBe(false)
    forgetShown()
    const fresh = await withPhases(openDraft(dataDir, articlePath))
    expect(extracting(fresh.phases)).toBe(true)
    if (!opened.result.ok || !fresh.result.ok) throw new Error('expected both to open')
    expect(opened.result.value.prepared).toBeNull()
    expect(opened.result.value.shown.sentences.length).toBeGreaterThan(50)
    expect(opened.result.value.shown).toEqual(fresh.result.value.shown)
  })

  it('without a case: only read, nothing written, its case made when the window asks', async () => {
    const [dataDir, articlePath] = [tempDir(), join(tempDir(), 'ferries.txt')]
    writeFileSync(articlePath, longDraft(20_000))
    const warmed = await doDraftWork({ kind: 'warm', file: { path: articlePath }, dataDir })
    expect(warmed.ok && warmed.value.fileName).toBe('ferries.txt')
    expect(existsSync(`${articlePath}.factdesk.json`)).toBe(false)
    const opened = await withPhases(openDraft(dataDir, articlePath))
    expect(extracting(opened.phases)).toBe(true)
    expect(opened.result.ok && opened.result.value.prepared?.case.items.length).toBeGreaterThan(50)
  })
})

describe('what tells two drafts apart', () => {
  // A debate transcript's turn: the speaker's label is not in the text, yet says whose claims these are.
  const turn: Article = {
    text: 'We cut the deficit by half.',
    title: '',
    standfirst: '',
    metadata: {},
    blocks: [{ kind: 'turn', start: 0, end: 27, speaker: 'OBAMA', role: 'participant' }]
  }

  it('a draft that differs only in a field the text does not hold is extracted again', () => {
    const other = { ...turn, blocks: [{ ...turn.blocks[0], speaker: 'ROMNEY' }] }
    const moderator = { ...turn, blocks: [{ ...turn.blocks[0], role: 'moderator' as const }] }
    const keys = [turn, other, moderator].map((article) => shownKey(article, {}))
    expect(new Set(keys).size).toBe(3)
  })

  it('the same draft read with its fields in another order is one draft', () => {
    const reordered = {
      blocks: [{ role: 'participant' as const, speaker: 'OBAMA', end: 27, start: 0, kind: 'turn' as const }],
      metadata: {},
      standfirst: '',
      title: '',
      text: turn.text
    }
    expect(shownKey(reordered, {})).toBe(shownKey(turn, {}))
  })

  it('texts that differ only in a stray half of a character pair are two drafts', () => {
    // A case file may hold "\ud800": written as UTF-8, every such half would read as the same replacement character.
    const keys = ['\ud800', '\ud801', '\ufffd'].map((odd) => shownKey({ ...turn, text: `We cut it ${odd}.` }, {}))
    expect(new Set(keys).size).toBe(3)
  })
})

describe('no draft named: the last case opened, begun as the app starts', () => {
  const warmLast = (dataDir: string) => doDraftWork({ kind: 'warm', file: null, dataDir })
  const remembered = async (casePath: string) => {
    const dataDir = tempDir()
    await addRecent(dataDir, { casePath, articlePath: null, title: 'Ferries', openedAt: '2024-03-14T10:00:00.000Z' })
    return dataDir
  }

  it('the window reopening it only reads it, showing what a fresh extraction shows', async () => {
    const casePath = await caseOnDisk(longDraft(20_000))
    const dataDir = await remembered(casePath)
    forgetShown()
    const warmed = await warmLast(dataDir)
    expect(warmed.ok && warmed.value.fileName).toBe('ferries.txt')
    const opened = await withPhases(open(casePath))
    expect(extracting(opened.phases)).toBe(false)
    forgetShown()
    const fresh = await withPhases(open(casePath))
    expect(extracting(fresh.phases)).toBe(true)
    if (!opened.result.ok || !fresh.result.ok) throw new Error('expected both to open')
    expect(opened.result.value.shown?.sentences.length).toBeGreaterThan(50)
    expect(opened.result.value.shown).toEqual(fresh.result.value.shown)
  })

  it('a case edited after it was begun opens as edited, extracted with its new settings', async () => {
    const casePath = await caseOnDisk(longDraft(20_000))
    const dataDir = await remembered(casePath)
    forgetShown()
    await warmLast(dataDir)
    const caseFile = JSON.parse(readFileSync(casePath, 'utf8'))
    writeFileSync(casePath, JSON.stringify({ ...caseFile, threshold: 0.95 }))
    const opened = await withPhases(open(casePath))
    expect(extracting(opened.phases)).toBe(true)
    if (!opened.result.ok) throw new Error('expected it to open')
    expect(opened.result.value.prepared.case.threshold).toBe(0.95)
  })

  it('nothing opened before, or the last case gone: nothing begun, and no error for the window', async () => {
    expect((await warmLast(tempDir())).ok).toBe(false)
    const casePath = await caseOnDisk(longDraft(2_000))
    const dataDir = await remembered(casePath)
    rmSync(casePath)
    const warmed = await warmLast(dataDir)
    expect(warmed.ok).toBe(false)
  })
})
