/**
 * Filtering the item list by what the checker types and picks. The searchable text of each item is
 * built once per case change, so a keystroke in the filter only compares strings.
 */
import type { Item, Source } from '../../../shared/case'
import { hasUnsent } from '../../../core/case/unsent'
import { namesDocument } from '../../../core/extract/document-heads'
import { attributedNames, shownNames, speakerKey } from '../../../core/report/shown-names'

export { speakerKey }

/** to-check: in the draft and not resolved yet; resolved: in the draft with a resolving status. */
export type ShowFilter = 'to-check' | 'resolved' | 'dismissed' | 'removed' | 'all'

export interface ItemFilter {
  show: ShowFilter
  status: string
  /** 'claim', 'quote', or a claim type */
  type: string
  speaker: string
  text: string
}

export const NO_FILTER: ItemFilter = { show: 'to-check', status: '', type: '', speaker: '', text: '' }

/** The "Show" choices, as the filters list them. */
export const SHOW_CHOICES: Array<[ShowFilter, string]> = [
  ['to-check', 'To check'],
  ['resolved', 'Resolved'],
  ['dismissed', 'Dismissed'],
  ['removed', 'Removed'],
  ['all', 'All']
]

/** What the search can see of the case beyond the item: its sources and the words of its statuses. */
export interface SearchContext {
  sources: ReadonlyMap<string, Source>
  statusLabel(id: string): string
}

/**
 * Everything a checker may remember an item by: its words, who said or claimed it, its type and
 * reasons, its status, notes, verdict, queries, correction and the sources linked (title, address,
 * publisher, passage, the person reached).
 */
export function searchText(item: Item, context?: SearchContext): string {
  const parts: Array<string | null | undefined> = [
    item.anchor.exact,
    item.speaker?.name,
    item.speaker?.description,
    item.claimant?.name,
    item.claimType,
    item.reasons.join(' '),
    context?.statusLabel(item.status),
    item.verdictNote,
    item.correction?.replacement,
    ...item.notes.map((note) => note.text),
    ...item.queries.map((query) => `${query.text} ${query.answer ?? ''}`)
  ]
  for (const id of item.sourceIds) {
    const source = context?.sources.get(id)
    if (!source) continue
    parts.push(
      source.title,
      source.url,
      source.publisher,
      source.passage,
      source.notes,
      source.person?.name,
      source.person?.role,
      source.person?.confirmed
    )
  }
  return parts.filter(Boolean).join(' ').toLowerCase()
}

function shows(item: Item, show: ShowFilter, resolved: ReadonlySet<string>): boolean {
  if (show === 'all') return true
  const active = item.state === 'suggested' || item.state === 'accepted'
  if (show === 'to-check') return active && !resolved.has(item.status)
  if (show === 'resolved') return active && resolved.has(item.status)
  return item.state === show
}

/** `resolved`: the ids of the statuses that resolve an item (for "To check" and "Resolved"). */
function matcher(
  index: Map<string, string>,
  filter: ItemFilter,
  resolved: ReadonlySet<string>
): (item: Item) => boolean {
  const words = filter.text.toLowerCase().split(/\s+/).filter(Boolean)
  return (item) => {
    if (!shows(item, filter.show, resolved)) return false
    if (filter.status && item.status !== filter.status) return false
    if (filter.type && item.kind !== filter.type && item.claimType !== filter.type) return false
    if (filter.speaker && !saidBy(item, speakerKey(filter.speaker))) return false
    if (words.length === 0) return true
    const haystack = index.get(item.id) ?? ''
    return words.every((word) => haystack.includes(word))
  }
}

/**
 * The items the filter shows, and every item holding text typed and not added yet (a note, a query, a half-filled
 * source form) whatever the filter: a checker who types a note and then sets "Verified" must still see the item,
 * marked "unsent text", or the note seems gone. It leaves the list once the text is added or cleared.
 */
export function filterItems(
  items: Item[],
  index: Map<string, string>,
  filter: ItemFilter,
  resolved: ReadonlySet<string> = new Set()
): Item[] {
  const matches = matcher(index, filter, resolved)
  return items.filter((item) => hasUnsent(item) || matches(item))
}

/** The ids of the items listed only for their unsent text (the filter alone would hide them). */
export function keptForUnsent(
  listed: Item[],
  index: Map<string, string>,
  filter: ItemFilter,
  resolved: ReadonlySet<string> = new Set()
): ReadonlySet<string> {
  const matches = matcher(index, filter, resolved)
  return new Set(listed.filter((item) => hasUnsent(item) && !matches(item)).map((item) => item.id))
}

/**
 * What the empty list says when the case has items. A speaker picked from the filter (it lists everyone the case
 * names) whose only item is resolved showed "No items match these filters", as if they had said nothing; now it says
 * how many items the same speaker, type, status and words hold under "All". `elsewhere`: that count.
 */
export function noMatchWords(show: ShowFilter, elsewhere: number): string {
  const none = 'No items match these filters.'
  if (show === 'all' || elsewhere === 0) return none
  const label = SHOW_CHOICES.find(([value]) => value === show)?.[1] ?? show
  const items = elsewhere === 1 ? '1 item does' : `${elsewhere} items do`
  return `No items match these filters under “${label}”; ${items} under “All”.`
}

/**
 * What the detail pane says when the filter lists nothing: which filter, so the checker knows why no item is shown
 * rather than seeing another speaker's item the list does not hold.
 */
export function emptyDetailWords(filter: ItemFilter): string {
  const label = SHOW_CHOICES.find(([value]) => value === filter.show)?.[1] ?? filter.show
  const speaker = filter.speaker ? ` for “${filter.speaker}”` : ''
  return `No item to show: nothing is listed${speaker} under “${label}”. Choose another filter to see its items here.`
}

/** The first item listed, when the one selected is not listed (else null: the selection stays where it is). */
export function firstIfHidden(listed: Item[], selectedId: string | null): string | null {
  if (listed.length === 0 || listed.some((item) => item.id === selectedId)) return null
  return listed[0].id
}

function saidBy(item: Item, key: string): boolean {
  const { speaker, claimant } = item
  return (
    (!!speaker?.name && speakerKey(speaker.name) === key) || (!!claimant?.name && speakerKey(claimant.name) === key)
  )
}

/**
 * Everyone the items are attributed to, speakers and claimants alike, for the speaker filter: once per speakerKey,
 * under the name the report shows (the capitalised "The …" when the article writes both).
 */
export function speakers(items: Item[]): string[] {
  return [...shownNames(attributedNames(items)).values()].sort((a, b) => a.localeCompare(b))
}

/**
 * The speaker filter's names in two groups, so a checker tells a person from a document at a glance: "figures
 * published by the regional council" and "the utility's annual report" were listed among the people.
 */
export function speakerGroups(names: readonly string[]): { people: string[]; documents: string[] } {
  const documents = names.filter(namesDocument)
  return { people: names.filter((name) => !documents.includes(name)), documents }
}

/** "The deployment costs €600m a year…" */
export function firstWords(text: string, count = 12): string {
  const words = text.replace(/\s+/g, ' ').trim().split(' ')
  return words.length <= count ? words.join(' ') : `${words.slice(0, count).join(' ')}…`
}
