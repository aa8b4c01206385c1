/**
 * A later "the <noun>" named after the body the article introduced with that noun (src/core/extract/introduced-nouns.ts,
 * nominal-names.ts): "The haulier said" after "Acme Freight, the largest haulier …", "The union said" after "Unite,
 * which represents dock workers", "the regulator" before "The regulator, Ofwat, said". A checker saw "The haulier"
 * and "The union" listed beside the bodies' names. Sentences written for these tests.
 */
import { describe, it } from 'vitest'
import { expectClaimants } from './expect-claimants'

describe('a body named later by the noun its introduction called it', () => {
  it('is the body an apposition after its name called so', () => {
    expectClaimants(
      [
        'Acme Freight, the largest haulier working out of Wexbury, said it would cut 300 jobs next year.',
        'Helen Okafor, its chief executive, said the cuts would fall on drivers.',
        'The haulier said its margin had fallen to 2 percent last year.'
      ],
      [['The haulier said', ['Acme Freight', 'The haulier', 'said']]]
    )
  })

  it('is the union a relative clause says represents workers', () => {
    expectClaimants(
      [
        'Unite, which represents dock workers at the harbour, said 1,200 of its members could be affected.',
        'The union said it would ballot members on strike action if any jobs were cut.'
      ],
      [['The union said', ['Unite', 'The union', 'said']]]
    )
  })

  it('is the body an opening apposition names, after the description or before it', () => {
    expectClaimants(
      [
        'Water bills will rise by 9 percent in April, the regulator said on Monday.',
        'The regulator, Ofwat, said it would publish its review of the increase in the summer.'
      ],
      [['Water bills will rise', ['Ofwat', 'the regulator', 'said']]]
    )
  })

  it('is the body an opening apposition names with its own "the"', () => {
    expectClaimants(
      [
        'The Harbour Trust said mooring fees would rise by a fifth in the spring.',
        'A second regulator, the Office of Rail and Road, opened a review of the ferry timetable in May.',
        'The regulator said the review would end in June.'
      ],
      [['The regulator said', ['The Office of Rail and Road', 'The regulator', 'said']]]
    )
  })

  it('is no body a document, a sentence of its own or another description called so', () => {
    expectClaimants(
      [
        'As for Marlow, the staff letter noted that morale had fallen by a third.',
        'Fares rose by 5 percent on routes run by Skyline, the airline said on Friday.',
        'Prices fell by 3 percent after the oil giant Coastline Fuels cut its output.',
        'The online retail giant said its sales had risen by 12 percent in the spring.',
        'The airline said 40 flights had been cancelled.'
      ],
      [
        ['The online retail giant said', ['The online retail giant', 'The online retail giant', 'said']],
        // The airline that spoke before, as the speakers read it, not Skyline.
        ['The airline said', ['the airline', 'The airline', 'said']]
      ]
    )
  })
})
