/**
 * Speakers joined to their verb through another word (issue 11, subject-links.ts): a relative
 * pronoun, a pronoun contracted with its auxiliary, the owner of a noun of saying; and the
 * subjects read past more than one description, an object, or a linking adverb.
 * Every sentence here was written for these tests; none comes from a corpus.
 */
import { describe, it } from 'vitest'
import { expectQuotes, type Case } from './quote-expectations'
import { paragraphs } from '../../helpers/builders'

const RELATIVES: Case[] = [
  [
    'a relative pronoun after a body refers back to it and is the mention',
    paragraphs('Reporters turned to the Harbour Police Department, which reported “2,100 break-ins” last year.'),
    [{ text: '2,100 break-ins', speaker: 'Harbour Police Department', mention: 'which', cue: 'reported' }]
  ],
  [
    'a time phrase between the relative pronoun and its verb is no subject',
    paragraphs('Tom Berg, now the council leader, who in 2012 said the goal was to make Ortiz a “one-term mayor.”'),
    [{ text: 'one-term mayor.', speaker: 'Tom Berg', mention: 'who', cue: 'said' }]
  ],
  [
    'an auxiliary, then a time phrase, between the relative pronoun and its verb',
    paragraphs('Tom Berg, who has in the past described the mayor as “a pathological liar,” said nothing on Monday.'),
    [{ text: 'a pathological liar,', speaker: 'Tom Berg', mention: 'who', cue: 'described' }]
  ],
  [
    'a relative pronoun without a comma after a name',
    paragraphs(
      'To settle it, reporters turned to the Harbour Police Department which reported “2,521 break-ins” in a year.'
    ),
    [{ text: '2,521 break-ins', speaker: 'Harbour Police Department', mention: 'which', cue: 'reported' }]
  ],
  [
    'a bare plural noun before the relative pronoun',
    paragraphs('Mayor Ortiz rebuked critics who say she should call the levy “a tax on visitors” in public.'),
    [{ text: 'a tax on visitors', speaker: 'critics', mention: 'who', cue: 'say' }]
  ],
  [
    'a relative clause with a subject of its own: that subject, not the antecedent',
    paragraphs('Berg read out the letter, which the mayor said was “a forgery” at the time.'),
    [{ text: 'a forgery', speaker: 'the mayor', mention: 'the mayor', cue: 'said' }]
  ],
  [
    '"who" standing for "whom": the name after it is the subject, not the person before it',
    paragraphs('The crew cheered for Tom Reed, who Ana Ruiz on Friday called “the best pilot on the river.”'),
    [{ text: 'the best pilot on the river.', speaker: 'Ana Ruiz', mention: 'Ana Ruiz', cue: 'called' }]
  ],
  [
    'an aside in commas between the relative pronoun and its verb: the pronoun is the mention, the aside no description',
    paragraphs('The port board backed Tom Reed, who, on a call Friday, criticized Ruiz for “selling the quay.”'),
    [{ text: 'selling the quay.', speaker: 'Tom Reed', description: null, mention: 'who', cue: 'criticized' }]
  ]
]

const CONTRACTIONS: Case[] = [
  [
    'a pronoun contracted with its auxiliary is the subject of a participle',
    paragraphs(
      '“We will not pay,” Ruth Hale said.',
      'She’s claiming that the levy is “a big, big problem for this town” but nobody listens.'
    ),
    [
      { text: 'We will not pay,', speaker: 'Ruth Hale' },
      { text: 'a big, big problem for this town', speaker: 'Ruth Hale', mention: 'She’s', cue: 'claiming' }
    ]
  ]
]

const OWNERS: Case[] = [
  [
    'the owner named before a noun of saying is its speaker',
    paragraphs('Critics pounced on Ruth Hale’s claim that there were “thousands of fake ballots” in the county.'),
    [{ text: 'thousands of fake ballots', speaker: 'Ruth Hale', mention: 'Ruth Hale’s', cue: 'claim' }]
  ],
  [
    'a possessive pronoun before a noun of saying refers back like the pronoun',
    paragraphs(
      'Councillor Tom Reyes spoke for an hour on Monday.',
      'Voters laughed at his earlier promise of “free ferries for all” after the budget.'
    ),
    [{ text: 'free ferries for all', speaker: 'Tom Reyes', mention: 'his' }]
  ],
  [
    'an owner that is not a name or a pronoun is not read',
    paragraphs('The report’s claim that “profit-making” drove the closures was disputed.'),
    [{ text: 'profit-making', speaker: null }]
  ]
]

const FURTHER: Case[] = [
  [
    'a name before two descriptions between commas',
    paragraphs(
      '“It is an invasion of the local domain,” Dana Shaw, the attorney general of Ohio, one of the states suing, said at an event.'
    ),
    [{ text: 'It is an invasion of the local domain,', speaker: 'Dana Shaw', mention: 'Dana Shaw', cue: 'said' }]
  ],
  [
    'a participle after the main verb’s object takes the main clause subject',
    paragraphs('Ruth Hale posted a string of messages early Friday saying that Berg used the fund “as a piggy bank.”'),
    [{ text: 'as a piggy bank.', speaker: 'Ruth Hale', mention: 'Ruth Hale', cue: 'saying' }]
  ],
  [
    '“reported” before a news outlet after a quote is an inverted attribution',
    paragraphs('The lead is “about the same as it has been all month,” reported the Harbour Herald.'),
    [{ text: 'about the same as it has been all month,', speaker: 'the Harbour Herald', cue: 'reported' }]
  ],
  [
    'a name right before its verb after a clause too long to be a subject, with a particle in the name',
    paragraphs(
      'Twenty people were hurt on Friday night in a crowded street by a blast that Mayor Lena de Vries described as “an intentional act.”'
    ),
    [{ text: 'an intentional act.', speaker: 'Lena de Vries', mention: 'Mayor Lena de Vries', cue: 'described' }]
  ],
  [
    'a body named after “The” opens the sentence whose second verb governs the quote',
    paragraphs(
      'The Harbour Council on Friday made a strong condemnation of the test and pledged to impose fines as a deterrent to what it called “a clear threat to the peace.”'
    ),
    [{ text: 'a clear threat to the peace.', speaker: 'The Harbour Council', mention: 'The Harbour Council' }]
  ],
  [
    'a linking adverb between the name and its verb is not part of the name',
    paragraphs('Mayor Tom Carter however said he would join a “regional safety network” next year.'),
    [{ text: 'regional safety network', speaker: 'Tom Carter', mention: 'Mayor Tom Carter', cue: 'said' }]
  ]
]

const PRONOUNS_AFTER_A_PHRASE: Case[] = [
  [
    'a pronoun right before the verb after a long opening phrase is its subject',
    paragraphs(
      'Tom Berg left the council in May.',
      'A few days ago in an interview with a regional radio network he blasted the council for being “unbelievably dishonest.”'
    ),
    [{ text: 'unbelievably dishonest.', speaker: 'Tom Berg', mention: 'he', cue: 'blasted' }]
  ],
  [
    'a pronoun repeating the subject of a verb of saying just before: that verb and its mention',
    paragraphs('Tom Berg spoke in Leeds.', 'He says he believes his campaign has “the wind at its back” for the vote.'),
    [{ text: 'the wind at its back', speaker: 'Tom Berg', mention: 'He', cue: 'says' }]
  ],
  [
    'a pronoun inside reported speech leaves the speaker to the verb before it',
    paragraphs(
      'Tom Berg spoke to reporters on Monday.',
      'He said, however, that he hopes “somebody else takes up the cause” against the levy.'
    ),
    [{ text: 'somebody else takes up the cause', speaker: 'Tom Berg', mention: 'He', cue: 'said' }]
  ],
  [
    'a sentence adverb opening the sentence is no name',
    paragraphs(
      'Ruth Hale spoke for an hour.',
      'However, she held her fire on Tom Berg, calling him a “nice guy” at the end.'
    ),
    [{ text: 'nice guy', speaker: 'Ruth Hale', mention: 'she', cue: 'calling' }]
  ],
  [
    '“calls” in a relative clause whose object is the quoted phrase',
    paragraphs(
      'Ruth Hale leads the group.',
      'She works to prevent deaths through what she calls “sensible ferry safety laws.”',
      'The levy is one which harbour historian Tom Berg calls “a foundation of our political culture.”'
    ),
    [
      { text: 'sensible ferry safety laws.', speaker: 'Ruth Hale', mention: 'she', cue: 'calls' },
      { text: 'a foundation of our political culture.', speaker: 'Tom Berg', cue: 'calls' }
    ]
  ],
  [
    '“call” with a pronoun object right before the quoted phrase',
    paragraphs('When ferries are late, Ortiz and Berg call them “floating excuses” and blame the board.'),
    [{ text: 'floating excuses', speaker: 'Ortiz and Berg', cue: 'call' }]
  ],
  [
    '“calls” naming something is still no quote',
    paragraphs(
      'The ferry union calls itself “the Guardians” in its leaflets.',
      'Locals call the ferry the “slow boat” for good reason.'
    ),
    []
  ],
  [
    '“branded” governs a quoted verdict',
    paragraphs('Japan branded the port authority an “outlaw body in the neighbourhood.”'),
    [{ text: 'outlaw body in the neighbourhood.', speaker: 'Japan', cue: 'branded' }]
  ]
]

const SAME_SENTENCE: Case[] = [
  [
    'a pronoun refers to a person named earlier in its own sentence, before the quote',
    paragraphs(
      'Ruth Hale on Monday hit Tom Berg on the levy, she hit him on fares, and she claimed that there is a “growing level of anxiety” in the town.'
    ),
    [{ text: 'growing level of anxiety', speaker: 'Ruth Hale', mention: 'she', cue: 'claimed' }]
  ],
  [
    'a person described, not named, opening the sentence before the pronoun',
    paragraphs(
      'My mother has mellowed with age, but even now at 86 she still says things such as, “Ferries are for tourists.”'
    ),
    [{ text: 'Ferries are for tourists.', speaker: 'My mother', mention: 'she', cue: 'says' }]
  ],
  [
    'a pronoun after the quote refers to a person named before its opening mark',
    paragraphs('Councillor Ruth Hale (D-Leeds) scolded him: “The harbour board is against you,” she said.'),
    [{ text: 'The harbour board is against you,', speaker: 'Ruth Hale', mention: 'she', cue: 'said' }]
  ],
  [
    'a document after the quote that “reads” it',
    paragraphs(
      'Parents sent a letter to the board.',
      '“From Leeds to York, we see schools offering hope,” the letter reads.'
    ),
    [{ text: 'From Leeds to York, we see schools offering hope,', speaker: 'the letter', cue: 'reads' }]
  ],
  [
    'names inside the quote are no candidates for the pronoun after it',
    paragraphs('“I met Tom Berg at the pier and he was furious,” she said.'),
    [{ text: 'I met Tom Berg at the pier and he was furious,', speaker: null }]
  ]
]

describe('speakers through a relative pronoun', () => {
  it.each(RELATIVES)('%s', (_name, article, wanted) => expectQuotes(article, wanted))
})

describe('speakers in a contraction', () => {
  it.each(CONTRACTIONS)('%s', (_name, article, wanted) => expectQuotes(article, wanted))
})

describe('speakers owning a noun of saying', () => {
  it.each(OWNERS)('%s', (_name, article, wanted) => expectQuotes(article, wanted))
})

describe('speakers past descriptions, objects and adverbs', () => {
  it.each(FURTHER)('%s', (_name, article, wanted) => expectQuotes(article, wanted))
})

describe('pronouns whose person is named earlier in the sentence', () => {
  it.each(SAME_SENTENCE)('%s', (_name, article, wanted) => expectQuotes(article, wanted))
})

describe('pronouns after an opening phrase', () => {
  it.each(PRONOUNS_AFTER_A_PHRASE)('%s', (_name, article, wanted) => expectQuotes(article, wanted))
})

const FIRST_PERSON: Case[] = [
  [
    '“I” outside quotation marks is the writer, and no antecedent for a later “she”',
    paragraphs(
      'Ruth Hale drove me to the pier.',
      '“The ferry is late again,” I said. “It always is,” she said.',
      'When she mentioned the levy, I laughed and said, “Nobody pays it anyway.”'
    ),
    [
      { text: 'The ferry is late again,', speaker: 'the writer', mention: 'I', cue: 'said' },
      { text: 'It always is,', speaker: 'Ruth Hale', mention: 'she' },
      { text: 'Nobody pays it anyway.', speaker: 'the writer', mention: 'I', cue: 'said' }
    ]
  ],
  [
    '“I” inside a quote opening the sentence is not the subject of a participle after it',
    paragraphs('“I think the ferry will stay,” Ruth Hale said on the radio, adding, “Nobody wants it gone.”'),
    [
      { text: 'I think the ferry will stay,', speaker: 'Ruth Hale' },
      { text: 'Nobody wants it gone.', speaker: 'Ruth Hale' }
    ]
  ]
]

describe('the writer in first-person copy', () => {
  it.each(FIRST_PERSON)('%s', (_name, article, wanted) => expectQuotes(article, wanted))
})
