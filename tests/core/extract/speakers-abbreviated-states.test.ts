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
})
