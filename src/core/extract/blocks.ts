import type { Article, Block, BlockKind, CaptionTime } from '../../shared/article'
import { lastAtOrBefore } from '../sorted-search'

/**
 * The kind of the block holding `offset` (blocks are sorted and disjoint). Offsets between blocks
 * count as paragraph text.
 */
export function blockKindAt(blocks: readonly Block[], offset: number): BlockKind {
  return blockAt(blocks, offset)?.kind ?? 'paragraph'
}

/** The block holding `offset`, or undefined between blocks. */
export function blockAt(blocks: readonly Block[], offset: number): Block | undefined {
  const block = blocks[lastAtOrBefore(blocks, (b) => b.start, offset)]
  return block && offset < block.end ? block : undefined
}

/**
 * When a captioned recording speaks the words at `offset`: the time of the caption they are in (a turn joining
 * several captions keeps each one's), else the turn's. Null outside captions.
 */
export function spokenTimeAt(blocks: readonly Block[], offset: number): CaptionTime | null {
  const block = blockAt(blocks, offset)
  if (!block?.time) return null
  const captions = block.captions ?? []
  const caption = captions[lastAtOrBefore(captions, (cue) => cue.at, offset)]
  return caption ? { start: caption.start, end: caption.end } : block.time
}

/** Whether the draft is a transcript: its text is in speakers' turns (the importers give no other draft turns). */
export function isTranscript(article: Article): boolean {
  return article.blocks.some((block) => block.kind === 'turn')
}
