/**
 * Case files for report tests and the benchmark, built by hand so they do not depend on the
 * importer or the extraction engine: a realistic small case in its second draft (every status,
 * web/document/person sources, archive links and hashes, notes, open and resolved queries,
 * corrections, a changed and a removed item), and a hostile one whose every field tries to inject.
 */
import { createHash } from 'node:crypto'
import { newItem } from '../../../src/core/case/new-item'
import { emptySource } from '../../../src/core/case/ops-sources'
import type { Article, Block, BlockKind } from '../../../src/shared/article'
import {
  DEFAULT_RATING_MAP,
  DEFAULT_STATUSES,
  SCHEMA_VERSION,
  type CaseFile,
  type HistoryEntry,
  type Item,
  type Source
} from '../../../src/shared/case'

export const FIXED_NOW = new Date('2024-05-16T10:00:00.000Z')

export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex')
}

/** An article from (kind, text) blocks joined by blank lines, as the importers build them. */
export function articleFrom(parts: Array<[BlockKind, string]>, metadata: Record<string, string>): Article {
  const blocks: Block[] = []
  let text = ''
  for (const [kind, words] of parts) {
    if (text) text += '\n\n'
    blocks.push({ kind, start: text.length, end: text.length + words.length })
    text += words
  }
  const title = parts.find(([kind]) => kind === 'title')?.[1] ?? ''
  const standfirst = parts.find(([kind]) => kind === 'standfirst')?.[1] ?? ''
  return { text, title, standfirst, metadata, blocks }
}

/** An item over the first occurrence of `words` in `text` (throws in tests when it is not there). */
export function itemAt(text: string, words: string, id: string, fields: Partial<Item> = {}): Item {
  const start = text.indexOf(words)
  if (start < 0) throw new Error(`fixture: "${words}" not in the article`)
  const end = start + words.length
  const anchor = { start, end, exact: words, prefix: text.slice(Math.max(0, start - 32), start), suffix: text.slice(end, end + 32) }
  const firstEntry = { at: '2024-05-14T08:00:00.000Z', by: 'Factdesk', action: 'suggested', draftId: 'd1' }
  const item = newItem({ id, kind: 'claim', origin: 'engine', state: 'accepted', anchor, draftId: 'd2', firstEntry })
  return { ...item, claimType: 'quantity', score: 0.8, ...fields }
}

export function source(id: string, fields: Partial<Source>): Source {
  // person: null unless given, as the report fixtures spell out every person source in full.
  return { id, ...emptySource('web'), createdAt: '2024-05-14T09:00:00.000Z', createdBy: 'Priya Raman', ...fields }
}

export function statusChange(at: string, by: string, from: string, to: string, draftId = 'd2'): HistoryEntry {
  return { at, by, action: 'status', from, to, draftId }
}

/** A case around `article` with two drafts (the first one's text given), current = d2. */
export function caseAround(article: Article, previousText: string, items: Item[], sources: Source[], id = 'case-riverton-fares'): CaseFile {
  const earlier: Article = { ...article, text: previousText }
  return {
    schemaVersion: SCHEMA_VERSION,
    id,
    createdAt: '2024-05-14T08:00:00.000Z',
    updatedAt: '2024-05-15T16:20:00.000Z',
    articlePath: '/home/desk/stories/riverton-fares.docx',
    articleDate: article.metadata.date ?? null,
    drafts: [
      { id: 'd1', hash: sha256(previousText), fileName: 'riverton-fares-v1.docx', importedAt: '2024-05-14T08:00:00.000Z', article: earlier },
      { id: 'd2', hash: sha256(article.text), fileName: 'riverton-fares-v2.docx', importedAt: '2024-05-15T14:00:00.000Z', article }
    ],
    currentDraftId: 'd2',
    items,
    sources,
    statuses: DEFAULT_STATUSES.map((status) => ({ ...status })),
    ratingMap: DEFAULT_RATING_MAP.map((entry) => ({ ...entry })),
    threshold: 0.5
  }
}
