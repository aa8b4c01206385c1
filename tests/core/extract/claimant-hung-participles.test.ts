/**
 * Claimants of a participle of saying hung on its clause after a comma ("…, saying …", "…, arguing …"): the
 * subject opening the sentence, also when the comma sits inside a closing quotation mark (“…,” or ''…,'').
 * Sentences written for these tests.
 */
import { describe, it } from 'vitest'
import { expectClaimants } from './expect-claimants'

describe('a participle of saying after a comma', () => {
  it('after a comma inside a closing quotation mark, the sentence’s subject', () => {
    expectClaimants(
      [
        'The ferry owners had sued after the council scrapped what it called the “harbour week,” saying the loss cost them 300 jobs.',
        "Ruth Hale, the mayor, unveiled the ''harbour levy,'' arguing that it would raise £2 million a year.",
        'The harbour board sued the council over the “winter tariff,” arguing that it broke a 2019 pledge.'
      ],
      [
        ['The ferry owners had sued', ['The ferry owners', 'The ferry owners', 'saying']],
        ['Ruth Hale, the mayor, unveiled', ['Ruth Hale', 'Ruth Hale', 'arguing']],
        ['The harbour board sued', ['The harbour board', 'The harbour board', 'arguing']]
      ]
    )
  })

  it('a name opening the sentence is still the subject, and a closing quote with no comma is not a break', () => {
    expectClaimants(
      [
        'Ruth Hale toured the harbour on Monday, accusing the port board of hiding a £3 million loss.',
        'Tom Berg called the levy “a tax on ferries” saying it would cost £2 million.'
      ],
      [
        ['Ruth Hale toured', ['Ruth Hale', 'Ruth Hale', 'accusing']],
        ['Tom Berg called', ['Tom Berg', 'Tom Berg', 'called']]
      ]
    )
  })

  it('after the time or money spent on it, the spender; a deed done in that time names no one', () => {
    expectClaimants(
      [
        'Ruth Hale spent much of her 20-minute speech praising the ferry crews who kept the port open.',
        'Tom Berg spent the week portraying the levy as a tax on every family in the harbour towns.',
        'The dockers’ union has spent more than $2 million since May attacking the port board as reckless.',
        'Ada Ruiz spent Monday campaigning in Ashton, where the port board lost £3 million last year.'
      ],
      [
        ['Ruth Hale spent', ['Ruth Hale', 'Ruth Hale', 'praising']],
        ['Tom Berg spent', ['Tom Berg', 'Tom Berg', 'portraying']],
        ['The dockers’ union has spent', ['The dockers’ union', 'The dockers’ union', 'attacking']],
        ['Ada Ruiz spent', null]
      ]
    )
  })

  it('an -ing form joined by "and" to a hung participle, that participle’s subject; not one after a plain noun', () => {
    expectClaimants(
      [
        'Senator Ruth Hale on Monday toured the harbour with the mayor, trashing the port board as reckless and accusing it of hiding a £3 million loss.',
        'Back in Ashton, her staff released a new video of the mayor, touring the new quay and promoting a £2 million ferry plan.',
        'The new advert, released on Monday, features ferry crews telling their stories and criticizing the £3 million levy.'
      ],
      [
        ['Senator Ruth Hale on Monday', ['Ruth Hale', 'Senator Ruth Hale', 'accusing']],
        ['Back in Ashton', ['her staff', 'her staff', 'promoting']],
        ['The new advert', null]
      ]
    )
  })
})
