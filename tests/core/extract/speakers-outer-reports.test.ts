/**
 * A quoted phrase inside someone's reported speech is that someone's (issue 11), as a claim is
 * (docs/FORMAT.md): the inner verb is part of what was said. Every sentence here was written for
 * these tests; none comes from a corpus.
 */
import { describe, it } from 'vitest'
import { expectQuotes, type Case } from './quote-expectations'
import { paragraphs } from '../../helpers/builders'

const OUTER: Case[] = [
  [
    'a verb of saying inside a "that" clause after time and place words',
    paragraphs(
      'Ruth Hale said during a rally in Leeds on Friday that Tom Berg once described the levy as “the gold standard” of port fees.'
    ),
    [{ text: 'the gold standard', speaker: 'Ruth Hale', mention: 'Ruth Hale', cue: 'said', partial: true }]
  ],
  [
    'a thing as the inner subject, with no "that"',
    paragraphs(
      'Harbour master Ana Ruiz said the recent spate of groundings demands that every pilot take “more care.”'
    ),
    [{ text: 'more care.', speaker: 'Ana Ruiz', cue: 'said' }]
  ],
  [
    'told, with its listener before the clause',
    paragraphs('Ines Moreau told reporters that the ferry union had called the deal “a betrayal.”'),
    [{ text: 'a betrayal.', speaker: 'Ines Moreau', cue: 'told' }]
  ],
  [
    "a participle of saying after the main verb, its subject the main clause's",
    paragraphs(
      'A harbour board spokesperson denied this, saying the first survey had found only “light wear” on the piers.'
    ),
    [{ text: 'light wear', speaker: 'A harbour board spokesperson', cue: 'saying', partial: true }]
  ],
  [
    'a coordinated clause with its own subject keeps its verb',
    paragraphs(
      'Some in the hall booed when Hale thanked the crews and said it was good to be home, and a man yelled “Sit down!”'
    ),
    [{ text: 'Sit down!', speaker: 'a man', cue: 'yelled' }]
  ],
  [
    'a clause set off by a comma keeps its verb',
    paragraphs(
      'While not everything Berg says is true, Dana Shaw said Berg is “telling the crews what they want to hear.”'
    ),
    [{ text: 'telling the crews what they want to hear.', speaker: 'Dana Shaw', cue: 'said' }]
  ]
]

describe('a quote inside reported speech belongs to the outer speaker', () => {
  it.each(OUTER)('%s', (_name, article, wanted) => expectQuotes(article, wanted))
})
