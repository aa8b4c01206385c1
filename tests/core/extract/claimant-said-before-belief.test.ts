/**
 * A quote's claim carries the quote's cue, except where that cue is a state of mind ("expected", "hoped") or only
 * names the quoted phrase ("which he described as “…”"), and the same person said the sentence first: the claim is
 * what they said (issue 11).
 * Sentences written for these tests.
 */
import { describe, it } from 'vitest'
import { expectClaimants } from './expect-claimants'

describe('the cue of a claim holding a partial quote after a belief verb', () => {
  it('"said … and expected “…”" and "said … and hoped “…”" are claimed at "said"', () => {
    expectClaimants(
      [
        'A spokeswoman said the council pays the operator £2 million a year and expected “a proper conversation” before any change.',
        'Ms Osei said the levy was fair and hoped it would be “the end of the matter”.'
      ],
      [
        ['A spokeswoman said', ['A spokeswoman', 'A spokeswoman', 'said']],
        ['Ms Osei said', ['Ms Osei', 'Ms Osei', 'said']]
      ]
    )
  })

  it('a verb of saying after a judgement keeps the quote’s cue: "attacked …, saying “…”"', () => {
    expectClaimants(
      ['Mr Hale attacked the plan, saying it was “a tax on visitors”.'],
      [['Mr Hale attacked', ['Mr Hale', 'Mr Hale', 'saying']]]
    )
  })

  it('a belief verb with no verb of saying before it stays the cue', () => {
    expectClaimants(
      ['The harbour board expected “a long winter” for the ferry line.'],
      [['The harbour board expected', ['The harbour board', 'The harbour board', 'expected']]]
    )
  })

  it('"said … he expects “…”" and "said …, which he described as “…”" are claimed at "said", at the name', () => {
    expectClaimants(
      [
        'Gov. Rhea Patton said she expects “a hard fight” over the ferry budget.',
        'The union’s president, Owen Marsh, said pay was only part of the problem and pointed to overtime, which he described as “the slow poison of the wards”.',
        'Ms Lund told reporters the fund was short and called the shortfall “a scandal”.'
      ],
      [
        ['Gov. Rhea Patton said', ['Rhea Patton', 'Gov. Rhea Patton', 'said']],
        ['The union’s president', ['Owen Marsh', 'Owen Marsh', 'said']],
        ['Ms Lund told', ['Ms Lund', 'Ms Lund', 'told']]
      ]
    )
  })

  it('a participle or an aside before the naming verb does not take the cue: "Hale, recalling …, described …"', () => {
    expectClaimants(
      [
        'Mr Hale, recalling his years on the board, described himself as “the last honest trustee”.',
        'In the letter, Ms Ruiz called the levy “a tax on visitors”.'
      ],
      [
        ['Mr Hale, recalling', ['Mr Hale', 'Mr Hale', 'described']],
        ['In the letter', ['Ms Ruiz', 'Ms Ruiz', 'called']]
      ]
    )
  })
})
