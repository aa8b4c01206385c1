/**
 * Binary search over sorted, disjoint ranges (sentences or blocks): which one holds an offset, and
 * which one comes just before. Ranges that overlap an earlier one are dropped on the way in, so
 * the searches stay correct even for a caller's malformed input.
 */
import type { TextRange } from './sentences'
import { lastAtOrBefore } from '../sorted-search'

export class RangeIndex {
  private readonly ranges: TextRange[]

  constructor(ranges: readonly TextRange[]) {
    const sorted = [...ranges].sort((a, b) => a.start - b.start || a.end - b.end)
    this.ranges = []
    let floor = -Infinity
    for (const range of sorted) {
      if (range.start < floor || range.end <= range.start) continue
      this.ranges.push(range)
      floor = range.end
    }
  }

  /** The range holding `offset` (start ≤ offset < end), or null. */
  containing(offset: number): TextRange | null {
    const i = this.lastStartingAtOrBefore(offset)
    if (i < 0) return null
    const range = this.ranges[i]
    return offset < range.end ? range : null
  }

  /**
   * Index of the range holding `offset`, or of the last range before it (0 when none): a block
   * index for an offset that is known to lie in or after some block.
   */
  indexContaining(offset: number): number {
    return Math.max(0, this.lastStartingAtOrBefore(offset))
  }

  /** The ranges overlapping [start, end), in order. */
  overlapping(start: number, end: number): TextRange[] {
    const out: TextRange[] = []
    for (
      let i = Math.max(0, this.lastStartingAtOrBefore(start));
      i < this.ranges.length && this.ranges[i].start < end;
      i++
    ) {
      if (this.ranges[i].end > start) out.push(this.ranges[i])
    }
    return out
  }

  /** The last range that ends at or before `offset`. */
  before(offset: number): TextRange | null {
    return this.ranges[lastAtOrBefore(this.ranges, (range) => range.end, offset)] ?? null
  }

  private lastStartingAtOrBefore(offset: number): number {
    return lastAtOrBefore(this.ranges, (range) => range.start, offset)
  }
}
