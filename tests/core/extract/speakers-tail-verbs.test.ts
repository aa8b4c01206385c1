/**
 * A quote opening its sentence and ending like speech, then an attribution clause on a verb the cue
 * lexicon does not know (issue 11): the clause's subject is the speaker and its verb the cue. Every
 * sentence here was written for these tests; none comes from a corpus.
 */
import { describe, it } from 'vitest'
import { expectQuotes, type Case } from './quote-expectations'
import { paragraphs } from '../../helpers/builders'

const TAIL_VERBS: Case[] = [
  [
    'the verb first, a name with age and town after it',
    paragraphs('“Our idea of a fair wage is different,” agrees Maria Lopes, 31, of Leeds.'),
    [{ text: 'Our idea of a fair wage is different,', speaker: 'Maria Lopes', mention: 'Maria Lopes', cue: 'agrees' }]
  ],
  [
    'a document after the verb',
    paragraphs('“There are jellyfish with more spine than this council,” reads a Tuesday editorial in the Gazette.'),
    [
      {
        text: 'There are jellyfish with more spine than this council,',
        speaker: 'a Tuesday editorial in the Gazette',
        cue: 'reads'
      }
    ]
  ],
  [
    'the subject first, nothing after the verb',
    paragraphs(
      'Ruth Ortiz hosted the harbour debate.',
      '“The Herald says you met the board in secret,” Ortiz started.'
    ),
    [{ text: 'The Herald says you met the board in secret,', speaker: 'Ruth Ortiz', mention: 'Ortiz', cue: 'started' }]
  ],
  [
    'a passive of quoting as one verb',
    paragraphs('“The levy will ruin the pier,” Dana Holt is quoted as saying.'),
    [{ text: 'The levy will ruin the pier,', speaker: 'Dana Holt', cue: 'is quoted as saying' }]
  ],
  [
    'a title inside a sentence is not followed by its attribution',
    paragraphs('Ruiz, star of television’s “Harbour,” thanked the crews for their work.'),
    []
  ]
]

describe('an attribution clause on a verb the cue lexicon does not know', () => {
  it.each(TAIL_VERBS)('%s', (_name, article, wanted) => expectQuotes(article, wanted))
})
