/**
 * Speakers read where no attribution clause stands beside the quote (issue 11): a participle hung
 * on a main clause whose verb is not one of saying, a verb that only governs a quoted phrase, and a verb
 * coordinated with the first one, whose subject opens the sentence.
 * Every sentence here was written for these tests; none comes from a corpus.
 */
import { describe, it } from 'vitest'
import { expectQuotes, type Case } from './quote-expectations'
import { paragraphs } from '../../helpers/builders'

const PARTICIPLES: Case[] = [
  [
    'a participle after a preposition between commas takes the subject the phrase describes',
    paragraphs(
      'Councillor Ruth Hale, D-Leeds, despite admitting that she had doubts about “builders chasing quick money,” voted for the pier.'
    ),
    [{ text: 'builders chasing quick money,', speaker: 'Ruth Hale', mention: 'Councillor Ruth Hale', cue: 'admitting' }]
  ],
  [
    'a participle after a preposition, the subject a name alone',
    paragraphs('Tom Reyes, while insisting that the ferry was “never in danger,” ordered a second inspection.'),
    [{ text: 'never in danger,', speaker: 'Tom Reyes', mention: 'Tom Reyes', cue: 'insisting' }]
  ],
  [
    'a participle hung on a clause whose subject is bodies in the plural',
    paragraphs(
      'In June, several harbour groups gave Mr. Berg a year to clean the docks, saying its budget was “far too thin.”'
    ),
    [{ text: 'far too thin.', speaker: 'several harbour groups', cue: 'saying' }]
  ],
  [
    'a participle after a main verb that is not one of saying takes the main clause subject',
    paragraphs('Mayor Lena Ortiz hit back in a statement, saying the harbour levy was “a fair price for a safe port.”'),
    [{ text: 'a fair price for a safe port.', speaker: 'Lena Ortiz', mention: 'Mayor Lena Ortiz', cue: 'saying' }]
  ],
  [
    'a participle after "by" takes the main clause subject',
    paragraphs('The harbour commissioner closed his speech by saying “Not one more winter like this.”'),
    [{ text: 'Not one more winter like this.', speaker: 'The harbour commissioner', cue: 'saying' }]
  ],
  [
    'a name with a description between commas opens the main clause',
    paragraphs(
      'Nadia Osei, the union’s regional organiser, left the meeting early, telling reporters, “We were never going to sign that.”'
    ),
    [{ text: 'We were never going to sign that.', speaker: 'Nadia Osei', mention: 'Nadia Osei' }]
  ],
  [
    'an opening phrase before the main clause is skipped',
    paragraphs(
      'On Tuesday, Councillor Tom Reyes published the figures online, writing “The ferry has lost money for six years.”'
    ),
    [{ text: 'The ferry has lost money for six years.', speaker: 'Tom Reyes', cue: 'writing' }]
  ],
  [
    'a pronoun opening the main clause is resolved as usual',
    paragraphs(
      'Tom Reyes, the harbour master, spoke first.',
      'He then turned to the budget, calling the levy “a tax on visitors.”'
    ),
    [{ text: 'a tax on visitors.', speaker: 'Tom Reyes', mention: 'He' }]
  ],
  [
    'a clause with no clear subject leaves the quote without a speaker',
    paragraphs('After hours of talks in the cold hall, saying “enough” was all that was left.'),
    [{ text: 'enough', speaker: null }]
  ]
]

const GOVERNORS: Case[] = [
  [
    'a verb that governs a quoted phrase names its subject as the speaker',
    paragraphs('Chancellor Ada Berg heralded the port deal as a “turning point.”'),
    [{ text: 'turning point.', speaker: 'Ada Berg', cue: 'heralded', partial: true }]
  ],
  [
    'a modal between the subject and the governing verb is skipped',
    paragraphs('It is odd that Ada Berg would denounce “cheap ferries” after years of backing them.'),
    [{ text: 'cheap ferries', speaker: 'Ada Berg', cue: 'denounce', partial: true }]
  ],
  [
    'a longer quote with no attribution clause takes the subject of the word that governs it',
    paragraphs(
      'In the worst winter on record, Councillor Tom Reyes worried that the ferry had become “a luxury that most of the island can no longer afford.”'
    ),
    [{ text: 'a luxury that most of the island can no longer afford.', speaker: 'Tom Reyes', cue: 'worried' }]
  ],
  [
    'a capitalised preposition opening the sentence is no name',
    paragraphs(
      'To wit, Ana Ruiz told the Courier that the levy was “a tax on visitors,” adding, “Nobody voted for it.”'
    ),
    [
      { text: 'a tax on visitors,', speaker: 'Ana Ruiz' },
      { text: 'Nobody voted for it.', speaker: 'Ana Ruiz' }
    ]
  ],
  [
    'the owner of a noun of saying is not read as a subject',
    paragraphs('The mayor repeated her claim that “profit-making” drove the closures.'),
    [{ text: 'profit-making', speaker: null }]
  ]
]

const ASIDES: Case[] = [
  [
    'a comma after a bracketed aside between the name and its verb closes nothing',
    paragraphs('After the vote, Gov. Ruth Hale (D-Ore.), said, “The ferry stays, whatever it costs.”'),
    [{ text: 'The ferry stays, whatever it costs.', speaker: 'Ruth Hale', cue: 'said' }]
  ],
  [
    'a bracketed aside between the name and its description between commas',
    paragraphs('“The ferry stays,” Rep. Ruth Hale (D-Ore.), a member of the harbour panel, said.'),
    [{ text: 'The ferry stays,', speaker: 'Ruth Hale', mention: 'Rep. Ruth Hale', cue: 'said' }]
  ],
  [
    'the full stop of a party and state abbreviation between commas ends nothing',
    paragraphs('“The ferry stays, whatever it costs,” Senate Leader Ruth Hale, D-Ore., said on Tuesday.'),
    [{ text: 'The ferry stays, whatever it costs,', speaker: 'Ruth Hale', mention: 'Senate Leader Ruth Hale' }]
  ]
]

describe('speakers named before an aside', () => {
  it.each(ASIDES)('%s', (_name, article, wanted) => expectQuotes(article, wanted))
})

describe('speakers of participles hung on a main clause', () => {
  it.each(PARTICIPLES)('%s', (_name, article, wanted) => expectQuotes(article, wanted))
})

describe('speakers of phrases governed by a word of saying', () => {
  it.each(GOVERNORS)('%s', (_name, article, wanted) => expectQuotes(article, wanted))
})

const COORDINATED: Case[] = [
  [
    'a capitalised word before a role of people opening the sentence is part of the role, not a name',
    paragraphs('Port engineers have discounted the claims, but have argued that the quay might lose its “outer wall.”'),
    [{ text: 'outer wall.', speaker: 'Port engineers', mention: 'Port engineers', cue: 'argued' }]
  ],
  [
    '“claims” after an owner’s possessive is the noun, not the verb the second one is coordinated with',
    paragraphs(
      'Harbour safety experts have discounted Leeds’s claims, but have argued that the quay might lose its “outer wall.”'
    ),
    [{ text: 'outer wall.', speaker: 'Harbour safety experts', cue: 'argued' }]
  ],
  [
    'a name opening the sentence stays the subject of both verbs',
    paragraphs('Hale criticised the plan and said it was “a mistake.”'),
    [{ text: 'a mistake.', speaker: 'Hale', mention: 'Hale', cue: 'said' }]
  ],
  [
    'a verb coordinated inside a subordinate clause shares that clause’s pronoun subject',
    paragraphs('Mayor Ann Hale started the row when she raised the levy and later said, “It is not just the ferries.”'),
    [{ text: 'It is not just the ferries.', speaker: 'Ann Hale', mention: 'she', cue: 'said' }]
  ],
  [
    'a subordinate clause closed by a comma leaves the main clause’s subject',
    paragraphs('When asked whom she backed, Ada Berg smiled and said, “I am waiting for a third candidate.”'),
    [{ text: 'I am waiting for a third candidate.', speaker: 'Ada Berg', mention: 'Ada Berg', cue: 'said' }]
  ],
  [
    'a role with the name in apposition: the name, not the role or a body the role holds',
    paragraphs(
      'Westshire Police recorded 1,142 knife offences in the year to March.',
      'The Police and Crime Commissioner, David Ashworth, welcomed the fall but said the rise was “a warning.”'
    ),
    [{ text: 'a warning.', speaker: 'David Ashworth', mention: 'David Ashworth', cue: 'said' }]
  ],
  [
    'a description with the name in apposition, the first verb no verb of saying',
    paragraphs('The county treasurer, Ruth Hale, backed the budget but warned that reserves were “thin.”'),
    [{ text: 'thin.', speaker: 'Ruth Hale', mention: 'Ruth Hale', cue: 'warned' }]
  ]
]

describe('speakers of a verb coordinated with the first one', () => {
  it.each(COORDINATED)('%s', (_name, article, wanted) => expectQuotes(article, wanted))
})
