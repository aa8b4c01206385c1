/**
 * Who "he", "she" and "they" stand for when the person was only met in prose (issue 11). Every
 * sentence here was written for these tests; none comes from a corpus.
 */
import { describe, it } from 'vitest'
import { expectQuotes, type Case } from './quote-expectations'
import { paragraphs } from '../../helpers/builders'

/** A full name before ", who": a person, though no title or known first name says so. */
const RELATIVE_WHO: Case[] = [
  [
    'a name whose first word is on no list, then ", who"',
    paragraphs(
      'Veteran skipper Odile Marchetti, who retired in May, used her last column to thank the crews she calls the best.',
      '“We owe them the whole coast,” she wrote.'
    ),
    [{ text: 'We owe them the whole coast,', speaker: 'Odile Marchetti', mention: 'she', cue: 'wrote' }]
  ]
]

describe('a full name before ", who" is a person a later pronoun can stand for', () => {
  it.each(RELATIVE_WHO)('%s', (_name, article, wanted) => expectQuotes(article, wanted))
})

/** A known first name opening a full name: a person, whatever noun of a body ("bill", "white") follows it. */
const FIRST_NAMES: Case[] = [
  [
    'a first name, then a word that names a document when lower-case',
    paragraphs('Bill Hale’s boat was older than his voice.', '“We sail at dawn,” he told them.'),
    [{ text: 'We sail at dawn,', speaker: 'Bill Hale', mention: 'he', cue: 'told' }]
  ],
  [
    'a word naming an organisation still makes a body of it',
    paragraphs('The Bill Hale Foundation was older than the port.', '“We sail at dawn,” he told them.'),
    [{ text: 'We sail at dawn,', speaker: null }]
  ]
]

describe('a full name opening on a known first name is a person', () => {
  it.each(FIRST_NAMES)('%s', (_name, article, wanted) => expectQuotes(article, wanted))
})

/** A description naming where someone comes from or what they finished is a person's, whatever body it names. */
const ORIGINS: Case[] = [
  [
    'a native and a graduate of a college',
    paragraphs(
      'Tamsin Vale, a Leeds native and college graduate, is still paying off her loans.',
      '“Who wants to live with their parents at 29?” she said.'
    ),
    [{ text: 'Who wants to live with their parents at 29?', speaker: 'Tamsin Vale', mention: 'she', cue: 'said' }]
  ]
]

describe('a native or a graduate is a person a later pronoun can stand for', () => {
  it.each(ORIGINS)('%s', (_name, article, wanted) => expectQuotes(article, wanted))
})
