import type { Article, BlockKind } from '../../shared/article'
import { ArticleBuilder } from './article-builder'
import { isKnownKey, parseByline, parseMetadataLine, recordMetadata, type MetadataLine } from './header-lines'
import { toIsoDate } from './dates'
import { stripInlineMarkdown } from './markdown-inline'
import { normaliseSource } from './normalise'

/**
 * Markdown drafts: a small block parser for what writers actually use — ATX and setext
 * headings, paragraphs, lists, blockquotes, fenced code, thematic breaks, YAML front
 * matter, HTML comments, link reference definitions. The first `# heading` is the
 * title; a byline line near the top becomes a 'byline' block plus author/date metadata.
 */

interface RawBlock {
  kind: BlockKind
  text: string
  level?: number
  /** Code content: kept verbatim, no inline markdown processing. */
  literal?: boolean
  /** Paragraph wholly wrapped in emphasis: a standfirst candidate right after the title. */
  emphasised?: boolean
}

const FRONT_MATTER = /^---[ \t]*\n([\s\S]*?)\n(?:---|\.\.\.)[ \t]*(?:\n|$)/
const ATX_HEADING = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/
const SETEXT_UNDERLINE = /^ {0,3}(=+|-+)[ \t]*$/
const THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/
const FENCE = /^ {0,3}(`{3,}|~{3,})/
const QUOTE_MARKER = /^ {0,3}> ?/
const LIST_ITEM = /^( {0,3})([-*+]|\d{1,9}[.)])(?:[ \t]+(.*))?$/
const REFERENCE_DEFINITION = /^ {0,3}\[([^\]]+)\]:[ \t]*\S+.*$/
const TABLE_ROW = /^\s*\|.*\|\s*$/
const TABLE_RULE = /^[\s|:-]+$/
/** A standfirst or byline is looked for within this many blocks after the title. */
const HEADER_WINDOW = 3

function parseFrontMatter(yaml: string): Record<string, string> {
  const meta: Record<string, string> = {}
  let lastKey = ''
  for (const line of yaml.split('\n')) {
    const entry = /^([A-Za-z][\w -]*?)\s*:\s*(.*)$/.exec(line)
    const item = /^\s+-\s+(.*)$/.exec(line)
    if (entry) {
      lastKey = (entry[1] ?? '').toLowerCase()
      const value = (entry[2] ?? '').trim().replace(/^(["'])(.*)\1$/, '$2')
      if (value !== '' && !/^[|>]$/.test(value)) meta[lastKey] = value.replace(/^\[(.*)\]$/, '$1')
    } else if (item && lastKey) {
      const value = (item[1] ?? '').trim().replace(/^(["'])(.*)\1$/, '$2')
      meta[lastKey] = meta[lastKey] ? `${meta[lastKey]}, ${value}` : value
    }
  }
  return meta
}

function startsBlock(line: string): boolean {
  return ATX_HEADING.test(line) || FENCE.test(line) || QUOTE_MARKER.test(line) || THEMATIC_BREAK.test(line) ||
    (LIST_ITEM.test(line) && !/^\s*\d/.test(line)) || /^ {0,3}1[.)]\s/.test(line)
}

function paragraphBlocks(lines: string[]): RawBlock[] {
  if (lines.length > 0 && lines.every((line) => TABLE_ROW.test(line))) {
    return lines
      .filter((line) => !TABLE_RULE.test(line))
      .map((line) => ({ kind: 'paragraph' as const, text: line.trim().replace(/^\||\|$/g, '').split('|').map((c) => c.trim()).join(' · ') }))
  }
  const text = lines.join('\n')
  const emphasised = /^\s*(\*{1,2}|_{1,2})(?=\S)[\s\S]*\S\1\s*$/.test(text) && !/\n\s*\n/.test(text)
  return [{ kind: 'paragraph', text, emphasised }]
}

/** Parses lines into raw blocks; blockquote contents are parsed recursively. */
function parseBlocks(lines: string[]): RawBlock[] {
  const blocks: RawBlock[] = []
  let paragraph: string[] = []
  const flush = (): void => {
    if (paragraph.length > 0) blocks.push(...paragraphBlocks(paragraph))
    paragraph = []
  }
  let i = 0
  while (i < lines.length) {
    const line = lines[i] ?? ''
    const setext = SETEXT_UNDERLINE.exec(line)
    const fence = FENCE.exec(line)
    const list = LIST_ITEM.exec(line)
    if (line.trim() === '') {
      flush()
      i++
    } else if (setext && paragraph.length > 0) {
      blocks.push({ kind: 'heading', level: setext[1]?.startsWith('=') ? 1 : 2, text: paragraph.join('\n') })
      paragraph = []
      i++
    } else if (THEMATIC_BREAK.test(line)) {
      flush()
      i++
    } else if (ATX_HEADING.test(line)) {
      flush()
      const match = ATX_HEADING.exec(line)
      blocks.push({ kind: 'heading', level: match?.[1]?.length ?? 1, text: match?.[2] ?? '' })
      i++
    } else if (fence) {
      flush()
      const marker = fence[1] ?? '```'
      const code: string[] = []
      i++
      while (i < lines.length && !new RegExp(`^ {0,3}${marker[0]}{${marker.length},}\\s*$`).test(lines[i] ?? '')) {
        code.push(lines[i] ?? '')
        i++
      }
      blocks.push({ kind: 'paragraph', text: code.join('\n'), literal: true })
      i++
    } else if (QUOTE_MARKER.test(line)) {
      flush()
      const inner: string[] = []
      while (i < lines.length && (lines[i] ?? '').trim() !== '' &&
        (QUOTE_MARKER.test(lines[i] ?? '') || inner.length === 0 || !startsBlock(lines[i] ?? ''))) {
        inner.push((lines[i] ?? '').replace(QUOTE_MARKER, ''))
        i++
      }
      for (const block of parseBlocks(inner)) blocks.push({ ...block, kind: 'blockquote', emphasised: false })
    } else if (list && (paragraph.length === 0 || startsBlock(line))) {
      flush()
      const item: string[] = [list[3] ?? '']
      i++
      // Continuation: indented or lazy lines until a blank line or another block starts.
      while (i < lines.length && (lines[i] ?? '').trim() !== '' && !LIST_ITEM.test(lines[i] ?? '') &&
        !startsBlock(lines[i] ?? '')) {
        item.push(lines[i] ?? '')
        i++
      }
      blocks.push({ kind: 'list-item', text: item.join('\n') })
    } else {
      paragraph.push(line)
      i++
    }
  }
  flush()
  return blocks
}

/** Every line a `key: value` metadata line with a key newsrooms use, or null. */
function headerMetadata(text: string): MetadataLine[] | null {
  const parsed = text.split('\n').map((line) => parseMetadataLine(line))
  return parsed.every((entry): entry is MetadataLine => entry !== null && isKnownKey(entry.key)) ? (parsed as MetadataLine[]) : null
}

function addHeaderMetadata(builder: ArticleBuilder, front: Record<string, string>): void {
  for (const [key, value] of Object.entries(front)) {
    if (key === 'date' || key === 'published') builder.setMeta('date', toIsoDate(value) ?? value)
    if (key !== 'date') builder.setMeta(key, value)
  }
}

export function parseMarkdown(source: string): Article {
  const builder = new ArticleBuilder()
  let body = normaliseSource(source)
  const front = FRONT_MATTER.exec(body)
  const frontMeta = front ? parseFrontMatter(front[1] ?? '') : {}
  if (front) body = body.slice(front[0].length)
  body = body.replace(/<!--[\s\S]*?-->/g, '')

  const references = new Set<string>()
  const lines = body.split('\n').filter((line) => {
    const definition = REFERENCE_DEFINITION.exec(line)
    if (definition) references.add((definition[1] ?? '').toLowerCase())
    return !definition
  })

  let titleIndex = -1
  let blockIndex = 0
  for (const raw of parseBlocks(lines)) {
    const text = raw.literal ? raw.text : stripInlineMarkdown(raw.text, references)
    const afterTitle = titleIndex >= 0 && blockIndex - titleIndex <= HEADER_WINDOW
    const byline = raw.kind === 'paragraph' && (titleIndex < 0 ? blockIndex < HEADER_WINDOW : afterTitle)
      ? parseByline(text) : null
    let kind: BlockKind = raw.kind
    // `date: 2024-03-14` under the title (drafts without front matter): metadata, never a claim.
    const metadata = raw.kind === 'paragraph' && !builder.has('paragraph') && (titleIndex < 0 ? blockIndex < HEADER_WINDOW : afterTitle) ? headerMetadata(text) : null
    if (metadata) {
      for (const [index, line] of text.split('\n').entries()) {
        if (builder.add('metadata', line)) recordMetadata(builder.metadata, metadata[index])
      }
      blockIndex++
      continue
    }
    if (raw.kind === 'heading' && raw.level === 1 && titleIndex < 0 && !builder.has('title')) kind = 'title'
    else if (byline && !builder.has('byline')) kind = 'byline'
    else if (raw.emphasised && afterTitle && !builder.has('standfirst') && !builder.has('paragraph')) kind = 'standfirst'
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
