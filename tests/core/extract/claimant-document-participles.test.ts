/**
 * A poll named after "in" with the participle saying when it came out ("in a Herald poll released Sunday") is named
 * up to the clause's own verb, never with it (claimant-events.ts). Sentences written for these tests.
 */
import { describe, it } from 'vitest'
import { expectClaimants } from './expect-claimants'

describe('a poll after "in" named with its participle', () => {
  it('stops before the verb of the clause it sits in', () => {
    expectClaimants(
      ["Her 41% support among dockers in a Herald poll released Sunday is the lowest of the mayor's term."],
      [['Her 41% support', ['a Herald poll released Sunday', 'a Herald poll released Sunday', 'in']]]
    )
  })

  it('keeps the words on when it came out when no verb follows them', () => {
    expectClaimants(
      ['In a Courier poll released last Monday, 52 percent of tenants backed the levy.'],
      [['In a Courier poll', ['a Courier poll released last Monday', 'a Courier poll released last Monday', 'In']]]
    )
  })
})
