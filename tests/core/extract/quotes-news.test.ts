/**
 * Quotes and speakers in the way US and British wire copy writes them (issue 11). Every sentence
 * here was written for these tests; none comes from a corpus.
 */
import { describe, it } from 'vitest'
import { expectQuotes, type Case } from './quote-expectations'
import { paragraphs } from '../../helpers/builders'

const CASES: Case[] = [
  [
    'a verb of judgement governs a short quoted verdict',
    paragraphs(
      'Councillor Ruth Hale criticised the levy as a “stealth tax” on Tuesday. The harbour master blasted the plan as “reckless.”'
    ),
    [
      { text: 'stealth tax', speaker: 'Ruth Hale', cue: 'criticised', partial: true },
      { text: 'reckless.', speaker: 'The harbour master', cue: 'blasted', partial: true }
    ]
  ],
  [
    'a survey and a named centre speak for themselves',
    paragraphs('The Harbour Policy Center reported that rents had risen by a “painful” margin since 2019.'),
    [{ text: 'painful', speaker: 'The Harbour Policy Center', mention: 'The Harbour Policy Center', cue: 'reported' }]
  ],
  [
    'two apostrophes as quotation marks',
    paragraphs("''We have not seen a winter like this one,'' said Dr. Nia Brandt, a climatologist at the university."),
    [
      {
        text: 'We have not seen a winter like this one,',
        speaker: 'Nia Brandt',
        mention: 'Dr. Nia Brandt',
        cue: 'said'
      }
    ]
  ],
  [
    'a party and state in brackets between the name and the verb',
    paragraphs(
      '“The bridge will be finished by spring,” Sen. Ruth Hale (D-Ore.) said on Friday.',
      'Rep. Tom Arden (R-Ida.) said the cost was “far higher than anyone admits.”'
    ),
    [
      { text: 'The bridge will be finished by spring,', speaker: 'Ruth Hale', mention: 'Sen. Ruth Hale', cue: 'said' },
      {
        text: 'far higher than anyone admits.',
        speaker: 'Tom Arden',
        mention: 'Rep. Tom Arden',
        cue: 'said',
        partial: true
      }
    ]
  ],
  [
    'two people joined by "and" speak together',
    paragraphs('Mr. Osei and Ms. Brandt said the inquiry had been “a whitewash from the first day.”'),
    [{ text: 'a whitewash from the first day.', speaker: 'Mr. Osei and Ms. Brandt', cue: 'said', partial: true }]
  ],
  [
    'a name right before the verb after a long opening phrase',
    paragraphs('In a long interview with the editorial board Fenwick said the budget was “balanced on paper only.”'),
    [{ text: 'balanced on paper only.', speaker: 'Fenwick', mention: 'Fenwick', cue: 'said' }]
  ],
  [
    'a sentence opening with "But" keeps its subject',
    paragraphs('But a port official said the cranes would be “back in service within the week.”'),
    [{ text: 'back in service within the week.', speaker: 'a port official', anonymous: true, cue: 'said' }]
  ],
  [
    'a question or exclamation ends the quote, the attribution follows it',
    paragraphs(
      '“Why was the ferry money kept in a bank abroad?” Mr. Reyes said. “Who signed for it?” demanded Councillor Ana Ruiz.',
      '“Enough!” the harbour master shouted.'
    ),
    [
      {
        text: 'Why was the ferry money kept in a bank abroad?',
        speaker: 'Mr. Reyes',
        mention: 'Mr. Reyes',
        cue: 'said'
      },
      { text: 'Who signed for it?', speaker: 'Ana Ruiz', mention: 'Councillor Ana Ruiz', cue: 'demanded' },
      { text: 'Enough!', speaker: 'the harbour master', cue: 'shouted' }
    ]
  ],
  [
    'a long description before the name',
    paragraphs('“We will not raise the levy again,” deputy harbour commission chair Mark Fenwick said on Sunday.'),
    [
      {
        text: 'We will not raise the levy again,',
        speaker: 'Mark Fenwick',
        description: 'deputy harbour commission chair',
        cue: 'said'
      }
    ]
  ],
  [
    'coordinated verbs share their subject; "said … the council had" is not inverted',
    paragraphs('Hale called the levy “a tax on visitors” and said the council had “no idea” how much it would raise.'),
    [
      { text: 'a tax on visitors', speaker: 'Hale', mention: 'Hale', cue: 'called', partial: true },
      { text: 'no idea', speaker: 'Hale', mention: 'Hale', cue: 'said', partial: true }
    ]
  ],
  [
    'titles of programmes and books are not quotes; a quoted phrase with no speech verb stays a scare quote',
    paragraphs(
      'The mayor appeared on “Harbour Talk Tonight” on Sunday. Her memoir “Small Towns Rising Again” sold well.',
      'The so-called “visitor levy” began in May. Locals call the ferry the “slow boat”.'
    ),
    []
  ],
  [
    'a newspaper’s name in quote marks is the paper, not its words',
    paragraphs('Fares rose 9% last year, as “The Harbour Courier” reported, and as “The Kestrel Times” wrote in May.'),
    []
  ],
  [
    'nested quotes in either mark style stay inside their parent',
    paragraphs(
      '“The deal offers a ‘temporary framework’ for the talks,” said Leo Marsh.',
      '"It is a "temporary framework" and nothing more," he added.'
    ),
    [
      { text: 'The deal offers a ‘temporary framework’ for the talks,', speaker: 'Leo Marsh', cue: 'said' },
      { text: 'It is a "temporary framework" and nothing more,', speaker: 'Leo Marsh', mention: 'he', cue: 'added' }
    ]
  ],
  [
    'a newspaper named later by what it is',
    paragraphs(
      'The Harbour Herald reported the figures on Monday.',
      '“The numbers do not add up,” the newspaper wrote.'
    ),
    [{ text: 'The numbers do not add up,', speaker: 'The Harbour Herald', mention: 'the newspaper', cue: 'wrote' }]
  ],
  [
    'the speaker named in the next sentence',
    paragraphs('The vote came late on Thursday.', '“We will not give up on the ferry.” That was how Ms Okafor put it.'),
    [{ text: 'We will not give up on the ferry.', speaker: 'Ms Okafor', mention: 'Ms Okafor', cue: 'put it' }]
  ],
  [
    'a credit after a dash closing the paragraph',
    paragraphs(
      '“The clinic saved my father’s life.” ― Carla Mendes, a nurse in Leeds',
      '“Nobody asked us before the cuts.” — Tom Price'
    ),
    [
      {
        text: 'The clinic saved my father’s life.',
        speaker: 'Carla Mendes',
        description: 'a nurse in Leeds',
        mention: 'Carla Mendes'
      },
      { text: 'Nobody asked us before the cuts.', speaker: 'Tom Price', mention: 'Tom Price' }
    ]
  ],
  [
    'a long description between the name and a verb after the quote',
    paragraphs(
      "''It has the virtue of being cheap,'' Ines Moreau, director of the Harbour Policy Center and a professor at the Coastal Institute of Technology, said."
    ),
    [{ text: 'It has the virtue of being cheap,', speaker: 'Ines Moreau', mention: 'Ines Moreau', cue: 'said' }]
  ],
  [
    'a credit line of its own under a quote, the hyphen right against the name',
    paragraphs(
      'Quotable.',
      '“The whole idea of a ferry tax is something we hear about all the time, and it needs to stop.”',
      '-Ada Berg, Leeds.'
    ),
    [
      {
        text: 'The whole idea of a ferry tax is something we hear about all the time, and it needs to stop.',
        speaker: 'Ada Berg',
        description: 'Leeds',
        mention: 'Ada Berg'
      }
    ]
  ],
  [
    'a hyphen against a word inside prose credits nothing',
    paragraphs('He told the crowd the ferry would “run every hour” -Monday to Friday.'),
    [{ text: 'run every hour', speaker: null, cue: 'told' }]
  ],
  [
    'an aside after a dash is no credit',
    paragraphs('He told the crowd the ferry would “run every hour” — a promise he repeated twice.'),
    [{ text: 'run every hour', speaker: null, cue: 'told' }]
  ],
  [
    'a person met only as "Mrs. X" outside a speech verb is the antecedent of "she"',
    paragraphs(
      'The harbour board voted on Monday to renew the lease held by Mrs. Okafor for ten years.',
      '“We can finally plan past next winter,” she said.'
    ),
    [{ text: 'We can finally plan past next winter,', speaker: 'Mrs. Okafor', mention: 'she', cue: 'said' }]
  ],
  [
    'a merely mentioned person does not take "he" from a speaker already met',
    paragraphs(
      '“The lease is fair,” said Tom Reyes, the board chairman.',
      'The board renewed the lease held by Mr. Adeyemi.',
      '“We will review it in five years,” he said.'
    ),
    [
      { text: 'The lease is fair,', speaker: 'Tom Reyes', cue: 'said' },
      { text: 'We will review it in five years,', speaker: 'Tom Reyes', mention: 'he', cue: 'said' }
    ]
  ]
]

describe('quotes in wire copy', () => {
  it.each(CASES)('%s', (_name, article, wanted) => expectQuotes(article, wanted))
})
