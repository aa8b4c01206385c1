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
import { segmentsByBlock, sweepSegments, type Mark, type Segment } from '../../../core/case/segments'
import {
  articleMarks,
  blockView,
  drawnTheSame,
  gapMark,
  pushItemMarks,
  type ArticleMarks,
  type BlockView
} from './article-marks'

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

/**
 * Beyond this many items drawn differently (a bulk op), one full sweep costs about what remaking their blocks does.
 * A status on a sentence repeated hundreds of times changes every twin, so the limit is generous.
 */
const MAX_CHANGED_ITEMS = 2_000
/** Beyond this many blocks to remake, sweeping the whole draft is as quick. */
const MAX_BLOCKS = 1_000

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
    // Changed in nothing the article draws (twins linked, a note typed): its marks stay as they are.
    if (!drawnTheSame(was, now)) changed.push([was, now])
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
  for (const [b, drawn] of remadeBlocks(views, affected, input, previous.marks.gaps))
    blocks[b] = blockView(views[b].block, drawn.pieces, drawn.starting, itemsById)
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

/**
 * The affected blocks swept on their own, in one pass over the items: the marks that reach into each (items,
 * facts, gaps, in articleMarks' order) and the items starting there (as articleMarks assigns them: blockAt).
 */
function remadeBlocks(
  views: readonly BlockView[],
  affected: ReadonlySet<number>,
  input: MarksInput,
  gaps: ArticleMarks['gaps']
): Map<number, { pieces: Segment[]; starting: Item[] }> {
  const marks = new Map<number, Mark[]>([...affected].map((b) => [b, []]))
  const starting = new Map<number, Item[]>([...affected].map((b) => [b, []]))
  const reaches = (b: number, mark: { start: number; end: number }) =>
    mark.start < views[b].block.end && mark.end > views[b].block.start
  /** Each affected block among those from `start`'s to `end`'s that the mark reaches gets it. */
  const place = (mark: Mark) => {
    for (let b = blockAt(views, mark.start); b <= blockAt(views, Math.max(mark.start, mark.end - 1)); b++)
      if (affected.has(b) && reaches(b, mark)) marks.get(b)?.push(mark)
  }
  // The stretch of text the affected blocks own (with the gap before each, where items start for articleMarks):
  // an item wholly outside it is passed over with two comparisons, not three binary searches.
  const bounds = [...affected]
  const [first, last] = [Math.min(...bounds), Math.max(...bounds)]
  const from = first === 0 ? -Infinity : views[first - 1].block.end
  const to = last === views.length - 1 ? Infinity : views[last].block.end
  for (const item of input.items) {
    let [lo, hi] = [item.anchor.start, item.anchor.end]
    for (const fact of item.facts) [lo, hi] = [Math.min(lo, fact.start), Math.max(hi, fact.end)]
    if (hi < from || lo >= to || !isActive(item)) continue
    starting.get(blockAt(views, item.anchor.start))?.push(item)
    let near = false
    for (let b = blockAt(views, lo); b <= blockAt(views, Math.max(lo, hi - 1)) && !near; b++) near = affected.has(b)
    if (!near) continue
    const own: Mark[] = []
    pushItemMarks(own, item)
    own.forEach(place)
  }
  for (const gap of input.showCoverage ? (gaps ?? []) : []) place(gapMark(gap))
  const result = new Map<number, { pieces: Segment[]; starting: Item[] }>()
  for (const b of affected) {
    const [pieces] = segmentsByBlock(sweepSegments(input.text.length, marks.get(b) ?? []), [views[b].block])
    result.set(b, { pieces, starting: (starting.get(b) ?? []).sort((x, y) => x.anchor.start - y.anchor.start) })
  }
  return result
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
