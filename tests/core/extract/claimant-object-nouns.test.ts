/**
 * A word spelt like a cue right after a verb taking an object, or after a word for growth, is that object, a
 * noun: "drew rebukes from …", "faced mounting attacks from …", "hit record high". Sentences written for these tests.
 */
import { describe, it } from 'vitest'
import { expectClaimants } from './expect-claimants'

describe('after a verb taking an object, a word spelt like a cue is its noun', () => {
  it('"… in Leeds and Hull drew rebukes from the port board" is the board’s, not Hull’s', () => {
    expectClaimants(
      [
        'Hale’s assertion Monday that more sailings are needed in Leeds and Hull to prevent delays like the one in May drew rebukes from the port board. Ruiz faced mounting attacks from the union over the levy.'
      ],
      [
        ['Hale’s assertion', ['the port board', 'the port board', 'rebukes']],
        ['Ruiz faced', ['the union', 'the union', 'attacks']]
      ]
    )
  })

  it('"hit record high" is a noun after "hit": the figures that show it are the claimant', () => {
    expectClaimants(
      ['Hospital admissions in the North East hit record high in October, figures show.'],
      [['Hospital admissions', ['figures', 'figures', 'show']]]
    )
  })

  it('"Hospital waiting lists hit …" is one noun, not a subject and its verb', () => {
    expectClaimants(
      [
        'Hospital waiting lists hit a record high in October, figures show.',
        'Exit polling shows she won 60% of voters under 30.'
      ],
      [
        ['Hospital waiting', ['figures', 'figures', 'show']],
        ['Exit polling', ['Exit polling', 'Exit polling', 'shows']]
      ]
    )
  })
})
