/**
 * Speech acts, stances and states of mind added to the lexicon this stop (claimant-verbs.ts, claimant-phrasal-cues.ts,
 * state-cues.ts): praising, attacking and mocking in words, telling over and putting forward, liking or loathing a
 * view, taking someone's side, and being taken with or tired of something; with the look-alikes that are plain acts.
 * Sentences written for these tests.
 */
import { describe, it } from 'vitest'
import { expectClaimants } from './expect-claimants'

describe('claimants of speech acts that praise, attack or tell', () => {
  it('praising, attacking and mocking someone in words are statements of whoever does them', () => {
    expectClaimants(
      [
        'Ruth Hale commended the harbour crews for their work in the 2019 storm. Tom Bell vilified the port board as a club for 12 insiders. The mayor extols the 4 pound levy at every meeting. The new ad pokes fun at the 2 million pound ferry.'
      ],
      [
        ['Ruth Hale commended', ['Ruth Hale', 'Ruth Hale', 'commended']],
        ['Tom Bell vilified', ['Tom Bell', 'Tom Bell', 'vilified']],
        ['The mayor extols', ['The mayor', 'The mayor', 'extols']],
        ['The new ad', ['The new ad', 'The new ad', 'pokes fun at']]
      ]
    )
  })

  it('reciting, putting forward and echoing an idea are statements too', () => {
    expectClaimants(
      [
        'Ruth Hale recited the list of failures at the harbour since 2019. Tom Bell has posited that the levy could raise 4 million pounds. The mayor floated the idea of a 2 pound toll on the bridge. Two councillors paid tribute to the 12 crew members lost at sea.'
      ],
      [
        ['Ruth Hale recited', ['Ruth Hale', 'Ruth Hale', 'recited']],
        ['Tom Bell has posited', ['Tom Bell', 'Tom Bell', 'posited']],
        ['The mayor floated', ['The mayor', 'The mayor', 'floated the idea']],
        ['Two councillors paid', ['Two councillors', 'Two councillors', 'paid tribute to']]
      ]
    )
  })

  it('paying a bill or floating shares says nothing', () => {
    expectClaimants(
      ['Ruth Hale paid the 4 pound fee at the gate. The port company floated its shares in 2019.'],
      [
        ['Ruth Hale paid', null],
        ['The port company', null]
      ]
    )
  })
})

describe('claimants of stances written as liking, siding or a state of mind', () => {
  it('relishing, detesting or rooting for something is a stance', () => {
    expectClaimants(
      [
        'Ruth Hale relishes the fight over the 4 pound levy. Tom Bell detests the new rules on 300 moorings. The dock workers rooted for the 2 million pound bid. Many traders rallied behind the levy in 2019.'
      ],
      [
        ['Ruth Hale relishes', ['Ruth Hale', 'Ruth Hale', 'relishes']],
        ['Tom Bell detests', ['Tom Bell', 'Tom Bell', 'detests']],
        ['The dock workers', ['The dock workers', 'The dock workers', 'rooted for']],
        ['Many traders', ['Many traders', 'Many traders', 'rallied behind']]
      ]
    )
  })

  it('being taken with a plan or tired of delays is a stance of whoever is', () => {
    expectClaimants(
      [
        'Most councillors are enamored of the 4 pound levy. The dock workers are sick of the delays at berth 12. Ruth Hale is intent on cutting the 2 million pound deficit.'
      ],
      [
        ['Most councillors', ['Most councillors', 'Most councillors', 'are enamored']],
        ['The dock workers', ['The dock workers', 'The dock workers', 'are sick']],
        ['Ruth Hale is', ['Ruth Hale', 'Ruth Hale', 'is intent']]
      ]
    )
  })

  it('getting behind the wheel or being tired after a shift holds no view', () => {
    expectClaimants(
      ['Ruth Hale got behind the wheel of the 12 tonne truck. The dock workers were tired after the 9 hour shift.'],
      [
        ['Ruth Hale got', null],
        ['The dock workers', null]
      ]
    )
  })
})
