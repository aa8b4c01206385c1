/**
 * A quote that is a whole sentence of its own, read from the sentence before it (issue 11): a sentence opening on
 * "he" or "she" is about the person the pronoun stands for, and a question or an exclamation closing its sentence
 * is as whole as a statement. Every sentence here was written for these tests; none comes from a corpus.
 */
import { describe, it } from 'vitest'
import { expectQuotes, type Case } from './quote-expectations'
import { paragraphs } from '../../helpers/builders'
import { expectClaimants } from './expect-claimants'

const PRONOUN_BEFORE: Case[] = [
  [
    'a question as its own paragraph after a sentence opening on “he” is that person’s',
    paragraphs(
      'Mayor Tom Reed spoke for an hour on Monday about the harbour.',
      'He then had a question for the crowd.',
      '“Who is going to pay for the new sea wall?”'
    ),
    [{ text: 'Who is going to pay for the new sea wall?', speaker: 'Tom Reed', mention: 'He', cue: null }]
  ],
  [
    'an exclamation after a sentence opening on “she” is the woman’s it stands for',
    paragraphs(
      'Council leader Ann Hale walked to the front of the hall.',
      'She raised both arms above her head.',
      '“We will keep every ferry running this winter!”'
    ),
    [{ text: 'We will keep every ferry running this winter!', speaker: 'Ann Hale', mention: 'She' }]
  ],
  [
    'a question closing its sentence after a sentence about a named person is that person’s',
    paragraphs('Ada Berg, who chairs the ferry board, was blunt.', '“Why should the town pay for a second quay?”'),
    [{ text: 'Why should the town pay for a second quay?', speaker: 'Ada Berg', mention: 'Ada Berg' }]
  ],
  [
    'a pronoun joined to others opens no sentence about one person',
    paragraphs(
      'Mayor Tom Reed spoke for an hour on Monday about the harbour.',
      'He and his aides left before the vote.',
      '“Who is going to pay for the new sea wall?”'
    ),
    [{ text: 'Who is going to pay for the new sea wall?', speaker: null }]
  ],
  [
    'a question with its own attribution after it keeps that attribution',
    paragraphs(
      'Mayor Tom Reed spoke for an hour on Monday about the harbour.',
      'He then had a question for the crowd.',
      '“Who is going to pay for the new sea wall?” a docker shouted back.'
    ),
    [{ text: 'Who is going to pay for the new sea wall?', speaker: 'a docker', cue: 'shouted' }]
  ]
]

describe('a whole-sentence quote after a sentence opening on a pronoun', () => {
  it.each(PRONOUN_BEFORE)('%s', (_name, article, wanted) => expectQuotes(article, wanted))
})

describe('the claims inside a quote whose speaker was read without a cue', () => {
  it('are that speaker’s unless a sentence names its own claimant', () =>
    expectClaimants(
      [
        'Mayor Tom Reed spoke for an hour on Monday about the harbour.',
        'He then had a question for the crowd.',
        '“Why has the port kept the old crane for ten years? Several museums have offered to buy it for their halls.”'
      ],
      [
        ['“Why has the port kept', ['Tom Reed', 'He', null]],
        ['Several museums have offered', ['Several museums', 'Several museums', 'offered']]
      ]
    ))
})
