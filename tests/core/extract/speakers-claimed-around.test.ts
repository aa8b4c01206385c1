/**
 * A quote inside a sentence of reported speech whose verb is no verb of saying, and that has no
 * attribution of its own (issue 11): the sentence's claimant, named and cued before the quote, is the
 * speaker, as the claim of that sentence already says. Every sentence here was written for these tests;
 * none comes from a corpus. What is not read this way (the owner of a noun of saying before a colon, a clause
 * opening on a participle) is kept by speakers-colon-clauses.test.ts and speakers-subjects.test.ts.
 */
import { describe, it } from 'vitest'
import { expectQuotes, type Case } from './quote-expectations'
import { paragraphs } from '../../helpers/builders'

const CLAIMED_AROUND: Case[] = [
  [
    'a pronoun subject of a verb of expecting',
    paragraphs(
      'Tom Reyes, the harbour master, met the board on Monday.',
      'He anticipated that the hardest task would be “keeping the ferry afloat through another winter of storms.”'
    ),
    [
      {
        text: 'keeping the ferry afloat through another winter of storms.',
        speaker: 'Tom Reyes',
        mention: 'He',
        cue: 'anticipated'
      }
    ]
  ],
  [
    'a full name crediting a result to the quoted words',
    paragraphs(
      'The vote went against the harbour union on Friday.',
      'Ada Berg credited the result to “a rushed count, something none of us had asked for, where half the crews were at sea.”'
    ),
    [
      {
        text: 'a rushed count, something none of us had asked for, where half the crews were at sea.',
        speaker: 'Ada Berg',
        mention: 'Ada Berg',
        cue: 'credited'
      }
    ]
  ],
  [
    'a surname met before, talking about what the quote says',
    paragraphs(
      'Ada Berg chairs the harbour panel.',
      'Berg began talking about what the port will do “if the ferry does not sail again this year.”'
    ),
    [{ text: 'if the ferry does not sail again this year.', speaker: 'Ada Berg', mention: 'Berg', cue: 'talking' }]
  ],
  [
    'a surname never met is given as written',
    paragraphs('Okafor credited the win to “a long campaign on every doorstep in the ward.”'),
    [{ text: 'a long campaign on every doorstep in the ward.', speaker: 'Okafor', mention: 'Okafor' }]
  ]
]

/** A later sentence of the paragraph with its own subject does not continue the quote before it. */
const NOT_CONTINUED: Case[] = [
  [
    'another person named in the next sentence',
    paragraphs(
      '“The count was rushed,” Ada Berg said on Friday. Tom Reyes, her deputy, credited the result to “a long campaign on every doorstep in the ward.”'
    ),
    [
      { text: 'The count was rushed,', speaker: 'Ada Berg', mention: 'Ada Berg', cue: 'said' },
      {
        text: 'a long campaign on every doorstep in the ward.',
        speaker: 'Tom Reyes',
        mention: 'Tom Reyes',
        cue: 'credited'
      }
    ]
  ],
  [
    'the same person, named at the pronoun that opens the next sentence',
    paragraphs(
      '“The count was rushed,” Ada Berg said on Friday. She credited the result to “a long campaign on every doorstep in the ward.”'
    ),
    [
      { text: 'The count was rushed,', speaker: 'Ada Berg', mention: 'Ada Berg' },
      { text: 'a long campaign on every doorstep in the ward.', speaker: 'Ada Berg', mention: 'She', cue: 'credited' }
    ]
  ]
]

describe('a later sentence of the paragraph with a subject of its own', () => {
  it.each(NOT_CONTINUED)('%s', (_name, article, wanted) => expectQuotes(article, wanted))
})

describe('a quote inside a sentence attributed to someone by a verb that is not one of saying', () => {
  it.each(CLAIMED_AROUND)('%s', (_name, article, wanted) => expectQuotes(article, wanted))
})
