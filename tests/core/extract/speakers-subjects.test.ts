/**
 * Subjects of a verb of saying read past what stands between them and the verb (issue 11). Every
 * sentence here was written for these tests; none comes from a corpus.
 */
import { describe, expect, it } from 'vitest'
import { expectQuotes, type Case } from './quote-expectations'
import { paragraphs } from '../../helpers/builders'
import { classifyPhrase } from '../../../src/core/extract/subjects'
import { tokenize } from '../../../src/core/extract/tokens'

/** A second verb shares the first one's subject, though a relative clause stands after that subject. */
const COORDINATED_PAST_RELATIVES: Case[] = [
  [
    '", but told" after a name and a "who" clause',
    paragraphs(
      'Ruth Hale, who was speaking to the harbour board, did not name the mayor, but told members that the port was “close to ruin.”'
    ),
    [{ text: 'close to ruin.', speaker: 'Ruth Hale', mention: 'Ruth Hale', cue: 'told' }]
  ],
  [
    '"and said" after a surname and a "who" clause',
    paragraphs(
      'Tom Berg chairs the harbour board.',
      'Berg, who has been in daily contact with the ferry line for months, arrived at a breakfast with reporters and said the port was “doing fine.”'
    ),
    [{ text: 'doing fine.', speaker: 'Tom Berg', mention: 'Berg', cue: 'said' }]
  ]
]

describe('a coordinated verb of saying after a subject with a relative clause', () => {
  it.each(COORDINATED_PAST_RELATIVES)('%s', (_name, article, wanted) => expectQuotes(article, wanted))
})

/** An age written as one hyphenated word before a name is no figure opening a clause. */
const AGES: Case[] = [
  [
    'an age, the name, then a description with a relative clause',
    paragraphs('81-year-old Tom Reyes, a retired pilot who voted for Hale and Berg, said the port was “a disgrace.”'),
    [{ text: 'a disgrace.', speaker: 'Tom Reyes', mention: 'Tom Reyes', cue: 'said' }]
  ],
  [
    'a figure that is no age still opens a clause',
    paragraphs('Some 310 homes near Kestrel Bay, a quiet town on the coast, said the port was “a disgrace.”'),
    [{ text: 'a disgrace.', speaker: null }]
  ]
]

describe('an age before a name', () => {
  it.each(AGES)('%s', (_name, article, wanted) => expectQuotes(article, wanted))
})

/** After "is", "was" and the like a participle is the sentence's verb, its subject read past an appositive. */
const PROGRESSIVES: Case[] = [
  [
    'a name, a participle phrase between commas, then "is pledging"',
    paragraphs('Ruth Hale, celebrating a win in her home town of Leeds, is pledging to “win every berth.”'),
    [{ text: 'win every berth.', speaker: 'Ruth Hale', mention: 'Ruth Hale', cue: 'pledging' }]
  ],
  [
    'a title with a full stop, an aside, then "is labeling"',
    paragraphs('Former Kent Gov. Tom Berg, for his part, is labeling the plan “a blatant abuse of power.”'),
    [{ text: 'a blatant abuse of power.', speaker: 'Tom Berg', cue: 'labeling' }]
  ]
]

describe('a participle after a form of "be"', () => {
  it.each(PROGRESSIVES)('%s', (_name, article, wanted) => expectQuotes(article, wanted))
})

/** A title in quotation marks inside an appositive, or before the quote in its sentence, is part of the words read. */
const TITLES: Case[] = [
  [
    "the appositive's comma inside the title's closing mark",
    paragraphs('Tom Reyes, the co-author of “Going Under,” said the port was “living on borrowed time.”'),
    [{ text: 'living on borrowed time.', speaker: 'Tom Reyes', mention: 'Tom Reyes', cue: 'said' }]
  ],
  [
    'a title with its comma, then more of the appositive',
    paragraphs(
      'Tom Reyes, the co-author of "Going Under," about the spread of rumours, said the port was "living on borrowed time."'
    ),
    [{ text: 'living on borrowed time.', speaker: 'Tom Reyes', mention: 'Tom Reyes', cue: 'said' }]
  ],
  [
    'a title left out as a quote still belongs to the words before the next one',
    paragraphs(
      'Tom Berg chairs the board.',
      'He told the radio show “Harbour Hour” that he agrees the mayor is “a total opportunist.”'
    ),
    [{ text: 'a total opportunist.', speaker: 'Tom Berg', mention: 'He', cue: 'told' }]
  ]
]

describe('a title in quotation marks among the words before the verb', () => {
  it.each(TITLES)('%s', (_name, article, wanted) => expectQuotes(article, wanted))
})

/** A verb coordinated by "but" after a relative clause shares the sentence's subject. */
const COORDINATED_BUT: Case[] = [
  [
    '"those who left but said" is no subject; "He" is',
    paragraphs(
      'Tom Berg thanked the crews.',
      'He praised those who left but said, “We are in a different game now, and we need hands.”'
    ),
    [{ text: 'We are in a different game now, and we need hands.', speaker: 'Tom Berg', mention: 'He', cue: 'said' }]
  ]
]

describe('a verb after "but"', () => {
  it.each(COORDINATED_BUT)('%s', (_name, article, wanted) => expectQuotes(article, wanted))
})

describe('a name followed by "and" with no name after it', () => {
  it('joins nothing: "Yorkshire and" is no pair of names', () => {
    const text = 'Yorkshire and'
    const phrase = classifyPhrase(text, tokenize(text, 0, text.length), 0, 2)
    expect(phrase?.plural ?? false).toBe(false)
    const pair = 'Tom Berg and Ruth Hale'
    const both = classifyPhrase(pair, tokenize(pair, 0, pair.length), 0, 5)
    expect(both).toMatchObject({ kind: 'name', plural: true })
  })
})

/** A description built on a known noun, then an aside between commas, then the verb. */
const DESCRIPTIONS_WITH_ASIDES: Case[] = [
  [
    'a plural description and an aside naming who they are',
    paragraphs('The two senators, both Republicans, said in a statement that the port was “closed for good.”'),
    [{ text: 'closed for good.', speaker: 'The two senators', mention: 'The two senators', cue: 'said' }]
  ],
  [
    'a description and an "including" aside',
    paragraphs('Local officials, including the mayor, said the port was “closed for good.”'),
    [{ text: 'closed for good.', speaker: 'Local officials', cue: 'said' }]
  ],
  [
    'a clause opening on a participle is no description',
    paragraphs(
      'Boasting 9,000 residents who run the gamut from fishers to pilots, with its old capital in Leeds, called the “Gateway of the North” by the crews, the town seems calm.'
    ),
    [{ text: 'Gateway of the North', speaker: null }]
  ]
]

describe('a description before an aside between commas', () => {
  it.each(DESCRIPTIONS_WITH_ASIDES)('%s', (_name, article, wanted) => expectQuotes(article, wanted))
})

/** A written work speaks for its author, as a book or a report does. */
const WRITTEN_WORKS: Case[] = [
  [
    '"according to" a memoir its author wrote',
    paragraphs('She later compared the talk to a “root canal,” according to Tom Berg’s memoir.'),
    [{ text: 'root canal,', speaker: 'Tom Berg’s memoir', mention: 'Tom Berg’s memoir', cue: 'according to' }]
  ]
]

describe('a written work as the source', () => {
  it.each(WRITTEN_WORKS)('%s', (_name, article, wanted) => expectQuotes(article, wanted))
})

/** A name or phrase inside the commas after a sentence's opening name is part of that name's aside. */
const OPENING_NAME_ASIDES: Case[] = [
  [
    'a place inside a "who" clause',
    paragraphs('Ada Berg, who lost her job in Leeds, Yorkshire, in May, said the levy was “a tax on the poor.”'),
    [{ text: 'a tax on the poor.', speaker: 'Ada Berg', mention: 'Ada Berg', cue: 'said' }]
  ],
  [
    'a firm named inside a "whose" clause',
    paragraphs('Mr. Pryce, whose latest firm, Tidewise, builds ferries, said the levy was “a tax on the sea.”'),
    [{ text: 'a tax on the sea.', speaker: 'Mr. Pryce', mention: 'Mr. Pryce', cue: 'said' }]
  ],
  [
    'a role then a name keeps the name',
    paragraphs('The port’s finance lead, Owen Pryce, said the levy was “a tax on the sea.”'),
    [{ text: 'a tax on the sea.', speaker: 'Owen Pryce', mention: 'Owen Pryce', cue: 'said' }]
  ]
]

describe('a name inside the aside after the opening name', () => {
  it.each(OPENING_NAME_ASIDES)('%s', (_name, article, wanted) => expectQuotes(article, wanted))
})

/** Bodies of people by what they do together (team, crew, jury, caucus) and lobbyists and reviewers speak. */
const BODIES_AND_TRADES: Case[] = [
  [
    'a team citing a list',
    paragraphs('The team cited “broken lifts, leaking pipes and dark stairwells” in the new port hotel.'),
    [{ text: 'broken lifts, leaking pipes and dark stairwells', speaker: 'The team', cue: 'cited' }]
  ],
  [
    'lobbyists describing work',
    paragraphs('Harbour lobbyists describe such work as “a different cup of tea” from ordinary contracts.'),
    [{ text: 'a different cup of tea', speaker: 'Harbour lobbyists', cue: 'describe' }]
  ],
  [
    'a jury finding',
    paragraphs('The jury said the levy was “unlawful from the start” and ordered a refund.'),
    [{ text: 'unlawful from the start', speaker: 'The jury', cue: 'said' }]
  ]
]

describe('bodies of people and trades known as speakers', () => {
  it.each(BODIES_AND_TRADES)('%s', (_name, article, wanted) => expectQuotes(article, wanted))
})

/** A capitalised office with "the" ("the Harbour Minister") is a person's role: the name beside it is who speaks. */
const OFFICES_WITH_THE: Case[] = [
  [
    'the office, then the name in commas, then a pronoun',
    paragraphs(
      'The Harbour Minister, Owen Pryce, said the levy would raise £4 million. “It is the fairest way,” he told reporters.'
    ),
    [{ text: 'It is the fairest way,', speaker: 'Owen Pryce', mention: 'he', cue: 'told' }]
  ],
  [
    'a quote closed by the office and the name',
    paragraphs('“The levy stays,” said the Deputy Prime Minister, Ada Berg.'),
    [{ text: 'The levy stays,', speaker: 'Ada Berg', cue: 'said' }]
  ],
  [
    'an office alone is a person, so "she" finds it',
    paragraphs('The Attorney General said the levy was lawful. “There is no doubt,” she said.'),
    [{ text: 'There is no doubt,', speaker: 'The Attorney General', mention: 'she', cue: 'said' }]
  ],
  [
    'a body named with "of" stays a body',
    paragraphs('The Department of Harbours said the levy was “lawful and fair.”'),
    [{ text: 'lawful and fair.', speaker: 'The Department of Harbours', cue: 'said' }]
  ],
  [
    'a member of parliament before the name',
    paragraphs('Local MP Tom Reyes called the levy “a tax on islanders.” “It must go,” he said.'),
    [
      { text: 'a tax on islanders.', speaker: 'Tom Reyes', cue: 'called' },
      { text: 'It must go,', speaker: 'Tom Reyes', mention: 'he', cue: 'said' }
    ]
  ],
  [
    'a renewables firm is a body, so "it" finds it',
    paragraphs('Tidewise Renewables, the developer, said building would start in May. “We have the ships,” it said.'),
    [{ text: 'We have the ships,', speaker: 'Tidewise Renewables', mention: 'it', cue: 'said' }]
  ]
]

describe('an office named with "the" or a member of parliament before the name', () => {
  it.each(OFFICES_WITH_THE)('%s', (_name, article, wanted) => expectQuotes(article, wanted))
})

/** A party or a paper owning the person ("Labour's Ann Hale") is who they are, not part of their name. */
const OWNERS: Case[] = [
  [
    'a plural owner, then a first name on no list',
    paragraphs('The Tories’ Kemi Adebayo said the levy was “a tax on islanders.” “It must go,” Ms Adebayo said.'),
    [
      { text: 'a tax on islanders.', speaker: 'Kemi Adebayo', description: 'The Tories’', cue: 'said' },
      { text: 'It must go,', speaker: 'Kemi Adebayo', mention: 'Ms Adebayo' }
    ]
  ],
  [
    'an owner with "\'s", then a known first name',
    paragraphs('The Courier’s Ann Hale called the levy “a tax on islanders.” “It must go,” she said.'),
    [
      { text: 'a tax on islanders.', speaker: 'Ann Hale', mention: 'The Courier’s Ann Hale' },
      { text: 'It must go,', speaker: 'Ann Hale', mention: 'she' }
    ]
  ],
  [
    'a body owned by a plural owner stays a body',
    paragraphs('The Women’s Harbour Trust said the levy was “a tax on islanders.”'),
    [{ text: 'a tax on islanders.', speaker: 'The Women’s Harbour Trust' }]
  ]
]

describe('an owner before a person’s name', () => {
  it.each(OWNERS)('%s', (_name, article, wanted) => expectQuotes(article, wanted))
})
