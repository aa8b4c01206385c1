/**
 * The report's facts, computed once and shared by every format (HTML, Markdown, CSV, JSON,
 * ClaimReview): numbering, status counts, the ready-to-publish verdict, who checked what,
 * open queries, corrections and changes since the previous draft. Pure: no clock, no I/O.
 */
import {
  FALLBACK_STATUS_COLOR,
  NEEDS_RECHECK_STATUS,
  UNCHECKED_STATUS,
  type CaseFile,
  type Draft,
  type Item,
  type Query,
  type ReportHeader,
  type Source,
  type StatusDef
} from '../../shared/case'
import type { CaptionTime } from '../../shared/article'
import type { PaperSize } from '../../shared/contract'
import { caseReportHeader } from '../case/case-settings'
import { ENGINE_NAME } from '../case/op-context'
import { safeCssColor } from './escape'
import { sourceView, type SourceView } from './source-view'
import { withoutUnsent } from '../case/unsent'
import { speakerGroups, type SpeakerGroup } from './speaker-groups'
import { textChangeSentence } from '../revisions/draft-diff'
import { blockAt, changedLabel, reassignedTurns, retimedTurns, withSpeakerChanges } from '../revisions/turn-speakers'

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
  text: string
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

function statusOf(caseFile: CaseFile, id: string): StatusDef {
  const known = caseFile.statuses.find((status) => status.id === id)
  if (known) return { ...known, color: safeCssColor(known.color) }
  return {
    id,
    label: id,
    color: FALLBACK_STATUS_COLOR,
    description: 'Status not defined in this case.',
    resolved: false
  }
}

function isInDraft(item: Item): boolean {
  return item.state === 'suggested' || item.state === 'accepted'
}

function currentDraft(caseFile: CaseFile): { draft: Draft; number: number } {
  const index = caseFile.drafts.findIndex((draft) => draft.id === caseFile.currentDraftId)
  const at = index >= 0 ? index : caseFile.drafts.length - 1
  const draft = caseFile.drafts[at] ?? {
    id: caseFile.currentDraftId,
    hash: '',
    fileName: '',
    importedAt: caseFile.createdAt,
    article: { text: '', title: '', standfirst: '', metadata: {}, blocks: [] }
  }
  return { draft, number: at + 1 }
}

function byPosition(a: Item, b: Item): number {
  return a.anchor.start - b.anchor.start || a.anchor.end - b.anchor.end || a.id.localeCompare(b.id)
}

function toReportItem(caseFile: CaseFile, item: Item, label: string): ReportItem {
  const statusEntries = item.history.filter((entry) => entry.action === 'status')
  const last = item.history[item.history.length - 1]
  const sources = item.sourceIds
    .map((id) => caseFile.sources.find((source) => source.id === id))
    .filter((source): source is Source => source !== undefined)
    .map(sourceView)
  const worked =
    item.status !== UNCHECKED_STATUS ||
    sources.length > 0 ||
    item.notes.length > 0 ||
    item.queries.length > 0 ||
    item.correction !== null ||
    item.verdictNote.trim() !== ''
  return {
    item,
    label,
    anchorId: `item-${label}`,
    status: statusOf(caseFile, item.status),
    text: item.anchor.exact,
    sources,
    who: attributionOf(item),
    // The turn's caption time, so the editor can find the words in the recording.
    time:
      item.state === 'removed'
        ? null
        : (blockAt(currentDraft(caseFile).draft.article.blocks, item.anchor.start)?.time ?? null),
    checked: worked,
    checker: statusEntries.length > 0 ? statusEntries[statusEntries.length - 1].by : null,
    lastChanged: last ? last.at : null
  }
}

/** " by Ruth Belcastro" for an item's one line in a transcript's report; "" when nobody is named. */
export function closingSpeaker(entry: ReportItem): string {
  return entry.who ? ` by ${entry.who.name}` : ''
}

/** A quote's speaker, or who made a claim in reported speech (its claimant). */
function attributionOf(item: Item): Attribution | null {
  const speaker = item.speaker
  if (speaker && speaker.name.trim())
    return {
      role: item.kind === 'quote' ? 'speaker' : 'claimant',
      name: speaker.name,
      description: speaker.description,
      anonymous: speaker.anonymous
    }
  const claimant = item.claimant
  if (claimant && claimant.name.trim())
    return { role: 'claimant', name: claimant.name, description: null, anonymous: false }
  return null
}

/** Which items the report numbers, in article order, and the prefix of their numbers. */
const NUMBERED_GROUPS: Array<{ prefix: string; holds: (item: Item) => boolean }> = [
  { prefix: '', holds: isInDraft },
  { prefix: 'D', holds: (item) => item.state === 'dismissed' },
  { prefix: 'R', holds: (item) => item.state === 'removed' }
]

/** Each item's number in the report ("4", dismissed "D1", removed "R2"): the Changes view names items by it too. */
export function itemLabels(caseFile: Pick<CaseFile, 'items'>): Map<string, string> {
  const labels = new Map<string, string>()
  for (const { prefix, holds } of NUMBERED_GROUPS)
    caseFile.items
      .filter(holds)
      .sort(byPosition)
      .forEach((item, index) => labels.set(item.id, `${prefix}${index + 1}`))
  return labels
}

function number(caseFile: CaseFile, items: Item[], labels: Map<string, string>): ReportItem[] {
  return [...items].sort(byPosition).map((item) => toReportItem(caseFile, item, labels.get(item.id) ?? item.id))
}

function verdictFor(inDraft: ReportItem[], openQueries: number): Verdict {
  const blockers: string[] = []
  const warnings: string[] = []
  const unresolved = inDraft.filter((entry) => !entry.status.resolved)
  if (unresolved.length > 0) {
    const byStatus = new Map<string, number>()
    for (const entry of unresolved) byStatus.set(entry.status.label, (byStatus.get(entry.status.label) ?? 0) + 1)
    const parts = [...byStatus].map(([label, count]) => `${count} ${label}`)
    blockers.push(
      `${unresolved.length} item${unresolved.length === 1 ? ' is' : 's are'} not resolved (${parts.join(', ')}).`
    )
  }
  const incorrect = inDraft.filter((entry) => entry.status.id === BLOCKING_RESOLVED_STATUS)
  if (incorrect.length > 0) {
    blockers.push(
      `${incorrect.length} item${incorrect.length === 1 ? ' is' : 's are'} rated Incorrect and still in the draft: ${incorrect.map((e) => `[${e.label}]`).join(' ')}.`
    )
  }
  if (openQueries > 0) blockers.push(`${openQueries} quer${openQueries === 1 ? 'y' : 'ies'} to the writer still open.`)
  const misleading = inDraft.filter((entry) => entry.status.id === 'misleading')
  if (misleading.length > 0) {
    warnings.push(
      `${misleading.length} item${misleading.length === 1 ? ' is' : 's are'} rated Misleading: ${misleading.map((e) => `[${e.label}]`).join(' ')}.`
    )
  }
  const unsourced = inDraft.filter((entry) => entry.status.id === 'verified' && entry.sources.length === 0)
  if (unsourced.length > 0) {
    warnings.push(
      `${unsourced.length} verified item${unsourced.length === 1 ? ' has' : 's have'} no source linked: ${unsourced.map((e) => `[${e.label}]`).join(' ')}.`
    )
  }
  return { ready: blockers.length === 0, blockers, warnings }
}

export function buildReportModel(checked: CaseFile, options: ReportOptions): ReportModel {
  // Text typed and never sent is the checker's scratch pad, not part of the check: no report holds it.
  const caseFile = withoutUnsent(checked)
  const { draft, number: draftNumber } = currentDraft(caseFile)
  const live = caseFile.items.filter(isInDraft)
  const labels = itemLabels(caseFile)
  const inDraft = number(caseFile, live, labels)
  const dismissed = number(
    caseFile,
    caseFile.items.filter((item) => item.state === 'dismissed'),
    labels
  )
  const removed = number(
    caseFile,
    caseFile.items.filter((item) => item.state === 'removed'),
    labels
  )
  const all = [...inDraft, ...dismissed, ...removed]

  const counts = caseFile.statuses.map((def) => ({ status: statusOf(caseFile, def.id), count: 0 }))
  for (const entry of inDraft) {
    let row = counts.find((count) => count.status.id === entry.status.id)
    if (!row) counts.push((row = { status: entry.status, count: 0 }))
    row.count += 1
  }

  const queries: QueryRow[] = all.flatMap((owner) => owner.item.queries.map((query) => ({ query, owner })))
  queries.sort(
    (a, b) =>
      Number(a.query.resolvedAt !== null) - Number(b.query.resolvedAt !== null) || a.query.at.localeCompare(b.query.at)
  )
  const openQueries = inDraft.reduce(
    (sum, entry) => sum + entry.item.queries.filter((query) => query.resolvedAt === null).length,
    0
  )

  const checkers = [...new Set(caseFile.items.flatMap((item) => item.history.map((entry) => entry.by)))]
    .filter((name) => name && name !== ENGINE_NAME)
    .sort((a, b) => a.localeCompare(b))
  const statusGiven = new Map<string, number>()
  for (const entry of inDraft)
    if (entry.checker) statusGiven.set(entry.checker, (statusGiven.get(entry.checker) ?? 0) + 1)
  const checkerRows = checkers
    .map((name) => ({ name, statuses: statusGiven.get(name) ?? 0 }))
    .sort((a, b) => b.statuses - a.statuses || a.name.localeCompare(b.name))

  const changes: ChangeRow[] = []
  if (caseFile.drafts.length > 1) {
    for (const owner of all) {
      const revised = owner.item.history.find(
        (entry) =>
          entry.action === 'revised' &&
          entry.draftId === draft.id &&
          (entry.detail === 'changed' || entry.detail === 'removed')
      )
      if (!revised) continue
      const detail = revised.detail as 'changed' | 'removed'
      const before = owner.item.previousText ?? owner.text
      const after = detail === 'removed' ? '' : owner.text
      const what =
        detail === 'removed' ? 'Removed from the draft' : changedLabel(owner.item, draft.id, before !== after)
      changes.push({ owner, detail, what, before, after })
    }
  }

  const previousDraft = draftNumber > 1 ? caseFile.drafts[draftNumber - 2] : undefined
  const sourceUse = new Map<string, string[]>()
  for (const owner of all) {
    for (const source of owner.sources) sourceUse.set(source.id, [...(sourceUse.get(source.id) ?? []), owner.label])
  }

  return {
    case: caseFile,
    header: caseReportHeader(caseFile),
    draft,
    draftNumber,
    title: draft.article.title || draft.fileName || 'Untitled article',
    author: draft.article.metadata.author ?? null,
    articleDate: caseFile.articleDate,
    checkers,
    checkerRows,
    generatedAt: options.now.toISOString(),
    appendix: options.appendix === true,
    inDraft,
    checked: inDraft.filter((entry) => entry.checked),
    bySpeaker: speakerGroups(
      draft.article,
      inDraft.filter((entry) => entry.checked)
    ),
    unchecked: inDraft.filter((entry) => !entry.checked),
    dismissed,
    removed,
    counts,
    verdict: verdictFor(inDraft, openQueries),
    openQueries,
    openQueryRows: queries.filter((row) => row.query.resolvedAt === null && isInDraft(row.owner.item)),
    queries,
    toCorrect: inDraft.filter((entry) => CORRECTION_STATUSES.has(entry.status.id)),
    recheck: inDraft.filter((entry) => entry.status.id === NEEDS_RECHECK_STATUS),
    unsourced: inDraft.filter((entry) => entry.status.id === 'verified' && entry.sources.length === 0),
    changes,
    textChanges: previousDraft
      ? withSpeakerChanges(
          textChangeSentence(previousDraft.article.text, draft.article.text),
          reassignedTurns(previousDraft.article, draft.article),
          retimedTurns(previousDraft.article, draft.article)
        )
      : null,
    sourceUse
  }
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
