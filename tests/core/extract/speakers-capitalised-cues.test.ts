/**
 * A verb of saying written with a capital (issue 11, capitalised-cues.ts): opening a sentence in the inverted
 * order ("Said Ana Ruiz, …, “…”", "Added Ruiz: “…”"), or made from a brand's name ("Tweeted"). A capitalised
 * word that is a name stays one ("Said Hamdan, the harbour master, said").
 * Every sentence here was written for these tests; none comes from a corpus.
 */
import { describe, it } from 'vitest'
import { expectQuotes, type Case } from './quote-expectations'
import { paragraphs } from '../../helpers/builders'

const CAPITALISED: Case[] = [
  [
    'a sentence opening on the verb, the speaker and a description after it, then a comma',
    paragraphs('The old ferry was towed away. Said Ana Ruiz, who ran it for a decade, “We were ready for it.”'),
    [{ text: 'We were ready for it.', speaker: 'Ana Ruiz', mention: 'Ana Ruiz', cue: 'said' }]
  ],
  [
    'a sentence opening on the verb, the speaker after it, then a colon',
    paragraphs('Ana Ruiz ran the ferry for a decade. Added Ruiz: “It was never late twice.”'),
    [{ text: 'It was never late twice.', speaker: 'Ana Ruiz', mention: 'Ruiz', cue: 'added' }]
  ],
  [
    'the brand verb after an exclamation, the speaker and his description before it',
    paragraphs('“Not ours, but we like it!” Tom Reed, the head of the ferry union, Tweeted on Friday with a photo.'),
    [{ text: 'Not ours, but we like it!', speaker: 'Tom Reed', mention: 'Tom Reed', cue: 'tweeted' }]
  ],
  [
    'a first name spelt like the verb, with a verb of saying of its own, is the name',
    paragraphs('Said Hamdan, the harbour master, said: “The quay is safe.”'),
    [{ text: 'The quay is safe.', speaker: 'Said Hamdan', mention: 'Said Hamdan', cue: 'said' }]
  ]
]

describe('verbs of saying written with a capital', () => {
  it.each(CAPITALISED)('%s', (_name, article, wanted) => expectQuotes(article, wanted))
})
