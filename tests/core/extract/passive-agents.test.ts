/**
 * A claimant verb in the passive: the agent after "by" is the claimant; without "by" no one is.
 * Sentences written for these tests.
 */
import { describe, it } from 'vitest'
import { expectClaimants } from './expect-claimants'

describe('claimants of passive verbs', () => {
  it('the agent after "by", with words between the verb and "by"', () => {
    expectClaimants(
      [
        'The registration issue was first reported by The Harbour Herald.',
        'The harbour plan was endorsed last week by the dockers’ union.'
      ],
      [
        ['The registration issue', ['The Harbour Herald', 'The Harbour Herald', 'reported']],
        ['The harbour plan', ['the dockers’ union', 'the dockers’ union', 'endorsed']]
      ]
    )
  })

  it('a passive without "by", or "by" with a time, names no one', () => {
    expectClaimants(
      ['The levy was approved in 2022.', 'The figures were reported by Monday.'],
      [
        ['The levy was approved', null],
        ['The figures were reported', null]
      ]
    )
  })

  it('an agent that also speaks in a relative clause is named by the passive first', () => {
    expectClaimants(
      ['The levy was backed by the Harbour Traders Guild, which argued that 300 jobs depended on it.'],
      [['The levy was backed', ['the Harbour Traders Guild', 'the Harbour Traders Guild', 'backed']]]
    )
  })

  it('a participle with "by" right after it names its agent, unless it is hung on the clause', () => {
    expectClaimants(
      [
        'Free ferries remain a favourite of both parties, promoted by the harbour union and the chamber of commerce. When pressed by reporters about the cost, the minister left the room.'
      ],
      [
        [
          'Free ferries remain',
          ['the harbour union and the chamber of commerce', 'the harbour union and the chamber of commerce', 'promoted']
        ],
        ['When pressed by reporters', null]
      ]
    )
  })
})
