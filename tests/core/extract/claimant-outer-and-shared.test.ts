/**
 * Claimants read from the sentence's shape: an attribution closing the sentence is the outer one, a
 * verb coordinated with the first shares its described subject, and an -ing form of a claimant verb
 * belongs to the people named right before it. Sentences written for these tests.
 */
import { describe, it } from 'vitest'
import { expectClaimants } from './expect-claimants'

describe('claimants read from the shape of the sentence', () => {
  it('an attribution closing the sentence after a comma claims all of it', () => {
    expectClaimants(
      [
        'Okafor told aides she did not want the escort, but the police overruled her, a port official said. In Leeds, organisers added 160 stewards along the route, the Evening Post reported on Sunday. The man accused of selling the permits will stay in custody, a district judge ruled Monday.'
      ],
      [
        ['Okafor told aides', ['a port official', 'a port official', 'said']],
        ['In Leeds, organisers', ['the Evening Post', 'the Evening Post', 'reported']],
        ['The man accused', ['a district judge', 'a district judge', 'ruled']]
      ]
    )
  })

  it('an inverted attribution closing the sentence claims it with a time, a channel or an affiliation after the name', () => {
    expectClaimants(
      [
        'The levy will cost the port 300 jobs, said Ruth Hale in May. Ferry fares rose by 12% in 2019, said Tom Berg in a statement on Tuesday. The dredger cost 4 million pounds, said Ada Nash of the pilots union.'
      ],
      [
        ['The levy will cost', ['Ruth Hale', 'Ruth Hale', 'said']],
        ['Ferry fares rose', ['Tom Berg', 'Tom Berg', 'said']],
        ['The dredger cost', ['Ada Nash', 'Ada Nash', 'said']]
      ]
    )
  })

  it('a clause of its own after the comma, or a verb that does not invert, is no closing attribution', () => {
    expectClaimants(
      [
        'Ruth Hale said the levy was fair, though she conceded it would cost jobs. Port officials have, in fact, praised the union for ending the strike. Rents will rise, said Ana Ruiz, an economist at the bank.'
      ],
      [
        ['Ruth Hale said', ['Ruth Hale', 'Ruth Hale', 'said']],
        ['Port officials', ['Port officials', 'Port officials', 'praised']],
        ['Rents will rise', ['Ana Ruiz', 'Ana Ruiz', 'said']]
      ]
    )
  })

  it('a closing "as" clause of a subject and a verb of saying claims the sentence, a time at most after it', () => {
    expectClaimants(
      [
        'The video does not show whether Berg had a knife, as police have said. The board cut 40 jobs in 2019, as the Evening Post reported on Monday.'
      ],
      [
        ['The video does not show', ['police', 'police', 'said']],
        ['The board cut', ['the Evening Post', 'the Evening Post', 'reported']]
      ]
    )
  })

  it('a closing "as" clause that names a thing or goes on to a clause of its own claims nothing', () => {
    expectClaimants(
      [
        'The port kept its old name, the Harbour Trust, or the Trust, as it was called in 2019. Fewer than half of the dockers backed the 12 pound levy, as rival Ruiz continues to gain support.'
      ],
      [
        ['The port kept', null],
        ['Fewer than half', ['Fewer than half of the dockers', 'Fewer than half of the dockers', 'backed']]
      ]
    )
  })

  it('a verb after "and" shares a described subject', () => {
    expectClaimants(
      [
        'A reporter for the Harbour Herald spotted the minister at the quay and questioned the cost of her visit. The authors of the audit, two former inspectors, combed through the accounts and found that 40 contracts were never tendered.'
      ],
      [
        ['A reporter for the Harbour Herald', ['A reporter', 'A reporter', 'questioned']],
        ['The authors of the audit', ['The authors of the audit', 'The authors of the audit', 'found']]
      ]
    )
  })

  it('an -ing form belongs to the people right before it', () => {
    expectClaimants(
      [
        'The sudden closure of the ferry has island residents wondering whether the service will ever return. The council closed the bridge on Monday, with independent economists questioning the cost of the repairs.'
      ],
      [
        ['The sudden closure', ['island residents', 'island residents', 'wondering']],
        ['The council closed', ['independent economists', 'independent economists', 'questioning']]
      ]
    )
  })

  it('a participle after a comma belongs to the subject after an opening adverbial', () => {
    expectClaimants(
      ['Once the storm had passed, the harbour board reopened the quay, warning that the north wall was still unsafe.'],
      [['Once the storm', ['the harbour board', 'the harbour board', 'warning']]]
    )
  })

  it('a pronoun opening the sentence that nobody can be found for leaves the claim unnamed, not the inner source', () => {
    expectClaimants(
      [
        'They argue that the agency overstepped its powers when it issued the rules, which the court has put on hold. It was at the hearing that the ferry operator said the timetable would change.'
      ],
      [
        ['They argue', null],
        ['It was at the hearing', ['the ferry operator', 'the ferry operator', 'said']]
      ]
    )
  })

  it("of two attributions side by side the first in reading order claims, the speaker reading's verb included", () => {
    expectClaimants(
      [
        'Some councillors believe the rise in Leeds shows the levy worked. Councillors hope the levy will pass, though the mayor says it will fail.'
      ],
      [
        ['Some councillors', ['Some councillors', 'Some councillors', 'believe']],
        ['Councillors hope', ['Councillors', 'Councillors', 'hope']]
      ]
    )
  })

  it('a verb in the progressive is the first attribution as a simple one is; a participle opening the sentence is not', () => {
    expectClaimants(
      [
        'The port authority has been warning that it will run out of cash in May, and Tom Berg said the dredger cost 4 million pounds. The pilots are arguing that the 4 pound levy is unfair, but Ruth Hale said it raised 2 million pounds. Speaking on Monday, Ada Nash said the levy cost 300 jobs.'
      ],
      [
        ['The port authority', ['The port authority', 'The port authority', 'warning']],
        ['The pilots are arguing', ['The pilots', 'The pilots', 'arguing']],
        ['Speaking on Monday', ['Ada Nash', 'Ada Nash', 'said']]
      ]
    )
  })

  it('a closing attribution still claims all: with whom and when, a participle after it, or "according to"', () => {
    expectClaimants(
      [
        'Hale said the port lost 300 jobs, a union official told the Herald on Friday. Harbour traffic fell 8% last year, a port official said, adding that the levy was to blame. Many tenants believe rents are too high and say the levy failed, according to the 2024 housing survey.'
      ],
      [
        ['Hale said', ['a union official', 'a union official', 'told']],
        ['Harbour traffic', ['a port official', 'a port official', 'said']],
        ['Many tenants', ['the 2024 housing survey', 'the 2024 housing survey', 'according to']]
      ]
    )
  })
})
