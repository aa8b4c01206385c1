/**
 * A new item with nothing done to it yet: no sources, notes, queries or checklist. Engine
 * suggestions (create-case.ts) and manual claims and quotes (ops-items.ts) both start here, so a
 * field added to Item gets its default in one place.
 */
import { UNCHECKED_STATUS, type Anchor, type HistoryEntry, type Item, type ItemKind } from '../../shared/case'

export interface NewItem {
  id: string
  kind: ItemKind
  origin: Item['origin']
  state: Item['state']
  anchor: Anchor
  /** The draft the item was created on: its Unchecked status was "given" there. */
  draftId: string
  firstEntry: HistoryEntry
}

export function newItem({ id, kind, origin, state, anchor, draftId, firstEntry }: NewItem): Item {
  return {
    id,
    kind,
    origin,
    state,
    anchor,
    status: UNCHECKED_STATUS,
    statusDraftId: draftId,
    claimType: null,
    score: null,
    reasons: [],
    facts: [],
    speaker: null,
    mention: null,
    cue: null,
    claimant: null,
    sourceIds: [],
    verdictNote: '',
    notes: [],
    queries: [],
    correction: null,
    checklist: {},
    twinOf: null,
    dismissed: null,
    previousText: null,
    history: [firstEntry]
  }
}
