/**
 * The subject of a participle of saying hung on a main clause (issue 11): past a noun spelt like a
 * verb of saying, with a description built on a common noun of occupation, past an aside in brackets, and with an
 * owner's name before a role ("Ana Ruiz’s right-hand woman rallied …"). Every sentence here
 * was written for these tests; none comes from a corpus.
 */
import { describe, it } from 'vitest'
import { expectQuotes, type Case } from './quote-expectations'
import { paragraphs } from '../../helpers/builders'

const PARTICIPLES: Case[] = [
  [
    'a participle after a clause opened by "when" is done by that clause\'s subject',
    paragraphs(
      'The first incident came during a speech at the port, when ferry workers interrupted her, shouting “she wins, we lose!”'
    ),
    [{ text: 'she wins, we lose!', speaker: 'ferry workers', cue: 'shouting' }]
  ],
  [
    'a participle after a clause opened by "where" is done by that clause\'s subject',
    paragraphs(
      'Tom Hale spoke down the street from the quay, where about 50 protesters had gathered on Wednesday, chanting “no contract, no peace” after the talks failed.'
    ),
    [{ text: 'no contract, no peace', speaker: 'about 50 protesters', cue: 'chanting' }]
  ],
  [
    'a party and state in brackets after the name close no clause',
    paragraphs('Sen. Ada Berg (D-Leeds) joined the group this week, calling the ferry plan “a disgrace.”'),
    [{ text: 'a disgrace.', speaker: 'Ada Berg', mention: 'Sen. Ada Berg', cue: 'calling' }]
  ],
  [
    'a noun spelt like a verb of saying in the main clause is no verb with a subject',
    paragraphs('His chief aide doubled down on attacks on the mayor, saying she is ready only “on paper” and no more.'),
    [{ text: 'on paper', speaker: 'His chief aide', cue: 'saying', partial: true }]
  ],
  [
    'a description built on a noun of occupation is the main clause’s subject',
    paragraphs(
      'The billionaire businessman began by talking about the port’s fuel bills, saying that diesel is now “cheaper than water.”'
    ),
    [{ text: 'cheaper than water.', speaker: 'The billionaire businessman', cue: 'saying' }]
  ],
  [
    'a place between commas before the main clause is not the subject of its participle',
    paragraphs(
      'Speaking at a town hall in Salem, New Hampshire, Tom Berg went after Hale, calling him “a total stiff.”'
    ),
    [{ text: 'a total stiff.', speaker: 'Tom Berg', mention: 'Tom Berg', cue: 'calling' }]
  ],
  [
    'a name with its appositive before the main verb still is',
    paragraphs('Ruth Hale, the ferryman’s daughter, issued a statement on Thursday, saying the port “has no comment.”'),
    [{ text: 'has no comment.', speaker: 'Ruth Hale', cue: 'saying' }]
  ]
]

describe('the subject of a participle of saying', () => {
  it.each(PARTICIPLES)('%s', (_name, article, wanted) => expectQuotes(article, wanted))
})

/** A participle coordinated with an earlier one hangs on the same main clause. */
const CHAINED: Case[] = [
  [
    'a second participle after "and", the sentence opening on a place',
    paragraphs(
      'Outside the town hall in the harbour, about 200 residents gathered in the rain, holding banners and chanting “Save our pier.”'
    ),
    [{ text: 'Save our pier.', speaker: 'about 200 residents', cue: 'chanting' }]
  ],
  [
    'the sentence opening on a participle of its own',
    paragraphs(
      'The mayor spoke first.',
      'Facing a crowd of angry crews, Mayor Tom Reyes stood firm, waving away the boos and insisting the pier was “safe for another ten winters.”'
    ),
    [{ text: 'safe for another ten winters.', speaker: 'Tom Reyes', cue: 'insisting' }]
  ]
]

describe('a participle chained to an earlier one', () => {
  it.each(CHAINED)('%s', (_name, article, wanted) => expectQuotes(article, wanted))
})

const OWNED_ROLES: Case[] = [
  [
    'an owner’s name before a role, then a verb that is not one of saying: the role does the participle',
    paragraphs('Ana Ruiz’s right-hand woman rallied the crew, saying: “We have to be ready to sail.”'),
    [
      {
        text: 'We have to be ready to sail.',
        speaker: 'Ana Ruiz’s right-hand woman',
        mention: 'Ana Ruiz’s right-hand woman',
        cue: 'saying'
      }
    ]
  ],
  [
    'an owner’s name before a document, then a colon: the document says it',
    paragraphs('Ana Ruiz’s letter makes a plain case: “The quay must stay open.”'),
    [{ text: 'The quay must stay open.', speaker: 'Ana Ruiz’s letter', mention: 'Ana Ruiz’s letter' }]
  ],
  [
    'an owner’s role not followed by its verb opens no subject, as a name does not',
    paragraphs(
      'Ruiz’s relatives, including her son, watched the tape on Thursday, according to their lawyers, and said they came away with “more doubts than answers.”'
    ),
    [{ text: 'more doubts than answers.', speaker: 'their lawyers', cue: 'according to' }]
  ]
]

describe('an owner’s name before a role opening the clause', () => {
  it.each(OWNED_ROLES)('%s', (_name, article, wanted) => expectQuotes(article, wanted))
})

/** A subordinate clause with a pronoun subject between the main verb and the participle: the participle hangs on it. */
const SUBORDINATE_CLAUSES: Case[] = [
  [
    'after a verb of saying, the pronoun of the “even as” clause is the nearer mention',
    paragraphs(
      'Mayor Ann Hale admitted the slip on Monday even as she defended the plan, saying, “Most of it is new.”'
    ),
    [{ text: 'Most of it is new.', speaker: 'Ann Hale', mention: 'she', cue: 'saying' }]
  ],
  [
    'a phrase of time between the subordinator and its pronoun',
    paragraphs(
      'Mayor Ann Hale backed the levy, though in a radio interview last week she used stronger words, saying the fee “must go up.”'
    ),
    [{ text: 'must go up.', speaker: 'Ann Hale', mention: 'she', cue: 'saying' }]
  ],
  [
    'a subordinate clause about a thing leaves the main clause’s subject',
    paragraphs('Mayor Ann Hale admitted the slip on Monday as the vote neared, saying, “Most of it is new.”'),
    [{ text: 'Most of it is new.', speaker: 'Ann Hale', mention: 'Mayor Ann Hale', cue: 'saying' }]
  ]
]

describe('a participle after a subordinate clause with a pronoun subject', () => {
  it.each(SUBORDINATE_CLAUSES)('%s', (_name, article, wanted) => expectQuotes(article, wanted))
})
