/**
 * A cue verb in an infinitive whose subject is the object of the verb before it (controlled-infinitives.ts): after a
 * verb of leaving ("left many dockers to wonder"), as after one of causing, the object is the claimant; after one of
 * obliging ("requires the firm to publish") no one is. Sentences written for these tests.
 */
import { describe, it } from 'vitest'
import { expectClaimants } from './expect-claimants'

describe('an infinitive after a verb and its object', () => {
  it('after "leave" the people left are the claimant; after "require" no one is', () => {
    expectClaimants(
      [
        'The vote left many dockers to wonder whether 300 jobs would go by 2030.',
        'Young families are moving out, leaving the old guard of the port to wonder what went wrong in 2019.',
        'A 2021 law requires the port board to publish its accounts every March.'
      ],
      [
        ['The vote left', ['many dockers', 'many dockers', 'wonder']],
        ['Young families', ['the old guard of the port', 'the old guard of the port', 'wonder']],
        ['A 2021 law', null]
      ]
    )
  })
})
