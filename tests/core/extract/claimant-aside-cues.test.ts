/**
 * A relative aside describing a body or a person ("Age Concern Wessex, which supports older people, said …") is no
 * cue of the sentence's claim: the verb of saying after it is (claimants.ts, yielding-cues.ts). An aside reporting a
 * statement or a finding of its own keeps its verb. Sentences written for these tests.
 */
import { describe, it } from 'vitest'
import { expectClaimants } from './expect-claimants'

describe('the verb of saying after a relative aside is the cue shown', () => {
  it('"which supports", "who opposes": the aside describes the subject, "said" and "told" report the claim', () => {
    expectClaimants(
      [
        'Age Concern Wessex, which supports older people, said the closures would leave 2,000 pensioners without a bank.',
        'Mr Hale, who opposes the levy, told the meeting that the port had lost £3m since 2020.'
      ],
      [
        ['Age Concern Wessex', ['Age Concern Wessex', 'which', 'said']],
        ['Mr Hale', ['Mr Hale', 'who', 'told']]
      ]
    )
  })

  it('an aside that says something itself keeps its own verb', () => {
    expectClaimants(
      [
        'Ms Pellow, who has said the tolls are unfair, said on Monday that families would pay £1,700 a year.',
        'The harbour master, who believed that the pier was unsafe, told staff to close it.'
      ],
      [
        ['Ms Pellow', ['Ms Pellow', 'who', 'said']],
        ['The harbour master', ['The harbour master', 'who', 'believed']]
      ]
    )
  })

  it('an aside with a figure in it yields too, and the whole phrase before it speaks', () => {
    // The "%" ended the aside's scan, so "forecast" stayed the cue; and "who" named only "Cornwall Insight".
    expectClaimants(
      [
        'Tom Ruiz, who had forecast a rise of 7%, said prices could fall again in the summer.',
        'Analysts at Cornwall Insight, who had forecast a rise of 7%, said prices could fall again in the summer.'
      ],
      [
        // A forecast is said: the aside is a claim of its own, the main clause another (aside-claims.ts).
        ['Tom Ruiz', ['Tom Ruiz', 'who', 'forecast']],
        ['said prices could fall', ['Tom Ruiz', 'Tom Ruiz', 'said']],
        ['Analysts at', ['Analysts at Cornwall Insight', 'Analysts at Cornwall Insight', 'said']]
      ]
    )
  })

  it('the verb of saying may come with its auxiliary after the aside', () => {
    expectClaimants(
      [
        'Mayor Keith Warner, who campaigned on clearing the camps, has said the camps caused 212 fires last year.',
        'Age Concern Wessex, which supports older people, has also said the closures would leave 2,000 pensioners stranded.'
      ],
      [
        ['Mayor Keith Warner', ['Keith Warner', 'who', 'said']],
        ['Age Concern Wessex', ['Age Concern Wessex', 'which', 'said']]
      ]
    )
  })

  it("an aside on an appositive after the name yields to the name's verb of saying", () => {
    // The relative stands for the appositive's noun ("a union", "the Harbour Trust"), not for who speaks.
    expectClaimants(
      [
        'Ruth Hale, head of the Harbour Trust, a union that endorsed Bell in May, also said the pier would close in 2027.',
        'Ruth Hale, head of the Harbour Trust, which endorsed Bell in May, said the pier would close in 2027.',
        'Dan Ober, a pilot who opposed the levy, said the fees had cost 300 jobs.'
      ],
      [
        ['Ruth Hale, head of the Harbour Trust, a union', ['Ruth Hale', 'Ruth Hale', 'said']],
        ['Ruth Hale, head of the Harbour Trust, which', ['Ruth Hale', 'Ruth Hale', 'said']],
        ['Dan Ober', ['Dan Ober', 'Dan Ober', 'said']]
      ]
    )
  })

  it('the appositive itself speaking, or an aside saying something itself, is unchanged', () => {
    expectClaimants(
      [
        'The Harbour Trust, a union that endorsed Bell in May, said the pier would close in 2027.',
        'Tom Ruiz, head of the Dock Guild, which said the levy was unfair, told us the pier would close in 2027.'
      ],
      [
        ['The Harbour Trust', ['The Harbour Trust', 'The Harbour Trust', 'said']],
        ['Tom Ruiz', ['Dock Guild', 'which', 'said']]
      ]
    )
  })
})
