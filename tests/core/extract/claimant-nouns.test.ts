/**
 * Claims reported through a noun of saying (src/core/extract/claimant-nouns.ts) and through a light
 * verb with such a noun ("made comments", "issued a statement"). Sentences written for these tests.
 */
import { describe, it } from 'vitest'
import { expectClaimants } from './expect-claimants'

describe('nouns of saying', () => {
  it('a noun of saying speaks for its owner: a name, a possessive pronoun, a document', () => {
    expectClaimants(
      [
        'Ruth Hale, the mayor, opened the harbour in 2019. Hale’s claim that the levy raised 4 million pounds was repeated in May. Her criticism of the 2019 budget, which lost 2 million pounds, angered the board. The report’s finding that rents rose 12 percent was disputed.'
      ],
      [
        ['Hale’s claim', ['Ruth Hale', 'Hale', 'claim']],
        ['Her criticism', ['Ruth Hale', 'Her', 'criticism']],
        ['The report’s finding', ['The report', 'The report', 'finding']]
      ]
    )
  })

  it('a noun of saying with its owner after "by" or "from"', () => {
    expectClaimants(
      ['A proposal by the harbour union to cut the levy to 2 pounds was discussed in May.'],
      [['A proposal by', ['the harbour union', 'the harbour union', 'proposal']]]
    )
  })

  it('a stance someone was given is the giver’s: "won the endorsement of the union", "has the backing of"', () => {
    expectClaimants(
      [
        'In May Ruiz won the endorsement of the harbour union. Last week Ruiz picked up the endorsement of Mayor Ada Berg. The ferry bill has the backing of most of the dock workers. Ruiz has lost the support of the dockers.'
      ],
      [
        ['In May Ruiz won the endorsement', ['the harbour union', 'the harbour union', 'endorsement']],
        ['Last week Ruiz picked up', ['Ada Berg', 'Mayor Ada Berg', 'endorsement']],
        ['The ferry bill has the backing', ['most of the dock workers', 'most of the dock workers', 'backing']],
        ['Ruiz has lost the support', ['the dockers', 'the dockers', 'support']]
      ]
    )
  })

  it('after any other verb, "of" names what the stance is about, not who holds it', () => {
    expectClaimants(
      ['The ferry board praised the harbour in 2019. The board ended the support of the night ferry in 2020.'],
      [['The board ended the support', null]]
    )
  })

  it('a noun of action, a possessive with no noun of saying, or one not going on to what was said: no claimant', () => {
    expectClaimants(
      [
        'The levy of 4 pounds a night was a decision of the council in 2019. Hale’s office cost 2 million pounds in 2019. Her remarks came a day after the port lost 300 jobs.'
      ],
      [
        ['The levy of 4 pounds', null],
        ['Hale’s office', null],
        ['Her remarks came', null]
      ]
    )
  })

  it('a possessive pronoun nobody can be found for gives no claimant', () => {
    expectClaimants(
      [`Her criticism of the 2019 budget, which lost 2 million pounds, angered the board.`],
      [['Her criticism', null]]
    )
  })
})

describe('a possessive pronoun inside its sentence', () => {
  it('stands for the sentence’s own subject when that subject can be whom it names', () => {
    expectClaimants(
      [
        'Ruth Hale opened the harbour in 2019. Tom Reyes is lending his support to the 4 pound levy. The harbour board kept up its call for a 2 percent pay rise. The dock unions have softened their criticism of the 2019 budget.'
      ],
      [
        ['Tom Reyes is lending', ['Tom Reyes', 'his', 'support']],
        ['The harbour board', ['The harbour board', 'its', 'call']],
        ['The dock unions have', ['The dock unions', 'their', 'criticism']]
      ]
    )
  })

  it('gives no claimant when the sentence’s subject is none the pronoun can name', () => {
    expectClaimants(
      [
        'Ruth Hale opened the harbour in 2019. Mr Tom Reyes framed her criticism of the 2019 budget on a poster. The port board printed her claim that the levy raised 4 million pounds. Mrs Ada Okafor questioned his claim that the levy raised 4 million pounds.'
      ],
      [
        ['Mr Tom Reyes framed', null],
        ['The port board printed', null],
        ['Mrs Ada Okafor', ['Ada Okafor', 'Mrs Ada Okafor', 'questioned']]
      ]
    )
  })

  it('opening the sentence, or after a pronoun subject, it is resolved as it stands', () => {
    expectClaimants(
      [
        'Ruth Hale opened the harbour in 2019. Her criticism of the 2019 budget, which lost 2 million pounds, angered the board. She has stepped up her attacks on the 4 pound levy.'
      ],
      [
        ['Her criticism', ['Ruth Hale', 'Her', 'criticism']],
        ['She has stepped', ['Ruth Hale', 'her', 'attacks']]
      ]
    )
  })
})

describe('a pronoun subject nobody met before', () => {
  it('stands for the sentence’s own subject when that subject can be what it names', () => {
    expectClaimants(
      [
        'The harbour board is braced for a fight it expects to last into May. As the dock unions met on Monday, they proposed a 2 percent pay rise.'
      ],
      [
        ['The harbour board', ['The harbour board', 'it', 'expects']],
        ['As the dock unions', ['the dock unions', 'they', 'proposed']]
      ]
    )
  })

  it('is not bound to a word opening the sentence; a role before the name is not read as the name', () => {
    expectClaimants(
      [
        'Despite the storm, she expects the ferry to sail on Monday. Harbour chair Ruth Hale is braced for a fight she expects to last into May.'
      ],
      [
        ['Despite the storm', null],
        ['Harbour chair', ['Ruth Hale', 'she', 'expects']]
      ]
    )
  })
})

describe('a light verb with a noun of saying', () => {
  it('made comments, issued a statement, raised concerns: the subject says it', () => {
    expectClaimants(
      [
        'Hale made several comments about the 4 pound levy in 2019. The ministry issued a statement saying 300 jobs were lost. The mayor raised concerns about the 2019 budget, which lost 2 million pounds.'
      ],
      [
        ['Hale made', ['Hale', 'Hale', 'made several comments']],
        ['The ministry issued', ['The ministry', 'The ministry', 'issued a statement']],
        ['The mayor raised', ['The mayor', 'The mayor', 'raised concerns']]
      ]
    )
  })

  it('the same verbs with another object, or a noun not going on to what was said, make no claimant; "filed a complaint" is an action', () => {
    expectClaimants(
      [
        'The harbour made a profit of 4 million pounds in 2019. The union filed a complaint over the 300 job cuts in 2019. Hale made her remarks during a visit to the port in May.'
      ],
      [
        ['The harbour made', null],
        ['The union filed', null],
        ['Hale made her remarks', null]
      ]
    )
  })

  it('a preposition opening the sentence is no part of the owner: "Despite Hale\'s claims that …"', () => {
    expectClaimants(
      ["Despite Ruth Hale's claims that the levy is fair, the port lost 300 jobs in a year."],
      [['Despite Ruth Hale', ['Ruth Hale', 'Ruth Hale', 'claims']]]
    )
  })

  it('an adverbial opening the sentence is never who claims: "Outside the port, …", "This year, …"', () => {
    expectClaimants(
      [
        'Outside the port, a growing number of dockers, while still loyal to the union, are warning against the levy. What worries the tenants most is that the levy will rise again.'
      ],
      [
        ['Outside the port', null],
        ['What worries', null]
      ]
    )
  })
})
