/**
 * What the article view draws: highlight segments per block, computed once per case change (one
 * sweep over every item, fact and coverage boundary) with a signature per block so an unchanged
 * block is not re-rendered when one item's status changes elsewhere.
 */
import type { Block, ScoredSentence } from '../../../shared/article'
import type { Item } from '../../../shared/case'
import { isActive } from '../../../core/case/case-reading'
import { nextUncovered, uncoveredSentences } from '../../../core/case/coverage'
import { segmentSignature, segmentsByBlock, sweepSegments, type Mark, type Segment } from '../../../core/case/segments'

export const FACT_PREFIX = 'fact:'
export const GAP_PREFIX = 'gap:'

export interface BlockView {
  block: Block
  pieces: Segment[]
  /** Items that start in this block, for the margin markers. */
  starting: Item[]
  signature: string
}

export interface ArticleMarks {
  blocks: BlockView[]
  itemsById: Map<string, Item>
  /**
   * The sentences nobody looked at, in reading order, when coverage is shown; null when it is not: sweeping every
   * sentence of a big draft against its items took the first screen 40-80 ms for a count nobody saw (U, the key to
   * the next one, counts them itself: Workspace revealNextUncovered).
   */
  gaps: Array<{ start: number; end: number }> | null
}

export function articleMarks(
  items: Item[],
  text: string,
  blocks: Block[],
  sentences: ScoredSentence[],
  showCoverage: boolean
): ArticleMarks {
  const itemsById = new Map<string, Item>()
  const marks: Mark[] = []
  for (const item of items) {
    if (!isActive(item)) continue
    itemsById.set(item.id, item)
    pushItemMarks(marks, item)
  }
  const gaps = showCoverage ? uncoveredGaps(sentences, items, text) : null
  for (const gap of gaps ?? []) marks.push(gapMark(gap))

  const viewBlocks = blocks.length > 0 ? blocks : [{ kind: 'paragraph' as const, start: 0, end: text.length }]
  const perBlock = segmentsByBlock(sweepSegments(text.length, marks), viewBlocks)
  const startingByBlock = itemsStartingPerBlock([...itemsById.values()], viewBlocks)
  return {
    blocks: viewBlocks.map((block, index) => blockView(block, perBlock[index], startingByBlock[index], itemsById)),
    itemsById,
    gaps
  }
}

/** Where each sentence nobody looked at is, in reading order. */
export function uncoveredGaps(
  sentences: ScoredSentence[],
  items: Item[],
  text: string
): NonNullable<ArticleMarks['gaps']> {
  return uncoveredSentences(sentences, items, text).map(({ start, end }) => ({ start, end }))
}

/** The next sentence nobody looked at after `from` (wrapping), swept here when coverage is hidden (gaps null). */
export function nextGap(
  marks: ArticleMarks,
  draft: { sentences: ScoredSentence[]; items: Item[]; text: string },
  from: number
): { start: number; end: number } | null {
  return nextUncovered(marks.gaps ?? uncoveredGaps(draft.sentences, draft.items, draft.text), from)
}

/** An item's own mark and its facts' marks (a claim's), in the order the sweep takes them. */
export function pushItemMarks(marks: Mark[], item: Item): void {
  marks.push({ id: item.id, start: item.anchor.start, end: item.anchor.end })
  if (item.kind !== 'claim') return
  for (const fact of item.facts)
    marks.push({ id: `${FACT_PREFIX}${fact.start}-${fact.end}`, start: fact.start, end: fact.end })
}

export const gapMark = (gap: { start: number; end: number }): Mark => ({
  id: `${GAP_PREFIX}${gap.start}`,
  start: gap.start,
  end: gap.end
})

/** One block as drawn, with the signature its view memoises on (the ids it shows, with their status and state). */
export function blockView(block: Block, pieces: Segment[], starting: Item[], itemsById: Map<string, Item>): BlockView {
  const describe = (id: string) => {
    const item = itemsById.get(id)
    return item ? `${id}/${item.status}/${item.state}/${item.kind}` : id
  }
  const signature =
    turnSignature(block) + segmentSignature(pieces, describe) + starting.map((item) => describe(item.id)).join(',')
  return { block, pieces, starting, signature }
}

/**
 * What a turn's margin draws: who speaks, their role and the caption time. Part of the signature the article view
 * redraws a block by, or a corrected transcript (a turn given to another speaker, captions re-timed) left the
 * margin showing the old speaker or time over the same words.
 */
function turnSignature(block: Block): string {
  if (block.kind !== 'turn') return ''
  const { speaker = '', speakerName = '', role = '', roleReason = '', time } = block
  return `${speaker}\u0001${speakerName}\u0001${role}\u0001${roleReason}\u0001${time ? `${time.start}-${time.end}` : ''}\u0002`
}

/** Equal in everything the article view draws of an item: where it is, its kind, status, state and facts. */
export function drawnTheSame(a: Item, b: Item): boolean {
  return (
    a === b ||
    (a.id === b.id &&
      a.kind === b.kind &&
      a.status === b.status &&
      a.state === b.state &&
      a.facts === b.facts &&
      a.anchor.start === b.anchor.start &&
      a.anchor.end === b.anchor.end &&
      a.anchor.exact === b.anchor.exact)
  )
}

/**
 * `previous` when `next` draws the same article (so the marks need not be made again), else `next`. Typing a note
 * changes its item on every keystroke (text not sent yet is kept in the case), and remaking the marks of a draft
 * at the size limit for each key made typing lag by seconds.
 */
export function itemsAsDrawn(previous: Item[], next: Item[]): Item[] {
  if (previous === next || previous.length !== next.length) return next
  for (let i = 0; i < next.length; i++) if (!drawnTheSame(previous[i], next[i])) return next
  return previous
}

export function itemsStartingPerBlock(items: Item[], blocks: Block[]): Item[][] {
  const result: Item[][] = blocks.map(() => [])
  const sorted = items.slice().sort((a, b) => a.anchor.start - b.anchor.start)
  let b = 0
  for (const item of sorted) {
    while (b < blocks.length - 1 && blocks[b].end <= item.anchor.start) b++
    result[b].push(item)
  }
  return result
}
