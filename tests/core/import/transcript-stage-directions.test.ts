import { describe, expect, it } from 'vitest'
import { extract } from '../../../src/core/extract/extract'
import type { Article } from '../../../src/shared/article'
import { imported, turns } from './helpers'

const transcript = (...lines: string[]): Article => imported('ward-forum.txt', lines.join('\n'))

describe('stage directions inside a turn', () => {
  it('keeps a sentence whole when a direction falls inside it, so the claim is the whole sentence', () => {
    const article = transcript(
      'CHAIR: Good evening. Councillor Marsh, the depot budget?',
      'MARSH: Every (inaudible) household on Quarry Lane pays 40 percent more for water than in 2019.',
      'CHAIR: Mr Quill?',
      'QUILL: We cut the bus levy by 12 percent (APPLAUSE) and we will cut it again next year.'
    )
    expect(turns(article).slice(1)).toEqual([
      [
        'MARSH',
        'participant',
        'Every (inaudible) household on Quarry Lane pays 40 percent more for water than in 2019.'
      ],
      ['CHAIR', 'moderator', 'Mr Quill?'],
      ['QUILL', 'participant', 'We cut the bus levy by 12 percent (APPLAUSE) and we will cut it again next year.']
    ])
    const claims = extract(article).claims.map((claim) => [claim.claimant?.name, claim.text])
    expect(claims).toContainEqual([
      'MARSH',
      'Every (inaudible) household on Quarry Lane pays 40 percent more for water than in 2019.'
    ])
    expect(claims).toContainEqual([
      'QUILL',
      'We cut the bus levy by 12 percent (APPLAUSE) and we will cut it again next year.'
    ])
  })

  it('still lifts a direction out between sentences, and at the start or end of a turn', () => {
    const article = transcript(
      'CHAIR: Good evening. Councillor Marsh?',
      'MARSH: The depot closed in March. (APPLAUSE) It reopens in June.',
      'CHAIR: (inaudible) thank you. Mr Quill?',
      'QUILL: The bus levy rose twice (LAUGHTER)'
    )
    expect(turns(article).slice(1)).toEqual([
      ['MARSH', 'participant', 'The depot closed in March.'],
      ['—', 'system', '(APPLAUSE)'],
      ['MARSH', 'participant', 'It reopens in June.'],
      ['—', 'system', '(inaudible)'],
      ['CHAIR', 'moderator', 'thank you. Mr Quill?'],
      ['QUILL', 'participant', 'The bus levy rose twice'],
      ['—', 'system', '(LAUGHTER)']
    ])
  })

  it('leaves no stray punctuation as a sentence of its own beside a lifted direction', () => {
    const article = transcript(
      'CHAIR: Good evening. Councillor Marsh?',
      'MARSH: (inaudible).',
      'CHAIR: Councillor Marsh, once more?',
      'MARSH: The depot closed in March. [crosstalk] -- It reopens in June.'
    )
    expect(turns(article).slice(1)).toEqual([
      ['—', 'system', '(inaudible).'],
      ['CHAIR', 'moderator', 'Councillor Marsh, once more?'],
      ['MARSH', 'participant', 'The depot closed in March.'],
      ['—', 'system', '[crosstalk] --'],
      ['MARSH', 'participant', 'It reopens in June.']
    ])
    const sentences = extract(article).sentences.map(({ start, end }) => article.text.slice(start, end))
    expect(sentences.filter((sentence) => !/[\p{L}\p{N}]/u.test(sentence))).toEqual([])
  })

  it("does not take a title's full stop for a sentence's end", () => {
    const article = transcript(
      'CHAIR: Good evening. Councillor Marsh?',
      'MARSH: I thank Mr. (inaudible) for the figures on the depot.',
      'CHAIR: Thank you.'
    )
    expect(turns(article)[1]).toEqual(['MARSH', 'participant', 'I thank Mr. (inaudible) for the figures on the depot.'])
  })
})
