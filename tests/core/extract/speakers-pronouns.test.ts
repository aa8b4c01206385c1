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

/** The person a sentence is about outranks one it only names after them, even one who spoke before. */
const SENTENCE_SUBJECTS: Case[] = [
  [
    'a pronoun in the same sentence, after the subject and an earlier speaker named as the object',
    paragraphs(
      '“The pier is safe,” said Ivan Petrov, the harbour master.',
      'Ben Ortiz went after Petrov at the meeting, refusing to back down, when he called the plan “a waste of money.”'
    ),
    [
      { text: 'The pier is safe,', speaker: 'Ivan Petrov' },
      { text: 'a waste of money.', speaker: 'Ben Ortiz', mention: 'he', cue: 'called' }
    ]
  ],
  [
    'a pronoun in the next sentence',
    paragraphs(
      '“The pier is safe,” said Ivan Petrov, the harbour master.',
      'Councillor Sam Adler told Petrov on Friday that the levy must go.',
      '“It is a tax on visitors,” he said.'
    ),
    [
      { text: 'The pier is safe,', speaker: 'Ivan Petrov' },
      { text: 'It is a tax on visitors,', speaker: 'Sam Adler', mention: 'he', cue: 'said' }
    ]
  ]
]

describe('a pronoun after a sentence naming its subject and then an earlier speaker', () => {
  it.each(SENTENCE_SUBJECTS)('%s', (_name, article, wanted) => expectQuotes(article, wanted))
})

/** A name before a lower-case title and another name is whom that person works for, not whom the sentence is about. */
const MODIFIER_NAMES: Case[] = [
  [
    'a name modifying a title before the speaker in a sentence holding a quote',
    paragraphs(
      'Mayor Ruth Hale opened the new pier on Monday.',
      'Hale campaign director Nadia Osei called the levy “a fair price for a safer pier.”',
      '“We will raise the money by May,” she said.'
    ),
    [
      { text: 'a fair price for a safer pier.', speaker: 'Nadia Osei' },
      { text: 'We will raise the money by May,', speaker: 'Nadia Osei', mention: 'she', cue: 'said' }
    ]
  ]
]

describe('a name before a title and another name is not the subject a later pronoun stands for', () => {
  it.each(MODIFIER_NAMES)('%s', (_name, article, wanted) => expectQuotes(article, wanted))
})

/** A role word after a body's name ("A Department of Health spokesman") says the speaker's gender, "of" or not. */
const ROLE_AFTER_BODY: Case[] = [
  [
    'a spokesman of a body named with "of", then a woman met in prose, then "she"',
    paragraphs(
      'A Department of Health spokesman said £2.1 billion was being spent on scanners.',
      'Ruth Adeyemi, 54, from Southmoor, waited 23 weeks for a scan. “I lost my job because I could not sit at a desk,” she said.'
    ),
    [{ text: 'I lost my job because I could not sit at a desk,', speaker: 'Ruth Adeyemi', mention: 'she', cue: 'said' }]
  ],
  [
    'a spokeswoman of a body named with "for", then "he" for the man met in prose',
    paragraphs(
      'An Office for Rail spokeswoman said 40 trains were cancelled.',
      'Tom Brack, 61, from Leeds, waited four hours for a train. “We were told nothing,” he said.'
    ),
    [{ text: 'We were told nothing,', speaker: 'Tom Brack', mention: 'he', cue: 'said' }]
  ]
]

describe('a role word after a body named with "of" or "for" says whom "he" or "she" cannot stand for', () => {
  it.each(ROLE_AFTER_BODY)('%s', (_name, article, wanted) => expectQuotes(article, wanted))
})
