/**
 * The big case both save benches measure (save-latency on the Node side, case-session in the renderer's session):
 * one module so the two benches time the same file. Pure: the renderer's type check reads it too.
 */
import type { Article } from '../src/shared/article'
import { DEFAULT_RATING_MAP, DEFAULT_STATUSES, SCHEMA_VERSION, type CaseFile, type Item } from '../src/shared/case'
import { makeAnchor } from '../src/core/case/anchor'
import { newItem } from '../src/core/case/new-item'
import { newsTextOfWords } from './news-text'

const AT = '2024-03-14T10:00:00.000Z'

/** A draft with at least `items` sentences, and one claim per sentence, each with a little history and a note. */
export function caseWithItems(items: number): CaseFile {
  const text = newsTextOfWords(items * 22).trimEnd()
  const blocks: Article['blocks'] = []
  let offset = 0
  for (const part of text.split('\n\n')) {
    blocks.push({ kind: blocks.length === 0 ? 'title' : 'paragraph', start: offset, end: offset + part.length })
    offset += part.length + 2
  }
  const article: Article = { text, title: text.slice(0, blocks[0].end), standfirst: '', metadata: {}, blocks }
  const list: Item[] = []
  for (const match of text.matchAll(/[^.!?\n]+[.!?]+/g)) {
    if (list.length >= items) break
    const start = (match.index ?? 0) + (match[0].length - match[0].trimStart().length)
    const end = (match.index ?? 0) + match[0].length
    const firstEntry = { at: AT, by: 'Factdesk', action: 'suggested', draftId: 'd1' }
    const item = newItem({
      id: `i${list.length + 1}`,
      kind: 'claim',
      origin: 'engine',
      state: 'suggested',
      anchor: makeAnchor(text, start, end),
      draftId: 'd1',
      firstEntry
    })
    const notes =
      list.length % 5 === 0
        ? [{ id: 'n1', at: AT, by: 'Ana', text: 'Asked the press office for the annual figures.' }]
        : []
    list.push({ ...item, score: 0.8, reasons: ['number'], notes })
  }
  if (list.length < items) throw new Error(`bench: only ${list.length} sentences for ${items} items`)
  const hash = 'a'.repeat(64)
  return {
    schemaVersion: SCHEMA_VERSION,
    id: 'bench-case',
    createdAt: AT,
    updatedAt: AT,
    articlePath: '',
    articleDate: '2024-03-14',
    drafts: [{ id: 'd1', hash, fileName: 'big.txt', importedAt: AT, article }],
    currentDraftId: 'd1',
    items: list,
    sources: [],
    statuses: DEFAULT_STATUSES,
    ratingMap: DEFAULT_RATING_MAP,
    threshold: 0.5
  }
}
