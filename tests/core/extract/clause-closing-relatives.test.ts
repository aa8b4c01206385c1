/**
 * A relative clause closing a sentence after its claim, on someone else the sentence names after its cue, and whose
 * verb is a cue, is that person's claim, named there "who" or "which" (clause-claims.ts); it is cut from the
 * sentence only when both parts are check-worthy on their own words. A comma inside a quote opening the sentence
 * cuts nothing, and no longer keeps a later clause whole. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest'
import { claimsOf } from '../../helpers/claim-rows'

describe('a sentence closing on a relative clause about someone named after its cue', () => {
  it('is two claims when the relative clause reports what a body or person claims, named there "which"', () => {
    expect(
      claimsOf(
        'Mayor Ann Hale said the pier would cost £2 million to repair, blaming the port board, which has claimed that the storms caused £5 million of damage.'
      )
    ).toEqual([
      [
        'Mayor Ann Hale said the pier would cost £2 million to repair, blaming the port board',
        'Ann Hale',
        'Mayor Ann Hale',
        'said'
      ],
      ['which has claimed that the storms caused £5 million of damage.', 'port board', 'which', 'claimed']
    ])
  })

  it("stays whole when a thing's relative clause says what it did, or the sentence goes on after it", () => {
    for (const [sentence, name, cue] of [
      [
        'Ruth Hale praised the 2019 harbour act, which put 40 more pilots on the river at a cost of £3 million.',
        'Ruth Hale',
        'praised'
      ],
      [
        'Ruth Hale said Tom Berg, who argued that the fees would rise by 40 percent, would resign in May.',
        'Ruth Hale',
        'said'
      ]
    ])
      expect(claimsOf(sentence)).toEqual([[sentence, name, name, cue]])
  })
})

describe('a quote opening the sentence', () => {
  it('holds a comma that cuts nothing: the relative clause after its speaker is still cut', () => {
    expect(
      claimsOf(
        "''Fees rose 12 percent, and so did sailings,'' said Mr. Tom Okafor, who noted that the price of some berths had fallen by half since 2020."
      )
    ).toEqual([
      ["''Fees rose 12 percent, and so did sailings,'' said Mr. Tom Okafor", 'Tom Okafor', 'Mr. Tom Okafor', 'said'],
      ['who noted that the price of some berths had fallen by half since 2020.', 'Tom Okafor', 'who', 'noted']
    ])
  })
})
