/**
 * Verbs of saying in every tense (issue 11): a voice raised in the present ("she yells"), what a
 * document or sign said in the past ("read the email"), and the participle of a voice hung on its
 * clause ("…, shouting “…”"). Every sentence here was written for these tests; none comes from a corpus.
 */
import { describe, it } from 'vitest'
import { expectQuotes, type Case } from './quote-expectations'
import { paragraphs } from '../../helpers/builders'

const VOICES: Case[] = [
  [
    'a voice raised in the present tense after the quote',
    paragraphs('Nadia Osei ran toward the pier.', '“Is anyone hurt? Stay where you are,” she yells as she runs.'),
    [{ text: 'Is anyone hurt? Stay where you are,', speaker: 'Nadia Osei', mention: 'she', cue: 'yells' }]
  ],
  [
    'a whisper in the present tense, the speaker after the verb',
    paragraphs('“We lost the vote,” whispers Tom Reyes, the harbour commissioner.'),
    [{ text: 'We lost the vote,', speaker: 'Tom Reyes', cue: 'whispers' }]
  ],
  [
    'a document in the past tense, the verb before its subject',
    paragraphs('“Your gift keeps the ferry running,” read the email from the Harbour Trust.'),
    [{ text: 'Your gift keeps the ferry running,', speaker: 'the email from the Harbour Trust', cue: 'read' }]
  ],
  [
    'a sign in the past tense, the subject before the verb',
    paragraphs('“No levy without a vote,” one banner read.'),
    [{ text: 'No levy without a vote,', speaker: 'one banner', cue: 'read' }]
  ],
  [
    'a confession after the quote',
    paragraphs('“I never counted the boats,” Ruth Hale confessed on Friday.'),
    [{ text: 'I never counted the boats,', speaker: 'Ruth Hale', cue: 'confessed' }]
  ],
  [
    'the participle of a voice takes its clause’s subject',
    paragraphs('Ana Ruiz stood on a bench at the back of the hall, shouting, “Count the votes again!”'),
    [{ text: 'Count the votes again!', speaker: 'Ana Ruiz', cue: 'shouting' }]
  ]
]

/** Manners of speaking and replying from the general English classes of verbs of saying, and the quote's end. */
/** Thinking aloud and asking: "pondered", "speculated", "posited", "inquired". */
const MUSINGS: Case[] = [
  [
    'pondered with an indirect question, then a quoted phrase',
    paragraphs('Dr. Ada Berg pondered who, without the ferry, might “carry our goods in this season of storms.”'),
    [{ text: 'carry our goods in this season of storms.', speaker: 'Ada Berg', cue: 'pondered' }]
  ],
  [
    'speculated, the speaker after the verb',
    paragraphs('“The vote could go either way,” speculated Tom Reyes, the harbour commissioner.'),
    [{ text: 'The vote could go either way,', speaker: 'Tom Reyes', cue: 'speculated' }]
  ]
]

const MANNERS: Case[] = [
  [
    'a reply in kind after the quote',
    paragraphs('“You started the fare war,” Tom Reyes shot back with a laugh.'),
    [{ text: 'You started the fare war,', speaker: 'Tom Reyes', cue: 'shot back' }]
  ],
  [
    'a follow-up question pressed by the host',
    paragraphs('“Would the levy be fair to the islanders?” Dana Shaw pressed.'),
    [{ text: 'Would the levy be fair to the islanders?', speaker: 'Dana Shaw', cue: 'pressed' }]
  ],
  [
    'a guess, the speaker after the verb in the present tense',
    paragraphs('“Most of us will vote by post,” declares Ines Moreau, a ferry pilot from Leeds.'),
    [{ text: 'Most of us will vote by post,', speaker: 'Ines Moreau', cue: 'declares' }]
  ],
  [
    'a quote ending on a question quoted inside it',
    paragraphs('“Her first words were, ‘What can we do for the crews?’” Ana Ruiz said on Friday.'),
    [{ text: 'Her first words were, ‘What can we do for the crews?’', speaker: 'Ana Ruiz', cue: 'said' }]
  ]
]

/** Verbs of rebuking and disparaging, from the general English classes: the quoted words are the verdict. */
const REBUKES: Case[] = [
  [
    'a rebuke whose object is the quoted verdict',
    paragraphs('Ruth Hale ripped the fare rise as “a tax on islanders” at the meeting on Monday.'),
    [{ text: 'a tax on islanders', speaker: 'Ruth Hale', cue: 'ripped' }]
  ],
  [
    'a scolding in the present tense',
    paragraphs('Tom Reyes berates the board for “years of neglect” in his column.'),
    [{ text: 'years of neglect', speaker: 'Tom Reyes', cue: 'berates' }]
  ],
  [
    'a pronoun before the verb of belittling',
    paragraphs('Ines Moreau spoke after the vote.', 'She belittled the plan as “a sticking plaster” and left.'),
    [{ text: 'a sticking plaster', speaker: 'Ines Moreau', mention: 'She', cue: 'belittled' }]
  ]
]

describe('verbs of saying in every tense', () => {
  it.each(REBUKES)('%s', (_name, article, wanted) => expectQuotes(article, wanted))
  it.each(MUSINGS)('%s', (_name, article, wanted) => expectQuotes(article, wanted))
  it.each(MANNERS)('%s', (_name, article, wanted) => expectQuotes(article, wanted))
  it.each(VOICES)('%s', (_name, article, wanted) => expectQuotes(article, wanted))
})
