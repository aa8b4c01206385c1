/**
 * A quote with no cue of its own after a sentence about one person (issue 11), and cue verbs of
 * manner. Every sentence here was written for these tests; none comes from a corpus.
 */
import { describe, it } from 'vitest'
import { expectQuotes, type Case } from './quote-expectations'
import { paragraphs } from '../../helpers/builders'

const INTRODUCED: Case[] = [
  [
    'a quote right after a sentence about one person is that person’s, named there',
    paragraphs(
      'The council met on Monday to vote on the ferry levy.',
      'Ada Berg, who chairs the harbour panel, was blunt. “Nobody in this room has read the budget.”'
    ),
    [{ text: 'Nobody in this room has read the budget.', speaker: 'Ada Berg', mention: 'Ada Berg' }]
  ],
  [
    'the sentence may close the paragraph before',
    paragraphs('Councillor Tom Reyes praised the crew’s work through the storm.', '“They kept the island fed.”'),
    [{ text: 'They kept the island fed.', speaker: 'Tom Reyes', mention: 'Councillor Tom Reyes' }]
  ],
  [
    'a quote ending like speech has a credit of its own, read or not: no guess',
    paragraphs(
      'Ada Berg, who chairs the harbour panel, was blunt.',
      '“Nobody has read the budget,” grumbled a voice at the back.'
    ),
    // "grumbled" is a verb of saying: the voice is the speaker, never the person of the sentence before.
    [{ text: 'Nobody has read the budget,', speaker: 'a voice at the back' }]
  ],
  [
    'a sentence about a group introduces no speaker for the next quote',
    paragraphs('Two engineers at the port said the levy would stay.', '“Keep the ferry running all winter.”'),
    [{ text: 'Keep the ferry running all winter.', speaker: null }]
  ]
]

/** The sentence before names no one by speech or by opening name, but the claimant reading finds one voice. */
const CLAIMED: Case[] = [
  [
    'a body issuing a statement: the statement is the next quote',
    paragraphs(
      'The harbour board met on Thursday.',
      'The board issued a statement apologising to the ferry crews for the delays.',
      '“On behalf of everyone at the port, we want to offer a sincere apology.”'
    ),
    [
      {
        text: 'On behalf of everyone at the port, we want to offer a sincere apology.',
        speaker: 'The board',
        mention: 'The board',
        cue: 'issued a statement'
      }
    ]
  ],
  [
    'a surname alone met before, with a verb of speaking about',
    paragraphs(
      'Tom Reyes is the harbour master.',
      'Reyes also spoke about the dredging plan, which the council has delayed twice.',
      '“We cannot wait another winter.”'
    ),
    [{ text: 'We cannot wait another winter.', speaker: 'Tom Reyes', mention: 'Reyes', cue: 'spoke' }]
  ],
  [
    'a source for its own clause only ("according to") speaks no next quote',
    paragraphs(
      'The harbour plan was debated on Monday.',
      'Rents in the port rose 12% last year, according to the housing survey.',
      '“We cannot afford to stay.”'
    ),
    [{ text: 'We cannot afford to stay.', speaker: null }]
  ],
  [
    'nor does the writer of first-person copy',
    paragraphs(
      'The harbour plan was debated on Monday.',
      'I wish the ferry a long life.',
      '“The island cannot do without it.”'
    ),
    [{ text: 'The island cannot do without it.', speaker: null }]
  ],
  [
    'nor several people, who do not speak one quote in chorus',
    paragraphs('The ferry crews criticised the board for the delays.', '“Nobody told us anything.”'),
    [{ text: 'Nobody told us anything.', speaker: null }]
  ]
]

const MANNER: Case[] = [
  [
    'verbs of manner invert like "said"',
    paragraphs('“Imagine the pier with no ferry at all,” mused Tom Reyes, the harbour master.'),
    [{ text: 'Imagine the pier with no ferry at all,', speaker: 'Tom Reyes', cue: 'mused' }]
  ],
  [
    '"points out" is a cue like "pointed out"',
    paragraphs('“The levy was never meant to last,” Ada Berg points out.'),
    [{ text: 'The levy was never meant to last,', speaker: 'Ada Berg', cue: 'points out' }]
  ]
]

describe('a quote after a sentence about one person', () => {
  it.each(INTRODUCED)('%s', (_name, article, wanted) => expectQuotes(article, wanted))
})

describe('a quote after a sentence attributed to one voice', () => {
  it.each(CLAIMED)('%s', (_name, article, wanted) => expectQuotes(article, wanted))
})

describe('cue verbs of manner', () => {
  it.each(MANNER)('%s', (_name, article, wanted) => expectQuotes(article, wanted))
})

/** The quote's own sentence names its speaker before the pronoun that closes it. */
const SAME_SENTENCE: Case[] = [
  [
    'a full name reporting speech before the quote, a pronoun after it',
    paragraphs('Ines Moreau said the levy was worth a look because “most pilots never read the rules,” she said.'),
    [{ text: 'most pilots never read the rules,', speaker: 'Ines Moreau', mention: 'she', cue: 'said' }]
  ],
  [
    'a surname alone refers back to the person met before',
    paragraphs(
      'Ines Moreau spoke first.',
      'Tom Reyes spoke after her.',
      'Moreau said she felt the fee was unfair because “the ferry is our only road,” she said.'
    ),
    [{ text: 'the ferry is our only road,', speaker: 'Ines Moreau', mention: 'she' }]
  ],
  [
    'a name whose gender clashes with the pronoun is not its antecedent',
    paragraphs('Ines Moreau spoke first.', 'Tom Reyes said the fee was a mistake because “nobody asked us,” she said.'),
    [{ text: 'nobody asked us,', speaker: 'Ines Moreau', mention: 'she' }]
  ]
]

describe('a speaker named in the quote’s own sentence before its pronoun', () => {
  it.each(SAME_SENTENCE)('%s', (_name, article, wanted) => expectQuotes(article, wanted))
})
