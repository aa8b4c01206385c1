/**
 * From matched paragraphs to what a reader sees, in the new draft's order. A match whose place
 * broke the order of the others is "moved"; which ones broke it is decided by the longest run of
 * matches in the same order on both sides (longest increasing subsequence), so one paragraph that
 * jumped from the top to the bottom is the one marked moved, not every paragraph it jumped over.
 * Removed paragraphs, and a marker where a moved one used to be, sit at their old place.
 */

/** Paragraphs of the old draft matched to paragraphs of the new one: one to one, or a split / merge. */
export interface MatchGroup {
  /** Old paragraph indices, consecutive, ascending (more than one: merged into one new paragraph). */
  old: number[]
  /** New paragraph indices, consecutive, ascending (more than one: split from one old paragraph). */
  new: number[]
  /** Same words with whitespace normalised; otherwise the words changed inside. */
  identical: boolean
  /** Characters on the new side: the tie-break that calls the shorter of two swapped paragraphs moved. */
  weight: number
}

export type ParagraphBlock =
  | { kind: 'matched'; group: MatchGroup; moved: boolean }
  | { kind: 'added'; new: number }
  | { kind: 'removed'; old: number }
  /** A marker at the old place of a moved group: accounts for nothing, the matched block does. */
  | { kind: 'moved-away'; group: MatchGroup }

/**
 * The matches that keep their relative order: the most of them (the fewest paragraphs called
 * moved), and among equally many, the longest text. O(n log n) with a max-Fenwick tree over the
 * new indices, so a 1,000-paragraph draft costs nothing noticeable.
 */
export function orderedMatches(groups: MatchGroup[], newCount: number, totalChars: number): Set<MatchGroup> {
  const byOld = [...groups].sort((a, b) => a.old[0] - b.old[0])
  // Count dominates, length only breaks ties: each match is worth 1 plus a fraction below 1 in total.
  const value = (g: MatchGroup): number => 1 + g.weight / (totalChars + 1)
  const tree = new Float64Array(newCount + 1)
  const treeAt = new Int32Array(newCount + 1).fill(-1)
  const best = new Float64Array(byOld.length)
  const previous = new Int32Array(byOld.length).fill(-1)
  for (let k = 0; k < byOld.length; k++) {
    // The best chain ending at a new index strictly before this group's first one.
    let score = 0
    let from = -1
    for (let i = byOld[k].new[0]; i > 0; i -= i & -i) {
      if (tree[i] > score) {
        score = tree[i]
        from = treeAt[i]
      }
    }
    best[k] = score + value(byOld[k])
    previous[k] = from
    for (let i = byOld[k].new[0] + 1; i <= newCount; i += i & -i) {
      if (best[k] > tree[i]) {
        tree[i] = best[k]
        treeAt[i] = k
      }
    }
  }
  let end = -1
  for (let k = 0; k < byOld.length; k++) if (end < 0 || best[k] > best[end]) end = k
  const kept = new Set<MatchGroup>()
  for (let k = end; k >= 0; k = previous[k]) kept.add(byOld[k])
  return kept
}

/**
 * The blocks in reading order: the new draft's paragraphs in order, each removed paragraph (and
 * each moved one's old place) right after the in-order match that preceded it in the old draft,
 * so a replaced paragraph reads as "removed, then added" where it stood.
 */
export function orderBlocks(
  groups: MatchGroup[],
  oldCount: number,
  newCount: number,
  totalChars: number
): ParagraphBlock[] {
  const kept = orderedMatches(groups, newCount, totalChars)
  const groupOfOld = new Array<MatchGroup | undefined>(oldCount)
  const groupOfNew = new Array<MatchGroup | undefined>(newCount)
  for (const group of groups) {
    for (const o of group.old) groupOfOld[o] = group
    for (const n of group.new) groupOfNew[n] = group
  }
  const anchors = [...kept].sort((a, b) => a.new[0] - b.new[0])
  const blocks: ParagraphBlock[] = []
  let oldNext = 0
  /** Old paragraphs up to `limit` that no in-order match covers: removed ones and moved ones' old places. */
  const oldUpTo = (limit: number): void => {
    for (; oldNext < limit; oldNext++) {
      const group = groupOfOld[oldNext]
      if (!group) blocks.push({ kind: 'removed', old: oldNext })
      else if (!kept.has(group) && group.old[0] === oldNext) blocks.push({ kind: 'moved-away', group })
    }
  }
  let anchorIndex = 0
  oldUpTo(anchors[0]?.old[0] ?? oldCount)
  for (let n = 0; n < newCount; n++) {
    const group = groupOfNew[n]
    if (!group) {
      blocks.push({ kind: 'added', new: n })
      continue
    }
    if (group.new[0] !== n) continue // a split's later paragraphs: shown with its first
    if (!kept.has(group)) {
      blocks.push({ kind: 'matched', group, moved: true })
      continue
    }
    blocks.push({ kind: 'matched', group, moved: false })
    oldNext = group.old[group.old.length - 1] + 1
    anchorIndex++
    oldUpTo(anchors[anchorIndex]?.old[0] ?? oldCount)
  }
  return blocks
}
