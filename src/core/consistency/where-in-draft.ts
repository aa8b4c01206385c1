/**
 * Where a fact sits, said as a checker reading the page says it: "in paragraph 3" of the body, "in the standfirst",
 * "where Ana Ruiz speaks" in a transcript. Every consistency note names both places this way.
 */
import type { Block, BlockKind, Fact } from '../../shared/article'
import { lastAtOrBefore } from '../sorted-search'
import { packedMap } from '../packed-map'

/**
 * Where the facts of one draft sit: its paragraphs' starts (no blocks), or its blocks with their paragraph numbers.
 * Data read by whereIs, not a closure made per draft: optimised code that called one draft's closure took the next
 * draft's for a wrong call target and was thrown away (V8 deoptimises; the checks call it only when a pair is flagged).
 */
export interface Locate {
  /** Where each block starts, or each paragraph between blank lines when the draft came without blocks. */
  readonly starts: readonly number[]
  /** The draft's blocks, or null: paragraphs counted between blank lines. */
  readonly blocks: readonly Block[] | null
  /** Each block's number among the body paragraphs (empty without blocks). */
  readonly paragraphNumber: readonly number[]
}

/** Without the article's blocks: paragraphs counted between blank lines. */
export function paragraphLocator(text: string): Locate {
  const starts = [0]
  const re = /\n[ \t]*\n\s*/g
  for (let m = re.exec(text); m; m = re.exec(text)) starts.push(m.index + m[0].length)
  return { starts, blocks: null, paragraphNumber: [] }
}

/** Blocks that are not body paragraphs, named as a checker names them. */
const BLOCK_PLACES: Record<Exclude<BlockKind, 'paragraph'>, string> = {
  title: 'in the headline',
  standfirst: 'in the standfirst',
  byline: 'in the byline',
  metadata: 'in the metadata',
  heading: 'in a subheading',
  caption: 'in a caption',
  blockquote: 'in a block quote',
  'list-item': 'in a list',
  turn: 'in the transcript'
}

/**
 * Body paragraphs are numbered among themselves (headline, standfirst, metadata and captions are
 * not paragraphs to a checker counting down the page); every other block is named by its kind.
 */
export function blockLocator(blocks: readonly Block[]): Locate {
  const starts = packedMap(blocks, (b) => b.start)
  const paragraphNumber: number[] = []
  let count = 0
  for (const block of blocks) paragraphNumber.push(block.kind === 'paragraph' ? ++count : count)
  return { starts, blocks, paragraphNumber }
}

/** A start as its own sort key, for lastAtOrBefore. */
const asIs = (start: number): number => start

/** "in paragraph 3": where a fact sits, in words. */
export function whereIs(place: Locate, fact: Fact): string {
  const { starts, blocks, paragraphNumber } = place
  if (blocks === null) return `in paragraph ${lastAtOrBefore(starts, asIs, fact.start) + 1}`
  const i = Math.max(0, lastAtOrBefore(starts, asIs, fact.start))
  const { kind, speaker } = blocks[i]
  if (kind === 'turn' && speaker) return `where ${speaker} speaks`
  return kind === 'paragraph' ? `in paragraph ${paragraphNumber[i]}` : BLOCK_PLACES[kind]
}
