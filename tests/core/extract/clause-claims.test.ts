/**
 * One sentence, two claimants: a sentence joining two attributions by different people gives a claim per
 * attribution, each with its own claimant, each kept only if check-worthy on its own words; every other sentence
 * stays one claim. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest'
import { claimsOf } from '../../helpers/claim-rows'

describe('a sentence holding two attributions by different people', () => {
  it('is two claims after ", and" with a new subject and cue, each claimed by its own speaker', () => {
    expect(
      claimsOf(
        'Mayor Ann Hale said the pier would stay open until 2027, and Councillor Tom Ruiz added that the mooring fees would rise by 40 percent.'
      )
    ).toEqual([
      ['Mayor Ann Hale said the pier would stay open until 2027', 'Ann Hale', 'Mayor Ann Hale', 'said'],
      [
        'Councillor Tom Ruiz added that the mooring fees would rise by 40 percent.',
        'Tom Ruiz',
        'Councillor Tom Ruiz',
        'added'
      ]
    ])
  })

  it('is cut at a semicolon, ", while" and ", whereas" too', () => {
    expect(
      claimsOf(
        'The harbour board says the dredging cost £4 million last year; the ferry union insists it cost twice that.'
      )
    ).toEqual([
      [
        'The harbour board says the dredging cost £4 million last year',
        'The harbour board',
        'The harbour board',
        'says'
      ],
      ['the ferry union insists it cost twice that.', 'the ferry union', 'the ferry union', 'insists']
    ])
    expect(
      claimsOf('The council said rents rose by 12% in 2023, while the tenants union argued that they rose by 20%.')
    ).toEqual([
      ['The council said rents rose by 12% in 2023', 'The council', 'The council', 'said'],
      ['the tenants union argued that they rose by 20%.', 'the tenants union', 'the tenants union', 'argued']
    ])
    expect(
      claimsOf('Ruth Hale said the levy raised £3 million in 2023, whereas the auditors found it raised £2.1 million.')
    ).toEqual([
      ['Ruth Hale said the levy raised £3 million in 2023', 'Ruth Hale', 'Ruth Hale', 'said'],
      ['the auditors found it raised £2.1 million.', 'the auditors', 'the auditors', 'found']
    ])
  })

  it('is cut at ", though" and ", although" before a clause with its own subject and cue', () => {
    expect(
      claimsOf('The council said the ferry lost £2 million in 2024, though the operator insists it broke even.')
    ).toEqual([
      ['The council said the ferry lost £2 million in 2024', 'The council', 'The council', 'said'],
      ['the operator insists it broke even.', 'the operator', 'the operator', 'insists']
    ])
    expect(
      claimsOf(
        'Ruth Hale said the levy raised £3 million last year, although the auditors found it raised £2.1 million.'
      )
    ).toEqual([
      ['Ruth Hale said the levy raised £3 million last year', 'Ruth Hale', 'Ruth Hale', 'said'],
      ['the auditors found it raised £2.1 million.', 'the auditors', 'the auditors', 'found']
    ])
  })

  it('is cut at "but", "while" and "and she" with no comma before them, but not inside what is said', () => {
    expect(
      claimsOf(
        'The harbour board said the levy raised £2 million in 2023 but the ferry union said it would cost 300 jobs by 2026.'
      )
    ).toEqual([
      ['The harbour board said the levy raised £2 million in 2023', 'The harbour board', 'The harbour board', 'said'],
      ['the ferry union said it would cost 300 jobs by 2026.', 'the ferry union', 'the ferry union', 'said']
    ])
    expect(
      claimsOf('Mayor Ann Hale said the port lost £3 million in 2023 and she accused the board of hiding the figures.')
    ).toEqual([
      ['Mayor Ann Hale said the port lost £3 million in 2023', 'Ann Hale', 'Mayor Ann Hale', 'said'],
      ['she accused the board of hiding the figures.', 'Ann Hale', 'she', 'accused']
    ])
    expect(
      claimsOf('The council said rents rose by 12% in 2023 while the tenants union argued that they rose by 20%.')
    ).toEqual([
      ['The council said rents rose by 12% in 2023', 'The council', 'The council', 'said'],
      ['the tenants union argued that they rose by 20%.', 'the tenants union', 'the tenants union', 'argued']
    ])
    // "all but two" is all except two; "said that while …" opens what was said; "while chair, saying" no clause.
    const excepting = 'Of the 14 councillors asked, all but two said the levy should rise by 5% in 2025.'
    expect(claimsOf(excepting)).toEqual([[excepting, 'all but two', 'all but two', 'said']])
    const inside = 'Ruth Hale said that while she opposed the levy, it raised £3 million in 2023.'
    expect(claimsOf(inside)).toEqual([[inside, 'Ruth Hale', 'Ruth Hale', 'said']])
    const reduced =
      'Ruth Hale raised the levy by 12% while chair of the board, saying the port lost £3 million in 2023.'
    expect(claimsOf(reduced).map((row) => row[0])).toEqual([reduced])
  })

  it('is cut at a colon before a capitalised clause with its own subject and cue, but not after a cue', () => {
    expect(
      claimsOf('Mayor Ann Hale said the levy raised £3 million in 2023: Tom Berg argued that it raised £2 million.')
    ).toEqual([
      ['Mayor Ann Hale said the levy raised £3 million in 2023', 'Ann Hale', 'Mayor Ann Hale', 'said'],
      ['Tom Berg argued that it raised £2 million.', 'Tom Berg', 'Tom Berg', 'argued']
    ])
    const written = 'The harbour board wrote: Ruth Hale said the levy raised £3 million in 2023.'
    expect(claimsOf(written)).toEqual([[written, 'The harbour board', 'The harbour board', 'wrote']])
  })

  it('is cut in a sentence quoting a few words, but never inside the quote', () => {
    expect(
      claimsOf(
        'Mayor Ann Hale said the pier was “unsafe” in March, but Councillor Tom Ruiz argued that repairs would cost £2 million.'
      )
    ).toEqual([
      ['Mayor Ann Hale said the pier was “unsafe” in March', 'Ann Hale', 'Mayor Ann Hale', 'said'],
      ['Councillor Tom Ruiz argued that repairs would cost £2 million.', 'Tom Ruiz', 'Councillor Tom Ruiz', 'argued']
    ])
    const quoting =
      'Mayor Ann Hale said the harbour board had warned that “the pier is unsafe, and the union admits the fees will rise by 40% in 2025.”'
    expect(claimsOf(quoting)).toEqual([[quoting, 'Ann Hale', 'Mayor Ann Hale', 'said']])
  })

  it('is cut after an opening "While/Although …" clause whose attribution is not the main clause\'s', () => {
    expect(
      claimsOf(
        'While the harbour board says the dredging cost £4 million last year, the ferry union insists it cost twice that.'
      )
    ).toEqual([
      [
        'While the harbour board says the dredging cost £4 million last year',
        'the harbour board',
        'the harbour board',
        'says'
      ],
      ['the ferry union insists it cost twice that.', 'the ferry union', 'the ferry union', 'insists']
    ])
    // A comma inside what the opening clause reports is not the cut.
    expect(
      claimsOf(
        'Although Ruth Hale said the levy raised £3 million in 2023, given the refunds, the auditors found it raised £2.1 million.'
      ).map((c) => c.slice(0, 2))
    ).toEqual([
      ['Although Ruth Hale said the levy raised £3 million in 2023, given the refunds', 'Ruth Hale'],
      ['the auditors found it raised £2.1 million.', 'the auditors']
    ])
  })

  it('is cut after an opening "When/After …" clause too, but not after one naming only the source', () => {
    expect(
      claimsOf(
        'When the harbour board said the dredging cost £4 million last year, the ferry union replied that it cost £9 million.'
      ).map((c) => c.slice(0, 2))
    ).toEqual([
      ['When the harbour board said the dredging cost £4 million last year', 'the harbour board'],
      ['the ferry union replied that it cost £9 million.', 'the ferry union']
    ])
    expect(
      claimsOf('After the mayor said the levy raised £3 million, the auditors found it raised £2.1 million.').map((c) =>
        c.slice(0, 2)
      )
    ).toEqual([
      ['After the mayor said the levy raised £3 million', 'the mayor'],
      ['the auditors found it raised £2.1 million.', 'the auditors']
    ])
    const sourced = 'As the Harbour Herald reported, the council agreed to spend £3 million on the pier in 2023.'
    expect(claimsOf(sourced)).toEqual([[sourced, 'the Harbour Herald', 'the Harbour Herald', 'reported']])
  })

  it('is cut where the next clause opens on a focus word before its subject', () => {
    expect(
      claimsOf(
        'Some 70 percent of tenants say the levy should rise to £5 a night, while only 35 percent of landlords say so.'
      ).map((c) => c.slice(0, 3))
    ).toEqual([
      [
        'Some 70 percent of tenants say the levy should rise to £5 a night',
        'Some 70 percent of tenants',
        'Some 70 percent of tenants'
      ],
      ['only 35 percent of landlords say so.', '35 percent of landlords', '35 percent of landlords']
    ])
  })

  it('stays whole when a share of people follows a survey’s finding: the second share is found too', () => {
    const sentence =
      'A Harbour Herald survey released Friday found that 44% of residents would blame the council, while 39% would blame the port.'
    expect(claimsOf(sentence)).toEqual([
      [sentence, 'A Harbour Herald survey', 'A Harbour Herald survey released Friday', 'found']
    ])
    // A share that says something after a person's claim is still a claim of its own.
    expect(
      claimsOf('Mayor Ann Hale said the levy raised £3 million, while 61 percent of traders said it cost them trade.')
    ).toHaveLength(2)
  })

  it('gives "he … ; she …" to two people when the pronouns cannot be the same one', () => {
    const claims = claimsOf(
      'Mr. Tom Berg met Ms. Ada Ruiz in May. He proposes a 5% levy on cruise passengers; she backs a flat fee of £12 a head.'
    )
    expect(claims.slice(-2)).toEqual([
      ['He proposes a 5% levy on cruise passengers', 'Tom Berg', 'He', 'proposes'],
      ['she backs a flat fee of £12 a head.', 'Ada Ruiz', 'she', 'backs']
    ])
  })

  it("keeps each person's clause, even one not check-worthy on its own words: a claim has one claimant", () => {
    expect(
      claimsOf('Ruth Hale said hello; Tom Ruiz said the levy raised only £2.1 million in 2023.').map((c) =>
        c.slice(0, 2)
      )
    ).toEqual([
      ['Ruth Hale said hello', 'Ruth Hale'],
      ['Tom Ruiz said the levy raised only £2.1 million in 2023.', 'Tom Ruiz']
    ])
    expect(
      claimsOf('Ruth Hale said the levy raised only £2.1 million in 2023; Tom Ruiz said thank you.').map((c) =>
        c.slice(0, 2)
      )
    ).toEqual([
      ['Ruth Hale said the levy raised only £2.1 million in 2023', 'Ruth Hale'],
      ['Tom Ruiz said thank you.', 'Tom Ruiz']
    ])
  })

  it("leaves out a same person's clause the check-worthiness model all but rules out", () => {
    expect(
      claimsOf('Ruth Hale said the levy raised only £2.1 million in 2023; she said thank you.').map((c) =>
        c.slice(0, 2)
      )
    ).toEqual([['Ruth Hale said the levy raised only £2.1 million in 2023', 'Ruth Hale']])
  })
})

describe('a sentence holding two attributions by one person, the second named by a pronoun', () => {
  it('is two claims, the second named where its clause names them, under the name the first gave', () => {
    expect(
      claimsOf(
        'Tom Berg said the levy raised £3 million in 2023, but he argued that the mooring fees would rise by 40% next year.'
      )
    ).toEqual([
      ['Tom Berg said the levy raised £3 million in 2023', 'Tom Berg', 'Tom Berg', 'said'],
      ['he argued that the mooring fees would rise by 40% next year.', 'Tom Berg', 'he', 'argued']
    ])
    expect(
      claimsOf('The harbour board said rents rose by 12% in 2023; it added that they would rise by 20% in 2024.')
    ).toEqual([
      ['The harbour board said rents rose by 12% in 2023', 'The harbour board', 'The harbour board', 'said'],
      ['it added that they would rise by 20% in 2024.', 'The harbour board', 'it', 'added']
    ])
  })

  it('is cut after an opening clause too', () => {
    expect(
      claimsOf('Although Ruth Hale said the levy raised £3 million in 2023, she later said it raised £2.1 million.')
    ).toEqual([
      ['Although Ruth Hale said the levy raised £3 million in 2023', 'Ruth Hale', 'Ruth Hale', 'said'],
      ['she later said it raised £2.1 million.', 'Ruth Hale', 'she', 'said']
    ])
  })
})

describe('a sentence closing on a relative clause of its speaker', () => {
  it('is two claims when the relative clause reports more of what the speaker said, named there "who"', () => {
    expect(
      claimsOf(
        'The pier will close in May for repairs costing £2 million, said Mayor Ann Hale, the council leader, who also argued that the fees would rise by 40 percent.'
      )
    ).toEqual([
      [
        'The pier will close in May for repairs costing £2 million, said Mayor Ann Hale, the council leader',
        'Ann Hale',
        'Mayor Ann Hale',
        'said'
      ],
      ['who also argued that the fees would rise by 40 percent.', 'Ann Hale', 'who', 'argued']
    ])
  })

  it('stays whole when the relative clause is about someone the speaker names, or says nothing', () => {
    for (const sentence of [
      'Ruth Hale said Tom Berg, who argued that the fees would rise by 40 percent, would resign in May.',
      'The levy raised £3 million in 2023, said Ruth Hale, who chairs the harbour board.'
    ])
      expect(claimsOf(sentence)).toEqual([[sentence, 'Ruth Hale', 'Ruth Hale', 'said']])
  })
})

describe('a sentence left whole', () => {
  it.each([
    ['one attribution', 'Ruth Hale said the levy raised £3 million in 2023, and the fees would rise by 40% next year.'],
    [
      'the same person named again',
      'Ruth Hale said the levy raised £3 million in 2023, and Hale added that the fees would rise by 40% next year.'
    ],
    [
      'a nested attribution after "that"',
      'Ruth Hale said the levy raised £3 million in 2023, and that Tom Ruiz believes the fees will rise by 40% next year.'
    ],
    [
      'a nested attribution',
      'Ruth Hale said Tom Ruiz believes the levy raised £3 million in 2023 and the fees will rise by 40% next year.'
    ],
    [
      'an opening clause with no attribution',
      'While the levy raised £3 million in 2023, Tom Berg said the fees would rise by 40% next year.'
    ]
  ])('%s', (_, sentence) => {
    expect(claimsOf(sentence)).toEqual([[sentence, expect.any(String), expect.any(String), 'said']])
  })
})
