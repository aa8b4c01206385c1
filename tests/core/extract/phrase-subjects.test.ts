/**
 * Claimants whose subject is a whole noun phrase with something between its head and the verb: a
 * relative clause, an aside in commas, an interjection, a negated progressive; and subjects that are
 * documents or quantifiers of people. Sentences written for these tests.
 */
import { describe, it } from 'vitest'
import { expectClaimants } from './expect-claimants'

describe('a subject read as a whole noun phrase', () => {
  it('a relative clause or an aside in commas between the head and the verb', () => {
    expectClaimants(
      [
        'Shipping firms that had leased the old docks agreed to pay for the cleanup.',
        'A 2019 study that appeared in a regional medical journal found that half the advice was unsupported.',
        'Other large unions, including the nurses’ union and the dockers, have also endorsed Hale in the race.',
        'Some councillors, however, question the wisdom of borrowing £4 million more.'
      ],
      [
        ['Shipping firms', ['Shipping firms', 'Shipping firms', 'agreed']],
        ['A 2019 study', ['A 2019 study', 'A 2019 study', 'found']],
        ['Other large unions', ['Other large unions', 'Other large unions', 'endorsed']],
        ['Some councillors', ['Some councillors', 'Some councillors', 'question']]
      ]
    )
  })

  it('a name in apposition after an owner’s role, and a negated progressive', () => {
    expectClaimants(
      [
        'Hale’s running mate, former port director Tom Arden, plans to publish his accounts by May.',
        'Attorney General Sam Ode isn’t saying whether the foundation broke any rules.'
      ],
      [
        ['Hale’s running mate', ['Tom Arden', 'Tom Arden', 'plans']],
        ['Attorney General Sam Ode', ['Sam Ode', 'Attorney General Sam Ode', 'saying']]
      ]
    )
  })

  it('documents, shares and quantifiers of people speak as written', () => {
    expectClaimants(
      [
        'Another chart shows that four in five tomatoes sold in the region are imported.',
        'Rental averages show the city 2,000 homes short.',
        'Another 12 percent said they would not vote.',
        'No one expected a full hour of debate on the £9 million budget.',
        'One ferry firm says the crossing lost £2 million last year. Another says it made a profit of £300,000.'
      ],
      [
        ['Another chart', ['Another chart', 'Another chart', 'shows']],
        ['Rental averages', ['Rental averages', 'Rental averages', 'show']],
        ['Another 12 percent', ['Another 12 percent', 'Another 12 percent', 'said']],
        ['No one expected', ['No one', 'No one', 'expected']],
        ['Another says', ['Another', 'Another', 'says']]
      ]
    )
  })

  it('a clause, a noun after a figure or a passive is no subject', () => {
    expectClaimants(
      [
        'Donald Marsh achieved 45 percent support among older voters in March.',
        'Most cases were decided by 5-to-4 votes in the last term.',
        'The plan was endorsed in 2022.',
        'The mayor Dana Whitcombe opened the new library on Monday.'
      ],
      [
        ['Donald Marsh achieved', null],
        ['Most cases were decided', null],
        ['The plan was endorsed in', null],
        ['The mayor Dana Whitcombe', null]
      ]
    )
  })

  it('after "does" or a modal the base form is a verb, when someone can hold it', () => {
    expectClaimants(
      [
        'The harbour board does not want a second levy in 2025.',
        'Okafor doesn’t expect the ferry to run before June.',
        'The tax plan would support 200 jobs.'
      ],
      [
        ['The harbour board', ['The harbour board', 'The harbour board', 'want']],
        ['Okafor', ['Okafor', 'Okafor', 'expect']],
        ['The tax plan', null]
      ]
    )
  })

  it('agent nouns, a negated quantifier, and an adverbial with its comma before the subject', () => {
    expectClaimants(
      [
        'But environmentalists worry that the new mine will pollute the river by 2030.',
        'Not everyone finds the mayor’s £3 million pitch convincing.',
        'Initially, state regulators did not consider the harbour plan a realistic option.',
        'To varying degrees, all agreed that the levy would raise £2 million.'
      ],
      [
        ['But environmentalists', ['environmentalists', 'environmentalists', 'worry']],
        ['Not everyone', ['Not everyone', 'Not everyone', 'finds']],
        ['Initially', ['state regulators', 'state regulators', 'consider']],
        ['To varying degrees', ['all', 'all', 'agreed']]
      ]
    )
  })

  it('people named by their outlook or standing: conservatives, citizens, children', () => {
    expectClaimants(
      [
        'Social conservatives say the 2019 levy cost the port 300 jobs.',
        'Many citizens believe the 4 pound fee is too high.'
      ],
      [
        ['Social conservatives', ['Social conservatives', 'Social conservatives', 'say']],
        ['Many citizens', ['Many citizens', 'Many citizens', 'believe']]
      ]
    )
  })

  it('a base form takes a plural without an -s: police, people, women', () => {
    expectClaimants(
      ['Harbour police oppose the 2019 plan to close 3 stations. Women back the 4 pound levy by 20 points.'],
      [
        ['Harbour police', ['Harbour police', 'Harbour police', 'oppose']],
        ['Women back', ['Women', 'Women', 'back']]
      ]
    )
  })

  it('a noun for a person keeps its sense after "ex-", "co-" or "vice-"', () => {
    expectClaimants(
      ['The mayor stayed silent on the levy. His ex-wife agreed that the 2019 levy of 4 pounds was unfair.'],
      [['His ex-wife', ['His ex-wife', 'His ex-wife', 'agreed']]]
    )
  })

  it('a time or a frequency between the subject and its verb: "today", "rarely"', () => {
    expectClaimants(
      [
        'Harbour defenders today argue that the 4 pound levy was the best deal on offer.',
        'Dock workers rarely say the 2019 strike cost them £300 a week.'
      ],
      [
        ['Harbour defenders', ['Harbour defenders', 'Harbour defenders', 'argue']],
        ['Dock workers', ['Dock workers', 'Dock workers', 'say']]
      ]
    )
  })

  it('documents owned by a body, led by an adjective, or after a closing comma', () => {
    expectClaimants(
      [
        'The Herald’s Coastal States average shows Marsh ahead by 3.7 points.',
        'Data from the 2021 regional census show that renters made up 41 percent of households.',
        'But that gap mattered more after leaked documents from the port show a £9 million loss.',
        'Large parts of the town are divided by income, other studies have shown.',
        'Eli Brandt, who chairs the Dock Forum, a group of 40 traders, said rents rose 8 percent.'
      ],
      [
        ['The Herald’s', ['The Herald’s Coastal States average', 'The Herald’s Coastal States average', 'shows']],
        ['Data from', ['Data', 'Data', 'show']],
        ['But that gap', ['leaked documents from the port', 'leaked documents from the port', 'show']],
        ['Large parts', ['other studies', 'other studies', 'shown']],
        ['Eli Brandt', ['Eli Brandt', 'Eli Brandt', 'said']]
      ]
    )
  })

  it('people asked, with the participle of their asking and where or when', () => {
    expectClaimants(
      [
        'Riders interviewed at the downtown bus station said they had waited up to 40 minutes.',
        'Shoppers surveyed on Saturday described queues of up to an hour at the new tills.'
      ],
      [
        [
          'Riders interviewed',
          ['Riders interviewed at the downtown bus station', 'Riders interviewed at the downtown bus station', 'said']
        ],
        ['Shoppers surveyed', ['Shoppers surveyed on Saturday', 'Shoppers surveyed on Saturday', 'described']]
      ]
    )
  })
})
