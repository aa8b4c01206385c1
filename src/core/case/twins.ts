/**
 * Twins: the same fact repeated in the draft (a headline figure restated in the body, a sentence
 * repeated in a caption). The later copy points at the first (`twinOf`), so the fact is checked once
 * and shown twice: a status given to either is given to both.
 */
import type { CaseFile, Item } from '../../shared/case'
import { isActive, sortItems } from './case-reading'
import { updateItem, type OpContext } from './op-context'

/**
 * Text whose only letters and digits are ASCII: the rest is punctuation (typographic quotes, dashes, the ellipsis,
 * U+2010-2027) or a no-break space. Most of a news draft; its words are read without the Unicode classes.
 */
const PLAIN_TEXT = /^[\t\n\r\x20-\x7e\u00a0\u2010-\u2027]*$/
const PLAIN_NOT_WORD = /[^a-z0-9%\s]+/g
const NOT_WORD = /[^\p{L}\p{N}%\s]+/gu

/**
 * Lower case, no punctuation or quote marks, single spaces: "Five  thousand troops." ≡ "five thousand troops".
 * Plain text skips the \p{L}\p{N} pattern: compiling it took 20-30 ms of the workspace's open (twins of every item,
 * coverage of every sentence) and each run is about 4 times a plain class's; the two read plain text alike.
 */
export function normaliseSentence(text: string): string {
  const lower = text.toLowerCase()
  return lower
    .replace(PLAIN_TEXT.test(lower) ? PLAIN_NOT_WORD : NOT_WORD, ' ')
    .replace(/\s+/g, ' ')
    .trim()
}

/**
 * Numbers WITH a unit ("5000 troops", "40%") identify a fact; a bare number or year ("2013")
 * repeats too often in unrelated sentences to mean the same fact.
 */
const UNIT_PATTERN = /[\p{L}%£$€]/u

export function numberKey(item: Item): string {
  const values = new Set<string>()
  for (const fact of item.facts) {
    if (fact.kind === 'number' && fact.value && UNIT_PATTERN.test(fact.value)) values.add(fact.value.toLowerCase())
  }
  return [...values].sort().join('|')
}

/** Twin pairs as [later id, first id]: same normalised sentence, or the same numbers with units. */
export function findTwins(items: Item[]): Array<[string, string]> {
  const firstBySentence = new Map<string, string>()
  const firstByNumbers = new Map<string, string>()
  const pairs: Array<[string, string]> = []
  for (const item of sortItems(items.filter((it) => isActive(it) && it.kind === 'claim'))) {
    const sentence = normaliseSentence(item.anchor.exact)
    const numbers = numberKey(item)
    const twin = (sentence && firstBySentence.get(sentence)) || (numbers && firstByNumbers.get(numbers)) || null
    if (twin) {
      pairs.push([item.id, twin])
      continue
    }
    if (sentence) firstBySentence.set(sentence, item.id)
    if (numbers) firstByNumbers.set(numbers, item.id)
  }
  return pairs
}

/**
 * The twins not linked yet, as [later id, first id]: what opening a case links. Found where the case is loaded (the
 * session, services), so the window is handed the pairs and normalises no sentence of its own on open.
 */
export function unlinkedTwins(items: Item[]): Array<[string, string]> {
  const linked = new Set(items.filter((it) => it.twinOf).map((it) => it.id))
  return findTwins(items).filter(([later]) => !linked.has(later))
}

/**
 * Link each [later id, first id] pair whose later item is not linked yet; returns the same case object when nothing
 * changes. One pass over the items, not one per twin: a draft at the size limit has thousands of twins among tens of
 * thousands of items, and finding and copying the list once per twin took seconds in the workspace's first render.
 */
export function linkTwinPairs(c: CaseFile, pairs: Array<[string, string]>, ctx: OpContext): CaseFile {
  if (pairs.length === 0) return c
  const ids = new Set(c.items.map((it) => it.id))
  const firstOf = new Map(pairs.filter(([, first]) => ids.has(first)))
  let changed = false
  const items = c.items.map((item) => {
    const firstId = firstOf.get(item.id)
    if (firstId === undefined || item.twinOf) return item
    changed = true
    return { ...item, twinOf: firstId }
  })
  return changed ? { ...c, items, updatedAt: ctx.at } : c
}

/** Link every twin not yet linked; returns the same case object when nothing changes. */
export function linkTwins(c: CaseFile, ctx: OpContext): CaseFile {
  return linkTwinPairs(c, unlinkedTwins(c.items), ctx)
}

export function unlinkTwin(c: CaseFile, id: string, ctx: OpContext): CaseFile {
  const item = c.items.find((it) => it.id === id)
  if (!item || !item.twinOf) return c
  return updateItem(c, id, ctx, (it) => ({ ...it, twinOf: null }))
}

/** The item and its twins, first copy first: everything a status given to `id` applies to. */
export function twinGroup(c: CaseFile, id: string): string[] {
  const item = c.items.find((it) => it.id === id)
  if (!item) return []
  const primary = item.twinOf && c.items.some((it) => it.id === item.twinOf) ? item.twinOf : item.id
  const members = c.items.filter((it) => it.twinOf === primary && it.id !== primary).map((it) => it.id)
  return [primary, ...members]
}
