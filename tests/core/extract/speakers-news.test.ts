/**
 * Who said a quote, in the ways news copy names speakers (issue 11): coordinated verbs, subordinate
 * clauses, pronouns. Every sentence here was written for these tests; none comes from a corpus.
 */
import { describe, it } from 'vitest'
import { expectQuotes, type Case } from './quote-expectations'
import { paragraphs } from '../../helpers/builders'

const CLAUSES: Case[] = [
  [
    'a second verb joined by "and" shares the first verb\'s subject, not the words between them',
    paragraphs(
      'In a call with reporters on Monday, the harbour commissioner criticised the levy and said the port was “losing ships every week.”'
    ),
    [{ text: 'losing ships every week.', speaker: 'the harbour commissioner', cue: 'said', partial: true }]
  ],
  [
    'a piece of a clause before the verb names no speaker',
    paragraphs('Under the new rules, even old newspaper cuttings can be deemed “commercially sensitive.”'),
    [{ text: 'commercially sensitive.', speaker: null, cue: 'deemed', partial: true }]
  ],
  [
    'the subject of a clause opened by "when" or "as" is the speaker',
    paragraphs(
      'Mayor Lena Ortiz spoke at the pier on Saturday.',
      'The crowd cheered when she said the ferry would “run all winter.”',
      'As one dockworker told the Courier, “Nobody reads the safety memos.”'
    ),
    [
      { text: 'run all winter.', speaker: 'Lena Ortiz', mention: 'she', cue: 'said', partial: true },
      { text: 'Nobody reads the safety memos.', speaker: 'one dockworker', mention: 'one dockworker', cue: 'told' }
    ]
  ]
]

describe('who said it: clauses around the speech verb', () => {
  it.each(CLAUSES)('%s', (_name, article, wanted) => expectQuotes(article, wanted))
})
