/**
 * A dateline ("CARROW, Wessex (Reuters) - ", "LONDON -- ") opens wire copy before the sentence proper: the person
 * named right after it is the sentence's subject, the one a later "she" or "he" stands for. Sentences written for
 * these tests.
 */
import { describe, it } from 'vitest'
import { expectClaimants } from './expect-claimants'
import { expectQuotes } from './quote-expectations'
import { paragraphs } from '../../helpers/builders'

describe('the person named after a dateline is the sentence’s subject', () => {
  it('after "CARROW, Wessex (Reuters) -", "she said" is the woman who opens the sentence, not the one she met', () => {
    expectQuotes(
      paragraphs(
        'CARROW, Wessex (Reuters) - Ada Okafor met Ruth Hale on Monday to discuss the levy. “It will be scrapped by March,” she said.'
      ),
      [{ text: 'It will be scrapped by March,', speaker: 'Ada Okafor', mention: 'she', cue: 'said' }]
    )
  })

  it('after "LONDON --", the next "He told" is the man who opens the sentence', () => {
    expectClaimants(
      [
        'LONDON -- Marcus Delaney toured the pier with Tom Reyes on Monday. He told reporters the fares would rise by 8 percent.'
      ],
      [['He told reporters', ['Marcus Delaney', 'He', 'told']]]
    )
  })
})
