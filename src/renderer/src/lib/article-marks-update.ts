/**
 * The article's marks after a change to a few items (a status key, accept, dismiss, a note), made again only for
 * the blocks those items are drawn in; every other block keeps its view object, so React skips it by identity.
 * At the size limit (28,000 items, 10,000 blocks) sweeping every item and comparing every block's signature took
 * most of the 0.7 s between a status key and "Saving…"; one block takes a millisecond or two.
 * The result equals what articleMarks makes from scratch (tests/renderer/lib/article-marks-update.test.ts).
 */
import type { Block, ScoredSentence } from '../../../shared/article'
import type { Item } from '../../../shared/case'
import { isActive } from '../../../core/case/case-reading'
import { segmentsByBlock, sweepSegments, type Mark } from '../../../core/case/segments'
import { articleMarks, blockView, gapMark, pushItemMarks, type ArticleMarks, type BlockView } from './article-marks'

export interface MarksInput {
  items: Item[]
  text: string
  blocks: Block[]
  sentences: ScoredSentence[]
  showCoverage: boolean
}

/** Marks made from an input: what the next update starts from. */
export interface MadeMarks {
  input: MarksInput
  marks: ArticleMarks
}

/** Beyond this many changed items (twins linked, a bulk op), one full sweep costs about what block by block does. */
const MAX_CHANGED_ITEMS = 32
/** An item drawn over more blocks than this (a quote across many paragraphs) is cheaper to sweep whole. */
const MAX_BLOCKS = 16

export function updateArticleMarks(previous: MadeMarks | null, input: MarksInput): ArticleMarks {
  const full = () => articleMarks(input.items, input.text, input.blocks, input.sentences, input.showCoverage)
  const before = previous?.input
  if (
    !previous ||
    !before ||
    before.text !== input.text ||
    before.blocks !== input.blocks ||
    before.sentences !== input.sentences ||
    before.showCoverage !== input.showCoverage ||
    before.items.length !== input.items.length
  )
    return full()
  const changed: Array<[Item, Item]> = []
  for (let i = 0; i < input.items.length; i++) {
    const [was, now] = [before.items[i], input.items[i]]
    if (was === now) continue
    if (was.id !== now.id || changed.length === MAX_CHANGED_ITEMS) return full()
    changed.push([was, now])
  }
  if (changed.length === 0) return previous.marks
  // The gaps (coverage) read where items are and whether they are removed: a moved or removed item sweeps it all.
  if (changed.some(([was, now]) => !sameCoverage(was, now))) return full()

  const views = previous.marks.blocks
  const affected = new Set<number>()
  for (const [was, now] of changed)
    for (const span of [was.anchor, ...was.facts, now.anchor, ...now.facts])
      for (let b = blockAt(views, span.start); b <= blockAt(views, Math.max(span.start, span.end - 1)); b++)
        affected.add(b)
  if (affected.size > MAX_BLOCKS) return full()

  const itemsById = new Map(previous.marks.itemsById)
  for (const [was, now] of changed) {
    itemsById.delete(was.id)
    if (isActive(now)) itemsById.set(now.id, now)
  }
  const blocks = views.slice()
  for (const b of affected) blocks[b] = remadeBlock(views, b, input, previous.marks.gaps, itemsById)
  return { blocks, itemsById, gaps: previous.marks.gaps }
}

function sameCoverage(was: Item, now: Item): boolean {
  return (
    was.anchor.start === now.anchor.start &&
    was.anchor.end === now.anchor.end &&
    (was.state === 'removed') === (now.state === 'removed')
  )
}

/** The block an offset is drawn in, as articleMarks assigns items: the first that ends after it, else the last. */
function blockAt(views: readonly BlockView[], offset: number): number {
  let [lo, hi] = [0, views.length - 1]
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (views[mid].block.end > offset) hi = mid
    else lo = mid + 1
  }
  return lo
}

/** Block `b` swept on its own: the marks that reach into it (items, facts, gaps, in articleMarks' order). */
function remadeBlock(
  views: readonly BlockView[],
  b: number,
  input: MarksInput,
  gaps: ArticleMarks['gaps'],
  itemsById: Map<string, Item>
): BlockView {
  const { block } = views[b]
  // Items starting in this block: from the end of the block before (the first block takes all before it).
  const from = b === 0 ? -Infinity : views[b - 1].block.end
  const to = b === views.length - 1 ? Infinity : block.end
  const reaches = (start: number, end: number) => start < block.end && end > block.start
  const marks: Mark[] = []
  const starting: Item[] = []
  for (const item of input.items) {
    if (!isActive(item)) continue
    if (item.anchor.start >= from && item.anchor.start < to) starting.push(item)
    if (!reaches(item.anchor.start, item.anchor.end) && !item.facts.some((f) => reaches(f.start, f.end))) continue
    const own: Mark[] = []
    pushItemMarks(own, item)
    for (const mark of own) if (reaches(mark.start, mark.end)) marks.push(mark)
  }
  if (input.showCoverage) for (const gap of gaps) if (reaches(gap.start, gap.end)) marks.push(gapMark(gap))
  const [pieces] = segmentsByBlock(sweepSegments(input.text.length, marks), [block])
  starting.sort((x, y) => x.anchor.start - y.anchor.start)
  return blockView(block, pieces, starting, itemsById)
}

/**
 * A function that makes each input's marks from the ones it made last (memoize-one, remembering one made pair).
 * Any earlier pair is as good a start as the last, so a render React throws away leaves nothing wrong behind.
 */
export function marksMaker(): (input: MarksInput) => ArticleMarks {
  let made: MadeMarks | null = null
  return (input) => {
    const marks = updateArticleMarks(made, input)
    made = { input, marks }
    return marks
  }
}
