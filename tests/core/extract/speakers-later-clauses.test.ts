/**
 * Two ways a later clause misled the speaker of a quote inside reported speech (issue 11): a verb of
 * saying after the quote that opens a clause of its own ("…,” and he said he hoped …"), and people named
 * before a quote whose speaker is someone else, whom a later "he said" stands for. Every sentence here was
 * written for these tests; none comes from a corpus.
 */
import { describe, it } from 'vitest'
import { expectQuotes, type Case } from './quote-expectations'
import { expectClaimants } from './expect-claimants'
import { paragraphs } from '../../helpers/builders'

/** A verb of saying after "and", "including" or a dash reports something else: the quote is the speaker's before it. */
const LATER_CLAUSES: Case[] = [
  [
    '"and he said" after the quote',
    paragraphs(
      'Tom Hale met the press on Monday.',
      'In an interview, Ben Ortiz said on Thursday he “sent a letter to the harbour board,” and he said he hoped the board would act.'
    ),
    [{ text: 'sent a letter to the harbour board,', speaker: 'Ben Ortiz', mention: 'Ben Ortiz', cue: 'said' }]
  ],
  [
    '"including" a noun with a clause of saying',
    paragraphs(
      'Tom Hale met the press on Monday.',
      'Ben Ortiz said he voted against the levy because “they put too much in that bill,” including rules he said would hurt farmers.'
    ),
    [{ text: 'they put too much in that bill,', speaker: 'Ben Ortiz', mention: 'Ben Ortiz', cue: 'said' }]
  ],
  [
    'a dash before other people saying something else',
    paragraphs(
      'Although Ada Berg lamented the fare rise - “why does it have to cost so much?” - voters in Leeds said they were unmoved.'
    ),
    [{ text: 'why does it have to cost so much?', speaker: 'Ada Berg', mention: 'Ada Berg', cue: 'lamented' }]
  ],
  [
    '"as" is no new clause: the verb after it credits the quote',
    paragraphs('The ferry vote “is a dead heat right now,” as Ben Ortiz said on the radio on Monday.'),
    [{ text: 'is a dead heat right now,', speaker: 'Ben Ortiz', mention: 'Ben Ortiz', cue: 'said' }]
  ],
  [
    'an attribution opening its own clause after the quote still credits a quote opening the sentence',
    paragraphs('“We will sail at dawn,” Ben Ortiz said, and the crew cheered.'),
    [{ text: 'We will sail at dawn,', speaker: 'Ben Ortiz', mention: 'Ben Ortiz', cue: 'said' }]
  ]
]

describe('a verb of saying past a clause of its own is not the attribution of the quote before it', () => {
  it.each(LATER_CLAUSES)('%s', (_name, article, wanted) => expectQuotes(article, wanted))
})

/** A person named before a quote whose speaker is another: a candidate for a "he" after it. */
const NAMED_BEFORE_QUOTE: Case[] = [
  [
    'asked whether a plan that a body estimates would cost much would risk “…”, then "he said"',
    paragraphs(
      'Ben Ortiz was asked by the host whether his plan, which the Tax Office estimates would cost $5 billion, would risk “adding another program.”',
      '“The most important job is being a parent,” he said.'
    ),
    [
      { text: 'adding another program.', speaker: 'the Tax Office', cue: 'estimates' },
      { text: 'The most important job is being a parent,', speaker: 'Ben Ortiz', mention: 'he', cue: 'said' }
    ]
  ],
  [
    'a name after the quote is not noted: the speaker stays the antecedent',
    paragraphs(
      '“We will sail at dawn,” Tom Hale said of the crew led by Ben Ortiz.',
      '“The harbour is ready for us,” he added.'
    ),
    [
      { text: 'We will sail at dawn,', speaker: 'Tom Hale' },
      { text: 'The harbour is ready for us,', speaker: 'Tom Hale', mention: 'he', cue: 'added' }
    ]
  ]
]

describe('people named before a quote in its sentence are candidates for a later pronoun', () => {
  it.each(NAMED_BEFORE_QUOTE)('%s', (_name, article, wanted) => expectQuotes(article, wanted))
})

/** A thing carrying written words speaks for whoever wrote it; "that" right after one is its relative pronoun. */
const INSCRIBED_THINGS: Case[] = [
  [
    'a message that said',
    paragraphs('The ferry timetable was replaced on Thursday by a message that said, “Sorry, no sailings today.”'),
    [{ text: 'Sorry, no sailings today.', speaker: 'a message', mention: 'that', cue: 'said' }]
  ],
  [
    'a sign that read',
    paragraphs('Ada Berg held up a sign that read “Save the night ferry” as the council met.'),
    [{ text: 'Save the night ferry', speaker: 'a sign', mention: 'that', cue: 'read' }]
  ],
  [
    'the message, set off by commas, called it “…”',
    paragraphs(
      'The message, sent to the harbour master on Monday, called it “critical” that the ferry sail before the storm.'
    ),
    [{ text: 'critical', speaker: 'The message', mention: 'The message', cue: 'called' }]
  ],
  [
    'a sign saying “…”',
    paragraphs('Ada Berg held up a sign saying “Islanders against the levy” at the quay.'),
    [{ text: 'Islanders against the levy', speaker: 'a sign', mention: 'a sign', cue: 'saying' }]
  ],
  [
    'a campaign hat reading, “…”',
    paragraphs('Tom Hale wore a Harbour Party campaign hat reading, “Save the Ferry Too” on Wednesday night.'),
    [{ text: 'Save the Ferry Too', speaker: 'a Harbour Party campaign hat', cue: 'reading' }]
  ],
  [
    "a participle after any other noun is still the clause subject's",
    paragraphs('Ada Berg held up the plan saying it was “a disgrace.”'),
    [{ text: 'a disgrace.', speaker: 'Ada Berg', mention: 'Ada Berg', cue: 'saying' }]
  ],
  [
    '"that" after a noun of no such kind is read as before',
    paragraphs('The council published a report that said “fares must rise.”'),
    [{ text: 'fares must rise.', speaker: 'The council', mention: 'The council', cue: 'said' }]
  ],
  [
    '"that" after a verb of saying opens what was said',
    paragraphs('Tom Hale said that “the ferry must run.”'),
    [{ text: 'the ferry must run.', speaker: 'Tom Hale', mention: 'Tom Hale', cue: 'said' }]
  ]
]

describe('a thing carrying written words is the speaker of the words it carries', () => {
  it.each(INSCRIBED_THINGS)('%s', (_name, article, wanted) => expectQuotes(article, wanted))
})

describe('a survey is the claimant of what "that" after it reports', () => {
  it('"according to a new poll that shows …"', () =>
    expectClaimants(
      [
        'Two candidates would beat the mayor in May, according to a new poll that shows 60 percent of islanders back the night ferry.'
      ],
      [['Two candidates would beat', ['a new poll', 'that', 'shows']]]
    ))
})

/** A verb in a clause opened by a subordinator and closed by a comma reports nothing of the clause after it. */
const SUBORDINATE_CLAUSES: Case[] = [
  [
    '"After she asked …, she said, “…”": the main clause\'s verb is the cue',
    paragraphs('Ada Berg met the crew. After she asked them, she said, “Everybody behind me was patting my back.”'),
    [{ text: 'Everybody behind me was patting my back.', speaker: 'Ada Berg', mention: 'she', cue: 'said' }]
  ],
  [
    "a coordinated verb after a subordinate clause takes the main clause's subject",
    paragraphs(
      'Tom Hale spoke to the crew last month.',
      'Last month, when I asked Tom Hale if he would ever back the levy, he looked into my camera, frowned and said, “I am going to back YOU!”'
    ),
    [{ text: 'I am going to back YOU!', speaker: 'Tom Hale', mention: 'he', cue: 'said' }]
  ],
  [
    '"when he says he intends to “…”" is still his report',
    paragraphs('Tom Hale spoke in Leeds.', 'The plan is clear when he says he intends to “pick up every vote” he can.'),
    [{ text: 'pick up every vote', speaker: 'Tom Hale', mention: 'he', cue: 'says' }]
  ]
]

describe('a verb of saying in a closed subordinate clause does not report the main clause', () => {
  it.each(SUBORDINATE_CLAUSES)('%s', (_name, article, wanted) => expectQuotes(article, wanted))
})
