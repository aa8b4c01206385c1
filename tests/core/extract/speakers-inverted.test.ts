/**
 * Inverted attributions whose subject runs on past a plain noun phrase (issue 11): a relative clause
 * after the speaker's description, an owner's name before a role, a place after a role and a name (and its
 * state after a comma).
 * Every sentence here was written for these tests; none comes from a corpus.
 */
import { describe, it } from 'vitest'
import { expectQuotes, type Case } from './quote-expectations'
import { paragraphs } from '../../helpers/builders'

const INVERTED: Case[] = [
  [
    'a long relative clause after the description ends the speaker’s noun phrase',
    paragraphs(
      '“It will be hard to reopen the quay quickly,” said a longtime harbour engineer who has worked for two of the rival ports since the 1990s.'
    ),
    [
      {
        text: 'It will be hard to reopen the quay quickly,',
        speaker: 'a longtime harbour engineer',
        mention: 'a longtime harbour engineer',
        description: 'who has worked for two of the rival ports since the 1990s',
        cue: 'said'
      }
    ]
  ],
  [
    'a relative clause holding a verb of saying leaves no pronoun in the mention',
    paragraphs('“It was an ugly meeting,” said one of two witnesses who told the same story to the paper.'),
    [{ text: 'It was an ugly meeting,', speaker: 'one of two witnesses', mention: 'one of two witnesses' }]
  ],
  [
    'an owner’s name before a role, then the name between commas',
    paragraphs(
      '“We treat the whole spring as one long vote,” said Hale’s deputy campaign manager, Rich Beeson, who ran the 2012 count.'
    ),
    [{ text: 'We treat the whole spring as one long vote,', speaker: 'Rich Beeson', cue: 'said' }]
  ],
  [
    'an owner’s name before a role and the name',
    paragraphs('“No port has ever done this before,” said Hale’s top ferry aide Jake Sullivan.'),
    [
      {
        text: 'No port has ever done this before,',
        speaker: 'Jake Sullivan',
        mention: 'Jake Sullivan',
        description: 'Hale’s top ferry aide'
      }
    ]
  ],
  [
    'a role, a name and where the person is from',
    paragraphs(
      '“I do not know where he stands on the levy,” said undecided voter Stephanie Hooton of Derry, before the meeting.'
    ),
    [{ text: 'I do not know where he stands on the levy,', speaker: 'Stephanie Hooton', cue: 'said' }]
  ],
  [
    'a role, a name, a town and its state: the state after the comma is no name for the role',
    paragraphs('“We will open the quay in May,” said ferry worker Ann Hale of Leith, N.H., before the vote.'),
    [{ text: 'We will open the quay in May,', speaker: 'Ann Hale', mention: 'Ann Hale', cue: 'said' }]
  ],
  [
    'a party before the role, a name, a town and its state',
    paragraphs('“The fares are too high,” said undecided Labour voter Owen Pryce of Leith, Fife, after the debate.'),
    [{ text: 'The fares are too high,', speaker: 'Owen Pryce', mention: 'Owen Pryce', cue: 'said' }]
  ],
  [
    'a role closed by a body’s name is still named after the comma',
    paragraphs('“We will keep the ferries running,” said the head of Coastwise, Jane Doe.'),
    [{ text: 'We will keep the ferries running,', speaker: 'Jane Doe', mention: 'Jane Doe', cue: 'said' }]
  ]
]

describe('inverted attributions with long subjects', () => {
  it.each(INVERTED)('%s', (_name, article, wanted) => expectQuotes(article, wanted))
})

/** A capitalised word (a party, a channel, a firm) or a body's name before a role and a name is part of the role. */
const CAPITALISED_ROLES: Case[] = [
  [
    'a party before the role',
    paragraphs('“The levy will sink the port,” said Labour councillor Owen Pryce.'),
    [{ text: 'The levy will sink the port,', speaker: 'Owen Pryce', mention: 'Owen Pryce', cue: 'said' }]
  ],
  [
    'a channel before the role',
    paragraphs('“It was a poor debate,” said Coastline host Ada Berg.'),
    [{ text: 'It was a poor debate,', speaker: 'Ada Berg', mention: 'Ada Berg', cue: 'said' }]
  ],
  [
    'a body named in two words before the role',
    paragraphs('“Dockers feel ignored,” said Harbour Trust researcher Ann Hale, who led the survey.'),
    [{ text: 'Dockers feel ignored,', speaker: 'Ann Hale', mention: 'Ann Hale', cue: 'said' }]
  ],
  [
    'a university named in three words before a role of two',
    paragraphs('“The port has lost its way,” said Leeds Harbour College economics professor Tom Reyes.'),
    [{ text: 'The port has lost its way,', speaker: 'Tom Reyes', mention: 'Tom Reyes', cue: 'said' }]
  ]
]

describe('a capitalised word before the role of an inverted subject', () => {
  it.each(CAPITALISED_ROLES)('%s', (_name, article, wanted) => expectQuotes(article, wanted))
})
