/**
 * Polls named after "in" beyond a determiner, a few words and the noun: a poll run by two pollsters, their names
 * joined by a slash ("a Herald/Courier poll"), and an average of polls ("the Courier average of Leeds polls"), are the
 * source of the figures in their clause as any other poll is. Sentences written for these tests.
 */
import { describe, it } from 'vitest'
import { expectClaimants } from './expect-claimants'

describe('a poll named by pollsters joined with a slash, after "in"', () => {
  it('opening the sentence, it is the claimant, also with when it came out', () => {
    expectClaimants(
      [
        'Okafor is ahead. In a Herald/Courier poll released Monday, 52 percent of voters chose Okafor while 38 percent chose Hale.'
      ],
      [
        [
          'In a Herald/Courier poll',
          ['a Herald/Courier poll released Monday', 'a Herald/Courier poll released Monday', 'In']
        ]
      ]
    )
  })

  it('a long name of three pollsters, or words before it, is read whole', () => {
    expectClaimants(
      [
        'In the previous Harbour Post/Leeds News national poll, taken in early May, Okafor led Hale by 6 points. ' +
          'In a Leeds Post/Harbour News/Marist North Coast poll, Okafor led Hale by 9 points.'
      ],
      [
        [
          'In the previous',
          [
            'the previous Harbour Post/Leeds News national poll',
            'the previous Harbour Post/Leeds News national poll',
            'In'
          ]
        ],
        [
          'In a Leeds Post',
          [
            'a Leeds Post/Harbour News/Marist North Coast poll',
            'a Leeds Post/Harbour News/Marist North Coast poll',
            'In'
          ]
        ]
      ]
    )
  })

  it('after the clause it is the source too', () => {
    expectClaimants(
      ['Hale trails Okafor in the latest Courier/Herald poll by nearly 9 points.'],
      [['Hale trails', ['the latest Courier/Herald poll', 'the latest Courier/Herald poll', 'in']]]
    )
  })
})

describe('an average of polls, after "in"', () => {
  it('is the source, named with the polls it averages; a polling average too', () => {
    expectClaimants(
      [
        'Hale trails Okafor in the Courier average of Leeds polls by nearly 9 points. ' +
          'In the Herald polling average, Okafor leads Hale by 4 points.'
      ],
      [
        ['Hale trails', ['the Courier average of Leeds polls', 'the Courier average of Leeds polls', 'in']],
        ['In the Herald', ['the Herald polling average', 'the Herald polling average', 'In']]
      ]
    )
  })

  it('an average of anything else is no source', () => {
    expectClaimants(
      ['In the average household, port fees rose by 9 percent in May. Hale won an average of 40 percent in the votes.'],
      [
        ['In the average household', null],
        ['Hale won', null]
      ]
    )
  })
})
