/**
 * A quoted phrase governed by a verb in the passive (issue 11): who was described, found or accused did not say it.
 * The speaker is the agent after "by", or no one; the subject still speaks when the passive reports their own words
 * or asks them ("was asked", "was quoted as saying", "is reported to have called"). Sentences written for these tests.
 */
import { describe, it } from 'vitest'
import { expectQuotes, type Case } from './quote-expectations'
import { paragraphs } from '../../helpers/builders'
import { expectClaimants } from './expect-claimants'

const AGENTS: Case[] = [
  [
    'the agent after "by" speaks, not the passive subject',
    paragraphs(
      'Kestrel Ferries was found by the coastguard agency to have “serious deficiencies” in crew training.',
      'The ferry firm was described by the harbour board as “a danger to the islands”.',
      'The operator was accused by the harbour board of “treating us like cargo”.'
    ),
    [
      { text: 'serious deficiencies', speaker: 'the coastguard agency', cue: 'found' },
      { text: 'a danger to the islands', speaker: 'the harbour board', cue: 'described' },
      { text: 'treating us like cargo', speaker: 'the harbour board', cue: 'accused' }
    ]
  ],
  [
    'the agent after the quoted phrase the passive names speaks',
    paragraphs(
      'The new contract has been called “a betrayal of island families” by the ferry users’ group.',
      'The timetable was described as “simply unworkable” by Councillor Jean Ross on Tuesday.'
    ),
    [
      { text: 'a betrayal of island families', speaker: 'the ferry users’ group', cue: 'called' },
      { text: 'simply unworkable', speaker: 'Jean Ross', cue: 'described' }
    ]
  ],
  [
    'a quote further into the object is not what the passive names',
    paragraphs(
      'Mayor Ines Ortiz waved away the story, calling it a “smear” that was printed in a “hatchet job” by the Harbour Herald.'
    ),
    [
      { text: 'smear', speaker: 'Ines Ortiz' },
      { text: 'hatchet job', speaker: 'Ines Ortiz' }
    ]
  ],
  [
    'a passive with no agent names no speaker',
    paragraphs('The new pier, which opened in May, has long been described as “a white elephant” in the town.'),
    [{ text: 'a white elephant', speaker: null }]
  ]
]

const SUBJECT_SPEAKS: Case[] = [
  [
    'the one asked, the one quoted and the one reported to have said it keep the quote',
    paragraphs(
      'Mayor Ines Ortiz was asked about the levy on Monday and said it was “the fairest tax we have”.',
      'Ines Ortiz was quoted as saying the pier was “finished”.',
      'Councillor Tom Berg is reported to have called the fund “a slush pot”.'
    ),
    [
      { text: 'the fairest tax we have', speaker: 'Ines Ortiz' },
      { text: 'finished', speaker: 'Ines Ortiz' },
      { text: 'a slush pot', speaker: 'Tom Berg' }
    ]
  ],
  [
    'a passive in an aside on the object leaves the main verb’s speaker',
    paragraphs('Ruth Hale argued the bypass, which is widely backed by farmers, “would not save a minute”.'),
    [{ text: 'would not save a minute', speaker: 'Ruth Hale', cue: 'argued' }]
  ]
]

describe('quotes governed by a passive verb', () => {
  it.each(AGENTS)('%s', (_name, article, wanted) => expectQuotes(article, wanted))
  it.each(SUBJECT_SPEAKS)('%s', (_name, article, wanted) => expectQuotes(article, wanted))
})

describe('the claim of a passive verb that names a quoted phrase', () => {
  it('is the agent’s, after the quote', () => {
    expectClaimants(
      ['The new contract has been called “a betrayal of island families” by the Arran Ferry Users Group.'],
      [['The new contract', ['the Arran Ferry Users Group', 'the Arran Ferry Users Group', 'called']]]
    )
  })
})
