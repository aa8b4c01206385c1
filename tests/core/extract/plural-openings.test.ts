/**
 * A "They" opening a sentence stands for the several people the sentence before is about, though that sentence
 * claimed nothing of theirs (plural-openings.ts). Sentences written for these tests.
 */
import { describe, it } from 'vitest'
import { expectClaimants } from './expect-claimants'

describe('"They" after a sentence about several people', () => {
  it('the people the sentence before opens on, not the person met before them', () => {
    expectClaimants(
      [
        'Mark Hale, the harbour master, met the board on Monday.',
        'Dock workers have joined the dispute. They are convinced that the port could have paid far more.'
      ],
      [['They are convinced', ['Dock workers', 'They', 'are convinced']]]
    )
  })

  it('the people a "who" in the sentence before stands for', () => {
    expectClaimants(
      [
        'On the other side are tenants and shopkeepers who consider the levy a success. They acknowledge that its gains were partial.'
      ],
      [['They acknowledge', ['shopkeepers', 'They', 'acknowledge']]]
    )
  })

  it('the people a survey speaks of, not the survey', () => {
    expectClaimants(
      ['Young voters back the levy by a wide margin, a new survey says. They endorse raising the fee on cruise ships.'],
      [['They endorse', ['Young voters', 'They', 'endorse']]]
    )
  })

  it('not a phrase read across a comma', () => {
    expectClaimants(
      [
        'Ruth Berg met the ferry union on Monday.',
        'Mrs. Berg, these people said, would back a cap on fares. They did not say when the board would vote.'
      ],
      [['They did not say', ['these people', 'They', 'say']]]
    )
  })

  it('without the dateline the story opens on', () => {
    // "They" was "WASHINGTON — Senate Democrats", the dateline read into the people.
    expectClaimants(
      [
        'WASHINGTON — Senate Democrats unveiled a bill on Tuesday to cap insulin prices. They said it would save patients $1,200 a year.'
      ],
      [['They said', ['Senate Democrats', 'They', 'said']]]
    )
  })
})
