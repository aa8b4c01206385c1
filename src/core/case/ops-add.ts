/**
 * Claims and quotes the checker adds by hand. A claim is its claimant's as a suggested one is, read from its sentence
 * by the extraction engine (hand-claimants.ts); kept apart from ops-items.ts so the interface can load that engine,
 * about a third of its code, after its first screen rather than before it (lib/hand-ops.ts).
 */
import type { CaseFile, Item, ItemKind } from '../../shared/case'
import { fail, ok, type Result } from '../../shared/result'
import { currentDraft, currentText } from './case-reading'
import { handClaimant } from '../extract/hand-claimants'
import { historyEntry, updateItem, withHistory, type OpContext } from './op-context'
import { nextItemId } from './ids'
import { plainManualItem } from './ops-items'
import { snapToWords } from './words'

export function manualItem(c: CaseFile, id: string, kind: ItemKind, start: number, end: number, ctx: OpContext): Item {
  const item = plainManualItem(c, id, kind, start, end, ctx)
  if (kind !== 'claim') return item
  // A claim added by hand is its claimant's as a suggested one is: in a transcript turn its speaker's, in prose the
  // claimant read from its sentence. Without it the report listed it under "Speaker not identified" and
  // ClaimReview gave it the article's author.
  const claimant = handClaimant(currentDraft(c).article, start, end)
  return { ...item, claimant: claimant ?? item.claimant }
}

/** Add a claim or quote the engine missed, from a selection snapped to word edges. */
export function addManualItem(
  c: CaseFile,
  kind: ItemKind,
  start: number,
  end: number,
  ctx: OpContext
): Result<{ case: CaseFile; id: string }> {
  const span = snapToWords(currentText(c), start, end)
  if (!span) return fail('empty-selection', 'Select some words in the article first.')
  const id = nextItemId(c)
  const item = manualItem(c, id, kind, span.start, span.end, ctx)
  return ok({ case: { ...c, items: [...c.items, item], updatedAt: ctx.at }, id })
}

/**
 * "Nothing to check here": a sentence the coverage sweep showed, looked at and passed over. It is
 * recorded as a dismissed manual item (who and when), so the sentence counts as accounted for and
 * the checker can bring it back like any dismissed suggestion.
 */
export function addNothingToCheck(
  c: CaseFile,
  start: number,
  end: number,
  ctx: OpContext
): Result<{ case: CaseFile; id: string }> {
  const added = addManualItem(c, 'claim', start, end, ctx)
  if (!added.ok) return added
  const { id } = added.value
  const dismissedCase = updateItem(added.value.case, id, ctx, (it) =>
    withHistory(
      { ...it, state: 'dismissed', dismissed: { by: historyEntry(c, ctx, '').by, at: ctx.at } },
      historyEntry(c, ctx, 'dismiss', { from: 'accepted', to: 'dismissed' })
    )
  )
  return ok({ case: dismissedCase, id })
}
