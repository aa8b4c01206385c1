/**
 * A clause set before the main one in time ("Shortly before the mayor made the announcement, …", "Not long after
 * Hale posted …, …") tells what happened first: however short, its subject is not the source of the main clause,
 * whose claim is its own speaker's. Only an opening "As …" clause naming who reported is the main clause's source.
 * Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest'
import { claimsOf } from '../../helpers/claim-rows'

/** The claim holding `words`, as [text, name, mention, cue]. */
const claimWith = (body: string, words: string) => claimsOf(body).find((c) => c[0].includes(words))

describe('an opening clause of time before a main clause with its own speaker', () => {
  it('leaves the main clause to its speaker when the opening clause ends on its cue', () => {
    expect(
      claimWith(
        'Shortly before the mayor made the announcement, Councillor Tom Ruiz told reporters that the board had spent £2 million on the pier.',
        '£2 million'
      )
    ).toEqual([
      'Councillor Tom Ruiz told reporters that the board had spent £2 million on the pier.',
      'Tom Ruiz',
      'Councillor Tom Ruiz',
      'told'
    ])
  })

  it('reads "Not long after …" as an opening clause, as "Long after …" is', () => {
    expect(
      claimWith(
        'Not long after Hale posted the accounts online, the ferry union said the harbour dues had risen by 40 percent last year.',
        '40 percent'
      )?.slice(1)
    ).toEqual(['the ferry union', 'the ferry union', 'said'])
  })
})

describe('an opening clause that is the main clause’s source, or has no subject of its own', () => {
  it('keeps "As the Herald reported, …" one claim, the Herald’s', () => {
    expect(claimsOf('As the Herald reported, the council spent £2 million on the pier last year.')).toEqual([
      [
        'As the Herald reported, the council spent £2 million on the pier last year.',
        'the Herald',
        'the Herald',
        'reported'
      ]
    ])
  })

  it('keeps "While saying …, Hale warned …" one claim', () => {
    expect(
      claimsOf(
        'While saying that she backs the levy, Mayor Ann Hale warned that the fees would rise by 40 percent next year.'
      )
    ).toHaveLength(1)
  })
})
