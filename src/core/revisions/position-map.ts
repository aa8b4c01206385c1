/**
 * Old-draft offsets → new-draft offsets. The map is a list of runs: stretches of characters that
 * are the same in both drafts (same length, possibly moved). An offset inside a run maps exactly;
 * an offset in deleted text maps to the edge of whatever replaced it (the start of the
 * replacement for a span's start, its end for a span's end), as in ProseMirror's step maps.
 */
import { looseClass } from './normalise'
import { lastAtOrBefore } from '../sorted-search'

export interface Run {
  oldStart: number
  newStart: number
  length: number
}

export interface Range {
  start: number
  end: number
}

export class PositionMap {
  /** Runs sorted by oldStart, not overlapping in the old text. */
  readonly runs: Run[]
  /**
   * New-draft ranges that are not a copy of an unchanged old sentence: inserted or rewritten
   * text. Only here may an annotation whose own words vanished be found again — never on another
   * copy of a repeated sentence, which belongs to that copy's own annotation.
   */
  readonly changedNew: Range[]

  constructor(runs: Run[], changedNew: Range[]) {
    this.runs = runs.filter((run) => run.length > 0).sort((a, b) => a.oldStart - b.oldStart)
    this.changedNew = changedNew.filter((range) => range.end > range.start).sort((a, b) => a.start - b.start)
  }

  /** The new offset for a span start at `offset`, and whether it was carried exactly. */
  mapStart(offset: number): { offset: number; exact: boolean } {
    const index = this.lastRunStartingAtOrBefore(offset)
    const run = index >= 0 ? this.runs[index] : null
    if (run && offset < run.oldStart + run.length) return { offset: run.newStart + offset - run.oldStart, exact: true }
    // Deleted text: the replacement starts where the preceding surviving text ends.
    return { offset: run ? run.newStart + run.length : 0, exact: false }
  }

  /** The new offset for a span end (exclusive) at `offset`, and whether it was carried exactly. */
  mapEnd(offset: number, newLength: number): { offset: number; exact: boolean } {
    const index = this.lastRunStartingAtOrBefore(offset - 1)
    const run = index >= 0 ? this.runs[index] : null
    if (run && offset <= run.oldStart + run.length && offset > run.oldStart) {
      return { offset: run.newStart + offset - run.oldStart, exact: true }
    }
    // Deleted text: the replacement ends where the following surviving text begins.
    const next = this.runs[index + 1]
    return { offset: next ? next.newStart : newLength, exact: false }
  }

  private lastRunStartingAtOrBefore(offset: number): number {
    return lastAtOrBefore(this.runs, (run) => run.oldStart, offset)
  }
}

/**
 * Runs aligning two stretches whose words are equal but whose raw characters may differ in
 * whitespace or quote style: walk both, pairing characters of the same loose class, and let
 * whitespace runs of different lengths pair on their common part.
 */
export function looseRuns(
  oldText: string,
  oldStart: number,
  oldEnd: number,
  newText: string,
  newStart: number,
  newEnd: number
): Run[] {
  if (oldEnd - oldStart === newEnd - newStart && oldText.slice(oldStart, oldEnd) === newText.slice(newStart, newEnd)) {
    return [{ oldStart, newStart, length: oldEnd - oldStart }]
  }
  const runs: Run[] = []
  let i = oldStart
  let j = newStart
  let open: Run | null = null
  const extend = (length: number): void => {
    if (open && open.oldStart + open.length === i && open.newStart + open.length === j) open.length += length
    else runs.push((open = { oldStart: i, newStart: j, length }))
  }
  while (i < oldEnd && j < newEnd) {
    const a = looseClass(oldText[i])
    const b = looseClass(newText[j])
    if (a === ' ' && b === ' ') {
      const oldSpace = spaceRunEnd(oldText, i, oldEnd) - i
      const newSpace = spaceRunEnd(newText, j, newEnd) - j
      extend(Math.min(oldSpace, newSpace))
      i += oldSpace
      j += newSpace
    } else if (a === b) {
      extend(1)
      i++
      j++
    } else {
      break // not loosely equal after all: keep what aligned, the rest is left unmapped
    }
  }
  return runs
}

function spaceRunEnd(text: string, from: number, limit: number): number {
  let index = from
  while (index < limit && /\s/.test(text[index])) index++
  return index
}
