/** Reading a case as the UI shows it: the current draft, and its items in reading order. */
import type { CaptionTime } from '../../shared/article'
import type { CaseFile, Draft, Item } from '../../shared/case'
import { spokenTimeAt } from '../extract/blocks'

/** Reading order: by start, the longer of two items starting together first, then by id. */
export function readingOrder(a: Item, b: Item): number {
  return a.anchor.start - b.anchor.start || b.anchor.end - a.anchor.end || a.id.localeCompare(b.id)
}

/** Items in reading order (by start, longer first on ties), as the list and J/K walk them. */
export function sortItems(items: Item[]): Item[] {
  return items.slice().sort(readingOrder)
}

/** The draft the case currently shows (the newest one if the id is somehow stale). */
export function currentDraft(c: Pick<CaseFile, 'drafts' | 'currentDraftId'>): Draft {
  return c.drafts.find((d) => d.id === c.currentDraftId) ?? c.drafts[c.drafts.length - 1]
}

/** The text of the draft the case currently shows. */
export function currentText(c: CaseFile): string {
  const draft = currentDraft(c) as Draft | undefined
  return draft ? draft.article.text : ''
}

/**
 * When a captioned recording speaks the item's words: the time of the caption its words begin in, to find them in
 * the video (the detail pane and the report). Null without captions, and for an item removed from the current draft.
 */
export function spokenTime(c: Pick<CaseFile, 'drafts' | 'currentDraftId'>, item: Item): CaptionTime | null {
  if (item.state === 'removed') return null
  const draft = currentDraft(c) as Draft | undefined
  return draft ? spokenTimeAt(draft.article.blocks, item.anchor.start) : null
}

/** Active items are those still to be checked: not dismissed, not gone from the draft. */
export function isActive(item: Item): boolean {
  return item.state === 'suggested' || item.state === 'accepted'
}

/** A comma (Latin, CJK, Arabic) or space closing a quote's words inside its marks. */
const SENTENCE_COMMA = /[\s,，、،]/u

/**
 * An item's words as the list, the detail pane and the report show them. A quote's text is the words inside its
 * marks (docs/FORMAT.md), so “We will protect our village,” she said holds the comma that belongs to the sentence
 * around the quote; it is left out here, and only here: the anchor keeps it, because `init` re-finds suggestions by
 * their offsets and a saved quote one character longer than the engine's would come back as a second item. A quote
 * ending in ? or ! keeps it (the question is the speaker's); a claim is shown as it is.
 */
export function shownWords(item: Pick<Item, 'kind' | 'anchor'>): string {
  return item.kind === 'quote' ? shownQuote(item.anchor.exact) : item.anchor.exact
}

/** A quote's words without the comma of the sentence around it: shownWords for a quote the engine found. */
export function shownQuote(words: string): string {
  let end = words.length
  while (end > 0 && SENTENCE_COMMA.test(words[end - 1])) end -= 1
  return end > 0 ? words.slice(0, end) : words
}
