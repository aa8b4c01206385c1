/**
 * Who said a quote, in the ways news copy names speakers (issue 11): coordinated verbs, subordinate
 * clauses, pronouns. Every sentence here was written for these tests; none comes from a corpus.
 */
import { describe, it } from 'vitest'
import { expectQuotes, type Case } from './quote-expectations'
import { paragraphs } from '../../helpers/builders'

const CLAUSES: Case[] = [
  [
    'a poll’s share of the people asked speaks for them',
    paragraphs('In the harbour survey, about four in 10 said the ferry was “badly run” and should be sold.'),
    [{ text: 'badly run', speaker: 'about four in 10', mention: 'about four in 10', cue: 'said' }]
  ],
  [
    'a share in percent opening the sentence',
    paragraphs('Still, 63 percent said the mayor was “right to wait” before raising the levy.'),
    [{ text: 'right to wait', speaker: '63 percent', cue: 'said' }]
  ],
  [
    'a person’s kin speak as a description: “Hale’s family has called on …”',
    paragraphs('Marta Osei’s family has called on the port to publish the tapes “as a matter of public trust.”'),
    [{ text: 'as a matter of public trust.', speaker: 'Marta Osei’s family', cue: 'called' }]
  ],
  [
    'a legal brief speaks for its filer, and shares its subject with a coordinated verb',
    paragraphs(
      'Rosa Klein’s brief said that was never her view and dismissed the reports as “old and misread statements.”'
    ),
    [{ text: 'old and misread statements.', speaker: 'Rosa Klein’s brief', cue: 'dismissed' }]
  ],
  [
    'a second verb joined by "and" shares the first verb\'s subject, not the words between them',
    paragraphs(
      'In a call with reporters on Monday, the harbour commissioner criticised the levy and said the port was “losing ships every week.”'
    ),
    [{ text: 'losing ships every week.', speaker: 'the harbour commissioner', cue: 'said', partial: true }]
  ],
  [
    'a piece of a clause before the verb names no speaker',
    paragraphs('Under the new rules, even old newspaper cuttings can be deemed “commercially sensitive.”'),
    [{ text: 'commercially sensitive.', speaker: null, cue: 'deemed', partial: true }]
  ],
  [
    'the subject of a clause opened by "when" or "as" is the speaker',
    paragraphs(
      'Mayor Lena Ortiz spoke at the pier on Saturday.',
      'The crowd cheered when she said the ferry would “run all winter.”',
      'As one dockworker told the Courier, “Nobody reads the safety memos.”'
    ),
    [
      { text: 'run all winter.', speaker: 'Lena Ortiz', mention: 'she', cue: 'said', partial: true },
      { text: 'Nobody reads the safety memos.', speaker: 'one dockworker', mention: 'one dockworker', cue: 'told' }
    ]
  ]
]

const PRONOUNS: Case[] = [
  [
    '"he" skips the latest speaker when she is a woman by her first name',
    paragraphs(
      '“The pier needs a new roof,” said Tom Reyes, the harbour master.',
      '“We cannot wait for spring,” said Margaret Hale, who runs the ferry.',
      '“I wrote to the council in May,” he said.'
    ),
    [
      { text: 'The pier needs a new roof,', speaker: 'Tom Reyes' },
      { text: 'We cannot wait for spring,', speaker: 'Margaret Hale' },
      { text: 'I wrote to the council in May,', speaker: 'Tom Reyes', mention: 'he', cue: 'said' }
    ]
  ],
  [
    '"she" goes to a woman named with a courtesy title, even as an owner ("Ms. Grant\'s lawyer")',
    paragraphs(
      '“The vote was rigged,” said Mr. Osei.',
      'Ms. Grant’s lawyer filed the appeal on Friday.',
      '“We will win this in court,” she said.'
    ),
    [
      { text: 'The vote was rigged,', speaker: 'Mr. Osei' },
      { text: 'We will win this in court,', speaker: 'Ms. Grant', mention: 'she', cue: 'said' }
    ]
  ],
  [
    'a pronoun the article already used for someone fixes their gender',
    paragraphs(
      '“The ferry is late again,” Jordan Lee said. “Nobody told us why,” he added.',
      '“We sent a notice to every household,” Casey Morgan said. “It went out on Monday,” she said.',
      '“I never saw it,” he said.'
    ),
    [
      { text: 'The ferry is late again,', speaker: 'Jordan Lee' },
      { text: 'Nobody told us why,', speaker: 'Jordan Lee', mention: 'he' },
      { text: 'We sent a notice to every household,', speaker: 'Casey Morgan' },
      { text: 'It went out on Monday,', speaker: 'Casey Morgan', mention: 'she' },
      { text: 'I never saw it,', speaker: 'Jordan Lee', mention: 'he', cue: 'said' }
    ]
  ],
  [
    "a pronoun inside someone's reported speech is that someone",
    paragraphs(
      '“The lease is fair,” said Tom Reyes, the board chairman.',
      'Councillor Dana Whitlock says she thinks the ferry will “never turn a profit.”'
    ),
    [
      { text: 'The lease is fair,', speaker: 'Tom Reyes' },
      { text: 'never turn a profit.', speaker: 'Dana Whitlock', mention: 'she', cue: 'thinks', partial: true }
    ]
  ]
]

const VERBS: Case[] = [
  [
    'a clause opened by "but" after the quote is not its attribution',
    paragraphs(
      'Defence minister Ruth Hale said the navy was “ready for anything”, but she also warned against complacency.'
    ),
    [{ text: 'ready for anything', speaker: 'Ruth Hale', cue: 'said', partial: true }]
  ],
  [
    'an owner before a noun that looks like a verb is not a speaker ("Mr. Hale\'s remarks")',
    paragraphs('Mr. Hale’s remarks on the “armchair engineers” of the council drew applause.'),
    [{ text: 'armchair engineers', speaker: null, partial: true }]
  ],
  [
    'a phrase cut off at "the" or "and" names no speaker',
    paragraphs('Under one of the rules the board adopted, “no vessel may berth after dark.”'),
    [{ text: 'no vessel may berth after dark.', speaker: null }]
  ],
  [
    'an adverb in -ly between the subject and the verb',
    paragraphs('Mayor Ortiz has increasingly decried the “quiet closure” of rural clinics.'),
    [{ text: 'quiet closure', speaker: 'Mayor Ortiz', mention: 'Mayor Ortiz', cue: 'decried', partial: true }]
  ],
  [
    'when the nearest verb has no real subject, an earlier verb names the speaker',
    paragraphs(
      'Officials say that under the rules, even old newspaper cuttings can be deemed “commercially sensitive.”'
    ),
    [{ text: 'commercially sensitive.', speaker: 'Officials', cue: 'say', partial: true }]
  ]
]

describe('who said it: clauses around the speech verb', () => {
  it.each(CLAUSES)('%s', (_name, article, wanted) => expectQuotes(article, wanted))
})

describe('who said it: pronouns by salience and gender', () => {
  it.each(PRONOUNS)('%s', (_name, article, wanted) => expectQuotes(article, wanted))
})

describe('who said it: finding the right verb', () => {
  it.each(VERBS)('%s', (_name, article, wanted) => expectQuotes(article, wanted))
})
