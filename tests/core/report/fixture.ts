/**
 * What the report tests and the report benchmark share, on top of the test builders
 * (tests/helpers/builders.ts): a fixed clock, items checked in a story's second draft, and the
 * two-draft case around them. Built by hand, so reports do not depend on the importer or the engine.
 */
import type { Article } from '../../../src/shared/article'
import type { CaseFile, Item, Source } from '../../../src/shared/case'
import { caseFile, draft, suggested, type ItemFields } from '../../helpers/builders'

export const FIXED_NOW = new Date('2024-05-16T10:00:00.000Z')

/** Fields of an item the engine suggested on draft 1 and the checker accepted and rated on draft 2. */
export function checkedInDraft2(): ItemFields {
  return { state: 'accepted', statusDraftId: 'd2', history: [suggested('2024-05-14T08:00:00.000Z')] }
}

/** A case around `article` as draft 2 of a story whose draft 1 read `previousText`. */
export function secondDraftCase(
  article: Article,
  previousText: string,
  items: Item[],
  sources: Source[],
  id = 'case-riverton-fares'
): CaseFile {
  const first = draft(
    { ...article, text: previousText },
    { id: 'd1', fileName: 'riverton-fares-v1.docx', importedAt: '2024-05-14T08:00:00.000Z' }
  )
  const second = draft(article, {
    id: 'd2',
    fileName: 'riverton-fares-v2.docx',
    importedAt: '2024-05-15T14:00:00.000Z'
  })
  return caseFile([first, second], {
    id,
    createdAt: '2024-05-14T08:00:00.000Z',
    updatedAt: '2024-05-15T16:20:00.000Z',
    articlePath: '/home/desk/stories/riverton-fares.docx',
    items,
    sources
  })
}
