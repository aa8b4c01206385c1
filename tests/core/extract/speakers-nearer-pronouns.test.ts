/**
 * The pronoun opening the clause that holds a quote is its speaker's mention, not the sentence's first
 * subject (issue 11, nearer-pronouns.ts). Every sentence here was written for these tests; none comes from a corpus.
 */
import { describe, expect, it } from 'vitest'
import { expectQuotes, quotesOf, type Case } from './quote-expectations'
import { paragraphs } from '../../helpers/builders'

const NEARER_PRONOUNS: Case[] = [
  [
    'a clause opened by a contrast after the verb of saying: its pronoun and its verb',
    paragraphs(
      'Mayor Ann Hale praised the harbour levy, although she made it clear that she had “grave doubts” about it.'
    ),
    [{ text: 'grave doubts', speaker: 'Ann Hale', mention: 'she', cue: 'made' }]
  ],
  [
    'a pronoun coordinated after an infinitive, before an aside and the verb of saying',
    paragraphs('Ruth Hale promised to cut fares and she, once again, promised a “cleaner harbour” for the town.'),
    [{ text: 'cleaner harbour', speaker: 'Ruth Hale', mention: 'she', cue: 'promised' }]
  ],
  [
    'a pronoun inside what was said stays unread: the verb of saying keeps its subject',
    paragraphs('Tom Berg pledged that, if elected, he would be “a friend to every docker.”'),
    [{ text: 'a friend to every docker.', speaker: 'Tom Berg', mention: 'Tom Berg', cue: 'pledged' }]
  ],
  [
    'and so does one after a report with no contrast before it',
    paragraphs('Ana Ruiz said, through an aide, that the port was closed, and she had “no say” in it.'),
    [{ text: 'no say', speaker: 'Ana Ruiz', mention: 'Ana Ruiz', cue: 'said' }]
  ],
  [
    'a pronoun that cannot be the same person is no nearer mention',
    paragraphs('Ruth Hale praised the levy, but he made it clear that the council had “grave doubts” about it.'),
    [{ text: 'grave doubts', speaker: 'Ruth Hale', mention: 'Ruth Hale', cue: 'praised' }]
  ]
]

describe('speakers named again by the pronoun of the quote’s clause', () => {
  it.each(NEARER_PRONOUNS)('%s', (_name, article, wanted) => expectQuotes(article, wanted))

  it('points at the pronoun of the clause, not at an earlier one', () => {
    const article = paragraphs(
      'Mayor Ann Hale praised the harbour levy, although she made it clear that she had “grave doubts” about it.'
    )
    const [quote] = quotesOf(article)
    expect(quote.mention?.start).toBe(article.text.indexOf('although she') + 'although '.length)
  })
})
