/**
 * Words between a speaker and the verb of saying (issue 11): an intensifying reflexive, a phrase
 * of time, a phrase opened by "during". Every sentence here was written for these tests; none comes from a corpus.
 */
import { describe, it } from 'vitest'
import { expectQuotes, type Case } from './quote-expectations'
import { paragraphs } from '../../helpers/builders'

const GAPS: Case[] = [
  [
    'a reflexive after the name',
    paragraphs('Tom Berg himself said on Tuesday that “the only way to win the port is to ask, one on one.”'),
    [
      {
        text: 'the only way to win the port is to ask, one on one.',
        speaker: 'Tom Berg',
        mention: 'Tom Berg',
        cue: 'said'
      }
    ]
  ],
  [
    'a phrase of time after a party and state in brackets',
    paragraphs('Senator Ruth Hale (D-Ore.) last week said the clerk was not the author of any “secret” memo.'),
    [{ text: 'secret', speaker: 'Ruth Hale', cue: 'said' }]
  ],
  [
    'a day after "on", then an adverb',
    paragraphs('The harbour board on Monday quietly said the ferry was “no longer viable” in winter.'),
    [{ text: 'no longer viable', speaker: 'The harbour board', cue: 'said' }]
  ],
  [
    'a phrase opened by "during"',
    paragraphs('Tom Berg during a visit to the port thanked the crews “for their support in my campaign.”'),
    [{ text: 'for their support in my campaign.', speaker: 'Tom Berg', mention: 'Tom Berg', cue: 'thanked' }]
  ],
  [
    'a phrase opened by "during", then a day',
    paragraphs('Tom Berg during a rally on Sunday said the plan was “dead on arrival.”'),
    [{ text: 'dead on arrival.', speaker: 'Tom Berg', mention: 'Tom Berg', cue: 'said' }]
  ]
]

/** A surname alone opening the sentence, then an age and a description between commas. */
const APPOSITIVES: Case[] = [
  [
    'a surname, an age and a description before the verb',
    paragraphs(
      'Ruth Hale spoke at the quay.',
      'Hale, 35, the daughter of the former harbour master and a pilot herself, said on Monday, “Next spring we sail again.”'
    ),
    [{ text: 'Next spring we sail again.', speaker: 'Ruth Hale', mention: 'Hale', cue: 'said' }]
  ]
]

describe('a surname opening the sentence before its description', () => {
  it.each(APPOSITIVES)('%s', (_name, article, wanted) => expectQuotes(article, wanted))
})

describe('words between a speaker and the verb of saying', () => {
  it.each(GAPS)('%s', (_name, article, wanted) => expectQuotes(article, wanted))
})
