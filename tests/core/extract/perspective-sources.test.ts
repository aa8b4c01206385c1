/**
 * A sentence opening on someone's point of view ("To Ruth Hale, …", "For the dock workers, …") is their claim
 * (perspective-sources.ts). Sentences written for these tests.
 */
import { describe, it } from 'vitest'
import { expectClaimants } from './expect-claimants'

describe('claimants of a point of view opening the sentence', () => {
  it('a name, a description of people, "many" and "others", and "in the view of"', () => {
    expectClaimants(
      [
        'To Ruth Hale, who has made a study of port votes, the ballot marked a turning point.',
        'For the dock workers, the levy is the issue that counts.',
        'In the view of most economists, the port is too small to pay its way.',
        'To many, Tom Bell is a reformer. But to others, he is a showman in a hard hat.'
      ],
      [
        ['To Ruth Hale', ['Ruth Hale', 'Ruth Hale', 'To']],
        ['For the dock workers', ['the dock workers', 'the dock workers', 'For']],
        ['In the view of', ['most economists', 'most economists', 'In the view of']],
        ['To many', ['many', 'many', 'To']],
        ['But to others', ['others', 'others', 'to']]
      ]
    )
  })

  it('not a time, an example, an idiom, a figure of voters or a verb of saying giving it to someone else', () => {
    expectClaimants(
      [
        'For years, the port has lost money on the night ferries.',
        'For his part, the mayor kept quiet about the 2 million pound bill.',
        'Ferry owners met on Monday. To a person, they want the levy scrapped.',
        'For Hale, 38% of likely voters would be scared if she won the seat.',
        'For Hale, the vote was a triumph, her aide said.'
      ],
      [
        ['For years', null],
        ['For his part', null],
        ['To a person', ['Ferry owners', 'they', 'want']],
        ['For Hale, 38%', null],
        ['For Hale, the vote', ['her aide', 'her aide', 'said']]
      ]
    )
  })

  it('not the "for all" of a concession', () => {
    expectClaimants(
      [
        'For all of Mr. Berg’s critics, he has won allies among the councillors who will vote.',
        'For all the rallies, all the leaflets and all the noise, the race for the harbour seat has taken a clear shape.'
      ],
      [
        ['For all of', null],
        ['For all the rallies', null]
      ]
    )
  })
})
