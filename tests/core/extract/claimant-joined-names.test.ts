/**
 * People named together ("Ruth Hale and Tomas Ruiz") are whom a later "they" stands for, whether the sentence
 * naming them reports what they said or only what they did. Sentences written for these tests.
 */
import { describe, it } from 'vitest'
import { expectClaimants } from './expect-claimants'

describe('names joined by "and"', () => {
  it('are the "they" after a sentence reporting their words', () => {
    expectClaimants(
      [
        '“The pier will close in May,” said Dan Voss, a harbour official.',
        'Ruth Hale and Tomas Ruiz replied to the union’s survey on Monday.',
        'They said the dockers’ pay claim was fair.'
      ],
      [['They said', ['Ruth Hale and Tomas Ruiz', 'They', 'said']]]
    )
  })

  it('are the "they" after a sentence only about them, a relative clause between', () => {
    expectClaimants(
      [
        'Officials at the port said the ferry would run all winter.',
        'Ruth Hale and Tomas Ruiz, who sat down with the Herald last week, bring long records to the race.',
        'They are hoping to win over the port vote with a cut in fares.'
      ],
      [['They are hoping', ['Ruth Hale and Tomas Ruiz', 'They', 'are hoping']]]
    )
  })

  it('are no one when they are places', () => {
    expectClaimants(
      [
        'The dock unions said the ferry should run all winter.',
        'Devon and Cornwall lie to the west of the harbour.',
        'They argued the levy would hurt trade.'
      ],
      [['They argued', ['The dock unions', 'They', 'argued']]]
    )
  })
})
