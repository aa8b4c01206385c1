/**
 * Attributions after a quote that does not end like speech (issue 11): a quote nested at its end,
 * a short sentence that only credits it, and a last clause holding the credit. Every sentence here
 * was written for these tests; none comes from a corpus.
 */
import { describe, it } from 'vitest'
import { expectQuotes, type Case } from './quote-expectations'
import { paragraphs } from '../../helpers/builders'

const TAILS: Case[] = [
  [
    'a quote ending on a nested quote ends like the nested one',
    paragraphs('“My father just shrugged and said, ‘Keep the boat, then,’” Ana Ruiz recalled on Sunday.'),
    [{ text: 'My father just shrugged and said, ‘Keep the boat, then,’', speaker: 'Ana Ruiz', cue: 'recalled' }]
  ],
  [
    'a nested question at the end ends like a question',
    paragraphs('“They kept asking, ‘Who pays for the pier?’” the harbour commissioner said.'),
    [{ text: 'They kept asking, ‘Who pays for the pier?’', speaker: 'the harbour commissioner', cue: 'said' }]
  ],
  [
    'an inverted credit after a comma closing the sentence of a quoted phrase',
    paragraphs('The vote marks “the start of a long winter” for the port, said Ines Moreau, a budget analyst.'),
    [{ text: 'the start of a long winter', speaker: 'Ines Moreau', mention: 'Ines Moreau', cue: 'said', partial: true }]
  ],
  [
    'an inverted credit after a long clause following the quote',
    paragraphs(
      'Investigators traced no “ties of any kind” between the two firms, apart from a shared office in Leeds, wrote one harbour official.'
    ),
    [{ text: 'ties of any kind', speaker: 'one harbour official', cue: 'wrote' }]
  ],
  [
    'a credit between commas before a participle phrase closing the sentence',
    paragraphs(
      'Ruth Hale questioned the bank’s chief on Tuesday.',
      '“You squeezed the tellers to the breaking point” to lift the share price, she said, citing the push to sell more accounts.'
    ),
    [{ text: 'You squeezed the tellers to the breaking point', speaker: 'Ruth Hale', mention: 'she', cue: 'said' }]
  ],
  [
    'a short sentence that only credits the quote before it',
    paragraphs('“The ferry will run all winter.” Tom Reyes said.'),
    [{ text: 'The ferry will run all winter.', speaker: 'Tom Reyes', mention: 'Tom Reyes', cue: 'said' }]
  ],
  [
    'a short sentence with its own content is no credit',
    paragraphs('“The ferry will run all winter.” Tom Reyes said no.', 'Ana Ruiz disagreed.'),
    [{ text: 'The ferry will run all winter.', speaker: null }]
  ],
  [
    'a statement of its own after the quote is no credit',
    paragraphs('“The ferry will run all winter.”', 'Ana Ruiz disagreed.'),
    [{ text: 'The ferry will run all winter.', speaker: null }]
  ],
  [
    'the credit without its comma right after the quote',
    paragraphs('“The levy is a battle of budgets” Ana Ruiz said after the vote.'),
    [{ text: 'The levy is a battle of budgets', speaker: 'Ana Ruiz', cue: 'said' }]
  ],
  [
    'the credit in the last clause of the sentence',
    paragraphs('“I thank every volunteer who knocked on doors” for the result, Councillor Tom Reyes said.'),
    [{ text: 'I thank every volunteer who knocked on doors', speaker: 'Tom Reyes', cue: 'said' }]
  ],
  [
    'an inverted credit with no comma before it',
    paragraphs('“Nothing in the budget adds up” said Ana Ruiz, a spokeswoman for the port.'),
    [{ text: 'Nothing in the budget adds up', speaker: 'Ana Ruiz', cue: 'said' }]
  ],
  [
    'a last clause whose verb is not one of saying, with an unnamed subject, is no credit',
    paragraphs('“Every ship that docks here pays its way” was the motto for years, as the yearly report shows.'),
    [{ text: 'Every ship that docks here pays its way', speaker: null }]
  ],
  [
    'a quote trailing off on an ellipsis before its credit ends like a question',
    paragraphs('“We could sell the old quay, or lease it, or…” Ana Ruiz said. “Who knows?” Tom Reed asked.'),
    [
      { text: 'We could sell the old quay, or lease it, or…', speaker: 'Ana Ruiz', cue: 'said' },
      { text: 'Who knows?', speaker: 'Tom Reed', cue: 'asked' }
    ]
  ],
  [
    'a question is not credited by a next sentence that reports something of its own',
    paragraphs(
      'Reed tied Hale to the mayor, with one of his ads asking, “Is Ann Hale fit to serve on the board?” The Harbour Trust noted that spending on the race had doubled.'
    ),
    [{ text: 'Is Ann Hale fit to serve on the board?', speaker: 'one of his ads', cue: 'asking' }]
  ],
  [
    'a quote trailing off on an ellipsis takes no speaker from a next sentence that is not its credit',
    paragraphs('“We could sell the old quay, or lease it, or…” The council met again on Monday.'),
    [{ text: 'We could sell the old quay, or lease it, or…', speaker: null }]
  ]
]

const COLONS: Case[] = [
  [
    'a name ending its clause on the colon that opens the quote is the speaker, the colon the cue',
    paragraphs('The turnout did not surprise pollster Dana Shaw: “Ferry towns always vote early and in numbers.”'),
    [{ text: 'Ferry towns always vote early and in numbers.', speaker: 'Dana Shaw', mention: 'Dana Shaw', cue: ':' }]
  ],
  [
    'a name after a preposition before the colon is spoken to, not speaking: the clause’s subject speaks',
    paragraphs('The union sent a blunt message to Mayor Lena Ortiz: “Print the figures or print nothing.”'),
    [{ text: 'Print the figures or print nothing.', speaker: 'The union', mention: 'The union', cue: ':' }]
  ],
  [
    'a party and state in brackets between the name and the colon, as in a hearing’s record',
    paragraphs('The hearing went on past noon.', 'Rep. Tom Hale (R-Ore.):"Who gave you that figure? Who?"'),
    [{ text: 'Who gave you that figure? Who?', speaker: 'Tom Hale', mention: 'Rep. Tom Hale', cue: ':' }]
  ],
  [
    'words in brackets that are no affiliation leave the colon unread',
    paragraphs(
      'The hearing went on past noon.',
      'Rep. Tom Hale (at the back of the room): “Who gave you that figure?”'
    ),
    [{ text: 'Who gave you that figure?', speaker: null }]
  ]
]

describe('a name before the colon that opens a quote', () => {
  it.each(COLONS)('%s', (_name, article, wanted) => expectQuotes(article, wanted))
})

describe('attributions after a quote that does not end like speech', () => {
  it.each(TAILS)('%s', (_name, article, wanted) => expectQuotes(article, wanted))
})

const CREDIT_LINES: Case[] = [
  [
    'a quote set apart as its own paragraph, credited on the next line after a dash',
    paragraphs('“Every ferry on this coast pays zero harbour dues.”', '- Tom Berg.', 'The councillor is wrong.'),
    [{ text: 'Every ferry on this coast pays zero harbour dues.', speaker: 'Tom Berg', mention: 'Tom Berg' }]
  ],
  [
    'the credit line may name the speaker by surname alone, once introduced',
    paragraphs(
      'Ana Ruiz spoke last.',
      '“I will look into the fares. I do not know their status yet.”',
      '— Ruiz, in the second debate.'
    ),
    [{ text: 'I will look into the fares. I do not know their status yet.', speaker: 'Ana Ruiz', mention: 'Ruiz' }]
  ],
  [
    'a dash line that is no name credits nothing',
    paragraphs('“Every ferry on this coast pays zero harbour dues.”', '- and that was only the start.'),
    [{ text: 'Every ferry on this coast pays zero harbour dues.', speaker: null }]
  ]
]

describe('a credit line under a quote set apart', () => {
  it.each(CREDIT_LINES)('%s', (_name, article, wanted) => expectQuotes(article, wanted))
})

/** Two quotes in one sentence, a credit between them: it opens the second when the first has a cue of its own. */
const BETWEEN_TWO: Case[] = [
  [
    'a cue right before the first quote keeps it; the credit after it is the next quote’s',
    paragraphs('When a docker shouted, “Sell it,” Ana Ruiz joked, “Then who will buy it?”'),
    [
      { text: 'Sell it,', speaker: 'a docker', cue: 'shouted' },
      { text: 'Then who will buy it?', speaker: 'Ana Ruiz', cue: 'joked' }
    ]
  ],
  [
    'a colon after the cue keeps the first quote; the pronoun’s credit is the second’s',
    paragraphs(
      'Tom Reed, a harbour aide, criticised the mayor on Monday.',
      'Ann Hale fired back: “As the keeper of the port,” she wrote, “we know you are rooting for us.”'
    ),
    [
      { text: 'As the keeper of the port,', speaker: 'Ann Hale', mention: 'Ann Hale' },
      { text: 'we know you are rooting for us.', speaker: 'Ann Hale', mention: 'she', cue: 'wrote' }
    ]
  ],
  [
    'with no cue before the first quote, the credit between is both quotes’',
    paragraphs('“We will vote,” Ann Hale said, “and we will win.”'),
    [
      { text: 'We will vote,', speaker: 'Ann Hale', cue: 'said' },
      { text: 'and we will win.', speaker: 'Ann Hale', cue: 'said' }
    ]
  ]
]

describe('a credit between two quotes of one sentence', () => {
  it.each(BETWEEN_TWO)('%s', (_name, article, wanted) => expectQuotes(article, wanted))
})
