/**
 * A newsroom's own knowing closing a sentence ("…, the Courier understands.", "…, the Herald has learned.") is the
 * sentence's outer attribution, as "…, the Herald reported." is (src/core/extract/knowledge-cues.ts). Sentences
 * written for these tests.
 */
import { describe, it } from 'vitest'
import { expectClaimants } from './expect-claimants'

describe('a newsroom knowing, closing the sentence', () => {
  it('claims the sentence for the paper: understands, has learned, can reveal', () => {
    expectClaimants(
      [
        'The ambulance trust will cut 40 posts by March, the Courier understands.',
        'Ministers will approve £4 million for two new stations, the BBC understands.',
        'The health board has spent £2.3 million on agency crews since April, the Valley Courier can reveal.'
      ],
      [
        ['The ambulance trust', ['the Courier', 'the Courier', 'understands']],
        ['Ministers will', ['the BBC', 'the BBC', 'understands']],
        ['The health board', ['the Valley Courier', 'the Valley Courier', 'can reveal']]
      ]
    )
  })

  it('outranks the verbs of saying inside what the paper learned', () => {
    // "claimed by The trust [told]" put the paper's off-the-record sourcing in the trust's mouth.
    expectClaimants(
      ['The trust told staff on Friday that it will close two stations, the Courier has learned.'],
      [['The trust told', ['the Courier', 'the Courier', 'has learned']]]
    )
  })

  it('is no attribution inside a sentence', () => {
    expectClaimants(
      ['Dr Ana Ruiz said nurses have learned to work with 12 fewer beds since May.'],
      [['Dr Ana Ruiz said', ['Ana Ruiz', 'Dr Ana Ruiz', 'said']]]
    )
  })
})
