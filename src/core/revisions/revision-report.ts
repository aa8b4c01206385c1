/**
 * What a revision did, for the CLI (`revise --json`), the app (summary banner) and tests. The
 * case itself records the same facts in each item's history ({action: 'revised', detail: outcome}).
 */
import type { Claim, Quote } from '../../shared/article'
import type { RevisionSummary } from '../../shared/contract'
import type { Outcome } from './reanchor'
import { looksUnrelated } from './shared-text'
import { extractionInTextOrder } from '../case/engine-items'

export interface SpanText {
  start: number
  end: number
  text: string
}

export interface ItemRevision {
  id: string
  outcome: Outcome
  score: number
  /** The item's span in the previous draft. */
  before: SpanText
  /** Its span in the new draft; null when removed. */
  after: SpanText | null
}

export interface RevisionReport {
  /** Id of the draft just imported (d2, d3…) and of the one it replaced. */
  draftId: string
  previousDraftId: string
  fileName: string
  items: ItemRevision[]
  /** Check-worthy sentences new in this draft, as the extractor reports them. */
  added: Claim[]
  addedQuotes: Quote[]
  /** Ids of the items created for them. */
  addedItemIds: string[]
  summary: RevisionSummary
}

/** A suggestion the new draft adds: the case item's id and kind, then the claim or quote as `extract --json` gives it. */
export type AddedItemJson =
  ({ id: string; kind: 'claim' } & Omit<Claim, 'id'>) | ({ id: string; kind: 'quote' } & Omit<Quote, 'id'>)

export interface RevisionJson {
  draftId: string
  previousDraftId: string
  fileName: string
  summary: RevisionSummary
  items: ItemRevision[]
  added: AddedItemJson[]
}

/**
 * The `revise --json` shape (docs/FORMAT.md): what a script needs, nothing of the case's private work. The new
 * suggestions carry the ids the case gives them (i44…), claims and quotes alike, in the order they were made.
 */
export function reportJson(report: RevisionReport): RevisionJson {
  const added = extractionInTextOrder({ claims: report.added, quotes: report.addedQuotes }).map((entry, index) => {
    // Id and kind first; the case's id (i44) in place of the engine's (c1, q1).
    const found = entry.kind === 'claim' ? entry.claim : entry.quote
    return Object.assign({ id: '', kind: entry.kind }, found, { id: report.addedItemIds[index] }) as AddedItemJson
  })
  const { draftId, previousDraftId, fileName, summary, items } = report
  return { draftId, previousDraftId, fileName, summary, items, added }
}

/** A readable summary: counts, then every changed or removed item with its words. */
export function reportText(report: RevisionReport): string {
  const { unchanged, changed, speakerChanged, removed, added } = report.summary
  const speakers = speakerChanged > 0 ? `, ${speakerSummary(report.summary)}` : ''
  const lines = [
    `Draft ${report.draftId} (${report.fileName}) replaces ${report.previousDraftId}.`,
    `${unchanged} unchanged, ${changed} changed${speakers} (need re-check), ${removed} removed, ${added} new suggested.`
  ]
  if (looksUnrelated(report.summary.sharedText)) lines.push(unrelatedDraftWarning(report.summary.sharedText))
  const changedItems = report.items.filter((item) => item.outcome === 'changed')
  const removedItems = report.items.filter((item) => item.outcome === 'removed')
  if (changedItems.length > 0) {
    lines.push('', 'Changed:')
    for (const item of changedItems)
      lines.push(`  ${item.id}: "${clip(item.before.text)}"`, `      now "${clip(item.after?.text ?? '')}"`)
  }
  if (removedItems.length > 0) {
    lines.push('', 'Removed:')
    for (const item of removedItems) lines.push(`  ${item.id}: "${clip(item.before.text)}"`)
  }
  return lines.join('\n')
}

/** Speaker changes named at most this many at a time in a summary line; the changes view lists every item. */
const NAMED_SPEAKER_CHANGES = 3

/**
 * "2 with a new speaker: LINDQVIST → OKAFOR", one of the counts of items in the import preview and `revise`'s summary
 * ("3 unchanged, 1 changed, 2 with a new speaker"): it reads the same for 1 or 2 (it said "2 speaker changed").
 */
export function speakerSummary(summary: RevisionSummary): string {
  const named = summary.speakerChanges.slice(0, NAMED_SPEAKER_CHANGES).join(', ')
  const more = summary.speakerChanges.length > NAMED_SPEAKER_CHANGES ? ', …' : ''
  return `${summary.speakerChanged} with a new speaker: ${named}${more}`
}

/**
 * Said in the import preview and by `revise` when the new draft shares almost no text with the current one: another
 * article chosen by mistake would strip every annotation of its anchor. The import stays possible on purpose.
 */
export function unrelatedDraftWarning(sharedText: number): string {
  const percent = Math.round(sharedText * 100)
  return `This draft shares almost no text with the current one (${percent}% in common) — is it the right file?`
}

/** Long passages are cut in the terminal summary; --json carries them whole. */
const CLIP_CHARS = 160

function clip(text: string): string {
  const flat = text.replace(/\s+/g, ' ')
  return flat.length <= CLIP_CHARS ? flat : `${flat.slice(0, CLIP_CHARS - 1)}…`
}
