/**
 * A noun opening the sentence before "from", "at" and a body's name was read as a name: "Figures from the
 * Department for Education show …" was claimed by "Figures", "Analysts at Cornwall Insight said …" by "Analysts".
 * The document's owner claims; a group of people keeps the body it belongs to. Sentences written for these tests.
 */
import { describe, it } from 'vitest'
import { expectClaimants } from './expect-claimants'

describe('a noun opening the sentence before a body’s name', () => {
  it('figures from a body are claimed by the body, the mention being the words written', () => {
    expectClaimants(
      ['Figures from the Welsh Government show that 2,300 families were housed in hotels last year.'],
      [['Figures from', ['the Welsh Government', 'Figures from the Welsh Government', 'show']]]
    )
  })

  it('people at a body keep the body in their name', () => {
    expectClaimants(
      ['Economists at Wessex Bank said interest rates would fall to 3% by June.'],
      [['Economists at', ['Economists at Wessex Bank', 'Economists at Wessex Bank', 'said']]]
    )
  })

  it('data from something not named stays as read', () => {
    expectClaimants(
      ['Data from the 2021 regional census show that renters made up 41 percent of households.'],
      [['Data from', ['Data', 'Data', 'show']]]
    )
  })

  it('people of a body described, not bare-named, keep the whole description', () => {
    expectClaimants(
      [
        'Members of the moderate Problem Solvers Caucus have said they will back the bill if it cuts $40 billion.',
        'Leaders of the three biggest teaching unions said the 4% offer would be put to members.'
      ],
      [
        [
          'Members of',
          ['Members of the moderate Problem Solvers Caucus', 'Members of the moderate Problem Solvers Caucus', 'said']
        ],
        [
          'Leaders of',
          ['Leaders of the three biggest teaching unions', 'Leaders of the three biggest teaching unions', 'said']
        ]
      ]
    )
  })
})
