import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { firstAtOrAfter, lastAtOrBefore } from '../../src/core/sorted-search'

const sortedNumbers = fc
  .array(fc.integer({ min: -50, max: 50 }), { maxLength: 40 })
  .map((list) => [...list].sort((a, b) => a - b))
const self = (n: number) => n

describe('searching a sorted list', () => {
  it('finds what a linear scan finds', () => {
    fc.assert(
      fc.property(sortedNumbers, fc.integer({ min: -60, max: 60 }), (list, value) => {
        let last = -1
        list.forEach((n, i) => {
          if (n <= value) last = i
        })
        const first = list.findIndex((n) => n >= value)
        expect(lastAtOrBefore(list, self, value)).toBe(last)
        expect(firstAtOrAfter(list, self, value)).toBe(first < 0 ? list.length : first)
      })
    )
  })

  it('answers "none" on an empty list', () => {
    expect(lastAtOrBefore([], self, 3)).toBe(-1)
    expect(firstAtOrAfter([], self, 3)).toBe(0)
  })
})
