/**
 * An opening "While …" clause after a joiner tying the sentence to the one before ("But while …", "And, while …")
 * or a word leading its subordinator ("Yet even as …"): the comma closing it cuts the sentence as it does after a
 * bare "While …", each clause claimed by its own subject. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest'
import { claimsOf } from '../../helpers/claim-rows'

describe('an opening clause after "But", "And" or "Yet"', () => {
  it('is cut at its closing comma after "But while"', () => {
    expect(
      claimsOf(
        "But while the harbour council says rents rose 12 percent last year, the tenants' union argues they rose by 20 percent."
      )
    ).toEqual([
      [
        'But while the harbour council says rents rose 12 percent last year',
        'the harbour council',
        'the harbour council',
        'says'
      ],
      ["the tenants' union argues they rose by 20 percent.", "the tenants' union", "the tenants' union", 'argues']
    ])
  })

  it('is cut after "And," with a comma before the subordinator', () => {
    expect(
      claimsOf(
        'And, while the port board boasts that the pier is safe, inspectors have reported 40 faults in its decking since May.'
      )
    ).toEqual([
      ['And, while the port board boasts that the pier is safe', 'the port board', 'the port board', 'boasts'],
      ['inspectors have reported 40 faults in its decking since May.', 'inspectors', 'inspectors', 'reported']
    ])
  })

  it('is cut after "Yet even as", the word leading the subordinator kept in the first clause', () => {
    expect(
      claimsOf(
        'Yet even as Mayor Ruth Hale praised the levy as fair, the ferry union warned that it would cost 300 jobs.'
      )
    ).toEqual([
      ['Yet even as Mayor Ruth Hale praised the levy as fair', 'Ruth Hale', 'Mayor Ruth Hale', 'praised'],
      ['the ferry union warned that it would cost 300 jobs.', 'the ferry union', 'the ferry union', 'warned']
    ])
  })

  it('leaves the sentence whole when the opening clause holds no attribution', () => {
    const sentences = [
      'But while in office, Hale said the levy would raise £3 million a year for the harbour.',
      'Yet even as chair, Hale argued that the levy would cost the port 300 jobs by 2027.'
    ]
    for (const sentence of sentences) expect(claimsOf(sentence).map(([text]) => text)).toEqual([sentence])
  })
})
