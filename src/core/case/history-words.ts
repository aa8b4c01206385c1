/**
 * History in a checker's words. The case stores each entry as data (`action: 'query-resolved'`,
 * `from: 'unchecked'`, `draftId: 'd1'`) so programs can read it; people read sentences:
 * "Ana resolved the query", "Ana changed the status: Unchecked → In progress, on draft 1".
 * Used by the workspace's history section and by every report, so both say the same thing.
 * An action this version does not know still reads as words ("Ana: source edited").
 */
import type { CaseFile, HistoryEntry, Item } from '../../shared/case'
import { caseChecklists } from './case-settings'
import { stepLabel } from './checklist'

/** What a sentence needs from the case: status labels, draft numbers, and the words of other items. */
export interface HistoryVocabulary {
  statusLabel(id: string): string
  /** 1-based position of a draft in the case, or null when the case does not know it. */
  draftNumber(draftId: string): number | null
  /** A few words of another item, for "merged with …" (null when it is gone). */
  itemWords?(id: string): string | null
  /** How to name a source recorded in an entry (by its title or id); reports hide people off the record. */
  sourceName?(recorded: string): string
  /** A checklist step's label from its key ("base-year" → "Base year checked"). */
  stepLabel?(key: string): string
}

/** What reports call a person source who is not on the record (see core/report/source-view.ts). */
export const PERSON_ON_FILE = 'Person source (on file)'

/** Characters of quoted text (an answer, a correction) kept in a sentence; the full text is in the item. */
const MAX_QUOTED = 120

/**
 * The words of one case. `shared: true` is for reports that leave the newsroom: a source linked in
 * history is named only when it is not a person off the record (history keeps the title the
 * source had, which for a person is often their name).
 */
export function vocabularyOf(caseFile: CaseFile, options: { shared?: boolean } = {}): HistoryVocabulary {
  const hidden = new Set<string>()
  const titles = new Map<string, string>()
  for (const source of caseFile.sources) {
    titles.set(source.id, source.title || source.url || source.id)
    if (options.shared && source.person && !source.person.onRecord) {
      for (const name of [source.id, source.title, source.url, source.person.name])
        if (name.trim()) hidden.add(name.trim())
    }
  }
  // A source renamed since it was linked: its earlier names are in the history of its edits.
  if (hidden.size > 0) {
    for (const item of caseFile.items)
      for (const entry of item.history)
        if (entry.action === 'source-edited' && entry.detail && entry.from && hidden.has(entry.detail))
          hidden.add(entry.from.trim())
  }
  const drafts = new Map(caseFile.drafts.map((draft, index) => [draft.id, index + 1]))
  const statuses = new Map(caseFile.statuses.map((status) => [status.id, status.label]))
  const items = new Map(caseFile.items.map((item) => [item.id, item]))
  return {
    statusLabel: (id) => statuses.get(id) ?? humanise(id),
    draftNumber: (id) => drafts.get(id) ?? null,
    itemWords: (id) => {
      const item = items.get(id)
      return item ? clip(item.anchor.exact, 48) : null
    },
    sourceName: (recorded) => (hidden.has(recorded.trim()) ? PERSON_ON_FILE : (titles.get(recorded) ?? recorded)),
    stepLabel: (key) => stepLabel(key, caseChecklists(caseFile))
  }
}

/** One entry as a sentence, its actor included; no trailing full stop (callers place it in lists). */
export function historySentence(entry: HistoryEntry, words: HistoryVocabulary): string {
  const who = entry.by.trim() || 'Someone'
  const onDraft = draftPhrase(entry, words)
  const detail = entry.detail ?? ''
  switch (entry.action) {
    case 'suggested':
      return `${who} suggested it${onDraft}`
    case 'added':
      return `${who} added it by hand${onDraft}`
    case 'accept':
      return `${who} accepted it for checking`
    case 'dismiss':
      return `${who} dismissed it: not to check`
    case 'restore':
      return `${who} brought it back for checking`
    case 'status':
      if (/^status removed: /.test(detail)) {
        const label = detail.replace(/^status removed: /, '')
        return `${who} removed the status “${label}”: this item moved to ${entry.to ? words.statusLabel(entry.to) : 'another status'}`
      }
      return `${who} changed the status: ${statusChange(entry, words)}${onDraft}${/^via twin /.test(detail) ? ' (given to its twin, the same fact elsewhere)' : ''}`
    case 'revised':
      return revisedSentence(entry, words)
    case 'source-linked':
      return `${who} linked ${sourcePhrase(entry, words)}`
    case 'source-unlinked':
      return `${who} unlinked ${sourcePhrase(entry, words)}`
    case 'source-edited':
      return `${who} edited ${sourcePhrase(entry, words)}${entry.to ? `: ${entry.to}` : ''}`
    case 'note':
      return `${who} added a note`
    case 'note-edited':
      return `${who} edited a note`
    case 'note-deleted':
      return `${who} deleted a note`
    case 'query':
      return `${who} asked the writer: ${quoted(detail) || 'a question'}`
    case 'query-resolved':
      return detail ? `${who} resolved the query: ${quoted(detail)}` : `${who} resolved the query`
    case 'correction':
      return `${who} suggested a correction: ${quoted(entry.to ?? detail)}`
    case 'correction-removed':
      return `${who} withdrew the suggested correction`
    case 'checked':
      return `${who} ticked ${quoted(step(detail, words)) || 'a step'} on the checklist`
    case 'unchecked':
      return `${who} unticked ${quoted(step(detail, words)) || 'a step'} on the checklist`
    case 'moved':
      return `${who} moved its edges: ${quoted(entry.from ?? '')} → ${quoted(entry.to ?? '')}`
    case 'merged':
      return `${who} merged another item into it${otherItem(detail.replace(/^merged with /, ''), words)}`
    case 'split':
      return /^split into /.test(detail)
        ? `${who} split it in two`
        : `${who} split it off another item${otherItem(detail.replace(/^split from /, ''), words)}`
    case 'claim-type':
      return `${who} changed the claim type: ${humanise(entry.from ?? 'none')} → ${humanise(entry.to ?? 'none')}`
    default:
      return unknownSentence(who, entry)
  }
}

/** The sentences of an item's history, oldest first. */
export function historySentences(item: Item, words: HistoryVocabulary): string[] {
  return item.history.map((entry) => historySentence(entry, words))
}

function revisedSentence(entry: HistoryEntry, words: HistoryVocabulary): string {
  const number = entry.draftId ? words.draftNumber(entry.draftId) : null
  const draft = number !== null ? `draft ${number}` : 'the new draft'
  const who = entry.by.trim()
  const by = who && who !== 'Factdesk' ? `, imported by ${who}` : ''
  const statusMoved = entry.from !== undefined && entry.to !== undefined && entry.from !== entry.to
  const status = statusMoved ? `; status: ${statusChange(entry, words)}` : ''
  if (entry.detail === 'removed') return `No longer in ${draft}${by}: kept with all its work`
  if (entry.detail === 'changed') return `Its words changed in ${draft}${by}${status}`
  return `Carried into ${draft} unchanged${by}`
}

/** Entries name the source by title in `detail` (older ones by id in `to`). */
function sourcePhrase(entry: HistoryEntry, words: HistoryVocabulary): string {
  const recorded = (entry.detail ?? entry.to ?? '').trim()
  if (!recorded) return 'a source'
  const name = words.sourceName ? words.sourceName(recorded) : recorded
  return name === PERSON_ON_FILE
    ? `a ${PERSON_ON_FILE.charAt(0).toLowerCase()}${PERSON_ON_FILE.slice(1)}`
    : `the source ${quoted(name)}`
}

function statusChange(entry: HistoryEntry, words: HistoryVocabulary): string {
  const from = entry.from ? words.statusLabel(entry.from) : 'none'
  const to = entry.to ? words.statusLabel(entry.to) : 'none'
  return `${from} → ${to}`
}

function draftPhrase(entry: HistoryEntry, words: HistoryVocabulary): string {
  if (!entry.draftId) return ''
  const number = words.draftNumber(entry.draftId)
  return number !== null ? `, on draft ${number}` : ''
}

function otherItem(id: string, words: HistoryVocabulary): string {
  const text = id && words.itemWords ? words.itemWords(id) : null
  return text ? ` (${quoted(text)})` : ''
}

/** "source-edited" → "Ana: source edited (detail)". */
function unknownSentence(who: string, entry: HistoryEntry): string {
  const what = humanise(entry.action) || 'changed it'
  const change = entry.from !== undefined || entry.to !== undefined ? `: ${entry.from ?? ''} → ${entry.to ?? ''}` : ''
  return `${who}: ${what}${change}${entry.detail ? ` (${clip(entry.detail, MAX_QUOTED)})` : ''}`
}

/** "in-progress" → "in progress", "personal experience" stays. */
function step(key: string, words: HistoryVocabulary): string {
  return key && words.stepLabel ? words.stepLabel(key) : key
}

function humanise(id: string): string {
  return id.replace(/[-_]+/g, ' ').trim()
}

function quoted(text: string): string {
  const clean = text.replace(/\s+/g, ' ').trim()
  return clean ? `“${clip(clean, MAX_QUOTED)}”` : ''
}

function clip(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`
}
