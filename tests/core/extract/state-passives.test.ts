/**
 * States of mind written as passives or as a view held in common ("was troubled by the ruling", "are divided
 * over", "is mistrustful of"): the subject holds them, as docs/FORMAT.md says of states of mind. Sentences written
 * for these tests.
 */
import { describe, it } from 'vitest'
import { expectClaimants } from './expect-claimants'

describe('states of mind written as passives', () => {
  it('the subject of a passive of feeling, or of a view held together, is the claimant', () => {
    expectClaimants(
      [
        'The ferry union was troubled by the 4 percent levy on cruise ships.',
        'Harbour pilots are heartened by the £2 million dredging grant.',
        'Port councillors were deeply divided over the plan to cut 300 jobs.',
        'Okafor is also mistrustful of the board’s figures on the 2024 levy.',
        'Ferry workers are growing increasingly frustrated with the 40-day delay.'
      ],
      [
        ['The ferry union', ['The ferry union', 'The ferry union', 'was troubled']],
        ['Harbour pilots', ['Harbour pilots', 'Harbour pilots', 'are heartened']],
        ['Port councillors', ['Port councillors', 'Port councillors', 'were deeply divided']],
        ['Okafor', ['Okafor', 'Okafor', 'is also mistrustful']],
        ['Ferry workers', ['Ferry workers', 'Ferry workers', 'are growing increasingly frustrated']]
      ]
    )
  })

  it('a passive of a plain action, a thing divided and an impersonal "it is clear" hold no state', () => {
    expectClaimants(
      [
        'The ferry union’s van was hit by a lorry on the £4 million bypass.',
        'The harbour is divided into 3 zones by a 40-metre wall.',
        'It is clear that the port lost £2 million in 2024.',
        'Ruiz was encouraged to apply for the £30,000 grant.'
      ],
      [
        ['The ferry union’s van', null],
        ['The harbour is divided', null],
        ['It is clear', null],
        ['Ruiz was encouraged', null]
      ]
    )
  })
})
