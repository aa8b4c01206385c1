/**
 * A paragraph closing on a verb of saying and a colon ("In a speech last July, Hale said:") leads into the next
 * paragraph, set without quotation marks: its sentences are that speaker's claims unless they name their own.
 * Sentences written for these tests.
 */
import { describe, it } from 'vitest'
import { expectClaimants } from './expect-claimants'

describe('a colon lead-in closing the paragraph before', () => {
  it('the speaker before the colon, named or by a pronoun, claims the paragraph after it', () => {
    expectClaimants(
      [
        'Ruth Hale, the mayor, has never hidden her view of the harbour levy. In a speech last July, she said:',
        'Let no one be mistaken – the levy is a tax on every family in the harbour towns, and it must be repealed by May.',
        'The Harbour Herald reports:',
        'At least four council emails about the £3 million dredging contract had their dates changed.'
      ],
      [
        ['Let no one be mistaken', ['Ruth Hale', 'she', 'said']],
        ['At least four council emails', ['The Harbour Herald', 'The Harbour Herald', 'reports']]
      ]
    )
  })

  it('no verb of saying before the colon, or a paragraph naming its own claimant, and the lead-in gives none', () => {
    expectClaimants(
      [
        'The harbour levy has three parts:',
        'A charge of £2 on every ferry ticket pays for the dredging of the outer channel.',
        'Tom Berg wrote:',
        'The dockers’ union says the levy will cost 300 jobs in the harbour towns by 2026.'
      ],
      [
        ['A charge of £2', null],
        ['The dockers’ union says', ['The dockers’ union', 'The dockers’ union', 'says']]
      ]
    )
  })
})
