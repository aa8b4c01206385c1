/**
 * Quotes and speakers in the way US and British wire copy writes them (issue 11). Every sentence
 * here was written for these tests; none comes from a corpus.
 */
import { describe, it } from 'vitest'
import { expectQuotes, type Case } from './quote-expectations'
import { paragraphs } from '../../helpers/builders'

const CASES: Case[] = [
  [
    'a verb of judgement governs a short quoted verdict',
    paragraphs(
      'Councillor Ruth Hale criticised the levy as a “stealth tax” on Tuesday. The harbour master blasted the plan as “reckless.”'
    ),
    [
      { text: 'stealth tax', speaker: 'Ruth Hale', cue: 'criticised', partial: true },
      { text: 'reckless.', speaker: 'The harbour master', cue: 'blasted', partial: true }
    ]
  ],
  [
    'a survey and a named centre speak for themselves',
    paragraphs('The Harbour Policy Center reported that rents had risen by a “painful” margin since 2019.'),
    [{ text: 'painful', speaker: 'The Harbour Policy Center', mention: 'The Harbour Policy Center', cue: 'reported' }]
  ],
  [
    'two apostrophes as quotation marks',
    paragraphs("''We have not seen a winter like this one,'' said Dr. Nia Brandt, a climatologist at the university."),
    [
      {
        text: 'We have not seen a winter like this one,',
        speaker: 'Nia Brandt',
        mention: 'Dr. Nia Brandt',
        cue: 'said'
      }
    ]
  ],
  [
    'a party and state in brackets between the name and the verb',
    paragraphs(
      '“The bridge will be finished by spring,” Sen. Ruth Hale (D-Ore.) said on Friday.',
      'Rep. Tom Arden (R-Ida.) said the cost was “far higher than anyone admits.”'
    ),
    [
      { text: 'The bridge will be finished by spring,', speaker: 'Ruth Hale', mention: 'Sen. Ruth Hale', cue: 'said' },
      {
        text: 'far higher than anyone admits.',
        speaker: 'Tom Arden',
        mention: 'Rep. Tom Arden',
        cue: 'said',
        partial: true
      }
    ]
  ],
  [
    'two people joined by "and" speak together',
    paragraphs('Mr. Osei and Ms. Brandt said the inquiry had been “a whitewash from the first day.”'),
    [{ text: 'a whitewash from the first day.', speaker: 'Mr. Osei and Ms. Brandt', cue: 'said', partial: true }]
  ],
  [
    'a name right before the verb after a long opening phrase',
    paragraphs('In a long interview with the editorial board Fenwick said the budget was “balanced on paper only.”'),
    [{ text: 'balanced on paper only.', speaker: 'Fenwick', mention: 'Fenwick', cue: 'said' }]
  ],
  [
    'a sentence opening with "But" keeps its subject',
    paragraphs('But a port official said the cranes would be “back in service within the week.”'),
    [{ text: 'back in service within the week.', speaker: 'a port official', anonymous: true, cue: 'said' }]
  ]
]

describe('quotes in wire copy', () => {
  it.each(CASES)('%s', (_name, article, wanted) => expectQuotes(article, wanted))
})
