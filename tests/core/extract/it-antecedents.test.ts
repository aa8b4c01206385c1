/**
 * A claimant described as a body's ("Its leader confirmed …", "its chief executive said …", "Its last report
 * found …") was left as "Its leader", which tells a checker nothing; it is named as the body's, the body being the
 * one named in the sentence before or earlier in its own sentence (it-antecedents.ts ownedByBody). Sentences
 * written for these tests.
 */
import { describe, it } from 'vitest'
import { expectClaimants } from './expect-claimants'

describe("a claimant described by 'its'", () => {
  it("is the body's, named in the sentence before", () => {
    expectClaimants(
      [
        'The district council on Monday approved a plan to build 2,000 homes by 2030. Its leader confirmed that £40 million would come from central government.',
        'The ferry company reported a loss of £3 million last year. Its chief executive said the firm would cut 400 jobs.'
      ],
      [
        ['Its leader', ["The district council's leader", 'Its leader', 'confirmed']],
        ['Its chief executive', ["The ferry company's chief executive", 'Its chief executive', 'said']]
      ]
    )
  })

  it('is the body’s name when its description stands beside it, not the description', () => {
    expectClaimants(
      [
        'The Harbour Policy Institute, a research group in Leeds, estimated that the levy would cost each household £170 a year. Its analysts said the jobs figure had no basis.'
      ],
      [['Its analysts', ["The Harbour Policy Institute's analysts", 'Its analysts', 'said']]]
    )
  })

  it('is left as written when no body is named before it, and is never a plural noun’s', () => {
    expectClaimants(
      [
        'Ruth Hale won the seat in 2019 by 300 votes. Its leader said turnout had fallen by 12 percent.',
        'Ruth Hale won the seat in 2019 by 300 votes. Its last report said turnout had fallen by 12 percent.',
        'The union said clubs needed the same rules as the league. Its last survey found that one stand in five had no stewards.'
      ],
      [
        ['Its leader', ['Its leader', 'Its leader', 'said']],
        ['Its last report', ['Its last report', 'Its last report', 'said']],
        ['Its last survey', ["The union's last survey", 'Its last survey', 'found']]
      ]
    )
  })

  it("is the body's for its documents, its website and its own boards, as for its people", () => {
    expectClaimants(
      [
        'The trust published the figures on Friday. Its website said 40 percent of beds were full.',
        'The Wexbury Patients Council inspected both wards in June. Its last report, in May, found that 30 patients a week waited on trolleys.',
        'The harbour authority met on Monday. Its board said fees would rise by 8 percent in April.',
        'The Carrow Care Commission, which inspects clinics in the county, said it would visit in May. Its last report found that 12 clinics had too few nurses.'
      ],
      [
        ['Its website', ["The trust's website", 'Its website', 'said']],
        ['Its last report', ["The Wexbury Patients Council's last report", 'Its last report', 'found']],
        ['Its board', ["The harbour authority's board", 'Its board', 'said']],
        ['Its last report found that 12', ["The Carrow Care Commission's last report", 'Its last report', 'found']]
      ]
    )
  })

  it("is the body's whose name holds a plural's possessive", () => {
    expectClaimants(
      [
        'The Harbour Tenants’ Association, which represents 3,000 households, said rents had doubled. Its last survey found that one home in four was damp.'
      ],
      [['Its last survey', ["The Harbour Tenants’ Association's last survey", 'Its last survey', 'found']]]
    )
  })

  it('is the holder the article named for the same body before, not one of another body', () => {
    expectClaimants(
      [
        'The county council approved a £12 million budget on Tuesday. Its leader, Cllr Ann Hale, said the savings would cut the deficit by 40 per cent.',
        'The council will vote on parking in March. Its leader said charges would rise by 10 per cent next year.',
        'Dr Mark Evans, its chief executive, said 40 beds would close. Later its chief executive said 300 jobs would go.',
        'The city council met on Monday. Its leader said the tram would cost £90 million.'
      ],
      [
        ['Its leader said charges', ['Ann Hale', 'Its leader', 'said']],
        ['Later its chief executive', ['Mark Evans', 'its chief executive', 'said']],
        ['Its leader said the tram', ["The city council's leader", 'Its leader', 'said']]
      ]
    )
  })

  it('is, for "his" or "her", the person named before whose gender the article has shown', () => {
    expectClaimants(
      [
        'The city’s controller, Kevin Marsh, disputed the figure. His office said only 9,000 people had moved into housing.',
        'Tom Reyes is running for governor. His campaign said he had raised $3 million in June.',
        'The harbour board met the unions on Monday. Her spokesman said the talks would resume in May.'
      ],
      [
        ['His office', ["Kevin Marsh's office", 'His office', 'said']],
        ['His campaign', ["Tom Reyes's campaign", 'His campaign', 'said']],
        ['Her spokesman', ['Her spokesman', 'Her spokesman', 'said']]
      ]
    )
  })

  it('is the body whose name opened the sentence before, when that sentence names no body’s noun', () => {
    expectClaimants(
      [
        'The Harbour Services Authority said the count would be published in June. Its chief executive said the count showed a 10 percent fall.'
      ],
      [['Its chief executive', ["The Harbour Services Authority's chief executive", 'Its chief executive', 'said']]]
    )
  })

  it('is the body the sentence before opened on, not one named later in it, in a claim and in a quote', () => {
    expectClaimants(
      [
        'The Justice Department had argued that port policing is the job of the federal government alone. Its lawyers told the court that the law would cost $40 million.',
        'The Transport Department said the ferry work belonged to the county council. Its engineers told the inquiry the pier would cause “chaos” for 300 boats.'
      ],
      [
        ['Its lawyers', ["The Justice Department's lawyers", 'Its lawyers', 'told']],
        ['Its engineers', ["The Transport Department's engineers", 'Its engineers', 'told']]
      ]
    )
  })
})
