/**
 * What a newsroom shapes per case besides statuses and ratings: the checklists items are checked against and the
 * header its reports carry. Both live in the case (optional fields: a case without them uses the built-in ones),
 * so the proof of a check says which steps the checker was asked to confirm. Edits are case ops like any other:
 * pure, undoable, saved through the case session's patches.
 */
import type {
  CaseChecklists,
  CaseFile,
  ChecklistKind,
  ChecklistStep,
  RatingMapEntry,
  ReportHeader,
  StatusDef
} from '../../shared/case'
import { fail, ok, type Result } from '../../shared/result'
import type { OpContext } from './op-context'
import { reviseStatuses } from './ops-status-list'
import { editRatingMap } from './ratings'

/** Quotes need the speaker, a recording or transcript and matching wording; claims what their type calls for. */
export const DEFAULT_CHECKLISTS: CaseChecklists = {
  quote: [
    { key: 'speaker-confirmed', label: 'Speaker confirmed', hint: 'Who confirmed, when, and by which channel' },
    { key: 'recording', label: 'Recording or transcript', hint: 'Where the recording or transcript is' },
    { key: 'wording-matches', label: 'Wording matches', hint: 'Differences from the recording, if any' }
  ],
  // Claims of any other type: find where it comes from and check its context.
  claim: [
    { key: 'primary-source', label: 'Primary source found', hint: 'The original document, data or person' },
    { key: 'context', label: 'Context checked', hint: 'Anything that changes how it reads' }
  ],
  quantity: [
    { key: 'unit', label: 'Unit checked', hint: 'Unit and scale (thousands, %, per capita…)' },
    { key: 'base-year', label: 'Base year checked', hint: 'Year or period the figure refers to' },
    { key: 'source-table', label: 'Source table found', hint: 'Table or series the figure comes from' }
  ],
  'correlation/causation': [
    { key: 'evidence-shows', label: 'What the evidence shows', hint: 'Correlation only, or cause established?' }
  ],
  prediction: [
    { key: 'whose-prediction', label: 'Whose prediction it is', hint: 'Who predicts it, and is that attributed?' }
  ]
}

/** What reports printed before a newsroom set anything: the kicker "Verification report" and nothing else. */
export const DEFAULT_REPORT_HEADER: ReportHeader = {
  newsroom: '',
  masthead: 'Verification report',
  preparedFor: '',
  contact: '',
  logoText: ''
}

/** Every list a case can hold, in the order Settings shows them; `claim` is the one the others fall back to. */
export const CHECKLIST_KINDS: readonly ChecklistKind[] = [
  'quote',
  'claim',
  'quantity',
  'correlation/causation',
  'prediction',
  'laws/rules',
  'personal experience',
  'other'
]

export const MAX_CHECKLIST_STEPS = 40
export const MAX_STEP_LABEL = 200
export const MAX_STEP_HINT = 300
/** Characters per header line; the logo is a wordmark, not a sentence. */
export const MAX_HEADER_LINE = 200
export const MAX_LOGO_TEXT = 16

export function caseChecklists(c: Pick<CaseFile, 'checklists'>): CaseChecklists {
  return c.checklists ?? DEFAULT_CHECKLISTS
}

export function caseReportHeader(c: Pick<CaseFile, 'reportHeader'>): ReportHeader {
  return c.reportHeader ?? DEFAULT_REPORT_HEADER
}

/** The kicker above the title: the newsroom's masthead line, "Verification report" when it left it empty. */
export function mastheadLine(header: ReportHeader): string {
  return header.masthead.trim() || DEFAULT_REPORT_HEADER.masthead
}

/** "Unit checked" → "unit-checked": a new step's key, readable in the case file and in history. */
function slug(label: string): string {
  const base = label
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .slice(0, 48)
    .replace(/^-|-$/g, '') // runs of other characters are one dash already
  return base || 'step'
}

function uniqueKey(label: string, taken: Set<string>): string {
  const base = slug(label)
  let key = base
  for (let n = 2; taken.has(key); n += 1) key = `${base}-${n}`
  return key
}

/**
 * One list made ready to keep: labels and hints trimmed, every label present and different from the others, new
 * steps (key '') given a key from their label. Kept steps keep their key, so the answers given on them follow a
 * rename or a move.
 */
function normaliseList(kind: ChecklistKind, steps: readonly ChecklistStep[]): Result<ChecklistStep[]> {
  if (steps.length > MAX_CHECKLIST_STEPS)
    return fail('invalid-checklist', `A checklist holds at most ${MAX_CHECKLIST_STEPS} steps.`)
  const labels = new Set<string>()
  const taken = new Set(steps.map((s) => s.key).filter(Boolean))
  if (taken.size !== steps.filter((s) => s.key).length)
    return fail('invalid-checklist', 'Two checklist steps have the same key.')
  const out: ChecklistStep[] = []
  for (const step of steps) {
    const label = step.label.replace(/\s+/g, ' ').trim()
    const hint = step.hint.replace(/\s+/g, ' ').trim()
    if (!label) return fail('invalid-checklist', `Every step of the ${kindName(kind)} checklist needs a label.`)
    if (label.length > MAX_STEP_LABEL || hint.length > MAX_STEP_HINT)
      return fail('invalid-checklist', `The step "${label.slice(0, 40)}…" is too long.`)
    if (labels.has(label.toLowerCase()))
      return fail('invalid-checklist', `The ${kindName(kind)} checklist has "${label}" twice.`)
    labels.add(label.toLowerCase())
    const key = step.key || uniqueKey(label, taken)
    taken.add(key)
    out.push({ key, label, hint })
  }
  return ok(out)
}

/** Checklists checked and normalised (for a case or a profile); `quote` and `claim` are always there. */
export function normaliseChecklists(lists: CaseChecklists): Result<CaseChecklists> {
  const out: Record<string, ChecklistStep[]> = {}
  for (const kind of CHECKLIST_KINDS) {
    const steps = lists[kind]
    if (!steps) continue
    const list = normaliseList(kind, steps)
    if (!list.ok) return list
    out[kind] = list.value
  }
  return ok({ ...out, quote: out.quote ?? [], claim: out.claim ?? [] } as CaseChecklists)
}

/**
 * Replace the case's checklists. A step removed from a list takes nothing from the items: an answer given on it
 * stays in the item's `checklist` (and its history), shown as "no longer on the checklist" and in reports, and
 * comes back on the list if a step with the same key is added again.
 */
export function editChecklists(c: CaseFile, lists: CaseChecklists, ctx: OpContext): Result<CaseFile> {
  const normalised = normaliseChecklists(lists)
  if (!normalised.ok) return normalised
  if (JSON.stringify(normalised.value) === JSON.stringify(caseChecklists(c))) return ok(c)
  return ok({ ...c, checklists: normalised.value, updatedAt: ctx.at })
}

/** A header checked and trimmed (for a case or a profile). */
export function normaliseReportHeader(header: ReportHeader): Result<ReportHeader> {
  const line = (text: string) => text.replace(/\s+/g, ' ').trim()
  const out: ReportHeader = {
    newsroom: line(header.newsroom),
    masthead: line(header.masthead),
    preparedFor: line(header.preparedFor),
    contact: line(header.contact),
    logoText: line(header.logoText)
  }
  const long = (Object.keys(out) as (keyof ReportHeader)[]).find((key) => out[key].length > MAX_HEADER_LINE)
  if (long) return fail('invalid-report-header', `A line of the report header is longer than ${MAX_HEADER_LINE}.`)
  if (out.logoText.length > MAX_LOGO_TEXT)
    return fail('invalid-report-header', `The logo text is a short wordmark: at most ${MAX_LOGO_TEXT} characters.`)
  return ok(out)
}

export function editReportHeader(c: CaseFile, header: ReportHeader, ctx: OpContext): Result<CaseFile> {
  const normalised = normaliseReportHeader(header)
  if (!normalised.ok) return normalised
  if (JSON.stringify(normalised.value) === JSON.stringify(caseReportHeader(c))) return ok(c)
  return ok({ ...c, reportHeader: normalised.value, updatedAt: ctx.at })
}

/** "quote" → "quote", "claim" → "general claim", a type → its name: for messages and Settings. */
export function kindName(kind: ChecklistKind): string {
  if (kind === 'quote') return 'quote'
  if (kind === 'claim') return 'general claim'
  return `${kind} claim`
}

/** Every setting Settings edits in a case, as the dialog hands them over. */
export interface CaseSettingsEdit {
  statuses: StatusDef[]
  /** Removed status id → the status its items move to. */
  moves: Record<string, string>
  ratingMap: RatingMapEntry[]
  checklists: CaseChecklists
  reportHeader: ReportHeader
}

/**
 * Statuses, ratings, checklists and report header in one op, so one undo takes a whole Settings change back;
 * refused as a whole when any part is not valid.
 */
export function editCaseSettings(c: CaseFile, edit: CaseSettingsEdit, ctx: OpContext): Result<CaseFile> {
  const revised = reviseStatuses(c, edit.statuses, edit.moves, ctx)
  if (!revised.ok) return revised
  const lists = editChecklists(editRatingMap(revised.value, edit.ratingMap, ctx), edit.checklists, ctx)
  if (!lists.ok) return lists
  return editReportHeader(lists.value, edit.reportHeader, ctx)
}
