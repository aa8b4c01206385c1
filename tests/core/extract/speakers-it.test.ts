/**
 * "it" crediting a quote when no body has spoken yet (issue 11): the body or document the sentences
 * before named. Every sentence here was written for these tests; none comes from a corpus.
 */
import { describe, it } from 'vitest'
import { expectQuotes, type Case } from './quote-expectations'
import { paragraphs } from '../../helpers/builders'

const IT: Case[] = [
  [
    'a memo named as the subject of the sentence before',
    paragraphs(
      'Thursday’s memo from the harbour panel seemed aimed at the critics.',
      '“So far, 59 of the 75 witnesses had never been heard,” it stated.'
    ),
    [
      {
        text: 'So far, 59 of the 75 witnesses had never been heard,',
        speaker: 'Thursday’s memo from the harbour panel',
        mention: 'it',
        cue: 'stated'
      }
    ]
  ],
  [
    'a statement named as an object in the sentence before',
    paragraphs('The port authority put out a statement on Friday. In a storm, it said, “the ferry stays in port.”'),
    [{ text: 'the ferry stays in port.', speaker: 'a statement', mention: 'it', cue: 'said' }]
  ],
  [
    'a body that spoke before is still what "it" stands for',
    paragraphs(
      '“We will reopen the quay,” the harbour board said.',
      'A report on the storm was published on Friday.',
      '“The quay is safe,” it said.'
    ),
    [
      { text: 'We will reopen the quay,', speaker: 'the harbour board' },
      { text: 'The quay is safe,', speaker: 'the harbour board', mention: 'it' }
    ]
  ],
  [
    'an email named two sentences before',
    paragraphs(
      'The email, released by the harbour panel, was sent at 7 p.m. by the port’s chief of staff. Two ferries had sailed by then.',
      '“I just tried you on the phone,” it reads.'
    ),
    [{ text: 'I just tried you on the phone,', speaker: 'The email', mention: 'it', cue: 'reads' }]
  ],
  [
    'a headline named as the subject of the sentence before',
    paragraphs('The morning paper ran its headline over the whole front page.', '“Ferry lost at sea,” it read.'),
    [{ text: 'Ferry lost at sea,', speaker: 'its headline', mention: 'it', cue: 'read' }]
  ],
  [
    'nothing of the kind nearby leaves "it" unread',
    paragraphs('The ferry left at noon.', '“Nobody told us,” it said.'),
    [{ text: 'Nobody told us,', speaker: null }]
  ]
]

describe('"it" for a body or document just named', () => {
  it.each(IT)('%s', (_name, article, wanted) => expectQuotes(article, wanted))
})
