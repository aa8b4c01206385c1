/**
 * Highlight segments: the draft cut at every item, fact and coverage boundary, each piece carrying
 * the marks that cover it. Computed once per case change with one sweep over sorted boundaries
 * (not per item per block), then cut by block, so the article view renders plain runs of text.
 */
import type { Block } from '../../shared/article'

export interface Mark {
  /** Namespaced id: an item id ("i12"), "fact:<start>", "uncovered:<start>"… */
  id: string
  start: number
  end: number
}

export interface Segment {
  start: number
  end: number
  /** Marks covering the whole segment, in the order they opened. */
  ids: string[]
}

/** Cut [0, length) into segments; unmarked stretches are segments with no ids. */
export function sweepSegments(length: number, marks: Mark[]): Segment[] {
  const events: Array<{ at: number; open: boolean; id: string }> = []
  for (const mark of marks) {
    const start = Math.max(0, Math.min(length, mark.start))
    const end = Math.max(0, Math.min(length, mark.end))
    if (end <= start) continue
    events.push({ at: start, open: true, id: mark.id }, { at: end, open: false, id: mark.id })
  }
  // Closings before openings at the same offset, so touching marks do not overlap.
  events.sort((a, b) => a.at - b.at || Number(a.open) - Number(b.open))
  const segments: Segment[] = []
  const active = new Map<string, number>()
  let cursor = 0
  let e = 0
  while (cursor < length || e < events.length) {
    const nextAt = e < events.length ? events[e].at : length
    if (nextAt > cursor) {
      segments.push({ start: cursor, end: nextAt, ids: [...active.keys()] })
      cursor = nextAt
    }
    while (e < events.length && events[e].at === cursor) {
      const { id, open } = events[e++]
      const count = (active.get(id) ?? 0) + (open ? 1 : -1)
      if (count > 0) active.set(id, count)
      else active.delete(id)
    }
    if (e >= events.length && cursor >= length) break
  }
  return segments
}

/** Segments for each block, clipped to the block: blocks[i] ↦ result[i]. */
export function segmentsByBlock(segments: Segment[], blocks: Block[]): Segment[][] {
  const result: Segment[][] = []
  let first = 0
  for (const block of blocks) {
    // Blocks are in order, so the first segment that can reach this block only moves forward.
    while (first < segments.length && segments[first].end <= block.start) first++
    const pieces: Segment[] = []
    for (let i = first; i < segments.length && segments[i].start < block.end; i++) {
      const s = segments[i]
      pieces.push({ start: Math.max(s.start, block.start), end: Math.min(s.end, block.end), ids: s.ids })
    }
    result.push(pieces)
  }
  return result
}

/** A string that changes exactly when a block's rendering would: the block view memoises on it. */
export function segmentSignature(pieces: Segment[], describe: (id: string) => string): string {
  let signature = ''
  for (const piece of pieces) {
    signature += `${piece.start}-${piece.end}:`
    for (const id of piece.ids) signature += `${describe(id)},`
    signature += ';'
  }
  return signature
}
