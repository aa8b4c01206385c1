/**
 * Where a fact sits, said as a checker reading the page says it: "in paragraph 3" of the body, "in the standfirst",
 * "where Ana Ruiz speaks" in a transcript. Every consistency note names both places this way.
 */
import type { Block, BlockKind, Fact } from '../../shared/article'
import { lastAtOrBefore } from '../sorted-search'
import { packedMap } from '../packed-map'

/** "in paragraph 3": where a fact sits, in words. */
export type Locate = (fact: Fact) => string

/** Without the article's blocks: paragraphs counted between blank lines. */
export function paragraphLocator(text: string): Locate {
  const starts = [0]
  const re = /\n[ \t]*\n\s*/g
  for (let m = re.exec(text); m; m = re.exec(text)) starts.push(m.index + m[0].length)
  return (fact) => `in paragraph ${lastAtOrBefore(starts, (start) => start, fact.start) + 1}`
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
  return (fact) => {
    const i = Math.max(
      0,
      lastAtOrBefore(starts, (start) => start, fact.start)
    )
    const { kind, speaker } = blocks[i]
    if (kind === 'turn' && speaker) return `where ${speaker} speaks`
    return kind === 'paragraph' ? `in paragraph ${paragraphNumber[i]}` : BLOCK_PLACES[kind]
  }
}
