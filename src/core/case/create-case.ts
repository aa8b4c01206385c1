/**
 * Building a case from an article and its extraction: every claim and quote the engine found
 * becomes a suggested item with an anchor that can re-find its words in later drafts.
 */
import type { Article, Claim, Extraction, Quote } from '../../shared/article'
import {
  DEFAULT_RATING_MAP,
  DEFAULT_STATUSES,
  SCHEMA_VERSION,
  type Anchor,
  type CaseFile,
  type Draft,
  type Item
} from '../../shared/case'
import { articleDateFrom } from '../facts/article-date'
import { CLAIM_THRESHOLD } from '../checkworthiness/checkworthiness'
import { makeAnchor } from './anchor'
import { DEFAULT_CHECKLISTS, DEFAULT_REPORT_HEADER } from './case-settings'
import { newItem } from './new-item'
import { ENGINE_NAME } from './op-context'

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

/** Claims and quotes of an extraction in the order they become items: by where they start, claims first at a tie. */
export function extractionInTextOrder(
  extraction: Pick<Extraction, 'claims' | 'quotes'>
): Array<{ kind: 'claim'; claim: Claim; start: number } | { kind: 'quote'; quote: Quote; start: number }> {
  const found = [
    ...extraction.claims.map((claim) => ({ kind: 'claim' as const, claim, start: claim.start })),
    ...extraction.quotes.map((quote) => ({ kind: 'quote' as const, quote, start: quote.start }))
  ]
  return found.sort((a, b) => a.start - b.start)
}

/** Suggested items for every claim and quote; ids continue from `firstNumber` so later drafts never reuse one. */
export function itemsFromExtraction(extraction: Extraction, draftId: string, now: string, firstNumber: number): Item[] {
  const text = extraction.article.text
  return extractionInTextOrder(extraction).map((entry, index) => {
    const id = `i${firstNumber + index}`
    return entry.kind === 'claim'
      ? claimItem(id, entry.claim, text, draftId, now)
      : quoteItem(id, entry.quote, text, draftId, now)
  })
}

/** An engine suggestion: proposed by Factdesk, waiting for the checker to accept or dismiss it. */
function suggestion(id: string, kind: Item['kind'], anchor: Anchor, draftId: string, now: string): Item {
  const firstEntry = { at: now, by: ENGINE_NAME, action: 'suggested', draftId }
  return newItem({ id, kind, origin: 'engine', state: 'suggested', anchor, draftId, firstEntry })
}

function claimItem(id: string, claim: Claim, text: string, draftId: string, now: string): Item {
  return {
    ...suggestion(id, 'claim', makeAnchor(text, claim.start, claim.end), draftId, now),
    claimType: claim.type,
    score: claim.score,
    reasons: claim.reasons,
    facts: claim.facts,
    claimant: claim.claimant
  }
}

function quoteItem(id: string, quote: Quote, text: string, draftId: string, now: string): Item {
  return {
    ...suggestion(id, 'quote', makeAnchor(text, quote.start, quote.end), draftId, now),
    speaker: quote.speaker,
    mention: quote.mention,
    cue: quote.cue
  }
}
