/**
 * A closing "it said" or "its accounts show" with no one met before stands for the body the sentence opens
 * on, a closing "she said" for its person; approving a thing to build or an amount to spend is a decision, not a stance (docs/FORMAT.md,
 * claims[].claimant). Sentences written for these tests.
 */
import { describe, it } from 'vitest'
import { expectClaimants } from './expect-claimants'

describe('a closing pronoun for the sentence’s own body', () => {
  it('"it said" and "they said" name the body the sentence opens on, at the pronoun', () => {
    expectClaimants(
      [
        'The operator carried 1.2 million passengers last year, it said.',
        'The Harbour Council spent $4 million on the sea wall in 2023, it said on Monday.',
        'The ministries cut 300 jobs in May, they said.'
      ],
      [
        ['The operator carried', ['The operator', 'it', 'said']],
        ['The Harbour Council spent', ['The Harbour Council', 'it', 'said']],
        ['The ministries cut', ['The ministries', 'they', 'said']]
      ]
    )
  })

  it('a person, a thing or several bodies under "it" are not read as the speaker', () => {
    expectClaimants(
      [
        'Ruth Hale cut 300 jobs in May, it said.',
        'The fares rose 12% last year, it said.',
        'The ministries cut 300 jobs in May, it said.'
      ],
      [
        ['Ruth Hale cut', null],
        ['The fares rose', null],
        ['The ministries cut', null]
      ]
    )
  })

  it('"he said" and "she said" name the person the sentence opens on, at the pronoun', () => {
    expectClaimants(
      [
        'Nadia Osei cut 300 jobs in May, she said.',
        'Mr Pryce sold the ferry for £2 million, he said on Monday.',
        'The finance director moved £4 million into reserves, she said.'
      ],
      [
        ['Nadia Osei cut', ['Nadia Osei', 'she', 'said']],
        ['Mr Pryce sold', ['Mr Pryce', 'he', 'said']],
        ['The finance director moved', ['The finance director', 'she', 'said']]
      ]
    )
  })

  it('a body, a thing, several people or a person of the other gender are not read as the speaker', () => {
    expectClaimants(
      [
        'The council cut 300 jobs in May, she said.',
        'The fares rose 12% last year, he said.',
        'The directors cut 300 jobs, she said.',
        'Ruth Hale cut 300 jobs in May, he said.'
      ],
      [
        ['The council cut', null],
        ['The fares rose', null],
        ['The directors cut', null],
        ['Ruth Hale cut', null]
      ]
    )
  })

  it('"he said" with someone met before keeps them', () => {
    expectClaimants(
      ['Owen Pryce spoke to the harbour board on Monday. Nadia Osei cut 300 jobs in May, he said.'],
      [['Nadia Osei cut', ['Owen Pryce', 'he', 'said']]]
    )
  })

  it('a pronoun with someone met before keeps them', () => {
    expectClaimants(
      ['The port authority said fares would rise. The operator carried 1.2 million passengers last year, it said.'],
      [['The operator carried', ['The port authority', 'it', 'said']]]
    )
  })

  it('"its accounts show" makes the body’s document the claimant, as "the report found" does', () => {
    expectClaimants(
      [
        'The council spent $4 million on the harbour, its accounts show.',
        'The ministries cut 300 jobs, their figures show.',
        'The ferry operator lost £2 million in 2024, its annual accounts show, and more will follow.'
      ],
      [
        ['The council spent', ['The council’s accounts', 'its accounts', 'show']],
        ['The ministries cut', ['The ministries’ figures', 'their figures', 'show']],
        ['The ferry operator lost', null]
      ]
    )
  })
})

describe('approving works is a decision', () => {
  it('approving a thing to build, an amount to spend or a move to make gives no claimant', () => {
    expectClaimants(
      [
        'Council approves £3.2m harbour wall',
        'The board approved 300 new homes at the old depot site.',
        'The council approved the harbour wall plan on Monday.',
        'The ferry service ended on Friday as the minister approved the withdrawal of all its boats from the island.'
      ],
      [
        ['Council approves', null],
        ['The board approved', null],
        ['The council approved', null],
        ['The ferry service ended', null]
      ]
    )
  })

  it('approving a motion, or approving of something, stays a stance', () => {
    expectClaimants(
      ['The council approved a motion condemning the levy.', 'Most tenants approve of the levy.'],
      [
        ['The council approved', ['The council', 'The council', 'approved']],
        ['Most tenants approve', ['Most tenants', 'Most tenants', 'approve']]
      ]
    )
  })
})

describe('forms and results speak for whoever filed or counted them', () => {
  it('"his new tax form stated that …" names the form', () => {
    expectClaimants(
      ['Tom Hale’s new tax form stated that his revenue rose from $3 million in 2014 to $5 million.'],
      [['Tom Hale’s new tax form', ['Tom Hale’s new tax form', 'Tom Hale’s new tax form', 'stated']]]
    )
  })

  it('"the results show that …" names the results', () => {
    expectClaimants(
      ['The final results show that turnout fell by a third in the port wards.'],
      [['The final results show', ['The final results', 'The final results', 'show']]]
    )
  })
})
