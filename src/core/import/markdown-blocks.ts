import type { BlockKind } from '../../shared/article'
import { isPlainRun, TOKEN_SINK, type TokenSink } from './markdown-cheaper'
import {
  inlineText,
  isWhollyEmphasised,
  markdownParser,
  stripInlineMarkdown,
  type MarkdownToken
} from './markdown-inline'

/**
 * A Markdown draft's blocks in reading order, read from markdown-it's block tokens as it pushes them, so none of
 * them outlives its block. Kept all at once, a megabyte of one-word list items was 1.3 million block tokens alive
 * together, and collecting them was 40% of the import. The inline markup of each block is parsed once the whole
 * draft is read (a link may use a reference defined further down, as markdown-it itself waits for), with
 * markdown-it's parseInline and the draft's references: the same children its full parse gives that block.
 * markdown-it's token stream is flat, so reading it is a loop: depth of nesting costs no stack here.
 */

export interface RawBlock {
  kind: BlockKind
  text: string
  level?: number
  /** Paragraph wholly wrapped in emphasis: a standfirst candidate right after the title. */
  emphasised?: boolean
}

/** markdown-it's env: the draft's link references, gathered by its block parse. */
type Env = Record<string, unknown>

/** A block read, its inline markup not yet parsed: one run (`inline`), a table row's cells, or final text. */
interface PendingBlock {
  kind: BlockKind
  level?: number
  inline?: string
  cells?: string[]
  text?: string
}

/** Table cells read left to right, one row per block. */
const CELL_SEPARATOR = ' · '

/** Where a block sits decides its kind: anything inside a quote is quote, inside a list a list item. */
function kindHere(quoteDepth: number, listDepth: number, own: BlockKind): BlockKind {
  if (quoteDepth > 0) return 'blockquote'
  if (listDepth > 0) return 'list-item'
  return own
}

/**
 * Takes block tokens one by one as markdown-it pushes them. A rule fills a token's fields after pushing it
 * (content, tag, markup), never after pushing the next one, so each token is read when the next arrives.
 */
class BlockReader implements TokenSink {
  readonly pending: PendingBlock[] = []
  private quoteDepth = 0
  private listDepth = 0
  private headingLevel = 0
  private row: string[] | null = null
  private last: MarkdownToken | null = null

  push(token: MarkdownToken): void {
    if (this.last) this.read(this.last)
    this.last = token
  }

  finish(): void {
    if (this.last) this.read(this.last)
    this.last = null
  }

  private kind(own: BlockKind): BlockKind {
    return kindHere(this.quoteDepth, this.listDepth, own)
  }

  private read(token: MarkdownToken): void {
    switch (token.type) {
      case 'blockquote_open':
        this.quoteDepth++
        break
      case 'blockquote_close':
        this.quoteDepth--
        break
      case 'list_item_open':
        this.listDepth++
        break
      case 'list_item_close':
        this.listDepth--
        break
      case 'heading_open':
        this.headingLevel = Number(token.tag.slice(1)) || 1
        break
      case 'heading_close':
        this.headingLevel = 0
        break
      case 'tr_open':
        this.row = []
        break
      case 'tr_close':
        this.pending.push({ kind: this.kind('paragraph'), cells: this.row ?? [] })
        this.row = null
        break
      case 'inline':
        if (this.row) this.row.push(token.content)
        else if (this.headingLevel > 0)
          this.pending.push({ kind: this.kind('heading'), level: this.headingLevel, inline: token.content })
        else this.pending.push({ kind: this.kind('paragraph'), inline: token.content })
        break
      case 'fence':
      case 'code_block':
        this.pending.push({ kind: this.kind('paragraph'), text: token.content }) // code: verbatim, no inline markup
        break
      case 'html_block':
        // Tags and comments go; the words between them stay (a writer's <div> around prose is still prose).
        this.pending.push({ kind: this.kind('paragraph'), text: stripInlineMarkdown(token.content) })
        break
    }
  }
}

/** The inline tokens of one run, as markdown-it's full parse gives them with the draft's references (`env`). */
function inlineChildren(run: string, env: Env): readonly MarkdownToken[] | null {
  return markdownParser.parseInline(run, env)[0]?.children ?? null
}

/** The reader's text of one run; a run with no inline syntax is its own text (one text token). */
const runText = (run: string, env: Env): string => (isPlainRun(run) ? run : inlineText(inlineChildren(run, env)))

function resolve(block: PendingBlock, env: Env): RawBlock {
  const { kind, level, inline, cells, text } = block
  if (cells) return { kind, text: cells.map((cell) => runText(cell, env).trim()).join(CELL_SEPARATOR) }
  if (inline === undefined) return { kind, text: text ?? '' }
  if (level !== undefined) return { kind, level, text: runText(inline, env) }
  if (isPlainRun(inline)) return { kind, text: inline, emphasised: false }
  const children = inlineChildren(inline, env)
  return { kind, text: inlineText(children), emphasised: kind === 'paragraph' && isWhollyEmphasised(children) }
}

/** The blocks of a Markdown body (front matter already taken off), in reading order. */
export function* markdownBlocks(body: string): Generator<RawBlock> {
  const reader = new BlockReader()
  const env: Env & { [TOKEN_SINK]?: TokenSink } = { [TOKEN_SINK]: reader }
  markdownParser.parse(body, env)
  reader.finish()
  delete env[TOKEN_SINK]
  for (const block of reader.pending) yield resolve(block, env)
}
