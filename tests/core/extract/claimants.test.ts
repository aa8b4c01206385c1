/**
 * Claimants: who makes a claim the article reports. Sentences written for these tests in the style
 * of wire copy; each row is a paragraph list and, per claim sentence, the claimant a checker expects
 * (name as first introduced, the words naming them here, the speech cue).
 */
import { describe, expect, it } from 'vitest'
import { extract } from '../../../src/core/extract/extract'
import { paragraphs } from '../../helpers/builders'

type Want = [sentenceStart: string, claimant: [name: string, mention: string, cue: string | null] | null]

function claimantsOf(...bodies: string[]) {
  // Threshold 0: every sentence is a claim, so each row can name its sentence.
  const { claims, article } = extract(paragraphs(...bodies), { threshold: 0 })
  for (const claim of claims) {
    const c = claim.claimant
    if (!c) continue
    expect(article.text.slice(c.mention.start, c.mention.end)).toBe(c.mention.text)
    if (c.cue) expect(article.text.slice(c.cue.start, c.cue.end)).toBe(c.cue.text)
  }
  return claims
}

function expectClaimants(bodies: string[], wanted: Want[]): void {
  const claims = claimantsOf(...bodies)
  for (const [start, want] of wanted) {
    const claim = claims.find((c) => c.text.startsWith(start))
    if (!claim) throw new Error(`no claim starts with "${start}"`)
    const got = claim.claimant
      ? [claim.claimant.name, claim.claimant.mention.text, claim.claimant.cue?.text ?? null]
      : null
    expect(got, start).toEqual(want)
  }
}

describe('claimants of reported speech', () => {
  it('the subject of the speech verb, a trailing attribution, and "according to"', () => {
    expectClaimants(
      [
        'The statistics office said inflation fell to 2.1% in May. Food prices rose 4% over the year, the office said. Rents climbed 6%, according to the housing ministry.'
      ],
      [
        ['The statistics office said', ['The statistics office', 'The statistics office', 'said']],
        ['Food prices rose', ['The statistics office', 'the office', 'said']],
        ['Rents climbed', ['the housing ministry', 'the housing ministry', 'according to']]
      ]
    )
  })

  it('a pronoun is resolved to the person introduced in full', () => {
    expectClaimants(
      [
        'Nadia Osei, the finance minister, told reporters that growth would reach 3% next year. She added that wages had risen 4%.'
      ],
      [
        ['Nadia Osei, the finance minister', ['Nadia Osei', 'Nadia Osei', 'told']],
        ['She added', ['Nadia Osei', 'She', 'added']]
      ]
    )
  })

  it('a claim in quoted words carries the quote’s speaker; the article’s own sentences have no claimant', () => {
    expectClaimants(
      [
        'The port handled 4.2 million containers last year. “We lost 300 jobs in a single winter,” said Piet Jansen, a crane driver.'
      ],
      [
        ['The port handled', null],
        ['“We lost 300 jobs', ['Piet Jansen', 'Piet Jansen', 'said']]
      ]
    )
  })

  it('documents, surveys and named bodies report findings; a lone surname still claims', () => {
    expectClaimants(
      [
        'The household survey found that 40% of renters spend half their pay on rent.',
        'The Coastal Housing Institute estimates that 12,000 homes stand empty.',
        'Okafor now says the scheme will cost £3 million more.'
      ],
      [
        ['The household survey found', ['The household survey', 'The household survey', 'found']],
        [
          'The Coastal Housing Institute',
          ['The Coastal Housing Institute', 'The Coastal Housing Institute', 'estimates']
        ],
        ['Okafor now says', ['Okafor', 'Okafor', 'says']]
      ]
    )
  })

  it('subjects of wire copy: a linking word first, names joined by "and", a bare plural, a party in brackets', () => {
    expectClaimants(
      [
        'But a port official said the cranes had been idle for 11 days.',
        'Ms. Brandt and Mr. Osei said the fund had lost $2 million.',
        'The ferry fare will double in June, local councillors said on Friday.',
        'Rep. Tom Arden (R-Ida.) said the bridge would cost $40 million.'
      ],
      [
        ['But a port official', ['a port official', 'a port official', 'said']],
        ['Ms. Brandt and Mr. Osei', ['Ms. Brandt and Mr. Osei', 'Ms. Brandt and Mr. Osei', 'said']],
        ['The ferry fare', ['local councillors', 'local councillors', 'said']],
        ['Rep. Tom Arden', ['Tom Arden', 'Rep. Tom Arden', 'said']]
      ]
    )
  })

  it('a name before several commas, a verb coordinated with the first, "Both" before two names', () => {
    expectClaimants(
      [
        'Mayor Tom Arden, opening the new pier on Saturday, said it would bring 300 jobs.',
        'Mr. Schultz backed the plan during his time on the council, and said the levy raised $2 million.',
        'Both Mr. King and Mr. Osei say the fund lost $2 million.'
      ],
      [
        ['Mayor Tom Arden', ['Tom Arden', 'Mayor Tom Arden', 'said']],
        ['Mr. Schultz backed', ['Mr. Schultz', 'Mr. Schultz', 'said']],
        ['Both Mr. King', ['Mr. King and Mr. Osei', 'Mr. King and Mr. Osei', 'say']]
      ]
    )
  })

  it('stands and plans are their holder’s: wants, opposes, cited', () => {
    expectClaimants(
      [
        'The harbour union opposes the plan to cut 40 jobs.',
        'Ana Ruiz wants to double the ferry service by 2026.',
        'The council cited a survey showing 62% of residents backed the levy.'
      ],
      [
        ['The harbour union', ['The harbour union', 'The harbour union', 'opposes']],
        ['Ana Ruiz wants', ['Ana Ruiz', 'Ana Ruiz', 'wants']],
        ['The council cited', ['The council', 'The council', 'cited']]
      ]
    )
  })
})
