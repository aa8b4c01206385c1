/**
 * The clause right before a quote outranks a verb of saying in an earlier clause (issue 11,
 * lead-clauses.ts). Every sentence here was written for these tests; none comes from a corpus.
 */
import { describe, it } from 'vitest'
import { expectQuotes, type Case } from './quote-expectations'
import { paragraphs } from '../../helpers/builders'

const LEAD_CLAUSES: Case[] = [
  [
    'a name and a verb that is not one of saying, ending on the comma before the quote',
    paragraphs(
      'After former Gov. Ruth Hale criticised the plan during a debate, Ortiz shot back, “I could have stayed home, but I chose to work.”'
    ),
    [{ text: 'I could have stayed home, but I chose to work.', speaker: 'Ortiz', mention: 'Ortiz', cue: 'shot back' }]
  ],
  [
    'the same clause ending on a colon, with an adverb',
    paragraphs(
      'When Tom Berg suggested that the port would sue the city, Ortiz fired back forcefully: “If they sue us, they will lose.”'
    ),
    [{ text: 'If they sue us, they will lose.', speaker: 'Ortiz', cue: 'fired back' }]
  ],
  [
    'a lead clause holding a verb of saying is the attribution already',
    paragraphs('When the vote was lost, Ortiz told the crowd, “We go again next year.”'),
    [{ text: 'We go again next year.', speaker: 'Ortiz', cue: 'told' }]
  ],
  [
    'a clause opened by a thing is no lead clause',
    paragraphs('Tom Berg said that after the storm, the pier looked, in his words, “like a broken comb.”'),
    [{ text: 'like a broken comb.', speaker: 'Tom Berg', cue: 'said' }]
  ]
]

describe('speakers of the clause that opens a quote', () => {
  it.each(LEAD_CLAUSES)('%s', (_name, article, wanted) => expectQuotes(article, wanted))
})
