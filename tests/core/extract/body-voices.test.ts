/**
 * A "we" said for a body is the body's record, a claim its accounts or minutes can check, not personal experience:
 * a chief executive speaking for the utility, a body quoted by name, a council's spokesperson. A resident's "we"
 * stays personal experience, and so does an office-holder's "I".
 */
import { describe, expect, it } from 'vitest'
import { extract } from '../../../src/core/extract/extract'
import { articleFromText } from '../../helpers/builders'
import { parseArticle } from '../../../src/core/import/index'

/** The type of the claim that holds `words`, in an article of `text`. */
function typeOf(text: string, words: string): string | undefined {
  return extract(articleFromText(text)).claims.find((c) => c.text.includes(words))?.type
}

describe('a "we" said for a body', () => {
  it.each([
    [
      'Karen Mills, chief executive of Northvale Water, spoke on Monday. ' +
        '"We have lost our margin on every household we supply," she said.',
      'We have lost our margin'
    ],
    [
      'Northvale Water defended the rise. "We spent £40 million on new mains last year," Northvale Water said.',
      'We spent £40 million'
    ],
    [
      'The council faces a £6m gap. "We closed two libraries in 2024," a spokesperson for Ashby Council said.',
      'We closed two libraries'
    ]
  ])('is no personal experience: %j', (text, words) => {
    const type = typeOf(text, words)
    expect(type).toBeDefined()
    expect(type).not.toBe('personal experience')
  })

  it.each([
    [
      'Flood water reached the first floor in Marsh Lane. "We lost everything in 2019," said Tom Reid, a resident.',
      'We lost everything'
    ],
    [
      'Karen Mills, chief executive of Northvale Water, spoke on Monday. ' +
        '"I saw 300 homes flooded in a single night," she said.',
      'I saw 300 homes'
    ]
  ])('a resident’s "we" and an office-holder’s "I" stay personal experience: %j', (text, words) => {
    expect(typeOf(text, words)).toBe('personal experience')
  })
})

/** The type of the claim holding `words`, in a transcript parsed from `lines`. */
function transcriptTypeOf(lines: string[], words: string): string | undefined {
  const parsed = parseArticle('transcript.txt', new TextEncoder().encode(lines.join('\n\n') + '\n'))
  if (!parsed.ok) throw new Error(parsed.error.message)
  return extract(parsed.value, { threshold: 0 }).claims.find((c) => c.text.includes(words))?.type
}

describe('a transcript guest introduced with an office', () => {
  const turns = (introduction: string) => [
    'Transcript: Drivetime, Radio Kestrel, 4 December 2026',
    `PRESENTER (AMY FROST): Good evening. With me is ${introduction}. The bus cuts. Why now?`,
    'OWEN PRICE: Because the fares fell short. We spent £2 million on agency drivers last year.',
    'AMY FROST: Will the 14 come back?',
    'OWEN PRICE: Not this year. It had 9,000 passengers a week, more than any route we closed.',
    'AMY FROST: Owen Price, thank you.'
  ]

  it('speaks for the body: their "we" is its record, not personal experience', () => {
    const lines = turns('the transport director at Kestrel Council, Owen Price')
    expect(transcriptTypeOf(lines, 'We spent £2 million')).toBe('quantity')
    expect(transcriptTypeOf(lines, 'more than any route we closed')).toBe('quantity')
  })

  it('a passenger keeps their "we" as experience', () => {
    const lines = turns('a passenger from Carrow, Owen Price')
    expect(transcriptTypeOf(lines, 'We spent £2 million')).toBe('personal experience')
  })
})
