/**
 * Which spans are quotes, on the kinds of copy where real news trips a quote finder (issue 11):
 * partial quotes governed by a speech word further away, names of works and slogans, and marks
 * that wire copy leaves open or types the wrong way round. Every sentence here was written for
 * these tests; none comes from a corpus.
 */
import { describe, expect, it } from 'vitest'
import { expectQuotes, quotesOf, type Case } from './quote-expectations'
import { articleOf, paragraphs } from '../../helpers/builders'

const GOVERNED: Case[] = [
  [
    'a verb of saying far from its quoted phrase, its subject out of reach',
    paragraphs(
      'The harbour master, who had backed the scheme in May, was quick to defend it on Monday and said this week that the ferry looked “very competitive” against the bridge.'
    ),
    [{ text: 'very competitive', cue: 'said', partial: true }]
  ],
  [
    'a participle governs the phrase that follows its object',
    paragraphs('Councillors voted the levy down on Tuesday, calling it “a tourist tax.”'),
    [{ text: 'a tourist tax.', cue: 'calling', partial: true }]
  ],
  [
    'verbs of judging and thinking not used in attribution clauses still govern',
    paragraphs(
      'Ms. Okafor would later denounce the survey as “junk science” in a letter to the board.',
      'The mayor has portrayed the closure as “temporary” since the spring.'
    ),
    [
      { text: 'junk science', cue: 'denounce' },
      { text: 'temporary', cue: 'portrayed' }
    ]
  ],
  [
    'a noun of saying with its complement governs: claim that, chants of',
    paragraphs(
      'The board heard his claim that “secret deals” had decided the route.',
      'The meeting ended with chants of “Ferry now!” from the back of the hall.'
    ),
    [
      { text: 'secret deals', cue: 'claim' },
      { text: 'Ferry now!', cue: 'chants' }
    ]
  ],
  [
    'an attribution closing the sentence governs a quoted phrase at its start',
    paragraphs('A “small handful” of the regular sponsors stayed away this year, a spokesman for the festival said.'),
    [{ text: 'small handful', cue: 'said' }]
  ],
  [
    'a speech word used as a noun or an aside governs nothing',
    paragraphs(
      'The ferry links five of those states, and its “island hop” fares are cheap.',
      'The latest reports of a “ghost ferry” spread fast.',
      'The levy is no higher than, say, the “harbour fee” in Leeds.'
    ),
    []
  ],
  [
    'the verb after an earlier quote is that quote’s attribution, not a governor of what follows',
    paragraphs('“We will fix the pier,” said Ruth Hale, whose office keeps “open doors” on Fridays.'),
    [{ text: 'We will fix the pier,', speaker: 'Ruth Hale', cue: 'said' }]
  ],
  [
    'a pseudonym, a nickname or a term named as such is no quote, even in reported speech',
    paragraphs(
      'Hale said he wrote under the pseudonym “Tide Watcher” for years.',
      'She said she avoided the charged term, “stealth tax,” during the debate.'
    ),
    []
  ],
  [
    'with no word of saying in its clause a quoted phrase stays a scare quote',
    paragraphs(
      'The mayor spoke for an hour; the “harbour gala” followed at nine.',
      'The council said it would meet in June. The “visitor levy” starts in May.',
      'Locals call the ferry the “slow boat”.'
    ),
    []
  ]
]

const TITLES: Case[] = [
  [
    'a programme after a broadcaster’s possessive is no quote, even with a speech verb after it',
    paragraphs(
      'Speaking on Harbour TV’s “Tide Talk,” Councillor Ruth Hale said the levy would stay “for as long as it takes.”'
    ),
    [{ text: 'for as long as it takes.', speaker: 'Ruth Hale', cue: 'said' }]
  ],
  [
    'a book named after its noun, then described by its author, is no quote',
    paragraphs(
      'In his memoir, “Small Towns Rising,” published in 2015, Mr. Hale described how the mill closed.',
      'She told “Morning Harbour” that the ferry would run.',
      'Ms. Okafor said in an interview with “Harbour Tonight” that the “Harbour Lights: A History of the Ferry Port and Its People” book sold well.'
    ),
    []
  ],
  [
    'a slogan before the thing it labels, and a work before its author, are no quotes',
    paragraphs(
      'Several supporters wore “Harbour First Again” caps at the rally.',
      'The choir closed with “Tide Tables,” by Ines Moreau, before the speeches.'
    ),
    []
  ],
  [
    'in a headline every word is capitalised, so a quoted phrase there is still a quote',
    paragraphs('Mayor Says Ferry Deal Is ‘A Bad Bargain For Us All’'),
    [{ text: 'A Bad Bargain For Us All' }]
  ]
]

const MARKS: Case[] = [
  [
    'an interview printed without closing marks: each paragraph opens one, the last never closes',
    paragraphs(
      'The exchange went as follows:',
      '"HOST: Councillor, did you sign the ferry contract before the vote?',
      '"HALE: I signed it after the vote, as the rules require.'
    ),
    [
      {
        text: 'HOST: Councillor, did you sign the ferry contract before the vote?\n\n"HALE: I signed it after the vote, as the rules require.'
      }
    ]
  ],
  [
    'plain text with one line break between paragraphs continues the speech the same way',
    articleOf([
      'paragraph',
      '“The levy pays for the lifeboats,” Hale said. “Nobody likes it.\n“But nobody has offered another way to pay,” she added.'
    ]),
    [
      { text: 'The levy pays for the lifeboats,', speaker: 'Hale' },
      { text: 'Nobody likes it.\n“But nobody has offered another way to pay,', speaker: 'Hale', cue: 'added' }
    ]
  ],
  [
    'a typed “ where a ” belongs still closes the quote',
    paragraphs('The council asked for an “urgent review“ of the ferry timetable, Hale said.'),
    [{ text: 'urgent review', cue: 'asked' }]
  ],
  [
    'a space slipped in before a straight closing mark',
    paragraphs('"The ferry is a lifeline for the island, " Hale said.'),
    [{ text: 'The ferry is a lifeline for the island,', speaker: 'Hale', cue: 'said' }]
  ]
]

describe('quoted phrases governed by a word of saying', () => {
  it.each(GOVERNED)('%s', (_name, article, wanted) => expectQuotes(article, wanted))
})

describe('names of works and slogans in quotation marks', () => {
  it.each(TITLES)('%s', (_name, article, wanted) => expectQuotes(article, wanted))
})

describe('marks that wire copy leaves open or types the wrong way', () => {
  it.each(MARKS)('%s', (_name, article, wanted) => expectQuotes(article, wanted))

  it('a single paragraph that opens a mark and never closes it is still no quote', () => {
    expect(quotesOf(paragraphs('“The reporter never closed this one, the desk said.', 'Ferries ran late.'))).toEqual([])
  })
})
