/**
 * Words that open a sentence without being a claimant: wire copy's dateline ("HARBOURTON — …", "PORT
 * ELLEN, Islay (Reuters) - …") and a word capitalised only for standing first ("Perhaps", "Chastened
 * by …"). Sentences written for these tests.
 */
import { describe, it } from 'vitest'
import { expectClaimants } from './expect-claimants'

describe('claimants after a dateline', () => {
  it('the subject after the dash, past an aside before the verb', () => {
    expectClaimants(
      [
        'HARBOURTON — Port officials, opening the new terminal on Saturday, said it would double the cargo by 2030.',
        'PORT ELLEN, Islay (Reuters) - The ferry union warned on Monday that fares would rise 12 percent.',
        'KESTREL BAY ― After praising the 4 pound levy for a year, the harbour board is cutting 40 pilots.'
      ],
      [
        ['HARBOURTON', ['Port officials', 'Port officials', 'said']],
        ['PORT ELLEN', ['The ferry union', 'The ferry union', 'warned']],
        ['KESTREL BAY', ['the harbour board', 'the harbour board', 'praising']]
      ]
    )
  })

  it('a place in title case before the wire in brackets is a dateline too', () => {
    expectClaimants(
      [
        "Harbourton (AFP) – Mayor Ruth Hale will lead a push to paint the port board as unfit to govern on Wednesday, contrasting its record with the council's."
      ],
      [['Harbourton (AFP)', ['Ruth Hale', 'Mayor Ruth Hale', 'contrasting']]]
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

  it('an opening adverb or participle is no name; a name ending like one is', () => {
    expectClaimants(
      [
        'Perhaps it is ironic, but given the council’s efforts, the levy failed in 2023.',
        'Reading could also declare a port holiday in May 2025.'
      ],
      [
        ['Perhaps', null],
        ['Reading could', ['Reading', 'Reading', 'declare']]
      ]
    )
  })

  it('"Looks like …" and "Having announced …" open the sentence as no one, in the claim and in the speaker reading', () => {
    expectClaimants(
      [
        'Looks like someone told the mayor that the levy of 4 pounds would fail.',
        'Having announced that the port would stay open, the council set the levy at 4 pounds.'
      ],
      [
        ['Looks like', null],
        ['Having announced', null]
      ]
    )
  })
})
