/**
 * A relative aside between dashes that yields its cue to the sentence's verb of saying ("the union — which backs
 * Okafor — said") is named where the sentence names its speaker, the words before the dash, as a comma aside is:
 * not at the relative pronoun (yielding-cues.ts writtenAntecedent). Sentences written for these tests.
 */
import { describe, it } from 'vitest'
import { expectClaimants } from './expect-claimants'

describe('a dash aside that yields to the verb of saying', () => {
  it('is named at the words before the dash, with an em dash, an en dash or a spaced hyphen', () => {
    expectClaimants(
      [
        'In Leeds, the union — which backs Okafor — said the ferry fares rose 12 percent last year.',
        'At the hearing, the pilots association – which opposed the levy – said 40 boats would be laid up.',
        'In Hull, the ferry company - which runs six crossings - said its costs rose 9 percent.'
      ],
      [
        ['In Leeds, the union', ['the union', 'the union', 'said']],
        ['At the hearing', ['the pilots association', 'the pilots association', 'said']],
        ['In Hull', ['the ferry company', 'the ferry company', 'said']]
      ]
    )
  })

  it('keeps the comma form as it was, and an aside with its own verb of saying at its pronoun', () => {
    expectClaimants(
      [
        'In Leeds, the union, which backs Okafor, said the ferry fares rose 12 percent last year.',
        'Instead, the audit -- which notes that 40 ferries would need new engines -- should be read as a warning.'
      ],
      [
        ['In Leeds, the union', ['the union', 'the union', 'said']],
        ['Instead, the audit', ['the audit', 'which', 'notes']]
      ]
    )
  })
})
