/**
 * Test data in one place: articles, spans, items, sources, drafts and cases, built the way the
 * importers and the case ops build them, so offsets are found by their words and never typed by hand.
 * In the spirit of prosemirror-test-builder: one small function per node, composed.
 *
 *   const a = articleOf({ date: '2024-03-05' }, title('Port fees rise'), p('Fees rose 12% last year.'))
 *   const fees = claim(a, 'Fees rose 12% last year.', { id: 'i1', status: 'verified' })
 *   const c = caseFile(a, { items: [fees], sources: [source('s1', { title: 'Port accounts' })] })
 *
 * Builders never run the extraction engine: pass `extract(a)` to `engineCase` when a test wants it.
 */
import { createHash } from 'node:crypto'
import { makeAnchor } from '../../src/core/case/anchor'
import { createCase } from '../../src/core/case/create-case'
import { newItem } from '../../src/core/case/new-item'
import { ENGINE_NAME } from '../../src/core/case/op-context'
import { emptySource } from '../../src/core/case/ops-sources'
import type { Article, Block, BlockKind, Extraction, Fact, Span } from '../../src/shared/article'
import {
  DEFAULT_RATING_MAP,
  DEFAULT_STATUSES,
  SCHEMA_VERSION,
  type CaseFile,
  type Draft,
  type HistoryEntry,
  type Item,
  type Source
} from '../../src/shared/case'

/** The moment every builder stamps unless told otherwise. */
export const BUILT_AT = '2024-05-14T09:00:00.000Z'

// ---------------------------------------------------------------------------------------------
// Articles: blocks joined by a blank line, offsets into the text, as every importer lays them out.

export type BlockSpec = [BlockKind, string]
/** Metadata given outright (a metadata block adds its own `key: value` too). */
export type Metadata = Record<string, string>

export const title = (text: string): BlockSpec => ['title', text]
export const standfirst = (text: string): BlockSpec => ['standfirst', text]
export const byline = (text: string): BlockSpec => ['byline', text]
export const heading = (text: string): BlockSpec => ['heading', text]
export const p = (text: string): BlockSpec => ['paragraph', text]
export const caption = (text: string): BlockSpec => ['caption', text]
export const blockquote = (text: string): BlockSpec => ['blockquote', text]
export const li = (text: string): BlockSpec => ['list-item', text]
/** A `key: value` metadata line, shown as a block and read into `metadata`. */
export const meta = (key: string, value: string): BlockSpec => ['metadata', `${key}: ${value}`]

/** An article from blocks in reading order; a plain object among them is metadata. */
export function articleOf(...parts: Array<BlockSpec | Metadata>): Article {
  let text = ''
  const blocks: Block[] = []
  const fromBlocks: Metadata = {}
  let given: Metadata = {}
  for (const part of parts) {
    if (!Array.isArray(part)) {
      given = { ...given, ...part }
      continue
    }
    const [kind, body] = part
    if (text !== '') text += '\n\n'
    blocks.push({ kind, start: text.length, end: text.length + body.length })
    text += body
    if (kind === 'metadata') {
      const colon = body.indexOf(':')
      if (colon > 0) fromBlocks[body.slice(0, colon).trim()] = body.slice(colon + 1).trim()
    }
  }
  const first = (kind: BlockKind): string => {
    const block = blocks.find((b) => b.kind === kind)
    return block ? text.slice(block.start, block.end) : ''
  }
  return { text, title: first('title'), standfirst: first('standfirst'), metadata: { ...fromBlocks, ...given }, blocks }
}

/** Paragraphs only: the common case for sentence and quote tables. */
export function paragraphs(...bodies: string[]): Article {
  return articleOf(...bodies.map(p))
}

/** A headline and its paragraphs: `story(['Headline', 'First paragraph.', ...])`. */
export function story(texts: readonly string[], metadata: Metadata = {}): Article {
  const [headline, ...rest] = texts
  return articleOf(metadata, title(headline ?? ''), ...rest.map(p))
}

/**
 * Raw text split on blank lines, each block trimmed: the first is the title, the rest paragraphs
 * unless `kinds` names them by position.
 */
export function articleFromText(raw: string, kinds: Partial<Record<number, BlockKind>> = {}): Article {
  const parts = raw
    .split(/\n[ \t]*\n/u)
    .map((part) => part.trim())
    .filter((part) => part !== '')
  return articleOf(...parts.map((body, i): BlockSpec => [kinds[i] ?? (i === 0 ? 'title' : 'paragraph'), body]))
}

/**
 * The seed's layout (../shared/fixtures/seed/article.txt): title, standfirst, then `key: value`
 * lines as metadata and a "FILE - " line as the caption, the rest paragraphs.
 */
export function seedArticle(raw: string): Article {
  const chunks = raw
    .replace(/\r\n?/gu, '\n')
    .split(/\n[ \t]*\n/u)
    .map((part) => part.trim())
    .filter((part) => part !== '')
  const specs: BlockSpec[] = []
  chunks.forEach((chunk, i) => {
    const lines = chunk.split('\n').map((line) => line.trim())
    const special = lines.every((line) => /^[A-Za-z][\w-]*:\s/u.test(line) || line.startsWith('FILE - '))
    if (i === 0) specs.push(title(chunk))
    else if (i === 1) specs.push(standfirst(chunk))
    else if (!special) specs.push(p(chunk))
    else for (const line of lines) specs.push([line.startsWith('FILE - ') ? 'caption' : 'metadata', line])
  })
  return articleOf(...specs)
}

// ---------------------------------------------------------------------------------------------
// Spans: where words are, like the <tags> of prosemirror-test-builder.

const textOf = (on: Article | string): string => (typeof on === 'string' ? on : on.text)

/** The `occurrence`-th (0-based) place of `words`; throws when they are not there, so a typo fails loudly. */
export function span(on: Article | string, words: string, occurrence = 0): Span {
  const text = textOf(on)
  let start = -1
  for (let i = 0; i <= occurrence; i++) {
    start = text.indexOf(words, start + 1)
    if (start < 0) throw new Error(`builders: "${words}" (occurrence ${occurrence}) is not in the text`)
  }
  return { start, end: start + words.length, text: words }
}

/** The texts of ranges, for readable assertions. */
export function texts(on: Article | string, ranges: readonly { start: number; end: number }[]): string[] {
  const text = textOf(on)
  return ranges.map((range) => text.slice(range.start, range.end))
}

export function fact(
  on: Article | string,
  kind: Fact['kind'],
  words: string,
  value: string | null,
  occurrence = 0
): Fact {
  return { kind, ...span(on, words, occurrence), value }
}

// ---------------------------------------------------------------------------------------------
// Items, sources and history.

/** Anything an item holds, plus which occurrence of its words it covers. */
export type ItemFields = Partial<Item> & { occurrence?: number }

/** The history entry an engine suggestion starts with. */
export function suggested(at = BUILT_AT, draftId = 'd1'): HistoryEntry {
  return { at, by: ENGINE_NAME, action: 'suggested', draftId }
}

export function statusChange(at: string, by: string, from: string, to: string, draftId = 'd1'): HistoryEntry {
  return { at, by, action: 'status', from, to, draftId }
}

/**
 * A claim over `words`: an engine suggestion (state 'suggested', Unchecked, type quantity, score
 * 0.8, id 'i1') unless `fields` says otherwise. Its anchor is made as the app makes anchors.
 */
export function claim(on: Article | string, words: string, fields: ItemFields = {}): Item {
  const { occurrence = 0, ...rest } = fields
  const where = span(on, words, occurrence)
  const anchor = makeAnchor(textOf(on), where.start, where.end)
  const base = newItem({
    id: 'i1',
    kind: 'claim',
    origin: 'engine',
    state: 'suggested',
    anchor,
    draftId: 'd1',
    firstEntry: suggested()
  })
  return { ...base, claimType: 'quantity', score: 0.8, ...rest }
}

/** A quote over `words` (the words inside the marks); no claim type or score. */
export function quote(on: Article | string, words: string, fields: ItemFields = {}): Item {
  return claim(on, words, { kind: 'quote', claimType: null, score: null, ...fields })
}

export function source(id: string, fields: Partial<Source> = {}): Source {
  return { id, ...emptySource(fields.kind ?? 'web'), createdAt: BUILT_AT, createdBy: 'Priya Raman', ...fields }
}

// ---------------------------------------------------------------------------------------------
// Drafts and cases.

export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex')
}

/** A draft of `article` (id d1, its real SHA-256, file story.txt) unless `fields` says otherwise. */
export function draft(on: Article, fields: Partial<Draft> = {}): Draft {
  return { id: 'd1', hash: sha256(on.text), fileName: 'story.txt', importedAt: BUILT_AT, article: on, ...fields }
}

/**
 * A valid case around an article (one draft, d1) or around drafts (oldest first; the last is
 * current), with the default statuses and rating map; `fields` fills or overrides the rest.
 * Item ids must be distinct, as in a real case.
 */
export function caseFile(current: Article | readonly Draft[], fields: Partial<CaseFile> = {}): CaseFile {
  const drafts = Array.isArray(current) ? [...current] : [draft(current as Article)]
  const latest = drafts[drafts.length - 1]
  if (!latest) throw new Error('builders: a case needs at least one draft')
  const built: CaseFile = {
    schemaVersion: SCHEMA_VERSION,
    id: 'case-1',
    createdAt: BUILT_AT,
    updatedAt: BUILT_AT,
    articlePath: `/tmp/${latest.fileName}`,
    articleDate: latest.article.metadata.date ?? null,
    drafts,
    currentDraftId: latest.id,
    items: [],
    sources: [],
    statuses: DEFAULT_STATUSES.map((status) => ({ ...status })),
    ratingMap: DEFAULT_RATING_MAP.map((entry) => ({ ...entry })),
    threshold: 0.5,
    ...fields
  }
  // A Set, not indexOf per id: a case as big as a draft at the size limit has tens of thousands of items.
  const seen = new Set<string>()
  const repeated = built.items.find((item) => seen.size === seen.add(item.id).size)?.id
  if (repeated) throw new Error(`builders: two items have the id ${repeated}; give each item its own id`)
  return built
}

/** A case as the app creates it from an extraction (real createCase): every claim and quote suggested. */
export function engineCase(
  on: Article,
  extraction: Extraction,
  fields: { fileName?: string; caseId?: string; now?: string } = {}
): CaseFile {
  const fileName = fields.fileName ?? 'story.txt'
  return createCase({
    article: on,
    extraction,
    hash: sha256(on.text),
    fileName,
    articlePath: `/tmp/${fileName}`,
    now: fields.now ?? BUILT_AT,
    caseId: fields.caseId ?? 'case-1'
  })
}

// ---------------------------------------------------------------------------------------------
// Finding items again in a built (or revised) case.

/** The item whose anchor is exactly `words` (claims and quotes can share words; kind decides). */
export function itemWith(c: CaseFile, words: string, kind: Item['kind'] = 'claim'): Item {
  const item = c.items.find((it) => it.kind === kind && it.anchor.exact === words)
  if (!item) throw new Error(`builders: no ${kind} item "${words}"`)
  return item
}

/** The `occurrence`-th item, in reading order, whose anchor starts with `words`. */
export function itemStarting(c: CaseFile, words: string, occurrence = 0): Item {
  const matches = c.items
    .filter((it) => it.anchor.exact.startsWith(words))
    .sort((a, b) => a.anchor.start - b.anchor.start)
  const item = matches[occurrence]
  if (!item) throw new Error(`builders: no item starting "${words}"`)
  return item
}
