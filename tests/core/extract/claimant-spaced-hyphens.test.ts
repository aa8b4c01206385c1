/**
 * A hyphen spaced as a dash (" - ", or "--" as two hyphens) ends the subject read back from a verb as "—" does, and
 * opens a relative clause as a dash does: the subject is never read across it (subject-words.ts isBreakAt,
 * subject-asides.ts dashBefore). Sentences written for these tests.
 */
import { describe, it } from 'vitest'
import { expectClaimants } from './expect-claimants'

describe('a hyphen spaced as a dash', () => {
  it('opens a relative aside whose antecedent says it, as a dash does', () => {
    expectClaimants(
      [
        'In Leeds, the union - which backs Okafor - said the strike would go ahead.',
        'Instead, the audit -- which notes that 40 ferries would need new engines -- should be read as a warning.'
      ],
      [
        ['In Leeds, the union', ['the union', 'the union', 'said']],
        ['Instead, the audit', ['the audit', 'which', 'notes']]
      ]
    )
  })

  it('closes an aside between the subject and its verb', () => {
    expectClaimants(
      [
        'Tom Reyes chairs the pilots association.',
        "Reyes -- co-author of Tides and Tolls, a book on the harbour's history -- said the levy would fail."
      ],
      [['Reyes -- co-author', ['Tom Reyes', 'Reyes', 'said']]]
    )
  })

  it('ends an opening phrase of time before the subject', () => {
    expectClaimants(
      [
        'In May 2019 - four months after Hale left office - the port authority told the Herald that no records were found.'
      ],
      [['In May 2019', ['the port authority', 'the port authority', 'told']]]
    )
  })
})
