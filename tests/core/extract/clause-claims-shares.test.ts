/**
 * A poll's second share, set after the first by a comparison ("…, compared with 35 percent who say …", "…, including
 * 18 percent who said …"), is a claim of its own, claimed by that share and named there "who" (share-clauses.ts);
 * not after what a poll found or a poll named as the source, and not when what follows the share reports nothing.
 * Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest'
import { claimsOf } from '../../helpers/claim-rows'

describe('a second share after a comparison', () => {
  it('is cut as its own claim, claimed by the share named "who"', () => {
    expect(
      claimsOf(
        'Sixty percent of tenants say the 2024 rent rise was unfair, compared with 35 percent who say it paid for repairs.'
      )
    ).toEqual([
      [
        'Sixty percent of tenants say the 2024 rent rise was unfair',
        'Sixty percent of tenants',
        'Sixty percent of tenants',
        'say'
      ],
      ['compared with 35 percent who say it paid for repairs.', '35 percent', 'who', 'say']
    ])
    expect(
      claimsOf(
        'Most harbour workers said the £4 million levy should go, including 18 percent who said they would leave the port by 2026.'
      ).map(([text, name, mention, cue]) => [text.slice(0, 20), name, mention, cue])
    ).toEqual([
      ['Most harbour workers', 'Most harbour workers', 'Most harbour workers', 'said'],
      ['including 18 percent', '18 percent', 'who', 'said']
    ])
  })

  it('stays whole after what a poll found, and when the share reports nothing', () => {
    for (const sentence of [
      'A Herald survey found that 44 percent of tenants back the £4 levy, compared with 30 percent who say it should go.',
      'Sixty percent of tenants say the 2024 rent rise was unfair, compared with 35 percent who live in the old town.'
    ])
      expect(claimsOf(sentence).map(([text]) => text)).toEqual([sentence])
  })

  it('is cut after a comma with no joiner when its verb follows the share, not when no verb follows it', () => {
    expect(
      claimsOf('Among tenants in the old town, 42% say the harbour levy is fair, 32% call it a tax on visitors.')
    ).toEqual([
      ['Among tenants in the old town, 42% say the harbour levy is fair', '42%', '42%', 'say'],
      ['32% call it a tax on visitors.', '32%', '32%', 'call']
    ])
    const places = 'Among tenants, 42% say the harbour levy is fair, 35% in the old town and 51% by the harbour.'
    expect(claimsOf(places).map(([text]) => text)).toEqual([places])
  })
})
