/**
 * Beliefs and stances written as a state ("are confident that", "isn't sure", "is critical of",
 * "see … as") and the reporting phrases "point to", "has learned", "is looking to". Sentences written
 * for these tests.
 */
import { describe, it } from 'vitest'
import { expectClaimants } from './expect-claimants'

describe('states of mind and reporting phrases', () => {
  it('a copula and an adjective of belief or stance, with an adverb or a negation between', () => {
    expectClaimants(
      [
        'Harbour officials are confident that the dredging will finish by May.',
        'The union is increasingly worried that the port will close.',
        'Okafor isn’t sure the ferry can run at a profit.',
        'Councillor Ruth Hale is critical of the £3 million plan.'
      ],
      [
        ['Harbour officials', ['Harbour officials', 'Harbour officials', 'are confident']],
        ['The union', ['The union', 'The union', 'is increasingly worried']],
        ['Okafor', ['Okafor', 'Okafor', 'isn’t sure']],
        ['Councillor Ruth Hale', ['Ruth Hale', 'Councillor Ruth Hale', 'is critical']]
      ]
    )
  })

  it('no one holds a state of a thing, and an adjective without its word describes something else', () => {
    expectClaimants(
      ['The outlook is uncertain whether the port reopens in 2025.', 'The vote is critical for the port’s 300 jobs.'],
      [
        ['The outlook', null],
        ['The vote', null]
      ]
    )
  })

  it('"see … as", "point to", "has learned" and "is looking to"', () => {
    expectClaimants(
      [
        'Voters see the levy on cruise visitors as a tax on jobs.',
        'We saw the harbour in May 2023.',
        'Experts point to the 2019 storm as the cause.',
        'The Herald has learned that the port lost £2 million.',
        'The mayor is looking to cut the levy by half.'
      ],
      [
        ['Voters see', ['Voters', 'Voters', 'see']],
        ['We saw', null],
        ['Experts point', ['Experts', 'Experts', 'point to']],
        ['The Herald', ['The Herald', 'The Herald', 'has learned']],
        ['The mayor', ['The mayor', 'The mayor', 'looking to']]
      ]
    )
  })

  it('"what they see as", "saw that" and a clause, and "cast … as" are their subject’s view', () => {
    expectClaimants(
      [
        'Ruth Hale turned to what she sees as a 4 pound tax on visitors.',
        'The dock workers saw that the levy would cost 300 jobs.',
        'Tom Bell has cast the levy as a tax on 300 jobs.',
        'Tom Bell saw that film in 2019.'
      ],
      [
        ['Ruth Hale turned', ['Ruth Hale', 'she', 'sees']],
        ['The dock workers', ['The dock workers', 'The dock workers', 'saw']],
        ['Tom Bell has cast', ['Tom Bell', 'Tom Bell', 'cast']],
        ['Tom Bell saw', null]
      ]
    )
  })

  it('a stance held as a noun after a copula: "is a critic of", "has been a supporter of", "were supporters of"', () => {
    expectClaimants(
      [
        'Ms. Hale is an outspoken critic of the levy, which the port says raised £2 million.',
        'Tom Bell has been a supporter of the sea wall, which the council said would cost £3 million.',
        'Two-thirds of the dock workers were supporters of the 4 pound levy.',
        'Ruth Hale is a critic at the Herald and wrote 40 columns last year.',
        'The levy is a champion of nothing in the 2024 budget.'
      ],
      [
        ['Ms. Hale', ['Ms. Hale', 'Ms. Hale', 'is an outspoken critic of']],
        ['Tom Bell', ['Tom Bell', 'Tom Bell', 'been a supporter of']],
        ['Two-thirds', ['Two-thirds of the dock workers', 'Two-thirds of the dock workers', 'were supporters of']],
        ['Ruth Hale', ['Ruth Hale', 'Ruth Hale', 'wrote']],
        ['The levy', null]
      ]
    )
  })

  it('"both" or "all" between the copula and the adjective, and "hostile to", "sympathetic to"', () => {
    expectClaimants(
      [
        'Hale and Berg were both sharply critical of councillors who say the levy will be dropped.',
        'Some councillors have been hostile to the £4 levy from the start.'
      ],
      [
        ['Hale and Berg', ['Hale and Berg', 'Hale and Berg', 'were both sharply critical']],
        ['Some councillors', ['Some councillors', 'Some councillors', 'been hostile']]
      ]
    )
  })

  it('ill at ease or taken aback: "are still uneasy about", "were surprised and dismayed at", "leery of"', () => {
    expectClaimants(
      [
        'Shop owners are still uneasy about the £2m fee.',
        'Many councillors were surprised and dismayed at the vote to close the pier.',
        'Boat owners are generally leery of signing the new berth contracts.',
        'The ferry union is particularly appreciative of the council’s help with fuel costs.'
      ],
      [
        ['Shop owners', ['Shop owners', 'Shop owners', 'are still uneasy']],
        ['Many councillors', ['Many councillors', 'Many councillors', 'were surprised']],
        ['Boat owners', ['Boat owners', 'Boat owners', 'are generally leery']],
        ['The ferry union', ['The ferry union', 'The ferry union', 'is particularly appreciative']]
      ]
    )
  })

  it('two modifiers joined by "and" before a stance noun: "a consistent and outspoken supporter of"', () => {
    expectClaimants(
      [
        'Councillor Ruth Hale has been a consistent and outspoken supporter of the sea wall.',
        'The ferry union was an early and vocal critic of the £2m levy.'
      ],
      [
        ['Councillor Ruth Hale', ['Ruth Hale', 'Councillor Ruth Hale', 'been a consistent and outspoken supporter of']],
        ['The ferry union', ['The ferry union', 'The ferry union', 'was an early and vocal critic of']]
      ]
    )
  })

  it('what a visit left someone holding: "came away convinced", not a visitor who merely came away', () => {
    expectClaimants(
      [
        'After two days on the docks, the senator came away convinced that the port could reopen by May.',
        'Ruth Hale came away from the harbour talks on Friday with a £2 million pledge for the ferries.'
      ],
      [
        ['After two days', ['the senator', 'the senator', 'came away convinced']],
        ['Ruth Hale came away', null]
      ]
    )
  })
})
