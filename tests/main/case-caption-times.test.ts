/**
 * A case read from disk goes through the schema, which drops what it does not know: the caption times a turn of
 * several captions keeps must come through it, or a reopened case says the turn's first time again.
 */
import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../src/core/import/index'
import { extract } from '../../src/core/extract/extract'
import { validateCase } from '../../src/main/services/validation'
import { engineCase } from '../helpers/builders'

const CAPTIONS = [
  'WEBVTT',
  '',
  '00:00:40.000 --> 00:00:44.000',
  '<v Omar Reyes>The depot closed in 2020.',
  '',
  '00:00:44.000 --> 00:00:49.000',
  'Since then 300 drivers have left the company.',
  ''
].join('\n')

describe('a case of captions, read back', () => {
  it("keeps each caption's time in a turn that joins them", () => {
    const parsed = parseArticle('depot.vtt', new TextEncoder().encode(CAPTIONS))
    if (!parsed.ok) throw new Error(parsed.error.message)
    const written = JSON.parse(JSON.stringify(engineCase(parsed.value, extract(parsed.value)))) as unknown
    const read = validateCase(written)
    if (!read.ok) throw new Error(read.error.message)
    const turn = read.value.drafts[0]?.article.blocks.find((block) => block.speaker === 'Omar Reyes')
    expect(turn?.captions?.map((cue) => cue.start)).toEqual([40, 44])
  })

  it('opens a case saved before the captions were kept, and refuses a caption with no place in the text', () => {
    const parsed = parseArticle('depot.vtt', new TextEncoder().encode(CAPTIONS))
    if (!parsed.ok) throw new Error(parsed.error.message)
    const c = engineCase(parsed.value, extract(parsed.value))
    const older = {
      ...c,
      drafts: c.drafts.map((d) => ({
        ...d,
        article: { ...d.article, blocks: d.article.blocks.map(({ captions: _kept, ...block }) => block) }
      }))
    }
    expect(validateCase(JSON.parse(JSON.stringify(older))).ok).toBe(true)
    const broken = JSON.parse(JSON.stringify(c)) as {
      drafts: Array<{ article: { blocks: Array<{ captions?: unknown }> } }>
    }
    const turn = broken.drafts[0]!.article.blocks.find((block) => block.captions)
    turn!.captions = [{ at: -1, start: 40, end: 44 }]
    expect(validateCase(broken).ok).toBe(false)
  })
})
