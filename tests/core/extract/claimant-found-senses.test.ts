/**
 * The bare verb "to found" (to set up) finds nothing out, so names no claimant (action-senses.ts); "the audit found
 * that …" and "found 23 spills" are findings and keep theirs. Sentences written for these tests.
 */
import { describe, it } from 'vitest'
import { expectClaimants } from './expect-claimants'

describe('founding something is no finding', () => {
  it('a body founded', () => {
    expectClaimants(
      [
        'In 2019 the dockers decided to found a credit union for 4,000 members. Ruiz did not, however, personally found the ferry trust in 2011.'
      ],
      [
        ['In 2019 the dockers', null],
        ['Ruiz did not', null]
      ]
    )
  })

  it('keeps a finding', () => {
    expectClaimants(
      [
        'The harbour audit found that the levy raised 2 million pounds. The berth census, in May, found that 30 percent of berths were empty. Inspectors found 23 spills at the pier in 2024. The survey found a way of life under threat for 40 percent of dockers.'
      ],
      [
        ['The harbour audit found', ['The harbour audit', 'The harbour audit', 'found']],
        ['The berth census, in May', ['The berth census', 'The berth census', 'found']],
        ['Inspectors found', ['Inspectors', 'Inspectors', 'found']],
        ['The survey found', ['The survey', 'The survey', 'found']]
      ]
    )
  })
})
