import type { Article, Block, BlockKind } from '../../shared/article'
import { collapseBlockText } from './normalise'

/** Separator between blocks in `Article.text`: one blank line. */
export const BLOCK_SEPARATOR = '\n\n'

/**
 * What a transcript turn carries besides its words (see `Block`); here each caption's `at` counts from the
 * block's own start, made an offset into the article's text when the blocks are laid out.
 */
export type TurnDetails = Pick<Block, 'speaker' | 'speakerName' | 'role' | 'roleReason' | 'time' | 'captions'>

interface PendingBlock {
  kind: BlockKind
  text: string
  turn?: TurnDetails
}

/**
 * Collects blocks in reading order and lays them out into one `Article`, computing exact
 * offsets. Every importer goes through here, so the layout invariants live in one place:
 * blocks are trimmed, non-empty, newline-free, in order, separated by a blank line.
 */
export class ArticleBuilder {
  private readonly pending: PendingBlock[] = []
  /** Blocks of each kind so far: importers ask `has` per block, and a scan per question is blocks². */
  private readonly kindCounts = new Map<BlockKind, number>()
  readonly metadata: Record<string, string> = {}
  /** Title/standfirst that are known but not shown as blocks (e.g. front matter). */
  fallbackTitle = ''
  fallbackStandfirst = ''

  /** Adds a block; returns false (and adds nothing) when its text is empty after collapsing. */
  add(kind: BlockKind, raw: string, turn?: TurnDetails): boolean {
    const text = collapseBlockText(raw)
    if (text === '') return false
    // Collapsing moved the words: the captions' offsets would point beside them, so the turn keeps its one time.
    const kept = turn?.captions && text !== raw ? { ...turn, captions: undefined } : turn
    this.pending.push(kept ? { kind, text, turn: kept } : { kind, text })
    this.count(kind, 1)
    return true
  }

  /** Sets a metadata value unless one is already there (earlier, more reliable sources win). */
  setMeta(key: string, value: string | null | undefined): void {
    if (value === null || value === undefined) return
    const clean = collapseBlockText(value)
    if (clean !== '' && !(key in this.metadata)) this.metadata[key] = clean
  }

  has(kind: BlockKind): boolean {
    return (this.kindCounts.get(kind) ?? 0) > 0
  }

  private count(kind: BlockKind, change: number): void {
    this.kindCounts.set(kind, (this.kindCounts.get(kind) ?? 0) + change)
  }

  get blockCount(): number {
    return this.pending.length
  }

  /** Texts of the blocks added so far, in order (importers peek at them for bylines). */
  texts(): string[] {
    return this.pending.map((block) => block.text)
  }

  /** Changes the kind of an already added block, e.g. a paragraph recognised as a byline. */
  retag(index: number, kind: BlockKind): void {
    const block = this.pending[index]
    if (!block) return
    this.count(block.kind, -1)
    this.count(kind, 1)
    block.kind = kind
  }

  /** Inserts a block at a position, e.g. an HTML title found outside the article body. */
  insertAt(index: number, kind: BlockKind, raw: string): void {
    const text = collapseBlockText(raw)
    if (text === '') return
    this.pending.splice(Math.max(0, Math.min(index, this.pending.length)), 0, { kind, text })
    this.count(kind, 1)
  }

  build(): Article {
    const blocks: Block[] = []
    let offset = 0
    const parts: string[] = []
    for (const block of this.pending) {
      if (parts.length > 0) offset += BLOCK_SEPARATOR.length
      const end = offset + block.text.length
      blocks.push(block.turn ? turnBlock(block, offset, end) : { kind: block.kind, start: offset, end })
      parts.push(block.text)
      offset += block.text.length
    }
    const first = (kind: BlockKind): string => this.pending.find((b) => b.kind === kind)?.text ?? ''
    return {
      text: parts.join(BLOCK_SEPARATOR),
      title: first('title') || collapseBlockText(this.fallbackTitle),
      standfirst: first('standfirst') || collapseBlockText(this.fallbackStandfirst),
      metadata: { ...this.metadata },
      blocks
    }
  }
}

function turnBlock({ kind, turn }: PendingBlock, start: number, end: number): Block {
  const { captions, ...rest } = turn ?? {}
  if (!captions) return { kind, start, end, ...rest }
  return { kind, start, end, ...rest, captions: captions.map((cue) => ({ ...cue, at: start + cue.at })) }
}
