/**
 * A word spelt like a cue right after a verb taking an object, or after a word for growth, is that object, a
 * noun: "drew rebukes from …", "faced mounting attacks from …". Sentences written for these tests.
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
})
