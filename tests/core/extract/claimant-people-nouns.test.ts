/**
 * Claimants headed by nouns for people or bodies the speaker lexicon lacked (speaker-lexicon.ts): "fans", "users",
 * and a super PAC, a political action committee that raises and spends money for candidates. Sentences written
 * for these tests.
 */
import { describe, it } from 'vitest'
import { expectClaimants } from './expect-claimants'

describe('nouns for people and bodies', () => {
  it('people by what they follow or use', () => {
    expectClaimants(
      [
        'Some fans were not fond of the new stadium by the ring road.',
        'Ferry app users complained that the timetable was wrong for a week.'
      ],
      [
        ['Some fans', ['Some fans', 'Some fans', 'were not fond']],
        ['Ferry app users', ['Ferry app users', 'Ferry app users', 'complained']]
      ]
    )
  })

  it('an opponent owned by a name, and a councilmember before a name', () => {
    expectClaimants(
      [
        'Hale’s opponent in the 2022 race, Tom Reyes, said the city had wasted $1.3 billion.',
        'Councilmember Nia Okafor, who represents the harbour, said encampments had grown by 30 percent.'
      ],
      [
        ['Hale’s opponent', ['Tom Reyes', 'Tom Reyes', 'said']],
        ['Councilmember Nia Okafor', ['Nia Okafor', 'Councilmember Nia Okafor', 'said']]
      ]
    )
  })

  it('a super PAC, singular or plural', () => {
    expectClaimants(
      [
        'A super PAC backing Ruth Hale spent $2 million on radio ads.',
        'The super PACs opposed the harbour levy from the start.'
      ],
      [
        ['A super PAC', ['A super PAC', 'A super PAC', 'backing']],
        ['The super PACs', ['The super PACs', 'The super PACs', 'opposed']]
      ]
    )
  })
})
