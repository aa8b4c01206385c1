/**
 * A name, an age, a home town and its state written short ("of Ashton, Md."), then a relative clause and the verb:
 * the full stop of "Md." ended the reading, and the words after "said" were taken for its inverted subject ("the
 * event brought back memories of her father" spoke the quote). Every sentence here was written for these tests.
 */
import { describe, it } from 'vitest'
import { expectQuotes, type Case } from './quote-expectations'
import { paragraphs } from '../../helpers/builders'
import { expectClaimants } from './expect-claimants'

const CASES: Case[] = [
  [
    'a state written short before a relative clause is part of the aside after the name',
    paragraphs(
      "Donna Hale, 59, of Ashton, Md., who watched the ceremony on a screen on the Mall, said the day brought back memories of her father, and of ''all the people who came before us.''"
    ),
    [{ text: 'all the people who came before us.', speaker: 'Donna Hale', mention: 'Donna Hale', cue: 'said' }]
  ],
  [
    'a party-and-state tag after a titled name, then a participle’s aside',
    paragraphs(
      'Sen. Mark Rourke, R-Fla., appearing on a morning show after the speech, said the plan would not "calm anyone\'s fears."'
    ),
    [{ text: "calm anyone's fears.", speaker: 'Mark Rourke', mention: 'Sen. Mark Rourke', cue: 'said' }]
  ],
  [
    'a state written short in the aside after the name that follows the quote',
    paragraphs(
      "''If the council had waited, we would have lost the pier,'' Mr. Pavlov, now 79 and retired in Eugene, Ore., said by telephone this week."
    ),
    [
      {
        text: 'If the council had waited, we would have lost the pier,',
        speaker: 'Mr. Pavlov',
        mention: 'Mr. Pavlov',
        cue: 'said'
      }
    ]
  ],
  [
    'past such a place, a verb with an object of its own does not speak the quote',
    paragraphs(
      "Hale, an appraiser, has followed the clubs for years. In 2010, under what Hale called ''the old model,'' the Dunmore Golf Club, a course 90 miles north of here in Fernley, Nev., charged a $90,000 fee."
    ),
    [{ text: 'the old model,', speaker: 'Hale', cue: 'called' }]
  ]
]

describe('a home state written short between the name and the verb', () => {
  it.each(CASES)('%s', (_, article, expected) => expectQuotes(article, expected))

  it('the claim is the named person’s too', () => {
    expectClaimants(
      [
        'Donna Hale, 59, of Ashton, Md., who watched the ceremony on a screen, said 40 of her neighbours had made the trip.'
      ],
      [['Donna Hale', ['Donna Hale', 'Donna Hale', 'said']]]
    )
  })

  it('a name closing the sentence keeps the place of its aside, state and all', () => {
    expectClaimants(
      ['The ferry will stop running in May, Mr. Pavlov, now retired in Eugene, Ore., said by telephone this week.'],
      [['The ferry will stop', ['Mr. Pavlov', 'Mr. Pavlov', 'said']]]
    )
  })
})
