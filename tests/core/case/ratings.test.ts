import { describe, expect, it } from 'vitest'
import { editRatingMap } from '../../../src/core/case/ratings'
import { ANNA, sahelCase } from './sahel-case'

describe('the ClaimReview rating map', () => {
  it('replaces the map with the rows the checker chose', () => {
    const c = editRatingMap(
      sahelCase(),
      [
        { status: 'verified', ratingValue: 5, alternateName: ' Correct ' },
        { status: 'incorrect', ratingValue: 1, alternateName: 'Wrong' },
        { status: 'unverifiable', ratingValue: 0, alternateName: 'Unproven' }
      ],
      ANNA
    )
    expect(c.ratingMap).toEqual([
      { status: 'verified', ratingValue: 5, alternateName: 'Correct' },
      { status: 'incorrect', ratingValue: 1, alternateName: 'Wrong' },
      { status: 'unverifiable', ratingValue: 0, alternateName: 'Unproven' }
    ])
    expect(c.updatedAt).toBe(ANNA.at)
  })

  it('drops rows nobody could have meant: unknown status, no name, off the scale, twice the same status', () => {
    const c = editRatingMap(
      sahelCase(),
      [
        { status: 'made-up', ratingValue: 3, alternateName: 'Maybe' },
        { status: 'verified', ratingValue: 5, alternateName: '   ' },
        { status: 'misleading', ratingValue: 9, alternateName: 'Half true' },
        { status: 'incorrect', ratingValue: 1, alternateName: 'False' },
        { status: 'incorrect', ratingValue: 2, alternateName: 'Mostly false' }
      ],
      ANNA
    )
    expect(c.ratingMap).toEqual([{ status: 'incorrect', ratingValue: 1, alternateName: 'False' }])
  })

  it('returns the same case when nothing changed', () => {
    const c = sahelCase()
    expect(editRatingMap(c, c.ratingMap, ANNA)).toBe(c)
  })
})
