/**
 * Step 1 of re-anchoring: a position map from the old draft to the new one, built coarse to fine
 * so a 100,000-word draft costs milliseconds (a word diff of the whole text takes seconds):
 *   1. paragraphs, by key (unit-diff.ts: unique paragraphs as fixed points, diffArrays between);
 *   2. whole paragraphs moved verbatim, paired by key counts;
 *   3. sentences, by key, only inside the paragraphs that changed;
 *   4. moves: a sentence deleted in one place and inserted, word for word, in another;
 *   5. words (diffWordsWithSpace), only inside the sentences that still differ.
 */
import { diffWordsWithSpace } from 'diff'
import { KeyTable, paragraphUnits, sentenceUnits, type Unit } from './units'
import { diffUnits, type UnitHunk } from './unit-diff'
import { looseRuns, PositionMap, type Range, type Run } from './position-map'

/**
 * Above this many characters (old + new) a changed stretch is not word-diffed: it is a rewrite,
 * not an edit, and the fuzzy search (fuzzy-locate.ts) does better there than a long word diff.
 */
export const WORD_DIFF_MAX_CHARS = 40_000

interface SentenceHunk {
  removed: Unit[]
  added: Unit[]
}

export function buildPositionMap(oldText: string, newText: string): PositionMap {
  const keys = new KeyTable(true)
  const paragraphKeys = new KeyTable(false)
  const runs: Run[] = []
  const oldParagraphs = paragraphUnits(oldText, paragraphKeys)
  const newParagraphs = paragraphUnits(newText, paragraphKeys)
  const paragraphDiff = diffUnits(oldParagraphs, newParagraphs)
  for (const [i, j] of paragraphDiff.pairs) {
    const o = oldParagraphs[i]
    runs.push({ oldStart: o.start, newStart: newParagraphs[j].start, length: o.end - o.start }) // raw-equal
  }

  // Whole paragraphs moved verbatim pair up here, by key counts alone (no text scanning).
  const movedParagraphs = pairMovedParagraphs(oldParagraphs, newParagraphs, paragraphDiff.hunks)
  for (const [o, n] of movedParagraphs.oldToNew)
    runs.push({ oldStart: o.start, newStart: n.start, length: o.end - o.start })

  const hunks: SentenceHunk[] = []
  for (const hunk of paragraphDiff.hunks) {
    const inHunk = (units: Unit[], from: number, to: number): Unit[] =>
      units.slice(from, to).filter((p) => !movedParagraphs.paired.has(p))
    const oldSentences = inHunk(oldParagraphs, hunk.oldFrom, hunk.oldTo).flatMap((p) =>
      sentenceUnits(oldText, p.start, p.end, keys)
    )
    const newSentences = inHunk(newParagraphs, hunk.newFrom, hunk.newTo).flatMap((p) =>
      sentenceUnits(newText, p.start, p.end, keys)
    )
    const sentenceDiff = diffUnits(oldSentences, newSentences)
    for (const [i, j] of sentenceDiff.pairs) {
      for (const run of alignUnits(oldText, oldSentences[i], newText, newSentences[j])) runs.push(run)
    }
    for (const inner of sentenceDiff.hunks) {
      hunks.push({
        removed: oldSentences.slice(inner.oldFrom, inner.oldTo),
        added: newSentences.slice(inner.newFrom, inner.newTo)
      })
    }
  }

  const moved = pairMoves(hunks, runs, oldText, newText)
  const changedNew: Range[] = []
  for (const hunk of hunks) {
    const removed = hunk.removed.filter((unit) => !moved.has(unit))
    const added = hunk.added.filter((unit) => !moved.has(unit))
    for (const unit of added) changedNew.push({ start: unit.start, end: unit.end })
    if (removed.length === 0 || added.length === 0) continue
    const oldRange = { start: removed[0].start, end: removed[removed.length - 1].end }
    const newRange = { start: added[0].start, end: added[added.length - 1].end }
    if (oldRange.end - oldRange.start + newRange.end - newRange.start > WORD_DIFF_MAX_CHARS) continue
    const movedOld = hunk.removed.filter((unit) => moved.has(unit))
    const movedNew = hunk.added.filter((unit) => moved.has(unit))
    for (const run of wordRuns(oldText, oldRange, newText, newRange)) {
      // A word run must not claim text that already moved elsewhere as a whole sentence.
      if (
        movedOld.some((u) => overlaps(run.oldStart, run.length, u)) ||
        movedNew.some((u) => overlaps(run.newStart, run.length, u))
      )
        continue
      runs.push(run)
    }
  }
  return new PositionMap(runs, changedNew)
}

function alignUnits(oldText: string, oldUnit: Unit, newText: string, newUnit: Unit): Run[] {
  return looseRuns(oldText, oldUnit.start, oldUnit.end, newText, newUnit.start, newUnit.end)
}

/**
 * Pairs sentences deleted in one hunk with the same sentence inserted in another (a moved
 * paragraph, reordered quotes), closest to where the aligned text around them expects, first.
 * A sentence that occurs more than once in either draft ("The council did not respond to a
 * request for comment.") is paired only when a neighbour moved with it: otherwise deleting one
 * copy and inserting another elsewhere would carry a checker's verdict to the wrong copy.
 */
function pairMoves(hunks: SentenceHunk[], runs: Run[], oldText: string, newText: string): Set<Unit> {
  const moved = new Map<Unit, Unit>()
  const addedByKey = new Map<number, Unit[]>()
  for (const hunk of hunks) for (const unit of hunk.added) push(addedByKey, unit.key, unit)
  const neighbours = new Map<Unit, { before?: Unit; after?: Unit; hunk: SentenceHunk }>()
  for (const hunk of hunks) {
    for (const list of [hunk.removed, hunk.added])
      list.forEach((unit, k) => neighbours.set(unit, { before: list[k - 1], after: list[k + 1], hunk }))
  }
  const guide = new PositionMap(runs.slice(), [])
  const candidates: Array<{ removed: Unit; added: Unit; distance: number }> = []
  for (const hunk of hunks) {
    for (const removed of hunk.removed) {
      const expected = guide.mapStart(removed.start).offset
      for (const added of addedByKey.get(removed.key) ?? [])
        candidates.push({ removed, added, distance: Math.abs(added.start - expected) })
    }
  }
  // Is the sentence repeated? Twice among the changed sentences settles it; else scan the old
  // draft (any copy in unchanged text of the new draft is a copy in the old one too). Scanning is
  // the costly part: once per key, and only for pairs no moved neighbour vouches for.
  const inHunks = new Map<number, number>()
  for (const hunk of hunks)
    for (const unit of [...hunk.removed, ...hunk.added]) inHunks.set(unit.key, (inHunks.get(unit.key) ?? 0) + 1)
  const repeatedCache = new Map<number, boolean>()
  const repeated = (removed: Unit): boolean => {
    let answer = repeatedCache.get(removed.key)
    if (answer === undefined) {
      answer = (inHunks.get(removed.key) ?? 0) > 2 || occursTwice(oldText, removed)
      repeatedCache.set(removed.key, answer)
    }
    return answer
  }
  candidates.sort((a, b) => a.distance - b.distance || a.removed.start - b.removed.start)
  const supported = (removed: Unit, added: Unit): boolean => {
    const r = neighbours.get(removed)
    const a = neighbours.get(added)
    // Reordered within one changed stretch (swapped sentences, reordered quotes): stays local.
    if (r && a && r.hunk === a.hunk) return true
    return (
      (!!r?.before && !!a?.before && moved.get(r.before) === a.before) ||
      (!!r?.after && !!a?.after && moved.get(r.after) === a.after)
    )
  }
  for (let progress = true; progress;) {
    progress = false
    for (const { removed, added } of candidates) {
      if (moved.has(removed) || moved.has(added) || (!supported(removed, added) && repeated(removed))) continue
      moved.set(removed, added)
      moved.set(added, removed)
      for (const run of alignUnits(oldText, removed, newText, added)) runs.push(run)
      progress = true // each new pair may support a repeated neighbour on the next pass
    }
  }
  return new Set(moved.keys())
}

/** Whether the unit's words occur anywhere else in its own text (raw comparison). */
function occursTwice(text: string, unit: Unit): boolean {
  const words = text.slice(unit.start, unit.end)
  const first = text.indexOf(words)
  return first !== unit.start || text.indexOf(words, unit.start + 1) >= 0
}

/**
 * Paragraphs deleted in one place and inserted verbatim in another, when that paragraph text
 * occurs exactly once in each draft (a repeated paragraph is left to the sentence level).
 */
function pairMovedParagraphs(
  oldUnits: Unit[],
  newUnits: Unit[],
  hunks: UnitHunk[]
): { oldToNew: Map<Unit, Unit>; paired: Set<Unit> } {
  const oldToNew = new Map<Unit, Unit>()
  const paired = new Set<Unit>()
  const count = (units: Unit[]): Map<number, number> => {
    const counts = new Map<number, number>()
    for (const unit of units) counts.set(unit.key, (counts.get(unit.key) ?? 0) + 1)
    return counts
  }
  const oldCounts = count(oldUnits)
  const newCounts = count(newUnits)
  const addedByKey = new Map<number, Unit>()
  for (const hunk of hunks)
    for (const unit of newUnits.slice(hunk.newFrom, hunk.newTo))
      if (newCounts.get(unit.key) === 1) addedByKey.set(unit.key, unit)
  for (const hunk of hunks) {
    for (const unit of oldUnits.slice(hunk.oldFrom, hunk.oldTo)) {
      const added = oldCounts.get(unit.key) === 1 ? addedByKey.get(unit.key) : undefined
      if (!added) continue
      oldToNew.set(unit, added)
      paired.add(unit).add(added)
    }
  }
  return { oldToNew, paired }
}

/** Runs of identical words between two stretches, from a word diff of just those stretches. */
function wordRuns(oldText: string, oldRange: Range, newText: string, newRange: Range): Run[] {
  const runs: Run[] = []
  let oldOffset = oldRange.start
  let newOffset = newRange.start
  const changes = diffWordsWithSpace(
    oldText.slice(oldRange.start, oldRange.end),
    newText.slice(newRange.start, newRange.end)
  )
  for (const change of changes) {
    const length = change.value.length
    if (change.added) newOffset += length
    else if (change.removed) oldOffset += length
    else {
      runs.push({ oldStart: oldOffset, newStart: newOffset, length })
      oldOffset += length
      newOffset += length
    }
  }
  return runs
}

function overlaps(start: number, length: number, unit: Unit): boolean {
  return start < unit.end && unit.start < start + length
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key)
  if (list) list.push(value)
  else map.set(key, [value])
}
