/**
 * Words capitalised only for opening a sentence are no speaker's name (issue 11): a preposition opening its first
 * phrase ("Amid …", "During …", "Contrary to …"), an adverb setting the scene ("Domestically, …"), a quantifier ("Much of …", "Each of …") or a question word ("What do you …").
 * Every sentence here was written for these tests; none comes from a corpus.
 */
import { describe, it } from 'vitest'
import { expectQuotes, type Case } from './quote-expectations'
import { paragraphs } from '../../helpers/builders'
import { expectClaimants } from './expect-claimants'

const OPENING_WORDS: Case[] = [
  [
    'a preposition opening the sentence leaves the subject after its phrase to speak',
    paragraphs(
      'Amid calls from some to close the quay, harbour master Tom Reed offered a reason, saying it is needed to “keep the town honest.”'
    ),
    [{ text: 'keep the town honest.', speaker: 'Tom Reed', mention: 'Tom Reed', cue: 'saying' }]
  ],
  [
    'a question word opening the sentence is not the one saying it',
    paragraphs('What do you make of Reed privately saying “wait for the tide” in reply?'),
    [{ text: 'wait for the tide', speaker: 'Reed', mention: 'Reed', cue: 'saying' }]
  ],
  [
    'a quantifier opening the sentence is no speaker; the subject of the clause holding the quote is',
    paragraphs('Much of the anger was aimed at Reed, who Hale on Monday called “a reckless man.”'),
    [{ text: 'a reckless man.', speaker: 'Hale', mention: 'Hale' }]
  ],
  [
    'an adverb setting the scene is no speaker; the person the relative clause is about is',
    paragraphs(
      'Domestically, the row drew a sharp reply from Mayor Ada Berg, who called the levy “a tax on fishermen.”'
    ),
    [{ text: 'a tax on fishermen.', speaker: 'Ada Berg', mention: 'who' }]
  ]
]

describe('words capitalised for opening a sentence', () => {
  it.each(OPENING_WORDS)('%s', (_name, article, wanted) => expectQuotes(article, wanted))
})

describe('words capitalised for opening a sentence, in claims', () => {
  it('"Contrary to …" opens a phrase: the subject after it holds the claim', () => {
    expectClaimants(
      ['Contrary to Hale’s claims, auditors say the levy never raised 2 million pounds.'],
      [['Contrary to', ['auditors', 'auditors', 'say']]]
    )
  })

  it('an adverb of comment opening the sentence is no part of the owner named after it', () => {
    expectClaimants(
      [
        'James Hale spoke on Monday. Perhaps Mr. Hale’s most surprising suggestion was that the mayor had used a private account.'
      ],
      [['Perhaps Mr. Hale’s', ['James Hale', 'Mr. Hale’s', 'suggestion']]]
    )
  })
})
