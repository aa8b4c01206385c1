/**
 * The owner of a noun of saying named after "from" or "by" as a plural noun for people without a determiner
 * ("criticism from harbour traders"), read as written (claimant-nouns.ts bareAgent). Sentences written for these
 * tests.
 */
import { describe, it } from 'vitest'
import { expectClaimants } from './expect-claimants'

describe('a bare plural of people after "from" or "by" owns the noun of saying', () => {
  it('after "from" and after "by"', () => {
    expectClaimants(
      [
        'The ferry company faces criticism from harbour traders over the £2m fee.',
        'A claim by dockers that the fee is £2m went unanswered for a month.',
        'The levy won support from local businesses and boat owners in May.'
      ],
      [
        ['The ferry company', ['harbour traders', 'harbour traders', 'criticism']],
        ['A claim by', ['dockers', 'dockers', 'claim']],
        ['The levy won', ['local businesses and boat owners', 'local businesses and boat owners', 'support']]
      ]
    )
  })

  it('not a place, a time or a named owner read another way', () => {
    expectClaimants(
      ['The fee drew praise from abroad in 2023.', 'The pier plan drew criticism from Ada Berg over the cost.'],
      [
        ['The fee drew', null],
        ['The pier plan', ['Ada Berg', 'Ada Berg', 'criticism']]
      ]
    )
  })

  it('a plural owner keeps the noun it owns, and "who" after a bare plural stands for the plural', () => {
    expectClaimants(
      [
        'The ferry company faces criticism from the harbour traders’ union over the £2m fee.',
        'The pier plan drew criticism from dockers, who say it will cost them £2m a year.'
      ],
      [
        ['The ferry company', ['the harbour traders’ union', 'the harbour traders’ union', 'criticism']],
        ['The pier plan', ['dockers', 'who', 'say']]
      ]
    )
  })
})
