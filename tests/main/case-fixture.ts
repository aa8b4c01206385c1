/**
 * A small, valid case built by hand (not through the extraction engine), so the case-store
 * tests exercise storage alone.
 */
import { createHash } from 'node:crypto'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DEFAULT_RATING_MAP, DEFAULT_STATUSES, SCHEMA_VERSION, type CaseFile, type Item } from '../../src/shared/case'
import { newItem } from '../../src/core/case/new-item'

export const ARTICLE_TEXT = 'Harbour fees rose 12% last year.\n\n"We had no choice," said Ana Ruiz.'

export function tempDir(prefix = 'factdesk-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix))
}

export function sampleItem(id: string, status = 'unchecked'): Item {
  const anchor = { start: 0, end: 32, exact: ARTICLE_TEXT.slice(0, 32), prefix: '', suffix: ARTICLE_TEXT.slice(32, 64) }
  const firstEntry = { at: '2024-03-14T09:00:00.000Z', by: 'Factdesk', action: 'suggested', draftId: 'd1' }
  return {
    ...newItem({ id, kind: 'claim', origin: 'engine', state: 'suggested', anchor, draftId: 'd1', firstEntry }),
    status,
    claimType: 'quantity',
    score: 0.8,
    reasons: ['number: 12%'],
    facts: [{ kind: 'number', start: 18, end: 21, text: '12%', value: '12 %' }]
  }
}

export function sampleCase(overrides: Partial<CaseFile> = {}): CaseFile {
  return {
    schemaVersion: SCHEMA_VERSION,
    id: 'case-1',
    createdAt: '2024-03-14T09:00:00.000Z',
    updatedAt: '2024-03-14T09:00:00.000Z',
    articlePath: '/tmp/harbour.txt',
    articleDate: '2024-03-14',
    drafts: [
      {
        id: 'd1',
        hash: createHash('sha256').update(ARTICLE_TEXT).digest('hex'),
        fileName: 'harbour.txt',
        importedAt: '2024-03-14T09:00:00.000Z',
        article: { text: ARTICLE_TEXT, title: '', standfirst: '', metadata: {}, blocks: [{ kind: 'paragraph', start: 0, end: 32 }] }
      }
    ],
    currentDraftId: 'd1',
    items: [sampleItem('i1')],
    sources: [],
    statuses: DEFAULT_STATUSES.map((status) => ({ ...status })),
    ratingMap: DEFAULT_RATING_MAP.map((entry) => ({ ...entry })),
    threshold: 0.5,
    ...overrides
  }
}
