import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { run } from '../../src/cli/commands/extract'
import type { Block } from '../../src/shared/article'

const TRANSCRIPTS = join(import.meta.dirname, '..', 'fixtures', 'transcripts')
const SAMPLE = join(import.meta.dirname, '..', '..', 'resources', 'sample-article.txt')

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
