/**
 * Claimants after an adverbial opening the sentence with no comma ("In March the union argued …"): the adverbial
 * ends at its noun and the subject opens on the determiner after it (claimant-subject-trims.ts subjectAfterOpener,
 * read by claimant-subject-readers.ts phraseBefore). Sentences written for these tests.
 */
import { describe, it } from 'vitest'
import { expectClaimants } from './expect-claimants'

describe('an opening adverbial with no comma', () => {
  it('is no part of the subject after it', () => {
    expectClaimants(
      [
        'In March the harbour union argued that the bridge toll was unfair.',
        'On Tuesday the harbour board said the pier would close for a year.',
        'In a letter to members the union claimed that fares had doubled.'
      ],
      [
        ['In March', ['the harbour union', 'the harbour union', 'argued']],
        ['On Tuesday', ['the harbour board', 'the harbour board', 'said']],
        ['In a letter', ['the union', 'the union', 'claimed']]
      ]
    )
  })

  it('only an adverbial opening the sentence', () => {
    expectClaimants(
      ['The old charter is falling apart, with passages including the harbour clause highlighted in red ink.'],
      [['The old charter', null]]
    )
  })

  it('a determiner after a preposition stays inside the adverbial', () => {
    expectClaimants(
      ['On the advice of the lawyers the board denied that the pier was unsafe.'],
      [['On the advice', ['the board', 'the board', 'denied']]]
    )
  })
})
