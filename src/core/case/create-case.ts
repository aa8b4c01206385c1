/**
 * Building a case from an article and its extraction: every claim and quote the engine found
 * becomes a suggested item with an anchor that can re-find its words in later drafts.
 */
import type { Article, Extraction } from '../../shared/article'
import { DEFAULT_RATING_MAP, DEFAULT_STATUSES, SCHEMA_VERSION, type CaseFile, type Draft } from '../../shared/case'
import { articleDateFrom } from '../facts/article-date'
import { CLAIM_THRESHOLD } from '../checkworthiness/checkworthiness'
import { DEFAULT_CHECKLISTS, DEFAULT_REPORT_HEADER } from './case-settings'
import { itemsFromExtraction } from './engine-items'

export interface NewCaseInput {
  article: Article
  extraction: Extraction
  /** SHA-256 of article.text, computed by the caller (core has no crypto). */
  hash: string
  fileName: string
  articlePath: string
  now: string
  caseId: string
  /**
   * What the newsroom set for new cases (its profile): statuses, ratings, checklists, report header. Each one
   * absent takes the built-in value. Copied: a case never shares objects with the profile.
   */
  settings?: Partial<CaseSettings>
}

/** The parts of a case a newsroom sets once for every case (the newsroom profile). */
export type CaseSettings = Required<Pick<CaseFile, 'statuses' | 'ratingMap' | 'checklists' | 'reportHeader'>>

/** The built-in settings, each with what `settings` gives instead. */
export function newCaseSettings(settings: Partial<CaseSettings> = {}): CaseSettings {
  return structuredClone({
    statuses: settings.statuses ?? DEFAULT_STATUSES,
    ratingMap: settings.ratingMap ?? DEFAULT_RATING_MAP,
    checklists: settings.checklists ?? DEFAULT_CHECKLISTS,
    reportHeader: settings.reportHeader ?? DEFAULT_REPORT_HEADER
  })
}

export function createDraft(article: Article, hash: string, fileName: string, now: string, index: number): Draft {
  return { id: `d${index}`, hash, fileName, importedAt: now, article }
}

export function createCase(input: NewCaseInput): CaseFile {
  const draft = createDraft(input.article, input.hash, input.fileName, input.now, 1)
  return {
    schemaVersion: SCHEMA_VERSION,
    id: input.caseId,
    createdAt: input.now,
    updatedAt: input.now,
    articlePath: input.articlePath,
    articleDate: articleDateFrom(input.article.metadata),
    drafts: [draft],
    currentDraftId: draft.id,
    items: itemsFromExtraction(input.extraction, draft.id, input.now, 1),
    sources: [],
    threshold: CLAIM_THRESHOLD,
    // Written out even when built in: the case says which steps its checker was asked to confirm.
    ...newCaseSettings(input.settings)
  }
}
