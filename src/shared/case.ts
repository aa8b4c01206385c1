/**
 * The case: everything a checker records about one article, saved as one JSON file
 * (`<article>.factdesk.json`). Documented, versioned, in docs/FORMAT.md.
 */
import type { Article, ClaimType, Claimant, Fact, Speaker, Span } from './article'

// The built-in statuses and rating map, values every new case starts from, live in case-defaults.ts: this file is the
// shape of a case file alone. Their names are answered here too, where every importer has always found them.
export {
  DEFAULT_RATING_MAP,
  DEFAULT_STATUSES,
  FALLBACK_STATUS_COLOR,
  NEEDS_RECHECK_STATUS,
  UNCHECKED_STATUS
} from './case-defaults'

export const SCHEMA_VERSION = 2

/** A status a checker can give; the list lives in the case so a newsroom can edit it. */
export interface StatusDef {
  id: string
  label: string
  /** CSS colour used for highlights, markers and report badges. */
  color: string
  description: string
  /** True when an item with this status counts as resolved ("X of Y resolved"). */
  resolved: boolean
  /** System statuses (needs-recheck) are set by the app, never picked from the 1–7 keys. */
  system?: boolean
}

/** Where an item sits in the current draft: position plus TextQuote context to re-find it. */
export interface Anchor {
  start: number
  end: number
  exact: string
  prefix: string
  suffix: string
}

export interface HistoryEntry {
  at: string
  by: string
  /** e.g. "status", "accept", "dismiss", "source-linked", "note", "moved", "revised". */
  action: string
  from?: string
  to?: string
  /** Which draft version this happened on. */
  draftId?: string
  detail?: string
}

export interface Note {
  id: string
  at: string
  by: string
  text: string
  /** Set when the note was reworded (the old wording is in the item's history). */
  editedAt?: string
  editedBy?: string
}

export interface Query {
  id: string
  at: string
  by: string
  text: string
  resolvedAt: string | null
  resolvedBy: string | null
  answer: string | null
}

export interface Correction {
  /** Replacement wording for the item's span. */
  replacement: string
  at: string
  by: string
}

export interface ChecklistEntry {
  done: boolean
  detail: string
}

export type ItemKind = 'claim' | 'quote'
/** suggested: proposed by the engine; accepted: the checker took it on; dismissed: not to check; removed: gone from the current draft. */
export type ItemState = 'suggested' | 'accepted' | 'dismissed' | 'removed'

export interface Item {
  id: string
  kind: ItemKind
  origin: 'engine' | 'manual'
  state: ItemState
  anchor: Anchor
  status: string
  /** Id of the draft on which the current status was given. */
  statusDraftId: string
  claimType: ClaimType | null
  score: number | null
  reasons: string[]
  /** Facts inside the item, offsets into the current draft text. */
  facts: Fact[]
  speaker: Speaker | null
  mention: Span | null
  cue: Span | null
  /** Claims: who made the claim when it is reported speech (the checker may change or clear it). */
  claimant: Claimant | null
  sourceIds: string[]
  /** For each linked source, the passage relied on for this item (overrides the source's own). */
  verdictNote: string
  notes: Note[]
  queries: Query[]
  correction: Correction | null
  checklist: Record<string, ChecklistEntry>
  /** Id of an item with the same fact elsewhere in the draft: checked once, shown twice. */
  twinOf: string | null
  dismissed: { by: string; at: string } | null
  /** Wording before the last revision when the item changed (shown as a word diff). */
  previousText: string | null
  history: HistoryEntry[]
  /**
   * Text typed into the item's fields and not yet added (a note, a query, an answer, a correction, the verdict,
   * the source form), by field key (`note`, `query`, `answer:<query id>`, `correction`, `verdict`,
   * `source.title`…): kept in the case so it survives switching items, a reload and a crash. Absent or `{}` when
   * nothing is pending; a key whose text is empty is removed. Optional: version-2 readers before it ignore it.
   */
  unsent?: Record<string, string>
}

export type SourceKind = 'web' | 'document' | 'person' | 'dataset' | 'other'

export interface Snapshot {
  path: string
  sha256: string
  at: string
}

export interface Source {
  id: string
  kind: SourceKind
  title: string
  url: string
  publisher: string
  publishedAt: string
  accessedAt: string
  archiveUrl: string
  /** The exact passage relied on. */
  passage: string
  /** document: path inside the case's evidence folder, and its SHA-256. */
  filePath: string
  sha256: string
  /** person sources */
  person: {
    name: string
    role: string
    contact: string
    reachedAt: string
    channel: string
    confirmed: string
    /**
     * The person agreed to be named: shared reports print their name and role. Otherwise (the
     * default) reports say "Person source (on file)" and only the case and the JSON export hold who.
     */
    onRecord: boolean
  } | null
  snapshot: Snapshot | null
  notes: string
  createdAt: string
  createdBy: string
}

export interface Draft {
  id: string
  /** SHA-256 of the normalised text: the article's identity, not its path. */
  hash: string
  fileName: string
  importedAt: string
  article: Article
}

/** How a status maps to a ClaimReview rating (issue: report). */
export interface RatingMapEntry {
  status: string
  ratingValue: number
  alternateName: string
}

/** One step of a checklist. `key` names the answers in each item's `checklist`; it never changes once made. */
export interface ChecklistStep {
  key: string
  label: string
  /** What to write in the detail field. */
  hint: string
}

/** What a checklist applies to: quotes, claims of one type, or `claim`, every claim whose type has no list. */
export type ChecklistKind = 'quote' | 'claim' | ClaimType

/**
 * The case's checklists (docs/FORMAT.md): a list for quotes, one for claims in general, and one per claim type
 * that needs its own steps. A claim whose type has no list here takes `claim`'s.
 */
export type CaseChecklists = { quote: ChecklistStep[]; claim: ChecklistStep[] } & Partial<
  Record<ClaimType, ChecklistStep[]>
>

/** The top of every report a newsroom sends out: who made it and for whom. Empty strings print nothing. */
export interface ReportHeader {
  /** The newsroom's name, printed above everything (and the ClaimReview export's author). */
  newsroom: string
  /** The line above the article's title ("Verification report", "Standards desk check"). */
  masthead: string
  /** Who the report is for ("The night editor", "Legal"). */
  preparedFor: string
  /** Whom to ask about it ("standards@example.org, ext. 2040"). */
  contact: string
  /** A short wordmark printed as the logo (reports carry no images): "TDG". */
  logoText: string
}

export interface CaseFile {
  schemaVersion: number
  id: string
  createdAt: string
  updatedAt: string
  /** Path of the article file the case was created from (informational; identity is the hash). */
  articlePath: string
  /** Article date (ISO), from metadata or set by the checker; relative dates resolve against it. */
  articleDate: string | null
  drafts: Draft[]
  currentDraftId: string
  items: Item[]
  sources: Source[]
  statuses: StatusDef[]
  ratingMap: RatingMapEntry[]
  /** Extraction threshold used to propose claims. */
  threshold: number
  /**
   * Changes to the same field made on two sides (two windows, two processes, a synced copy) that a merge could not
   * both keep: each holds both values until the checker picks one (src/core/case/merge-cases.ts). Absent or `[]`
   * when there is none. Optional: version-2 readers before it ignore it.
   */
  conflicts?: CaseConflict[]
  /**
   * The checklists this case's items are checked against (core/case/case-settings.ts). Absent: the built-in ones
   * (DEFAULT_CHECKLISTS). Optional: version-2 readers before it ignore it.
   */
  checklists?: CaseChecklists
  /** What the top of this case's reports says. Absent: the built-in header. Optional, as `checklists`. */
  reportHeader?: ReportHeader
}

/**
 * One clash found when two versions of a case were merged three-way, with both values, kept in the case until the
 * checker picks a side (`resolveConflict`, src/core/case/ops-conflicts.ts). Meanwhile the case holds `ours`.
 * - `field`: both sides changed the same field of the same item or source (or a case setting) to different values;
 * - `deleted`: one side deleted the item or source, the other changed it; the changed one is kept meanwhile and
 *   the deleted side's value is null.
 */
export interface CaseConflict {
  /** `k1`, `k2`… unique within the case. */
  id: string
  kind: 'field' | 'deleted'
  /** What clashed: an item, a source, or a setting of the case itself (targetId ''). */
  scope: 'item' | 'source' | 'case'
  targetId: string
  /** The field that clashed (`status`, `verdictNote`, `correction`, `threshold`…); '' for `deleted`. */
  field: string
  /** The value both sides started from (null when the thing is new or the field absent). */
  base: unknown
  /** The value of the side whose save made the merge (kept in the case until a side is picked). */
  ours: unknown
  /** The value the other side had written first (null for a deletion). */
  theirs: unknown
  /** Who saved each side, as far as known ('' when not). */
  oursBy: string
  theirsBy: string
  /** When the merge found the clash. */
  at: string
}
