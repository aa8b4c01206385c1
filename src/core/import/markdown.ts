import type { Article, BlockKind } from '../../shared/article'
import { ArticleBuilder } from './article-builder'
import { isKnownKey, parseByline, parseMetadataLine, recordMetadata, type MetadataLine } from './header-lines'
import { toIsoDate } from './dates'
import { readFrontMatter } from './front-matter'
import { markdownBlocks } from './markdown-blocks'
import { normaliseSource } from './normalise'

/**
 * Markdown drafts, parsed by markdown-it (CommonMark + GFM tables and strikethrough):
 * headings, paragraphs, lists, blockquotes, code, tables, HTML blocks and comments, link
 * reference definitions. Front matter is read by `yaml` (./front-matter.ts). The first
 * `# heading` is the title; a byline line near the top becomes a 'byline' block plus
 * author/date metadata. The blocks are read by ./markdown-blocks.ts (markdown-it itself stops
 * nesting at `maxNesting`).
 */

/** A standfirst or byline is looked for within this many blocks after the title. */
const HEADER_WINDOW = 3

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

  let titleIndex = -1
  let blockIndex = 0
  for (const raw of markdownBlocks(body)) {
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
