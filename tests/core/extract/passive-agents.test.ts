/**
 * A claimant verb in the passive: the agent after "by" is the claimant; without "by" no one is.
 * Sentences written for these tests.
 */
import { describe, it } from 'vitest'
import { expectClaimants } from './expect-claimants'

describe('claimants of passive verbs', () => {
  it('the agent after "by", with words between the verb and "by"', () => {
    expectClaimants(
      [
        'The registration issue was first reported by The Harbour Herald.',
        'The harbour plan was endorsed last week by the dockers’ union.'
      ],
      [
        ['The registration issue', ['The Harbour Herald', 'The Harbour Herald', 'reported']],
        ['The harbour plan', ['the dockers’ union', 'the dockers’ union', 'endorsed']]
      ]
    )
  })

  it('a passive without "by", or "by" with a time, names no one', () => {
    expectClaimants(
      ['The levy was approved in 2022.', 'The figures were reported by Monday.'],
      [
        ['The levy was approved', null],
        ['The figures were reported', null]
      ]
    )
  })

  it('an adverb between the auxiliary and the verb leaves it passive: its subject is who was criticised', () => {
    expectClaimants(
      [
        'The mayor has been harshly criticized for a levy that cost 300 jobs in 2019.',
        'The board was widely praised for cutting fares by 12 percent.',
        'Ruiz has also been sharply criticised by the union over the 40 percent rise.',
        'Hale has repeatedly argued that the levy raised £3 million in 2019.'
      ],
      [
        ['The mayor has been', null],
        ['The board was', null],
        ['Ruiz has also', ['the union', 'the union', 'criticised']],
        ['Hale has repeatedly', ['Hale', 'Hale', 'argued']]
      ]
    )
  })

  it('an agent that also speaks in a relative clause is named by the passive first', () => {
    expectClaimants(
      ['The levy was backed by the Harbour Traders Guild, which argued that 300 jobs depended on it.'],
      [['The levy was backed', ['the Harbour Traders Guild', 'the Harbour Traders Guild', 'backed']]]
    )
  })

  it('a participle with "by" right after it names its agent, unless it is hung on the clause', () => {
    expectClaimants(
      [
        'Free ferries remain a favourite of both parties, promoted by the harbour union and the chamber of commerce. When pressed by reporters about the cost, the minister left the room.'
      ],
      [
        [
          'Free ferries remain',
          ['the harbour union and the chamber of commerce', 'the harbour union and the chamber of commerce', 'promoted']
        ],
        ['When pressed by reporters', null]
      ]
    )
  })

  it('the agent is the noun phrase after "by", without when, where or a second passive', () => {
    expectClaimants(
      [
        'The ferry timetable was endorsed by the pilots’ union on Monday.',
        'The night sailings were praised by the harbour traders in a letter to the board.',
        'The levy is opposed by the fishermen but backed by the port.',
        'The harbour described by the mayor in her speech is busier than it has been for years.'
      ],
      [
        ['The ferry timetable', ['the pilots’ union', 'the pilots’ union', 'endorsed']],
        ['The night sailings', ['the harbour traders', 'the harbour traders', 'praised']],
        ['The levy is opposed', ['the fishermen', 'the fishermen', 'opposed']],
        ['The harbour described', ['the mayor', 'the mayor', 'described']]
      ]
    )
  })

  it('a name holding "in the" or "of" is the agent whole; "in" after another name is where it acted', () => {
    expectClaimants(
      [
        'The raid on the depot was claimed by the Liberation Front in the Eastern Hills (LFEH), a group that has grown in the last year.',
        'The ferry figures were reported by the Harbour Herald in London on Monday.',
        'The levy was backed by the Council of Harbour Towns in its ruling.',
        'The new timetable was endorsed by the Harbour Board on Monday.',
        'The ferry levy was opposed by the Council in Leeds.'
      ],
      [
        [
          'The raid on the depot',
          ['the Liberation Front in the Eastern Hills', 'the Liberation Front in the Eastern Hills', 'claimed']
        ],
        ['The ferry figures', ['the Harbour Herald', 'the Harbour Herald', 'reported']],
        ['The levy was backed', ['the Council of Harbour Towns', 'the Council of Harbour Towns', 'backed']],
        ['The new timetable', ['the Harbour Board', 'the Harbour Board', 'endorsed']],
        ['The ferry levy', ['the Council', 'the Council', 'opposed']]
      ]
    )
  })

  it('the noun before a participle with "by" is what was done, never who did it', () => {
    expectClaimants(
      [
        'The council let the ferry firms pool their figures, a practice criticized by Tom Berg.',
        'The port wants a second pilot on every ferry, a call echoed by the pilots’ union on Monday.',
        'A leaflet written by Ruth Hale accuses the board of hiding the accounts.'
      ],
      [
        ['The council let', ['Tom Berg', 'Tom Berg', 'criticized']],
        ['The port wants', ['The port', 'The port', 'wants']],
        ['A leaflet written', ['Ruth Hale', 'Ruth Hale', 'written']]
      ]
    )
  })

  it('a body named after "backed by" in a description is not the person described', () => {
    expectClaimants(
      [
        'Ada Nash, a harbour pilot backed by the union, said the levy was unfair. The union said it would fight the levy in court.'
      ],
      [['The union said', ['The union', 'The union', 'said']]]
    )
  })

  // In my jobs story, "… fill a gap in the public finances estimated at between £20bn and £30bn by the Institute for
  // Fiscal Studies" was claimed by "the Budget [estimated]".
  it('a measure "estimated at" an amount is the agent’s after "by", never the noun or subject before it', () => {
    expectClaimants(
      [
        'The harbour levy will fill a gap in the port’s accounts estimated at between £2m and £3m by the Centre for Port Studies.',
        'The repair bill was put at $4.5 million by the Carrow Harbour Board. The ferry deficit, estimated at about 6% of fares, worries the crews.',
        'Officials estimated at least 300 people had left the island. The council estimated at the time that the wall would cost £1m.'
      ],
      [
        ['The harbour levy', ['the Centre for Port Studies', 'the Centre for Port Studies', 'estimated']],
        ['The repair bill', ['the Carrow Harbour Board', 'the Carrow Harbour Board', 'put']],
        ['The ferry deficit', null],
        ['Officials estimated', ['Officials', 'Officials', 'estimated']],
        ['The council estimated', ['The council', 'The council', 'estimated']]
      ]
    )
  })
})

describe('a charge describing a noun ("migrants suspected of …")', () => {
  it('is nobody’s claim cue: the sentence’s own verb of saying gives the claimant', () => {
    expectClaimants(
      [
        'A federal judge on Thursday blocked a state law that would let police arrest migrants suspected of crossing the border, saying it likely breaks the Constitution.',
        'The port board said it would sue two skippers accused of dumping 40 tonnes of waste.'
      ],
      [
        ['A federal judge', ['A federal judge', 'A federal judge', 'saying']],
        ['The port board', ['The port board', 'The port board', 'said']]
      ]
    )
  })

  it('keeps the verb when an auxiliary or a pronoun makes it one', () => {
    expectClaimants(
      [
        'She was widely accused of hiding a $4 million deficit.',
        'Hale rounded on the board members who he accused of wasting $2 million.'
      ],
      [['Hale rounded', ['Hale', 'he', 'accused']]]
    )
  })
})
