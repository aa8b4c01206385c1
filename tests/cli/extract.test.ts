import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { run } from '../../src/cli/commands/extract'
import type { Block } from '../../src/shared/article'
import { tempDir } from '../helpers/temp-dir'
import { sampleCase } from '../core/report/sample-case'

const ROOT = join(import.meta.dirname, '..', '..')
const TRANSCRIPTS = join(ROOT, 'tests', 'fixtures', 'transcripts')
const SAMPLE = join(ROOT, 'resources', 'sample-article.txt')

let stdout: string
beforeEach(() => {
  stdout = ''
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout += String(chunk)
    return true
  })
  vi.spyOn(console, 'error').mockImplementation(() => undefined)
})
afterEach(() => vi.restoreAllMocks())

async function blocksOf(file: string): Promise<Block[]> {
  expect(await run([file, '--json'])).toBe(0)
  return (JSON.parse(stdout) as { article: { blocks: Block[] } }).article.blocks
}

describe('factdesk extract --json', () => {
  // The README's shape gives turns their speaker, role and caption time; the CLI used to print kind and offsets
  // only, so a script could not tell who said a claim's words or when.
  it("gives a transcript's turns their speaker, role and caption time, as README and FORMAT.md say", async () => {
    const blocks = await blocksOf(join(TRANSCRIPTS, 'harbour-debate.vtt'))
    const turns = blocks.filter((block) => block.kind === 'turn')
    expect(turns.length).toBeGreaterThan(3)
    expect(turns[0]).toEqual({
      kind: 'turn',
      start: turns[0].start,
      end: turns[0].end,
      speaker: 'Moderator',
      role: 'moderator',
      time: { start: 1, end: 4.5 }
    })
    expect(turns.find((turn) => turn.speaker === 'Amara Okafor')).toMatchObject({
      role: 'participant',
      time: { start: 5, end: 10 }
    })
    // A stage direction: a system turn with its time and no speaker.
    const applause = turns.find((turn) => turn.role === 'system')
    expect(applause).toMatchObject({ time: { start: 11, end: 12 } })
    expect(applause).not.toHaveProperty('speaker')
  })

  // A turn of several captions gave every claim in it the turn's first time: a claim in its second caption is
  // spoken seconds later.
  it('gives a turn of several captions each caption, and each claim the time of the caption its words begin in', async () => {
    const vtt = join(tempDir(), 'ward.vtt')
    writeFileSync(
      vtt,
      [
        'WEBVTT',
        '',
        '00:01:20.000 --> 00:01:25.000',
        '<v Lena Ortiz>Thank you all for coming tonight.',
        '',
        '00:01:25.000 --> 00:01:31.000',
        'Bus fares in the ward rose by 40 percent between 2021 and 2024.',
        ''
      ].join('\n')
    )
    expect(await run([vtt, '--json'])).toBe(0)
    const document = JSON.parse(stdout) as {
      article: { text: string; blocks: Block[] }
      claims: Array<{ text: string; time?: { start: number; end: number } }>
    }
    const turn = document.article.blocks.find((block) => block.speaker === 'Lena Ortiz')
    expect(turn?.time).toEqual({ start: 80, end: 91 })
    expect(turn?.captions?.map((cue) => [document.article.text.slice(cue.at, cue.at + 9), cue.start])).toEqual([
      ['Thank you', 80],
      ['Bus fares', 85]
    ])
    const fares = document.claims.find((claim) => claim.text.startsWith('Bus fares'))
    expect(fares?.time).toEqual({ start: 85, end: 91 })
  })

  it('keeps the order of the fields stable and adds nothing to an article', async () => {
    const turns = (await blocksOf(join(TRANSCRIPTS, 'harbour-debate.txt'))).filter((block) => block.kind === 'turn')
    expect(Object.keys(turns.find((turn) => turn.speaker === 'OKAFOR') ?? {})).toEqual([
      'kind',
      'start',
      'end',
      'speaker',
      'role'
    ])
    stdout = ''
    for (const block of await blocksOf(SAMPLE)) expect(Object.keys(block)).toEqual(['kind', 'start', 'end'])
  })
})

/** A transcript whose header names the cast: its turns carry speakerName and roleReason. */
const CAST_TRANSCRIPT = [
  'Millbrook council debate, 9 May 2026',
  'PARTICIPANTS: Councillor Ruth Amadi; Deputy Leader Owen Price',
  'MODERATOR: Tess Nyland (Millbrook FM)',
  '',
  'NYLAND: Good evening. Councillor Amadi, the bus budget first.',
  'AMADI: The council cut bus funding by 22% since 2023, and 14 routes have closed.',
  'NYLAND: Deputy Leader, your answer.',
  'PRICE: Funding rose 4% this year, and we reopened six routes in March.'
].join('\n')

/** Every key name in the shape FORMAT.md gives for `extract --json` (its code block). */
function documentedKeys(): Set<string> {
  const format = readFileSync(join(ROOT, 'docs', 'FORMAT.md'), 'utf8')
  const section = format.slice(format.indexOf('## `factdesk extract --json`'))
  const shape = /```\n([\s\S]*?)```/.exec(section)?.[1] ?? ''
  return new Set([...shape.matchAll(/"(\w+)"/g)].map((match) => match[1]))
}

/** Every key name in a document, metadata's own keys aside (they are the article's `key: value` lines). */
function emittedKeys(value: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const entry of value) emittedKeys(entry, into)
  else if (value !== null && typeof value === 'object')
    for (const [key, entry] of Object.entries(value)) {
      into.add(key)
      if (key !== 'metadata') emittedKeys(entry, into)
    }
  return into
}

async function extractJson(file: string): Promise<unknown> {
  stdout = ''
  expect(await run([file, '--json'])).toBe(0)
  return JSON.parse(stdout)
}

describe('extract --json against docs/FORMAT.md', () => {
  // README's shape left out a transcript turn's speakerName and roleReason, which the CLI prints, and FORMAT.md
  // did not describe the document at all.
  it('emits every field the documented shape names, and no other', async () => {
    const transcript = join(tempDir(), 'millbrook-debate.txt')
    writeFileSync(transcript, CAST_TRANSCRIPT)
    const emitted = new Set<string>()
    for (const file of [SAMPLE, join(TRANSCRIPTS, 'harbour-debate.vtt'), transcript])
      emittedKeys(await extractJson(file), emitted)
    const documented = documentedKeys()
    expect(documented.size).toBeGreaterThan(20)
    expect([...emitted].filter((key) => !documented.has(key))).toEqual([])
    expect([...documented].filter((key) => !emitted.has(key))).toEqual([])
  })

  it('keeps README short: it points to FORMAT.md for the shape instead of a copy that drifts', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8')
    expect(readme).toContain('docs/FORMAT.md#factdesk-extract---json')
    expect(readme).not.toContain('"inconsistencies": [{')
  })
})

describe('factdesk extract, the readable summary', () => {
  // It said '1 quotes' and '1 possible inconsistencies', printed a bare 'Quotes' heading over nothing, and gave no
  // sign that a transcript was one, nor who speaks in it.
  it('counts in words that agree with the number, and says when a list is empty', async () => {
    const file = join(tempDir(), 'one-quote.txt')
    writeFileSync(
      file,
      'The ferry board said on Monday that fares would rise 12% in June. “We held them for six years,” said Ana Ruiz, its chair.\n'
    )
    expect(await run([file])).toBe(0)
    expect(stdout).toMatch(/, 1 quote, 0 possible inconsistencies\n/)
    // The quote as the app and the report show it, without the comma that belongs to the sentence around it.
    expect(stdout).toContain('[q1] Ana Ruiz [said]: “We held them for six years”\n')
    stdout = ''
    const empty = join(tempDir(), 'no-quotes.txt')
    writeFileSync(empty, 'The council will meet on Thursday. It meets in the town hall.\n')
    expect(await run([empty])).toBe(0)
    expect(stdout).toMatch(/\nQuotes\n {2}none found\n/)
  })

  it('names who speaks in a transcript, with their role when they are not a participant', async () => {
    const transcript = join(tempDir(), 'millbrook-debate.txt')
    writeFileSync(transcript, CAST_TRANSCRIPT)
    expect(await run([transcript])).toBe(0)
    expect(stdout).toMatch(/^ {2}transcript: speakers Tess Nyland \(moderator\), Ruth Amadi, (.* )?Owen Price$/m)
  })
})

describe('factdesk extract given a case file', () => {
  // The importer's line told the terminal user to use File › Open…, a menu the CLI does not have.
  it('says what to run instead, in the terminal’s terms', async () => {
    const casePath = join(tempDir(), 'story.txt.factdesk.json')
    writeFileSync(casePath, `${JSON.stringify(sampleCase(), null, 2)}\n`)
    const errors: string[] = []
    vi.mocked(console.error).mockImplementation((line: string) => void errors.push(line))
    expect(await run([casePath])).toBe(1)
    expect(errors).toEqual([
      'factdesk extract: Cannot open "story.txt.factdesk.json": this is a Factdesk case file, not a draft; give its article instead, or report the case with factdesk report CASE --format md.'
    ])
  })
})
