/**
 * The report's facts, computed once and shared by every format (HTML, Markdown, CSV, JSON,
 * ClaimReview): numbering, status counts, the ready-to-publish verdict, who checked what,
 * open queries, corrections and changes since the previous draft. Pure: no clock, no I/O.
 * This module is their shape (ReportModel, ReportItem and the rows) and the rules every format prints; the model
 * is built in build-report.ts, each item's row in report-items.ts.
 */
import type { CaseFile, Draft, Item, Query, ReportHeader, StatusDef } from '../../shared/case'
import type { CaptionTime } from '../../shared/article'
import type { PaperSize } from '../../shared/contract'
import type { SourceView } from './source-view'
import type { SpeakerGroup } from './speaker-groups'

/** The status that blocks publication even though it counts as resolved. */
export const BLOCKING_RESOLVED_STATUS = 'incorrect'
/** Statuses whose items need the writer to change words: listed first in every report. */
export const CORRECTION_STATUSES: ReadonlySet<string> = new Set(['incorrect', 'misleading'])

/** The rule behind the verdict, printed in every report so nobody has to guess what "ready" means. */
export const VERDICT_RULE =
  'Ready to publish means: every claim and quote still in the current draft (suggested or accepted; dismissed ' +
  'and removed ones do not count) has a status that counts as resolved, none of them is rated Incorrect, and ' +
  'no query to the writer is open.'

export interface ReportOptions {
  /** Time the report is made; the only clock the renderers see. */
  now: Date
  paperSize?: PaperSize
  /**
   * Add the appendix: each item's history, the checked copy of the draft and the evidence table
   * (hashes of every file and snapshot). Off by default: the report is for the editor; the appendix
   * is for the archive and the lawyer, and the JSON export always holds everything.
   */
  appendix?: boolean
}

/** Who the words are attributed to: a quote's speaker (a claim's claimant once the engine finds them). */
export interface Attribution {
  role: 'speaker' | 'claimant'
  name: string
  description: string | null
  anonymous: boolean
}

export interface ReportItem {
  item: Item
  /** "1", "2"… for items in the draft; "D1"… dismissed; "R1"… removed from the draft. */
  label: string
  /** Safe anchor id for links inside the HTML report. */
  anchorId: string
  status: StatusDef
  /** The words as shown (case-reading.ts shownWords: a quote without the comma it borrowed); a correction's diff starts from `item.anchor.exact`. */
  text: string
  /** A claim's words before it in its sentence, when the engine cut the sentence (core/case/lead-in.ts); else ''. */
  leadIn: string
  /** Linked sources as a shared report may print them (people off the record stay unnamed). */
  sources: SourceView[]
  who: Attribution | null
  /** From captions: when the turn holding the item is spoken (seconds); null elsewhere and for removed items. */
  time: CaptionTime | null
  /** Someone worked on it: a status other than Unchecked, or a source, note, query, correction or verdict. */
  checked: boolean
  /** Who gave the current status (last "status" history entry), if anyone. */
  checker: string | null
  lastChanged: string | null
}

export interface StatusCount {
  status: StatusDef
  count: number
}

export interface Verdict {
  ready: boolean
  /** Plain sentences: why it is not ready. Empty when ready. */
  blockers: string[]
  /** Worth an editor's eye even when ready. */
  warnings: string[]
}

export interface QueryRow {
  query: Query
  owner: ReportItem
}

export interface ChangeRow {
  owner: ReportItem
  detail: 'changed' | 'removed'
  /** "Removed from the draft", "Wording changed", or for a transcript line "Speaker changed: A → B". */
  what: string
  before: string
  after: string
}

export interface CheckerRow {
  name: string
  /** Items in the draft whose current status this checker gave. */
  statuses: number
}

export interface ReportModel {
  case: CaseFile
  /** The top of the report as the case's settings say (newsroom, masthead, for whom, contact, logo text). */
  header: ReportHeader
  draft: Draft
  /** 1-based position of the current draft among the case's drafts. */
  draftNumber: number
  title: string
  author: string | null
  articleDate: string | null
  checkers: string[]
  /** The checkers with how many current statuses each gave, most first. */
  checkerRows: CheckerRow[]
  generatedAt: string
  appendix: boolean
  /** Every item in the draft, in article order (numbered 1…). */
  inDraft: ReportItem[]
  /** Items in the draft someone worked on, in article order. */
  checked: ReportItem[]
  /** For a transcript: the checked items grouped by who said them; null for an article. */
  bySpeaker: SpeakerGroup[] | null
  /** Items in the draft nobody has touched yet. */
  unchecked: ReportItem[]
  dismissed: ReportItem[]
  removed: ReportItem[]
  counts: StatusCount[]
  verdict: Verdict
  openQueries: number
  /** Open queries on items in the draft, oldest first: what holds the piece. */
  openQueryRows: QueryRow[]
  /** Open queries first (oldest first), then resolved ones. */
  queries: QueryRow[]
  /** Items in the draft rated Incorrect or Misleading, with or without a suggested correction. */
  toCorrect: ReportItem[]
  /** Items in the draft whose words changed after they were checked. */
  recheck: ReportItem[]
  /** Verified items in the draft with no source linked. */
  unsourced: ReportItem[]
  changes: ChangeRow[]
  /** What happened to the text since the previous draft, paragraphs aligned as in the Changes view; null with one draft. */
  textChanges: string | null
  /** Items using each source, by source id (labels). */
  sourceUse: Map<string, string[]>
}

/**
 * The heading over the items to check again: in a transcript an item also comes back when its line was given to
 * another speaker, its words the same ("Speaker changed: A → B"), and "the words changed" alone was untrue of it.
 */
export function recheckHeading(model: Pick<ReportModel, 'recheck' | 'changes'>): string {
  const again = new Set(model.recheck.map((entry) => entry.item.id))
  const speakers = model.changes.some((row) => again.has(row.owner.item.id) && /speaker changed/i.test(row.what))
  return `To check again: ${speakers ? 'the words or the speaker changed' : 'the words changed'} (${model.recheck.length})`
}

/**
 * How many items the last draft changed or removed, and how many of those anyone had worked on: "3 items changed or
 * removed (1 of them checked)". Every changed or removed item is listed, checked or not; the line called them all
 * "checked items", so a report whose three listed items were all Unchecked said "3 checked items changed or removed".
 */
export function changesCount(changes: readonly ChangeRow[], where = ''): string {
  const checked = changes.filter((row) => row.owner.checked).length
  const items = `${changes.length} item${changes.length === 1 ? '' : 's'} changed or removed${where}`
  if (changes.length === 1) return `${items} (${checked === 1 ? 'checked' : 'not checked'})`
  if (checked === changes.length) return changes.length === 0 ? items : `${items} (all checked)`
  return `${items} (${checked === 0 ? 'none' : checked} of them checked)`
}
