/**
 * The person asked a question answers it: after "Harte asked Osei whether …", the "he said" that follows is
 * Osei's, not the asker's (issue 11). Sentences written for these tests.
 */
import { describe, it } from 'vitest'
import { expectClaimants } from './expect-claimants'
import { expectQuotes } from './quote-expectations'
import { paragraphs } from '../../helpers/builders'

describe('the answer to a question is the addressee’s', () => {
  it('a quote after "asked Mr Osei whether" is his', () => {
    expectQuotes(paragraphs('Mr Whitlow asked Mr Osei whether the bus depot would close. “No,” he said.'), [
      { text: 'No,', speaker: 'Mr Osei', mention: 'he', cue: 'said' }
    ])
  })

  it('a quote after a question put in the sentence before, to a man named in full, is his', () => {
    expectQuotes(
      paragraphs(
        '“The fares will not rise,” said Tom Whitlow, the mayor.',
        'Whitlow asked Daniel Ruiz how he would pay for the bus fare freeze.',
        '“We will cut the consultants,” he said.'
      ),
      [
        { text: 'The fares will not rise,', speaker: 'Tom Whitlow' },
        { text: 'We will cut the consultants,', speaker: 'Daniel Ruiz', mention: 'he', cue: 'said' }
      ]
    )
  })

  it('"When Mr Whitlow asked Mr Ruiz how …, he said … “…”": the quote and the claim are the one asked', () => {
    const sentence =
      'When Mr Whitlow asked Mr Ruiz how he would pay for the fare freeze, he said savings would come from “cutting the consultants”.'
    expectQuotes(paragraphs(sentence), [
      { text: 'cutting the consultants', speaker: 'Mr Ruiz', mention: 'he', cue: 'said' }
    ])
    expectClaimants([sentence], [['When Mr Whitlow asked', ['Mr Ruiz', 'he', 'said']]])
  })

  it('"When Ms Carter asked Mr Delaney how …, he said …" with no quote: the claim and the next "He said" are his', () => {
    expectClaimants(
      [
        'When Ms Carter asked Mr Delaney how the board would fund the new pier, he said the money would come from higher berth fees.',
        'He said the board spent £2m on the old pier last year.'
      ],
      [
        ['When Ms Carter asked', ['Mr Delaney', 'he', 'said']],
        ['He said the board', ['Mr Delaney', 'He', 'said']]
      ]
    )
  })

  it('a question put in the opening clause still gives the claimant when the main clause reports no one', () => {
    expectClaimants(
      ['When Ms Carter asked Mr Delaney whether the pier would open in May, the hall fell silent.'],
      [['When Ms Carter asked', ['Ms Carter', 'Ms Carter', 'asked']]]
    )
  })

  it('the subject of a passive "was asked" is the one asked, and answers', () => {
    expectQuotes(
      paragraphs(
        'When Tom Berg, the harbour master, was asked during a lunch held by the Harbour Gazette if the ferry would sail, he laughed and said, “We will see.”'
      ),
      [{ text: 'We will see.', speaker: 'Tom Berg', mention: 'he', cue: 'said' }]
    )
  })

  it('a person asked to do something, not asked a question, does not take the next "he said"', () => {
    expectQuotes(
      paragraphs(
        '“The depot stays open,” said Mr Whitlow.',
        'Mr Whitlow asked Mr Ruiz to withdraw the leaflet. “It was false,” he said.'
      ),
      [
        { text: 'The depot stays open,', speaker: 'Mr Whitlow' },
        { text: 'It was false,', speaker: 'Mr Whitlow', mention: 'he', cue: 'said' }
      ]
    )
  })
})
