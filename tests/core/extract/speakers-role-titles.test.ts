/**
 * A title before a name: "Chief Constable Will Kerr said" was claimed by "Constable Will Kerr", the title cut at
 * "Chief" ("Constable", "Sheriff" and "Whip" were no role words). Sentences written for these tests.
 */
import { describe, it } from 'vitest'
import { expectQuotes } from './quote-expectations'
import { expectClaimants } from './expect-claimants'
import { paragraphs } from '../../helpers/builders'

describe('police and party titles before a name', () => {
  it('"Chief Constable" and "Sheriff" are no part of the name', () => {
    expectClaimants(
      [
        'Chief Constable Sarah Crew said the force had answered 94% of emergency calls within 10 seconds.',
        'Sheriff Dana Whitlock said 12 deputies had left the department since January.'
      ],
      [
        ['Chief Constable', ['Sarah Crew', 'Chief Constable Sarah Crew', 'said']],
        ['Sheriff', ['Dana Whitlock', 'Sheriff Dana Whitlock', 'said']]
      ]
    )
  })

  it('"Chief Whip" is no part of the name', () => {
    expectClaimants(
      ['Chief Whip Alan Campbell said 30 Labour MPs had written to the party about the vote.'],
      [['Chief Whip', ['Alan Campbell', 'Chief Whip Alan Campbell', 'said']]]
    )
  })

  it('a quote keeps the name without the title', () => {
    expectQuotes(paragraphs('Deputy Chief Constable Tom Hale said: “We will not tolerate this behaviour.”'), [
      {
        text: 'We will not tolerate this behaviour.',
        speaker: 'Tom Hale',
        mention: 'Deputy Chief Constable Tom Hale',
        cue: 'said'
      }
    ])
  })

  it('an assembly member, an alderman or a city attorney is named without the title, and so found again', () => {
    expectClaimants(
      [
        '“We cannot balance the budget on the backs of bus riders,” said Assemblywoman Rosa Delgado, a Democrat from Fresno.',
        'Delgado, who has represented Fresno since 2018, said she would hold hearings on the cut next month.',
        'Alderman Joe Park said 300 drivers would lose their jobs.',
        'City Attorney Renee Marsh said the city had offered shelter to all 140 campers.'
      ],
      [
        ['Delgado, who', ['Rosa Delgado', 'Delgado', 'said']],
        ['Alderman Joe Park', ['Joe Park', 'Alderman Joe Park', 'said']],
        ['City Attorney', ['Renee Marsh', 'City Attorney Renee Marsh', 'said']]
      ]
    )
  })
})

describe('a clergy title with its article before a name', () => {
  it('"spokesman the Rev. Paul Amadi told" is Paul Amadi, and so is the later "Amadi said"', () => {
    expectClaimants(
      ['Diocesan spokesman the Rev. Paul Amadi told reporters that the bishop had written to 40 councillors.'],
      [['Diocesan spokesman', ['Paul Amadi', 'Rev. Paul Amadi', 'told']]]
    )
    expectQuotes(
      paragraphs(
        'Diocesan spokesman the Rev. Paul Amadi told reporters on Monday that the bishop had written to every councillor.',
        '“She believes nobody should sleep outside in January,” Amadi said.'
      ),
      [
        {
          text: 'She believes nobody should sleep outside in January,',
          speaker: 'Paul Amadi',
          mention: 'Amadi',
          cue: 'said'
        }
      ]
    )
  })

  it('"the Rev. Ruth Bell said" is Ruth Bell, not a body named "The Rev. Ruth Bell"', () => {
    expectClaimants(
      ['The Rev. Ruth Bell said 60 people had slept in the church hall since November.'],
      [['The Rev. Ruth Bell', ['Ruth Bell', 'Rev. Ruth Bell', 'said']]]
    )
  })
})
