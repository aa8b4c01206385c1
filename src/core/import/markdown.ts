import type { Article, BlockKind } from '../../shared/article'
import { ArticleBuilder } from './article-builder'
import { isKnownKey, parseByline, parseMetadataLine, recordMetadata, type MetadataLine } from './header-lines'
import { toIsoDate } from './dates'
import { readFrontMatter } from './front-matter'
import {
  inlineText,
  isWhollyEmphasised,
  markdownParser,
  stripInlineMarkdown,
  type MarkdownToken
} from './markdown-inline'
import { normaliseSource } from './normalise'

/**
 * Markdown drafts, parsed by markdown-it (CommonMark + GFM tables and strikethrough):
 * headings, paragraphs, lists, blockquotes, code, tables, HTML blocks and comments, link
 * reference definitions. Front matter is read by `yaml` (./front-matter.ts). The first
 * `# heading` is the title; a byline line near the top becomes a 'byline' block plus
 * author/date metadata. markdown-it's token stream is flat, so walking it is a loop: depth
 * of nesting costs no stack here (markdown-it itself stops nesting at `maxNesting`).
 */

interface RawBlock {
  kind: BlockKind
  text: string
  level?: number
  /** Paragraph wholly wrapped in emphasis: a standfirst candidate right after the title. */
  emphasised?: boolean
}

/** A standfirst or byline is looked for within this many blocks after the title. */
const HEADER_WINDOW = 3
/** Table cells read left to right, one row per block. */
const CELL_SEPARATOR = ' · '

/** Where a block sits decides its kind: anything inside a quote is quote, inside a list a list item. */
function kindHere(quoteDepth: number, listDepth: number, own: BlockKind): BlockKind {
  if (quoteDepth > 0) return 'blockquote'
  if (listDepth > 0) return 'list-item'
  return own
}

/** The blocks of a token stream, in reading order. One pass, no recursion. */
function rawBlocks(tokens: readonly MarkdownToken[]): RawBlock[] {
  const blocks: RawBlock[] = []
  let quoteDepth = 0
  let listDepth = 0
  let headingLevel = 0
  let row: string[] | null = null
  for (const token of tokens) {
    switch (token.type) {
      case 'blockquote_open':
        quoteDepth++
        break
      case 'blockquote_close':
        quoteDepth--
        break
      case 'list_item_open':
        listDepth++
        break
      case 'list_item_close':
        listDepth--
        break
      case 'heading_open':
        headingLevel = Number(token.tag.slice(1)) || 1
        break
      case 'heading_close':
        headingLevel = 0
        break
      case 'tr_open':
        row = []
        break
      case 'tr_close':
        blocks.push({ kind: kindHere(quoteDepth, listDepth, 'paragraph'), text: (row ?? []).join(CELL_SEPARATOR) })
        row = null
        break
      case 'inline': {
        const text = inlineText(token.children)
        if (row) row.push(text.trim())
        else if (headingLevel > 0)
          blocks.push({ kind: kindHere(quoteDepth, listDepth, 'heading'), level: headingLevel, text })
        else {
          const kind = kindHere(quoteDepth, listDepth, 'paragraph')
          blocks.push({ kind, text, emphasised: kind === 'paragraph' && isWhollyEmphasised(token.children) })
        }
        break
      }
      case 'fence':
      case 'code_block':
        blocks.push({ kind: kindHere(quoteDepth, listDepth, 'paragraph'), text: token.content }) // code: verbatim, no inline markup
        break
      case 'html_block':
        // Tags and comments go; the words between them stay (a writer's <div> around prose is still prose).
        blocks.push({ kind: kindHere(quoteDepth, listDepth, 'paragraph'), text: stripInlineMarkdown(token.content) })
        break
    }
  }
  return blocks
}

/** Every line a `key: value` metadata line with a key newsrooms use, or null. */
function headerMetadata(text: string): MetadataLine[] | null {
  const parsed = text.split('\n').map((line) => parseMetadataLine(line))
  return parsed.every((entry): entry is MetadataLine => entry !== null && isKnownKey(entry.key))
    ? (parsed as MetadataLine[])
    : null
}

function addHeaderMetadata(builder: ArticleBuilder, front: Record<string, string>): void {
  for (const [key, value] of Object.entries(front)) {
    if (key === 'date' || key === 'published') builder.setMeta('date', toIsoDate(value) ?? value)
    if (key !== 'date') builder.setMeta(key, value)
  }
}

export function parseMarkdown(source: string): Article {
  const builder = new ArticleBuilder()
  const { meta: frontMeta, body } = readFrontMatter(normaliseSource(source))
  const tokens = markdownParser.parse(body, {})

  let titleIndex = -1
  let blockIndex = 0
  for (const raw of rawBlocks(tokens)) {
    const text = raw.text
    const afterTitle = titleIndex >= 0 && blockIndex - titleIndex <= HEADER_WINDOW
    const byline =
      raw.kind === 'paragraph' && (titleIndex < 0 ? blockIndex < HEADER_WINDOW : afterTitle) ? parseByline(text) : null
    let kind: BlockKind = raw.kind
    // `date: 2024-03-14` under the title (drafts without front matter): metadata, never a claim.
    const metadata =
      raw.kind === 'paragraph' &&
      !builder.has('paragraph') &&
      (titleIndex < 0 ? blockIndex < HEADER_WINDOW : afterTitle)
        ? headerMetadata(text)
        : null
    if (metadata) {
      for (const [index, line] of text.split('\n').entries()) {
        if (builder.add('metadata', line)) recordMetadata(builder.metadata, metadata[index])
      }
      blockIndex++
      continue
    }
    if (raw.kind === 'heading' && raw.level === 1 && titleIndex < 0 && !builder.has('title')) kind = 'title'
    else if (byline && !builder.has('byline')) kind = 'byline'
    else if (raw.emphasised && afterTitle && !builder.has('standfirst') && !builder.has('paragraph'))
      kind = 'standfirst'
    if (!builder.add(kind, text)) continue
    if (kind === 'title') titleIndex = blockIndex
    if (kind === 'byline' && byline) {
      builder.setMeta('author', byline.author)
      builder.setMeta('date', byline.date)
    }
    blockIndex++
  }
  addHeaderMetadata(builder, frontMeta)
  builder.fallbackTitle = frontMeta.title ?? ''
  builder.fallbackStandfirst = frontMeta.description ?? frontMeta.standfirst ?? frontMeta.summary ?? ''
  return builder.build()
}
