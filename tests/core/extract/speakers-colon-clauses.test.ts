/**
 * A quote opened by a colon that ends a clause about someone with no verb of saying in it (issue
 * 11, colon-subjects.ts): the clause's subject speaks, the colon is the cue. Every sentence here was
 * written for these tests; none comes from a corpus.
 */
import { describe, it } from 'vitest'
import { expectQuotes, type Case } from './quote-expectations'
import { paragraphs } from '../../helpers/builders'

const COLON_CLAUSES: Case[] = [
  [
    'an inverted verb of saying and a name alone on the line before, ending on its colon',
    paragraphs('Ruth Hale spoke on the radio on Monday.', 'Stated Hale:', '“We will not sell the pier.”'),
    [{ text: 'We will not sell the pier.', speaker: 'Ruth Hale', mention: 'Hale', cue: 'stated' }]
  ],
  [
    'a sentence ending on a colon introduces the quote in the next paragraph',
    paragraphs(
      'When the fund closed in 1998, President Ruth Ortiz released the following statement:',
      '“Tom and I offer our condolences to the family.”'
    ),
    [
      {
        text: 'Tom and I offer our condolences to the family.',
        speaker: 'Ruth Ortiz',
        mention: 'President Ruth Ortiz',
        cue: ':'
      }
    ]
  ],
  [
    'a pronoun opening the clause refers back as usual',
    paragraphs(
      '“We lost tonight,” Ruth Ortiz said.',
      'She then turned to the crowd again: “Here is what I regret. I regret nothing.”'
    ),
    [
      { text: 'We lost tonight,', speaker: 'Ruth Ortiz' },
      { text: 'Here is what I regret. I regret nothing.', speaker: 'Ruth Ortiz', mention: 'She', cue: ':' }
    ]
  ],
  [
    'a body after an opening phrase',
    paragraphs('After the vote, the harbour union put up a notice at the gate: “We will fight on, whatever it takes.”'),
    [{ text: 'We will fight on, whatever it takes.', speaker: 'the harbour union', cue: ':' }]
  ],
  [
    'a clause whose subject is no one names no speaker',
    paragraphs('The rules at the pier are simple: “No dogs, no bikes, no fishing from the steps.”'),
    [{ text: 'No dogs, no bikes, no fishing from the steps.', speaker: null }]
  ],
  [
    'a clause describing the quote with a copula names no speaker',
    paragraphs('Ruth Ortiz’s answer to the council was short: “Not while I am mayor.”'),
    [{ text: 'Not while I am mayor.', speaker: null }]
  ]
]

describe('speakers of a clause ending on the colon that opens a quote', () => {
  it.each(COLON_CLAUSES)('%s', (_name, article, wanted) => expectQuotes(article, wanted))
})
