/**
 * People a quote's own sentence names before the quote, noted for a later pronoun (sentence-people.ts). Every
 * sentence here was written for these tests; none comes from a corpus.
 */
import { describe, it } from 'vitest'
import { expectQuotes, type Case } from './quote-expectations'
import { paragraphs } from '../../helpers/builders'

/** The quote's speaker, named after a clause put first, is whom the next "he added" means. */
const CLAUSE_PUT_FIRST: Case[] = [
  [
    'a man asks in an "After" clause, the author of unknown gender replies',
    paragraphs(
      'Writer and historian Ravi Menon made his forecast for the vote.',
      'After Glenn Walsh asked the author who he thought would win, Menon replied, “If I had to bet today, I would bet on Hale.”',
      '“We should not mix up who we want to win with who will win,” he added.'
    ),
    [
      { text: 'If I had to bet today, I would bet on Hale.', speaker: 'Ravi Menon', mention: 'Menon', cue: 'replied' },
      { text: 'We should not mix up who we want to win with who will win,', speaker: 'Ravi Menon', mention: 'he' }
    ]
  ]
]

describe('the people before a quote in its own sentence', () => {
  it.each(CLAUSE_PUT_FIRST)('%s', (_name, article, wanted) => expectQuotes(article, wanted))
})
