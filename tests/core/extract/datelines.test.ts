/**
 * Wire copy's dateline ("HARBOURTON — …", "PORT ELLEN, Islay (Reuters) - …") names no claimant; the
 * subject after it does. Sentences written for these tests.
 */
import { describe, it } from 'vitest'
import { expectClaimants } from './expect-claimants'

describe('claimants after a dateline', () => {
  it('the subject after the dash, past an aside before the verb', () => {
    expectClaimants(
      [
        'HARBOURTON — Port officials, opening the new terminal on Saturday, said it would double the cargo by 2030.',
        'PORT ELLEN, Islay (Reuters) - The ferry union warned on Monday that fares would rise 12 percent.'
      ],
      [
        ['HARBOURTON', ['Port officials', 'Port officials', 'said']],
        ['PORT ELLEN', ['The ferry union', 'The ferry union', 'warned']]
      ]
    )
  })

  it('a dateline before a plain action gives no claimant, and a capitalised name is no dateline', () => {
    expectClaimants(
      [
        'SALTMARSH — Six skippers are not sailing in the 2024 harbour regatta.',
        'NASA said the launch would slip to June 2026.'
      ],
      [
        ['SALTMARSH', null],
        ['NASA said', ['NASA', 'NASA', 'said']]
      ]
    )
  })
})
