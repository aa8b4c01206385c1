/**
 * Filtering the item list by what the checker types and picks. The searchable text of each item is
 * built once per case change, so a keystroke in the filter only compares strings.
 */
import type { Item } from '../../../shared/case'

export type ShowFilter = 'to-check' | 'dismissed' | 'removed' | 'all'

export interface ItemFilter {
  show: ShowFilter
  status: string
  /** 'claim', 'quote', or a claim type */
  type: string
  speaker: string
  text: string
}

export const NO_FILTER: ItemFilter = { show: 'to-check', status: '', type: '', speaker: '', text: '' }

/** Who an item is attributed to: a quote's speaker, or a claim's claimant ("the ministry said …"). */
export function attributedTo(item: Item): string | null {
  return item.speaker?.name ?? item.claimant?.name ?? null
}

export function searchText(item: Item): string {
  return `${item.anchor.exact} ${attributedTo(item) ?? ''} ${item.claimType ?? ''} ${item.reasons.join(' ')}`.toLowerCase()
}

function shows(item: Item, show: ShowFilter): boolean {
  if (show === 'all') return true
  if (show === 'to-check') return item.state === 'suggested' || item.state === 'accepted'
  return item.state === show
}

export function filterItems(items: Item[], index: Map<string, string>, filter: ItemFilter): Item[] {
  const words = filter.text.toLowerCase().split(/\s+/).filter(Boolean)
  return items.filter((item) => {
    if (!shows(item, filter.show)) return false
    if (filter.status && item.status !== filter.status) return false
    if (filter.type && item.kind !== filter.type && item.claimType !== filter.type) return false
    if (filter.speaker && attributedTo(item) !== filter.speaker) return false
    if (words.length === 0) return true
    const haystack = index.get(item.id) ?? ''
    return words.every((word) => haystack.includes(word))
  })
}

/** Everyone the items are attributed to, speakers and claimants alike, for the speaker filter. */
export function speakers(items: Item[]): string[] {
  const names = new Set<string>()
  for (const item of items) {
    const name = attributedTo(item)
    if (name) names.add(name)
  }
  return [...names].sort((a, b) => a.localeCompare(b))
}

/** "The deployment costs €600m a year…" */
export function firstWords(text: string, count = 12): string {
  const words = text.replace(/\s+/g, ' ').trim().split(' ')
  return words.length <= count ? words.join(' ') : `${words.slice(0, count).join(' ')}…`
}
