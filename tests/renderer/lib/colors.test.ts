/** Status colours as highlight tints that keep the article readable. */
import { describe, expect, it } from 'vitest'
import { FALLBACK_STATUS_COLOR } from '../../../src/shared/case'
import { ACCEPTED_ALPHA, SUGGESTED_ALPHA, tint } from '../../../src/renderer/src/lib/colors'

describe('tint', () => {
  it.each([
    ['a status colour', '#1e8e3e', 0.25, 'rgba(30, 142, 62, 0.25)'],
    ['without its #', 'd93025', 0.5, 'rgba(217, 48, 37, 0.5)'],
    ['in capitals, with spaces around', '  #F2A900 ', 1, 'rgba(242, 169, 0, 1)'],
    ['a colour that is not #rrggbb falls back to grey', 'red;background:url(x)', 0.25, 'rgba(154, 160, 166, 0.25)'],
    ['a short #rgb colour falls back to grey too', '#abc', 0.25, 'rgba(154, 160, 166, 0.25)']
  ])('%s', (_name, hex, alpha, expected) => {
    expect(tint(hex, alpha)).toBe(expected)
  })

  it('falls back to the same grey as the rest of the app', () => {
    expect(tint('nonsense', 1)).toBe(tint(FALLBACK_STATUS_COLOR, 1))
  })

  it('tints the checker’s accepted items more strongly than suggestions', () => {
    expect(ACCEPTED_ALPHA).toBeGreaterThan(SUGGESTED_ALPHA)
  })
})
