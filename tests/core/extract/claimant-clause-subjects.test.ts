/**
 * A claimant read across a clause boundary (src/core/extract/subject-clauses.ts, and claimant-subject-readers.ts
 * openingSubject for a clause opening on a span of time): the claimant is the subject of the clause the cue is in,
 * never a phrase holding the subordinator. Sentences written for these tests.
 */
import { describe, it } from 'vitest'
import { expectClaimants } from './expect-claimants'

describe('a subject read past a subordinator', () => {
  it('is the subject of the clause after "as", "after" or "while", not the words before it', () => {
    expectClaimants(
      ['The ruling comes as some landlords contemplate whether to sell their flats.'],
      [['The ruling', ['some landlords', 'some landlords', 'contemplate']]]
    )
    expectClaimants(
      ['Some meetings ran until noon as harbour and ferry supporters clashed over the levy.'],
      [['Some meetings', ['harbour and ferry supporters', 'harbour and ferry supporters', 'clashed']]]
    )
    expectClaimants(
      ['The quarrel between the two turned bitter during the spring after Hale questioned the harbour accounts.'],
      [['The quarrel', ['Hale', 'Hale', 'questioned']]]
    )
    expectClaimants(
      ['Among tenants, 57 percent see Hale kindly while 61 percent say the same of Ruiz.'],
      [['Among tenants', ['61 percent', '61 percent', 'say']]]
    )
  })

  it('names no one when the phrase ends on the subordinator or is a span of time', () => {
    expectClaimants(['Many tenants signed up for the scheme as expected.'], [['Many tenants', null]])
    expectClaimants(
      ['The notice went out at noon, more than three hours after the initial harbour attack.'],
      [['The notice', null]]
    )
  })

  it('reads the sentence’s own subject after an opening clause on a span of time', () => {
    expectClaimants(
      ['Two weeks after the mayor resigned, Councillor Ruth Hale broke her silence by asking about the pier.'],
      [['Two weeks', ['Ruth Hale', 'Councillor Ruth Hale', 'asking']]]
    )
  })

  it('keeps a phrase whose "as" opens no clause: "known as", "working as"', () => {
    expectClaimants(
      ['A group known as the Quay Friends said the pier should close.'],
      [['A group', ['the Quay Friends', 'the Quay Friends', 'said']]]
    )
    expectClaimants(
      ['Pilots working as instructors said the levy was unfair.'],
      [['Pilots working', ['Pilots', 'Pilots', 'said']]]
    )
  })
})
