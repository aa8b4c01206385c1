import type { Article } from '../../shared/article'
import { ArticleBuilder } from './article-builder'
import { isCaptionLine, isHeadlineLike, parseByline, parseMetadataLine, recordMetadata } from './header-lines'
import { normaliseSource, splitParagraphGroups } from './normalise'

/**
 * Plain-text drafts. Two layouts are understood:
 *  - the newsroom layout: title line, standfirst paragraph, `key: value` lines, a photo
 *    caption, body paragraphs, trailing `key: value` lines (as in the seed article);
 *  - a plain text: an optional short title line, then paragraphs.
 * Metadata is only looked for in the header region and at the very end, so prose such
 * as "Note: the figures..." in the body stays prose.
 */

/** Bulleted or numbered lines that make a group a list. */
const LIST_MARKER = /^\s*(?:[-*•–]|\d{1,3}[.)])\s+/

type LineKind = 'metadata' | 'caption' | 'byline' | null

function headerLineKind(line: string): LineKind {
  if (isCaptionLine(line)) return 'caption'
  if (parseByline(line)) return 'byline'
  if (parseMetadataLine(line)) return 'metadata'
  return null
}

function isTitleLike(group: string[]): boolean {
  if (group.length !== 1) return false
  const line = (group[0] ?? '').trim()
  return isHeadlineLike(line) && headerLineKind(line) === null && !LIST_MARKER.test(line)
}

function addHeaderLine(builder: ArticleBuilder, line: string, kind: Exclude<LineKind, null>): void {
  builder.add(kind, line)
  if (kind === 'metadata') {
    const entry = parseMetadataLine(line)
    if (entry) recordMetadata(builder.metadata, entry)
  } else if (kind === 'byline') {
    const byline = parseByline(line)
    builder.setMeta('author', byline?.author)
    builder.setMeta('date', byline?.date)
  }
}

/**
 * A run-in crosshead: words in capitals opening a body paragraph, straight before its first sentence ("SAVE A
 * QUARTER Let's say …", as newspapers set a section's head into its first line and copied text keeps it). Two to
 * twelve words of capitals, digits, apostrophes, "&" or hyphens, then a capital and a small letter. No comma, dash
 * or bracket may stand in it, so a dateline ("LOS ANGELES, Sept. 28 (UPI) —", "NORTHGATE — ") is no head, nor is a
 * speaker's label ("SENATOR CLARK: Thank you") nor a lone acronym before a title ("FBI Director …").
 */
const RUN_IN_HEAD = /^((?:[\p{Lu}\d][\p{Lu}\d'’&-]*[?!]? ){2,12})(?=\p{Lu}\p{Ll})/u
/** At least two of its words have three letters or more, one four: "UK PM Ann Lowe said" opens on no head. */
const HEAD_WORD = /^\p{Lu}{3,}/u
const LONG_HEAD_WORD = /^\p{Lu}{4,}/u

/** The run-in crosshead opening `line` and the rest of it, or null (see RUN_IN_HEAD). */
export function splitRunInHead(line: string): { head: string; rest: string } | null {
  const match = RUN_IN_HEAD.exec(line)
  if (!match) return null
  const words = match[1].trim().split(' ')
  if (words.filter((word) => HEAD_WORD.test(word)).length < 2 || !words.some((word) => LONG_HEAD_WORD.test(word)))
    return null
  return { head: words.join(' '), rest: line.slice(match[1].length) }
}

/**
 * Body paragraph group: a list when every line is a list item, a caption, or a paragraph; a run-in crosshead
 * opening a paragraph is a heading of its own, so its words never run into the first sentence (where "SAVE A
 * QUARTER Let" would be read as the name of whoever says the rest).
 */
function addBodyGroup(builder: ArticleBuilder, group: string[]): void {
  if (group.length > 1 && group.every((line) => LIST_MARKER.test(line))) {
    for (const line of group) builder.add('list-item', line.replace(LIST_MARKER, ''))
    return
  }
  const runIn = splitRunInHead(group[0] ?? '')
  if (runIn) {
    builder.add('heading', runIn.head)
    group = [runIn.rest, ...group.slice(1)]
  }
  const text = group.join('\n')
  builder.add(isCaptionLine(text.replace(/\n/g, ' ')) ? 'caption' : 'paragraph', text)
}

/**
 * A title typed straight above its metadata, with no blank line between ("Headline\ndate: …"):
 * the title is a group of its own, so the header lines after it are read as header lines and
 * never proposed as claims.
 */
function splitTitleFromHeader(groups: string[][]): string[][] {
  const first = groups[0] ?? []
  if (first.length < 2 || !isTitleLike([first[0] ?? '']) || headerLineKind(first[1] ?? '') === null) return groups
  return [[first[0] ?? ''], first.slice(1), ...groups.slice(1)]
}

/**
 * "Wages are outpacing prices. Economists are not celebrating yet." over "By Nora Feld": a headline may be written
 * as sentences, full stop and all; a byline right under a short first line says it is the title all the same.
 */
function titleAboveByline(groups: string[][]): boolean {
  const first = groups[0] ?? []
  if (first.length !== 1 || headerLineKind(groups[1]?.[0] ?? '') !== 'byline') return false
  const line = (first[0] ?? '').trim()
  return isHeadlineLike(line.replace(/[.!?]$/u, '')) && headerLineKind(line) === null && !LIST_MARKER.test(line)
}

/** Trailing groups made only of metadata lines, counted from the end. */
function countTrailerLines(groups: string[][]): { groups: number; lines: number } {
  let whole = 0
  for (let g = groups.length - 1; g > 0; g--) {
    if ((groups[g] ?? []).every((line) => parseMetadataLine(line))) whole++
    else break
  }
  // The last non-metadata group may still end with metadata lines ("...prose.\ntend: 123").
  const partialGroup = groups[groups.length - 1 - whole] ?? []
  let lines = 0
  while (lines < partialGroup.length - 1 && parseMetadataLine(partialGroup[partialGroup.length - 1 - lines] ?? '')) {
    lines++
  }
  return { groups: whole, lines: groups.length - 1 - whole > 0 ? lines : 0 }
}

export function parseText(source: string): Article {
  const builder = new ArticleBuilder()
  const groups = splitTitleFromHeader(splitParagraphGroups(normaliseSource(source)))
  const trailer = countTrailerLines(groups)
  const bodyEnd = groups.length - trailer.groups
  let index = 0

  if (groups.length > 1 && (isTitleLike(groups[0] ?? []) || titleAboveByline(groups))) {
    builder.add('title', (groups[0] ?? [])[0] ?? '')
    index = 1
    // A standfirst is the paragraph between the title and the metadata/byline lines.
    const next = groups[index + 1]
    const nextStartsHeader = next !== undefined && index + 1 < bodyEnd && headerLineKind(next[0] ?? '') !== null
    const candidate = groups[index]
    if (candidate && nextStartsHeader && headerLineKind(candidate[0] ?? '') === null) {
      builder.add('standfirst', candidate.join('\n'))
      index++
    }
  }

  // Header region: line by line until the first line of prose.
  let inHeader = true
  for (; index < bodyEnd; index++) {
    let group = groups[index] ?? []
    if (index === bodyEnd - 1 && trailer.lines > 0) group = group.slice(0, group.length - trailer.lines)
    if (inHeader) {
      let line = 0
      for (; line < group.length; line++) {
        const kind = headerLineKind(group[line] ?? '')
        if (!kind) break
        addHeaderLine(builder, group[line] ?? '', kind)
      }
      group = group.slice(line)
      if (group.length === 0) continue
      inHeader = false
    }
    addBodyGroup(builder, group)
  }

  const lastBodyGroup = groups[bodyEnd - 1] ?? []
  const trailingLines = [
    ...(trailer.lines > 0 ? lastBodyGroup.slice(-trailer.lines) : []),
    ...groups.slice(bodyEnd).flat()
  ]
  for (const line of trailingLines) addHeaderLine(builder, line, 'metadata')
  return builder.build()
}
