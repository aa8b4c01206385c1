/**
 * Changing what the items cover: a manual claim or quote from a selection, moving an item's edges
 * word by word, merging two items, splitting one, deleting a manual one. Offsets are always snapped
 * to word edges and anchors rebuilt from the current draft text.
 */
import { CLAIM_TYPES, type ClaimType } from '../../shared/article'
import type { CaseFile, Item, ItemKind } from '../../shared/case'
import { fail, ok, type Result } from '../../shared/result'
import { makeAnchor } from './anchor'
import { newItem } from './new-item'
import { currentText } from './case-reading'
import { findItem, historyEntry, updateItem, withHistory, type OpContext } from './op-context'
import { nextItemId } from './ids'
import { snapToWords, wordEnds, wordStarts, nearestWordStart } from './words'

/**
 * A manual item over [start, end) of the current draft, with no claimant read: a split's second part takes the
 * claimant of the item it came from. A claim added by hand has its claimant read (ops-add.ts).
 */
export function plainManualItem(
  c: CaseFile,
  id: string,
  kind: ItemKind,
  start: number,
  end: number,
  ctx: OpContext
): Item {
  const anchor = makeAnchor(currentText(c), start, end)
  const firstEntry = historyEntry(c, ctx, 'added', { detail: `manual ${kind}` })
  const item = newItem({ id, kind, origin: 'manual', state: 'accepted', anchor, draftId: c.currentDraftId, firstEntry })
  return { ...item, claimType: kind === 'claim' ? 'other' : null }
}

/** Set an item's span (snapped to words), keeping its facts that still fall inside. */
export function setSpan(c: CaseFile, id: string, start: number, end: number, ctx: OpContext): Result<CaseFile> {
  const item = findItem(c, id)
  if (!item) return fail('unknown-item', `There is no item "${id}" in this case.`)
  const text = currentText(c)
  const span = snapToWords(text, start, end)
  if (!span) return fail('empty-span', 'An item must cover at least one word.')
  if (span.start === item.anchor.start && span.end === item.anchor.end) return ok(c)
  return ok(
    updateItem(c, id, ctx, (it) =>
      withHistory(
        {
          ...it,
          anchor: makeAnchor(text, span.start, span.end),
          facts: it.facts.filter((f) => f.start >= span.start && f.end <= span.end)
        },
        historyEntry(c, ctx, 'moved', { from: it.anchor.exact, to: text.slice(span.start, span.end) })
      )
    )
  )
}

/** Move one edge of an item by one word: direction -1 = earlier in the text, +1 = later. */
export function moveEdge(
  c: CaseFile,
  id: string,
  edge: 'start' | 'end',
  direction: -1 | 1,
  ctx: OpContext
): Result<CaseFile> {
  const item = findItem(c, id)
  if (!item) return fail('unknown-item', `There is no item "${id}" in this case.`)
  const text = currentText(c)
  const { start, end } = item.anchor
  if (edge === 'start') {
    const starts = wordStarts(text, 0, end)
    // Measure from the first word inside the item, so a leading quote mark is not a "word".
    const firstWord = starts.find((s) => s >= start) ?? start
    const target = direction < 0 ? starts.filter((s) => s < start).pop() : starts.find((s) => s > firstWord)
    if (target === undefined) return fail('no-word', 'There is no word to move the start to.')
    return setSpan(c, id, target, end, ctx)
  }
  const ends = wordEnds(text, start, text.length)
  // Measure from the last word inside the item, so a trailing full stop is not a "word".
  const lastWord = ends.filter((e) => e <= end).pop() ?? end
  const target = direction < 0 ? ends.filter((e) => e < lastWord).pop() : ends.find((e) => e > end)
  if (target === undefined) return fail('no-word', 'There is no word to move the end to.')
  return setSpan(c, id, start, target, ctx)
}

/** Merge two items into the first (in reading order): one span, all sources, notes and queries. */
export function mergeItems(c: CaseFile, firstId: string, secondId: string, ctx: OpContext): Result<CaseFile> {
  const a = findItem(c, firstId)
  const b = findItem(c, secondId)
  if (!a || !b || a.id === b.id) return fail('unknown-item', 'Pick two different items to merge.')
  const [keep, drop] = a.anchor.start <= b.anchor.start ? [a, b] : [b, a]
  const text = currentText(c)
  const start = Math.min(keep.anchor.start, drop.anchor.start)
  const end = Math.max(keep.anchor.end, drop.anchor.end)
  const merged: Item = withHistory(
    {
      ...keep,
      anchor: makeAnchor(text, start, end),
      reasons: [...new Set([...keep.reasons, ...drop.reasons])],
      facts: [
        ...keep.facts,
        ...drop.facts.filter((f) => !keep.facts.some((k) => k.start === f.start && k.end === f.end))
      ].sort((x, y) => x.start - y.start),
      sourceIds: [...new Set([...keep.sourceIds, ...drop.sourceIds])],
      notes: [...keep.notes, ...drop.notes],
      queries: [...keep.queries, ...drop.queries],
      speaker: keep.speaker ?? drop.speaker,
      claimant: keep.claimant ?? drop.claimant,
      state: keep.state === 'dismissed' && drop.state !== 'dismissed' ? drop.state : keep.state
    },
    historyEntry(c, ctx, 'merged', { detail: `merged with ${drop.id}` })
  )
  const items = c.items
    .filter((it) => it.id !== drop.id)
    .map((it) => (it.id === keep.id ? merged : it.twinOf === drop.id ? { ...it, twinOf: keep.id } : it))
  return ok({ ...c, items, updatedAt: ctx.at })
}

/**
 * Split an item in two at the word edge nearest `at`: the first part keeps the id, status and
 * history; the second is a new manual item with the same sources, status and kind.
 */
export function splitItem(
  c: CaseFile,
  id: string,
  at: number,
  ctx: OpContext
): Result<{ case: CaseFile; newId: string }> {
  const item = findItem(c, id)
  if (!item) return fail('unknown-item', `There is no item "${id}" in this case.`)
  const text = currentText(c)
  const cut = nearestWordStart(text, at, item.anchor.start, item.anchor.end)
  if (cut === null) return fail('too-short', 'An item of one word cannot be split.')
  const first = snapToWords(text, item.anchor.start, cut)
  const second = snapToWords(text, cut, item.anchor.end)
  if (!first || !second) return fail('too-short', 'An item of one word cannot be split.')
  const newId = nextItemId(c)
  const inside = (s: { start: number; end: number }) => (f: { start: number; end: number }) =>
    f.start >= s.start && f.end <= s.end
  const tail: Item = {
    ...plainManualItem(c, newId, item.kind, second.start, second.end, ctx),
    status: item.status,
    state: item.state,
    claimType: item.claimType,
    speaker: item.speaker,
    claimant: item.claimant,
    sourceIds: item.sourceIds.slice(),
    facts: item.facts.filter(inside(second)),
    history: [historyEntry(c, ctx, 'split', { detail: `split from ${item.id}` })]
  }
  const split = updateItem(c, id, ctx, (it) =>
    withHistory(
      { ...it, anchor: makeAnchor(text, first.start, first.end), facts: it.facts.filter(inside(first)) },
      historyEntry(c, ctx, 'split', { detail: `split into ${id} and ${newId}` })
    )
  )
  return ok({ case: { ...split, items: [...split.items, tail] }, newId })
}

/** Only manual items can be deleted; an engine suggestion is dismissed instead, so coverage stays honest. */
export function deleteManualItem(c: CaseFile, id: string, ctx: OpContext): Result<CaseFile> {
  const item = findItem(c, id)
  if (!item) return fail('unknown-item', `There is no item "${id}" in this case.`)
  if (item.origin !== 'manual') return fail('not-manual', 'Suggestions from Factdesk are dismissed, not deleted.')
  const items = c.items.filter((it) => it.id !== id).map((it) => (it.twinOf === id ? { ...it, twinOf: null } : it))
  return ok({ ...c, items, updatedAt: ctx.at })
}

/** Change what kind of claim an item is (the checklist follows the type); quotes have none. */
export function setClaimType(c: CaseFile, id: string, claimType: ClaimType, ctx: OpContext): Result<CaseFile> {
  const item = findItem(c, id)
  if (!item) return fail('unknown-item', `There is no item "${id}" in this case.`)
  if (item.kind !== 'claim') return fail('not-a-claim', 'Only a claim has a claim type.')
  if (!CLAIM_TYPES.includes(claimType)) return fail('unknown-claim-type', `There is no claim type "${claimType}".`)
  if (item.claimType === claimType) return ok(c)
  return ok(
    updateItem(c, id, ctx, (it) =>
      withHistory(
        { ...it, claimType },
        historyEntry(c, ctx, 'claim-type', { from: it.claimType ?? 'none', to: claimType })
      )
    )
  )
}
