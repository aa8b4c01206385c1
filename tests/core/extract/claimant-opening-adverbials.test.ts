/**
 * Claimants after an adverbial opening the sentence with no comma ("In March the union argued …"): the adverbial
 * ends at its noun and the subject opens on the determiner after it (claimant-subject-trims.ts subjectAfterOpener,
 * read by claimant-subject-readers.ts phraseBefore, and by subject-before.ts for speech verbs, which the speaker
 * reading tries first). Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest'
import { expectClaimants } from './expect-claimants'
import { extract } from '../../../src/core/extract/extract'
import { paragraphs } from '../../helpers/builders'

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
        ['In a letter', ['the harbour union', 'the union', 'claimed']]
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

  it('is no part of the subject of a speech verb, a time or a clause before it', () => {
    expectClaimants(
      [
        'Last week the harbour union said the pay offer was an insult to its members.',
        'After the vote the harbour board said the merger would save money.',
        'Earlier this year the ferry charity claimed that the scheme had failed.',
        'Later that day the mayor warned that bus fares would rise in April.'
      ],
      [
        ['Last week', ['the harbour union', 'the harbour union', 'said']],
        ['After the vote', ['the harbour board', 'the harbour board', 'said']],
        ['Earlier this year', ['the ferry charity', 'the ferry charity', 'claimed']],
        ['Later that day', ['the mayor', 'the mayor', 'warned']]
      ]
    )
  })

  it('nor of the speaker of the quote after it', () => {
    const { quotes } = extract(
      paragraphs('After the vote the harbour board said: "We will not be raising the toll this year."')
    )
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['the harbour board'])
  })

  it('an adverbial holding a clause is not cut at its determiner', () => {
    const { claims } = extract(
      paragraphs(
        'In what might be the first time the dockers and the harbour board have ever agreed on anything, both say the toll is unfair.'
      ),
      { threshold: 0 }
    )
    expect(claims[0].claimant?.name).not.toMatch(/first time/)
  })
})
