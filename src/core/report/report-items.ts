/**
 * Each item's row in the report: its number ("4", dismissed "D1", removed "R2"), its status as the case defines
 * it, its sources as a shared report may print them, who the words are attributed to and when a transcript's
 * turn is spoken. The Changes view numbers items by the same itemLabels, so it lives apart from the model's build.
 */
import {
  FALLBACK_STATUS_COLOR,
  UNCHECKED_STATUS,
  type CaseFile,
  type Draft,
  type Item,
  type Source,
  type StatusDef
} from '../../shared/case'
import { safeCssColor } from './escape'
import { sourceView } from './source-view'
import { shownWords, spokenTime } from '../case/case-reading'
import { leadIn } from '../case/lead-in'
import type { Attribution, ReportItem } from './summary'
import { nameShower } from './shown-names'

export function statusOf(caseFile: CaseFile, id: string): StatusDef {
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

export function isInDraft(item: Item): boolean {
  return item.state === 'suggested' || item.state === 'accepted'
}

export function currentDraft(caseFile: CaseFile): { draft: Draft; number: number } {
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

function toReportItem(caseFile: CaseFile, item: Item, label: string, shownName: (name: string) => string): ReportItem {
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
    text: shownWords(item),
    leadIn: leadIn(currentDraft(caseFile).draft, item),
    sources,
    who: attributionOf(item, shownName),
    // The turn's caption time, so the editor can find the words in the recording.
    time: spokenTime(caseFile, item),
    checked: worked,
    checker: statusEntries.length > 0 ? statusEntries[statusEntries.length - 1].by : null,
    lastChanged: last ? last.at : null
  }
}

/**
 * "Quote by Helen Okafor", "Claim by Kestrel Bay Water", or "Claim" when nobody is named: what an item's one line
 * says before its words, so an editor reading a list sees whose words each item holds without opening it.
 */
export function kindAndWho(entry: ReportItem): string {
  return `${entry.item.kind === 'quote' ? 'Quote' : 'Claim'}${entry.who ? ` by ${entry.who.name}` : ''}`
}

/**
 * A quote's speaker, or who made a claim in reported speech (its claimant), under the one name the report shows for
 * them (shown-names.ts: "the Port Authority" and "The Port Authority" are one body).
 */
function attributionOf(item: Item, shownName: (name: string) => string): Attribution | null {
  const speaker = item.speaker
  if (speaker && speaker.name.trim())
    return {
      role: item.kind === 'quote' ? 'speaker' : 'claimant',
      name: shownName(speaker.name),
      description: speaker.description,
      anonymous: speaker.anonymous
    }
  const claimant = item.claimant
  if (claimant && claimant.name.trim())
    return { role: 'claimant', name: shownName(claimant.name), description: null, anonymous: false }
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

export function number(caseFile: CaseFile, items: Item[], labels: Map<string, string>): ReportItem[] {
  // Every item of the case, so an item dismissed or removed is listed under the name the draft's items show.
  const shownName = nameShower(caseFile.items)
  return [...items]
    .sort(byPosition)
    .map((item) => toReportItem(caseFile, item, labels.get(item.id) ?? item.id, shownName))
}
