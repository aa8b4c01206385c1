/**
 * "According to X" claims the clause it stands in wherever it is placed, ahead of verbs of belief,
 * stance or finding; a speech verb before it keeps the sentence. Sentences written for these tests.
 */
import { describe, it } from 'vitest'
import { expectClaimants } from './expect-claimants'

describe('"according to" and where it stands', () => {
  it('"as reported by" attributes the clause as "according to" does; election returns are data', () => {
    expectClaimants(
      [
        'As reported by the Harbour Herald, the council spent $4 million on the sea wall.',
        'The ferry line lost £2 million last year, as first reported by the Courier.',
        'Marsh won the ward by 40 votes, according to complete but unofficial returns.'
      ],
      [
        ['As reported by', ['the Harbour Herald', 'the Harbour Herald', 'As reported by']],
        ['The ferry line lost', ['the Courier', 'the Courier', 'as first reported by']],
        ['Marsh won the ward', ['complete but unofficial returns', 'complete but unofficial returns', 'according to']]
      ]
    )
  })

  it('at the end or the start of the sentence, with a long source kept whole', () => {
    expectClaimants(
      [
        'Rents rose 12 percent in 2022, largely in port towns, according to the regional housing survey.',
        'According to early results of the exit poll conducted for the Harbour Herald, Marsh led among women.',
        'Two in three tenants now view the levy favourably, according to a Coastline poll taken last week.'
      ],
      [
        ['Rents rose', ['the regional housing survey', 'the regional housing survey', 'according to']],
        [
          'According to early results',
          [
            'early results of the exit poll conducted for the Harbour Herald',
            'early results of the exit poll conducted for the Harbour Herald',
            'According to'
          ]
        ],
        ['Two in three tenants', ['a Coastline poll', 'a Coastline poll', 'according to']]
      ]
    )
  })

  it('without the time that closes the source', () => {
    expectClaimants(
      [
        'Tolls will rise to £2.40, according to papers published by Wessex County Council on Tuesday.',
        'Fares will rise by a tenth, according to the harbour board on Monday.',
        'According to a report released by the port earlier this month, berths stood empty.'
      ],
      [
        [
          'Tolls will rise',
          ['papers published by Wessex County Council', 'papers published by Wessex County Council', 'according to']
        ],
        ['Fares will rise', ['the harbour board', 'the harbour board', 'according to']],
        ['According to a report', ['a report released by the port', 'a report released by the port', 'According to']]
      ]
    )
  })

  it('outranks a verb of stance, not a speech verb before it, nor words inside a quotation', () => {
    expectClaimants(
      [
        'Most tenants oppose the levy, and 61 percent would vote against it, according to a survey by the union.',
        'The Herald reported that, according to an audit of the accounts, £2 million was missing.',
        '“Nobody believes it, according to my friends,” Okafor said.'
      ],
      [
        ['Most tenants oppose', ['a survey by the union', 'a survey by the union', 'according to']],
        ['The Herald reported', ['The Herald', 'The Herald', 'reported']],
        ['“Nobody believes it', ['Okafor', 'Okafor', 'said']]
      ]
    )
  })

  it('closing the sentence after a comma, it outranks the speech verb before it: the outer attribution', () => {
    expectClaimants(
      [
        'Okafor said he would have sacked the coach, according to press reports.',
        'Hale teased Marsh for carrying the mayor’s coat, according to a council aide.',
        'Okafor said that, according to the club’s accounts, the coach was paid £2 million.'
      ],
      [
        ['Okafor said he would', ['press reports', 'press reports', 'according to']],
        ['Hale teased', ['a council aide', 'a council aide', 'according to']],
        ['Okafor said that', ['Okafor', 'Okafor', 'said']]
      ]
    )
  })

  it('closing the sentence with a relative clause on its source, it still outranks the verb before it', () => {
    expectClaimants(
      [
        'The ferry union has called for strikes on the night crossings, according to the Harbour Monitor, which tracks port disputes.',
        'Okafor said that, according to the club’s accounts, which the auditors signed, the coach was paid £2 million.'
      ],
      [
        ['The ferry union has called', ['the Harbour Monitor', 'the Harbour Monitor', 'according to']],
        ['Okafor said that', ['Okafor', 'Okafor', 'said']]
      ]
    )
  })

  it('a dash typed as a spaced hyphen ends the source as a comma does', () => {
    expectClaimants(
      [
        'The levy would raise only $3 million over ten years, according to the Harbour Budget Office - half of what the council hoped.'
      ],
      [['The levy would raise', ['the Harbour Budget Office', 'the Harbour Budget Office', 'according to']]]
    )
  })

  it('a cue word after a figure or "each" is a noun', () => {
    expectClaimants(['Turnout fell in 18 states and rose in each state that voted early.'], [['Turnout fell', null]])
  })
  it('"per" a name, a web site, reports emerging somewhere and "according to him" are sources too', () => {
    expectClaimants(
      [
        'She had been visiting her sister in Lisbon, having moved to Porto in 2019, per Harbour News.',
        'Per the Harbour Herald, the council spent $4 million on the sea wall.',
        'They ran a bakery in the town of Ashby, according to ashby-news.co.uk.',
        'The port is bracing for a long strike, according to reports emerging in the local press.',
        'Fares rose by $2 per person in 2023, the council said.'
      ],
      [
        ['She had been visiting', ['Harbour News', 'Harbour News', 'per']],
        ['Per the Harbour Herald', ['the Harbour Herald', 'the Harbour Herald', 'Per']],
        ['They ran a bakery', ['ashby-news.co.uk', 'ashby-news.co.uk', 'according to']],
        [
          'The port is bracing',
          ['reports emerging in the local press', 'reports emerging in the local press', 'according to']
        ],
        ['Fares rose', ['the council', 'the council', 'said']]
      ]
    )
  })

  it('an object pronoun closing "according to" stands for the person met before', () => {
    expectClaimants(
      [
        'Tomas Ruiz, a reporter, spoke at the rally on Monday.',
        'He left the country in 1998 after, according to him, the network censored his first report.'
      ],
      [['He left the country', ['Tomas Ruiz', 'him', 'according to']]]
    )
  })

  it("market pricing and a forecaster's model are sources, not the verb before them", () => {
    // "Markets now expect …, according to pricing in futures markets" was claimed by "Markets" (expect).
    expectClaimants(
      [
        'Markets now expect two more rate cuts by the end of next year, according to pricing in futures markets.',
        'Investors expect the economy to shrink by 0.5% next year, according to the Treasury’s own model.'
      ],
      [
        ['Markets now expect', ['pricing in futures markets', 'pricing in futures markets', 'according to']],
        ['Investors expect', ['the Treasury’s own model', 'the Treasury’s own model', 'according to']]
      ]
    )
  })
})
