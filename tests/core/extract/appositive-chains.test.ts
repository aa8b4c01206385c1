/**
 * A name opening the sentence before two appositives, the second a name ("Ada Nash, the editor of the city's
 * paper, the Harbour Herald, said …"): the second names what the first description is about, so the opening name
 * is who speaks and claims (subject-before.ts, subject-appositives.ts). Sentences written for these tests.
 */
import { describe, it } from 'vitest'
import { expectClaimants } from './expect-claimants'
import { expectQuotes } from './quote-expectations'
import { paragraphs } from '../../helpers/builders'

describe('a name before two appositives', () => {
  it('claims the sentence; the name after its description is not the claimant', () => {
    expectClaimants(
      [
        "Ada Nash, the editor of the city's paper, the Harbour Herald, said the levy cost 300 jobs in 2020. Tom Berg, chair of the pilots' board, the Harbour Trust, argued that the levy raised 4 million pounds."
      ],
      [
        ['Ada Nash, the editor', ['Ada Nash', 'Ada Nash', 'said']],
        ['Tom Berg, chair', ['Tom Berg', 'Tom Berg', 'argued']]
      ]
    )
  })

  it('speaks the quote after it', () => {
    expectQuotes(
      paragraphs(
        "Ada Nash, the editor of the city's paper, the Harbour Herald, said the levy was “a tax on visitors.”"
      ),
      [{ text: 'a tax on visitors.', speaker: 'Ada Nash', mention: 'Ada Nash', cue: 'said' }]
    )
  })

  it('a description before the name leaves the name as the subject, as before', () => {
    expectClaimants(
      ["The Herald's editor, Ada Nash, said the levy cost 300 jobs in 2020."],
      [["The Herald's editor", ['Ada Nash', 'Ada Nash', 'said']]]
    )
  })
})

describe('two names, each with its aside, joined by "and"', () => {
  it('both are the claimant, not the first alone', () => {
    expectClaimants(
      [
        'Ruth Hale, chair of the harbour board, and Tom Berg, its treasurer, said the levy raised 4 million pounds in 2023.'
      ],
      [['Ruth Hale', ['Ruth Hale and Tom Berg', 'Ruth Hale, chair of the harbour board, and Tom Berg', 'said']]]
    )
  })
})
