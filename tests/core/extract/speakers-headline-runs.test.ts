/**
 * A headline's capitalised run read as one name ("Ada Berg’s Claim That Tom Ruiz Cut …") is no one's name, so no
 * later "she" stands for it (speakers.ts mention), and a run met as a speaker keeps no surname from the person the
 * body names in full (speakers.ts ownSurname). Sentences written for these tests.
 */
import { describe, it } from 'vitest'
import { expectClaimants } from './expect-claimants'

describe('a headline run met as a mention', () => {
  it('is no antecedent: the person the body names is', () => {
    expectClaimants(
      [
        'Ada Berg’s Claim That Tom Ruiz Cut The Ferry Budget Is Wrong.',
        'Harbour councillor Ada Berg spoke to reporters after the vote on Monday, when she claimed the ferry budget ' +
          'had been cut by a third since 2019.',
        '“Nobody asked the crews,” she said.'
      ],
      [['“Nobody asked the crews,” she said.', ['Ada Berg', 'she', 'said']]]
    )
  })

  it('leaves a long name of a person one, with its initial and suffix', () => {
    expectClaimants(
      [
        'Councillor Ruth Hale met the dock unions on Friday.',
        'Joseph R. Dunmore Jr. spoke about the crews next, and he said the pay offer was fair.'
      ],
      [['he said the pay offer', ['Joseph R. Dunmore Jr.', 'he', 'said']]]
    )
  })
})

describe('a headline run met as a speaker', () => {
  it('leaves the surname to the person the body names in full', () => {
    expectClaimants(
      [
        'Ada Berg Praises Ferry Pilot Tom Ruiz: ‘A Fine Leader.’',
        'Ferry owner Ada Berg praised Tom Ruiz at a meeting in Kelby on Monday.',
        'Ruiz said the fares would not rise this year.'
      ],
      [['Ruiz said the fares', ['Tom Ruiz', 'Ruiz', 'said']]]
    )
  })

  it('takes no surname from the person named in full before it', () => {
    expectClaimants(
      [
        'Ferry owner Ada Berg praised Tom Ruiz at a meeting in Kelby on Monday.',
        'Ada Berg Praises Ferry Pilot Tom Ruiz: ‘A Fine Leader.’',
        'Ruiz said the fares would not rise this year.'
      ],
      [['Ruiz said the fares', ['Tom Ruiz', 'Ruiz', 'said']]]
    )
  })
})
