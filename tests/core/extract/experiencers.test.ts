/**
 * Claimants who hold a stance the sentence gives as done to them (experiencers.ts): the people angered, rattled or
 * won over after the verb, when no cue and no noun of saying names anyone. Sentences written for these tests.
 */
import { describe, it } from 'vitest'
import { expectClaimants } from './expect-claimants'

describe('the people a feeling or a favour is done to', () => {
  it('after the verb, or after "popular with", are the claimant', () => {
    expectClaimants(
      [
        'The new toll has angered some residents on the quay, where 300 jobs went in 2019.',
        'The port board’s plan remains popular with many farmers in the valley despite the 12 percent rise.',
        'That irritated Ashton councillors, who had backed the £2 million levy.'
      ],
      [
        ['The new toll', ['some residents', 'some residents', 'angered']],
        ['The port board’s plan', ['many farmers', 'many farmers', 'popular']],
        ['That irritated', ['Ashton councillors', 'Ashton councillors', 'irritated']]
      ]
    )
  })

  it('a noun of saying keeps its owner; a passive and a thing felt name no one here', () => {
    expectClaimants(
      [
        'Ruth Hale’s remarks angered dockers across the port in 2019.',
        'The old ferry was rattled by 3 metre waves off Ashton.',
        'The 12 percent rise has rattled the ferry timetable for 2025.'
      ],
      [
        ['Ruth Hale’s remarks', ['Ruth Hale', 'Ruth Hale', 'remarks']],
        ['The old ferry', null],
        ['The 12 percent rise', null]
      ]
    )
  })
})
