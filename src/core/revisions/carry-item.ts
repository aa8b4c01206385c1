/**
 * Carrying one item into the new draft: its anchor, its spans (facts, speaker mention, speech
 * cue, claimant), its status and its history. Work is never dropped: a changed item keeps its sources,
 * notes and old status (in history); a removed item keeps everything and its old anchor.
 */
import type { Claimant, Extraction, Fact, Span } from '../../shared/article'
import { NEEDS_RECHECK_STATUS, UNCHECKED_STATUS, type HistoryEntry, type Item } from '../../shared/case'
import { makeAnchor } from '../case/anchor'
import { sameWords } from './normalise'
import type { PositionMap } from './position-map'
import type { Reanchored } from './reanchor'

export interface CarryContext {
  newText: string
  map: PositionMap
  extraction: Extraction
  draftId: string
  checker: string
  now: string
}

export function carryItem(item: Item, result: Reanchored, ctx: CarryContext): Item {
  const from = item.status
  if (result.outcome === 'removed' || result.start === null || result.end === null) {
    return { ...item, state: 'removed', history: [...item.history, revisedEntry(ctx, 'removed', from, from)] }
  }
  const anchor = makeAnchor(ctx.newText, result.start, result.end)
  const spans = carrySpans(item, anchor.start, anchor.end, ctx)
  // Same words (wherever they moved): nothing happened to the item a checker needs to read about,
  // so its history gets no entry; the revision's own summary still counts it as unchanged.
  if (result.outcome === 'unchanged') return { ...item, anchor, ...spans }
  // Changed words. An item that was checked (any status but Unchecked) must be looked at again:
  // its verdict was given on other words. A dismissed suggestion stays dismissed, and one nobody
  // has checked yet stays Unchecked (there is no verdict to re-check), both with the old wording
  // kept for the diff. An item already awaiting re-check keeps the wording it was last checked on.
  const recheck = item.state !== 'dismissed' && from !== UNCHECKED_STATUS
  const to = recheck ? NEEDS_RECHECK_STATUS : from
  const keepOlderWording = from === NEEDS_RECHECK_STATUS && item.previousText !== null
  return {
    ...item,
    anchor,
    ...spans,
    ...engineViewOfNewWords(item, anchor.start, anchor.end, ctx),
    status: to,
    statusDraftId: to !== from ? ctx.draftId : item.statusDraftId,
    previousText: keepOlderWording ? item.previousText : item.anchor.exact,
    history: [...item.history, revisedEntry(ctx, 'changed', from, to)]
  }
}

/** Exactly the entry the report and the changes view read. */
export function revisedEntry(ctx: CarryContext, detail: string, from: string, to: string): HistoryEntry {
  return { at: ctx.now, by: ctx.checker, action: 'revised', detail, from, to, draftId: ctx.draftId }
}

type CarriedSpans = Pick<Item, 'facts' | 'mention' | 'cue' | 'claimant'>

/**
 * Facts, mention and cue follow the position map when their words survived; otherwise they are
 * taken from the new extraction of the same passage (a changed number is a new fact).
 */
function carrySpans(item: Item, start: number, end: number, ctx: CarryContext): CarriedSpans {
  const claim = bestOverlap(ctx.extraction.claims, start, end)
  const quote = bestOverlap(ctx.extraction.quotes, start, end)
  const shiftedFacts = item.facts.map((fact) => shiftFact(fact, ctx)).filter((fact): fact is Fact => fact !== null)
  const facts =
    shiftedFacts.length === item.facts.length || !claim
      ? shiftedFacts
      : claim.facts.filter((fact) => fact.start >= start && fact.end <= end)
  return {
    facts,
    mention: item.mention ? (shiftSpan(item.mention, ctx) ?? quote?.mention ?? null) : null,
    cue: item.cue ? (shiftSpan(item.cue, ctx) ?? quote?.cue ?? null) : null,
    claimant: item.claimant ? carryClaimant(item.claimant, start, claim?.claimant ?? null, ctx) : null
  }
}

/**
 * The claimant keeps its name (the checker may have set it); its mention and cue follow their words,
 * else come from the new extraction when it names the same claimant, else the mention becomes empty at
 * the claim's start (nothing in the new words names them) and the cue is dropped.
 */
function carryClaimant(claimant: Claimant, start: number, found: Claimant | null, ctx: CarryContext): Claimant {
  const same = found !== null && found.name === claimant.name ? found : null
  const mention = shiftSpan(claimant.mention, ctx) ?? same?.mention ?? { start, end: start, text: '' }
  const cue = claimant.cue ? (shiftSpan(claimant.cue, ctx) ?? same?.cue ?? null) : null
  return { name: claimant.name, mention, cue }
}

/**
 * A claim whose words changed is scored and explained again from the new wording, so "why it was
 * flagged" names the new figure, not the old one. A manual claim keeps the type the checker gave it.
 */
function engineViewOfNewWords(item: Item, start: number, end: number, ctx: CarryContext): Partial<Item> {
  if (item.kind !== 'claim') return {}
  const claim = bestOverlap(ctx.extraction.claims, start, end)
  if (!claim) return {}
  return {
    reasons: claim.reasons,
    score: claim.score,
    claimType: item.origin === 'engine' ? claim.type : item.claimType
  }
}

function shiftSpan(span: Span, ctx: CarryContext): Span | null {
  const start = ctx.map.mapStart(span.start)
  const end = ctx.map.mapEnd(span.end, ctx.newText.length)
  if (!start.exact || !end.exact || end.offset <= start.offset) return null
  const text = ctx.newText.slice(start.offset, end.offset)
  return sameWords(text, span.text) ? { start: start.offset, end: end.offset, text } : null
}

function shiftFact(fact: Fact, ctx: CarryContext): Fact | null {
  const span = shiftSpan(fact, ctx)
  return span ? { ...fact, ...span } : null
}

/** The extracted unit sharing the most characters with [start, end), if any. */
function bestOverlap<T extends { start: number; end: number }>(units: T[], start: number, end: number): T | null {
  let best: T | null = null
  let bestShared = 0
  for (const unit of units) {
    const shared = Math.min(end, unit.end) - Math.max(start, unit.start)
    if (shared > bestShared) {
      best = unit
      bestShared = shared
    }
  }
  return best
}
