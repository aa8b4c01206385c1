/**
 * The engine's suggestions as items: every claim and quote an extraction found, in text order, each a suggested item
 * with an anchor that can re-find its words in later drafts. Apart from create-case.ts so that the window, which
 * orders a new draft's additions the same way (revision-report.ts), does not load the check-worthiness model (its
 * weights and word lists, a third of the page's code) to read a case.
 * Item ids continue from a number the caller gives, so a later draft's additions never reuse an id.
 */
import type { Claim, Extraction, Quote } from '../../shared/article'
import type { Anchor, Item } from '../../shared/case'
import { makeAnchor } from './anchor'
import { newItem } from './new-item'
import { ENGINE_NAME } from './op-context'

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
