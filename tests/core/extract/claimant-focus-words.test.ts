/**
 * Focus words and example lists around a claimant (subject-before.ts, claimants.ts, trailing-claimants.ts):
 * "Even the pilots say", "critics such as Ruth Hale argue". Sentences written for these tests.
 */
import { describe, it } from 'vitest'
import { expectClaimants } from './expect-claimants'

describe('focus words and example lists are no part of a claimant', () => {
  it('a focus word before the claimant is left out: even, only, just, both', () => {
    expectClaimants(
      [
        'Even the harbour pilots say the levy raised 4 million pounds. Only the dock workers believe the 4 pound levy is fair. Just two councillors argued that the levy broke the 2019 budget. Both the mayor and the board said the levy was legal in 2020.'
      ],
      [
        ['Even the harbour pilots', ['the harbour pilots', 'the harbour pilots', 'say']],
        ['Only the dock workers', ['the dock workers', 'the dock workers', 'believe']],
        ['Just two councillors', ['two councillors', 'two councillors', 'argued']],
        ['Both the mayor', ['the mayor and the board', 'the mayor and the board', 'said']]
      ]
    )
  })

  it('a group with examples after it keeps the group as the claimant, between commas or not', () => {
    expectClaimants(
      [
        "Even the port's fiercest opponents, like Ruth Hale, say the levy raised 4 million pounds. Critics such as Tom Berg argue the levy cost 300 jobs. Harbour unions like the pilots believe the 4 pound levy is unfair."
      ],
      [
        ["Even the port's", ["the port's fiercest opponents", "the port's fiercest opponents", 'say']],
        ['Critics such as', ['Critics', 'Critics', 'argue']],
        ['Harbour unions like', ['Harbour unions', 'Harbour unions', 'believe']]
      ]
    )
  })

  it('a group whose examples each have an aside keeps the group, not the last example', () => {
    expectClaimants(
      [
        'Critics of the ferry levy, like councillors Ruth Hale, Labour member for Harbourside, and Tom Berg, Green member for Eastcliff, see the 4 pound charge as a tax on 3,000 commuters.',
        'Several unions, including the pilots, who have 400 members, and the dockers, the largest, said the offer was a 2 percent cut.'
      ],
      [
        ['Critics of the ferry levy', ['Critics of the ferry levy', 'Critics of the ferry levy', 'see']],
        ['Several unions', ['Several unions', 'Several unions', 'said']]
      ]
    )
  })

  it('a group of one word opening the sentence, its examples with ages between commas', () => {
    expectClaimants(
      [
        'Residents, such as Mary Quinn, 54, and Tom Reyes, 61, said the drains had not been cleared for 12 years.',
        'Parents, including Ann Berg, 47, and Tom Hale, 52, said the school had lost a third of its pupils since May.'
      ],
      [
        ['Residents, such as', ['Residents', 'Residents', 'said']],
        ['Parents, including', ['Parents', 'Parents', 'said']]
      ]
    )
  })

  it('a plural noun the lexicon counts as no number, and one example with an age or more asides', () => {
    expectClaimants(
      [
        'Republicans, such as state Sen. Dan Ortiz, 60, and former Rep. Lou Brandt, 68, said the party had raised $40 million.',
        'Patients such as Margaret Dunne, 71, said they had waited two years for hip operations.',
        'Tenants, including Maria Lugo, 44, a nurse from the harbour, said rents had risen by 20 per cent.'
      ],
      [
        ['Republicans, such as', ['Republicans', 'Republicans', 'said']],
        ['Patients such as', ['Patients', 'Patients', 'said']],
        ['Tenants, including', ['Tenants', 'Tenants', 'said']]
      ]
    )
  })

  it('a word that only looks like a focus word or a stance stays as it was', () => {
    expectClaimants(
      [
        'All of the pilots said the levy was legal in 2020. All the harbour reviews came back clear in 2019, and the board has said it found no fault with the 4 pound levy.'
      ],
      [
        ['All of the pilots', ['All of the pilots', 'All of the pilots', 'said']],
        ['All the harbour reviews', ['the board', 'the board', 'said']]
      ]
    )
  })

  // In my Senate story, "a standoff that both parties say could shut down …" was claimed by "parties".
  it('"both" and "all" quantifying a group stay in its name; "both X and Y" loses its focus word', () => {
    expectClaimants(
      [
        'The levy deepened a standoff that both harbour unions say could close the port. All three councillors argued that the levy broke the 2019 budget. Both the pilots and the ferry crews said the levy cost 300 jobs.'
      ],
      [
        ['The levy deepened', ['both harbour unions', 'both harbour unions', 'say']],
        ['All three councillors', ['All three councillors', 'All three councillors', 'argued']],
        ['Both the pilots', ['the pilots and the ferry crews', 'the pilots and the ferry crews', 'said']]
      ]
    )
  })
})
