/**
 * "those supporting the mayor": an -ing form after "those" says what the people "those" stands for hold, and they
 * are its claimant (claimant-verb-subjects.ts thoseDoing, cue-nouns.ts). Not when "those" refers back to things
 * ("adverts, including those attacking …"). Sentences written for these tests.
 */
import { describe, it } from 'vitest'
import { expectClaimants } from './expect-claimants'

describe('"those" before an -ing form of a claimant verb', () => {
  it('the people it stands for, named with the object', () => {
    expectClaimants(
      [
        'The row sent shudders through those supporting the mayor, who fear losing 300 seats.',
        'Those supporting the mayor say the wall will pay for itself within ten years and save £2 million.'
      ],
      [
        ['The row sent shudders', ['those supporting the mayor', 'those supporting the mayor', 'supporting']],
        ['Those supporting the mayor say', ['those supporting the mayor', 'Those supporting the mayor', 'say']]
      ]
    )
  })

  it('not "those" referring back to things', () => {
    expectClaimants(
      ['The council ran 40 adverts, including those attacking the mayor for a £4 million overrun.'],
      [['The council ran 40 adverts', null]]
    )
  })
})
