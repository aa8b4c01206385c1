/**
 * Which paragraph of the new draft is which paragraph of the old one, before any word is compared.
 * A desk moves, splits, merges and rewrites paragraphs; a word diff over the whole text turns a
 * moved paragraph into interleaved word soup. Here paragraphs are matched first — same words
 * (whitespace aside), then similar words, then a paragraph cut in two or two joined — and only the
 * matched pairs whose words differ get a word diff (draft-diff.ts). Cost stays near linear: exact
 * matches by hash, similar ones only among paragraphs that share a rare word or sit where the
 * unmatched paragraph would be.
 */
import { orderBlocks, type MatchGroup, type ParagraphBlock } from './paragraph-order'

export type { MatchGroup, ParagraphBlock } from './paragraph-order'

export interface Paragraph {
  /** The paragraph's words as written, without the blank lines around it. */
  text: string
  /** The paragraph with the whitespace that follows it (and, for the first, precedes it): the pieces join back to the draft. */
  raw: string
}

export interface ParagraphAlignment {
  old: Paragraph[]
  new: Paragraph[]
  blocks: ParagraphBlock[]
}

/** A blank line (possibly holding spaces) ends a paragraph, as the importers lay drafts out. */
const PARAGRAPH_BREAK = /\n[^\S\n]*\n\s*/g

/**
 * Two paragraphs with at least this share of words in common (Dice over word sets) are one
 * paragraph edited: at 0.5, half of each paragraph's words survived. Below, a rewrite reads better
 * as removed-and-added than as a word diff with more struck than kept.
 */
export const SIMILAR_MIN_DICE = 0.5
/** A paragraph and its neighbour together match their old paragraph at least this well: a split (or a merge). */
export const SPLIT_MIN_DICE = 0.8
/** …and better than the paragraph alone by this much, so an added paragraph next door is not swallowed. */
const SPLIT_MIN_GAIN = 0.1
/** Unmatched old paragraphs looked at on each side of where an unmatched new one would be. */
const NEARBY = 4
/** A word in more unmatched old paragraphs than this proposes no candidates ("the", "said"). */
const COMMON_WORD_PARAGRAPHS = 6

export function splitParagraphs(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = []
  let from = 0
  for (const match of text.matchAll(PARAGRAPH_BREAK)) {
    const end = match.index + match[0].length
    // Blank lines before the first words belong to the first paragraph.
    if (text.slice(from, match.index).trim() === '') continue
    paragraphs.push({ text: text.slice(from, match.index).trim(), raw: text.slice(from, end) })
    from = end
  }
  if (from < text.length) {
    const rest = text.slice(from)
    if (rest.trim() === '' && paragraphs.length > 0) paragraphs[paragraphs.length - 1].raw += rest
    else paragraphs.push({ text: rest.trim(), raw: rest })
  }
  return paragraphs
}

/** Whitespace aside: a run of spaces, a line break or a tab is one space. Tested first, as most paragraphs have none. */
const keyOf = (text: string): string => (/\s\s|[^\S ]/.test(text) ? text.replace(/\s+/g, ' ') : text)

const EMPTY: Set<string> = new Set()

const wordsOf = (text: string): Set<string> => new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [])

function dice(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 && b.size === 0) return 1
  const [small, large] = a.size <= b.size ? [a, b] : [b, a]
  let shared = 0
  for (const word of small) if (large.has(word)) shared++
  return (2 * shared) / (a.size + b.size)
}

const union = (sets: Set<string>[]): Set<string> => new Set(sets.flatMap((set) => [...set]))

export function alignParagraphs(oldText: string, newText: string): ParagraphAlignment {
  const old = splitParagraphs(oldText)
  const neu = splitParagraphs(newText)
  const oldGroup = new Array<MatchGroup | undefined>(old.length)
  const newGroup = new Array<MatchGroup | undefined>(neu.length)
  const groups: MatchGroup[] = []
  const link = (o: number[], n: number[], identical: boolean): void => {
    const group: MatchGroup = { old: o, new: n, identical, weight: n.reduce((sum, k) => sum + neu[k].text.length, 0) }
    groups.push(group)
    for (const k of o) oldGroup[k] = group
    for (const k of n) newGroup[k] = group
  }

  // 1. Same words, whitespace aside: first the paragraphs written once in each draft.
  const oldByKey = new Map<string, number[]>()
  old.forEach((p, o) => {
    const k = keyOf(p.text)
    const list = oldByKey.get(k)
    if (list) list.push(o)
    else oldByKey.set(k, [o])
  })
  const newKeys = neu.map((p) => keyOf(p.text))
  const newCount = new Map<string, number>()
  for (const k of newKeys) newCount.set(k, (newCount.get(k) ?? 0) + 1)
  const repeated = (k: string): boolean => (oldByKey.get(k)?.length ?? 0) > 1 || (newCount.get(k) ?? 0) > 1
  newKeys.forEach((k, n) => {
    const o = oldByKey.get(k)
    if (o && !repeated(k)) link(o, [n], true)
  })
  // Then a paragraph written more than once ("(APPLAUSE)", "[crosstalk]", a stock line): its copies pair where they
  // stand, judged from the paragraphs matched above. Taken first with first, one "[crosstalk]" cut early on showed
  // as the first moved to the end and the last one removed.
  const expectedAt = expectedFromUnique(newGroup)
  const newCopies = new Map<string, number[]>()
  newKeys.forEach((k, n) => {
    if (!newGroup[n] && oldByKey.has(k)) (newCopies.get(k) ?? newCopies.set(k, []).get(k)!).push(n)
  })
  for (const [k, ns] of newCopies)
    for (const [o, n] of pairCopies(oldByKey.get(k)!, ns, expectedAt)) link([o], [n], true)

  // 2. Similar words: candidates share a rare word or sit nearby; the best pairs are taken first.
  // Word sets only for unmatched paragraphs: on a lightly edited draft that is a handful, not hundreds.
  const oldWords = old.map((p, o) => (oldGroup[o] ? EMPTY : wordsOf(p.text)))
  const newWords = neu.map((p, n) => (newGroup[n] ? EMPTY : wordsOf(p.text)))
  const unmatchedOld = old.map((_, o) => o).filter((o) => !oldGroup[o])
  const byWord = new Map<string, number[]>()
  for (const o of unmatchedOld)
    for (const word of oldWords[o]) (byWord.get(word) ?? byWord.set(word, []).get(word)!).push(o)
  const candidates: Array<{ o: number; n: number; score: number }> = []
  let lastMatchedNew = -1
  for (let n = 0; n < neu.length; n++) {
    if (newGroup[n]) {
      lastMatchedNew = n
      continue
    }
    const seen = new Set<number>(nearbyOld(unmatchedOld, expectedOld(lastMatchedNew, n)))
    for (const word of newWords[n]) {
      const holders = byWord.get(word)
      if (holders && holders.length <= COMMON_WORD_PARAGRAPHS) for (const o of holders) seen.add(o)
    }
    for (const o of seen) {
      const score = dice(oldWords[o], newWords[n])
      if (score >= SIMILAR_MIN_DICE) candidates.push({ o, n, score })
    }
  }
  function expectedOld(matchedNew: number, n: number): number {
    const anchor = matchedNew >= 0 ? newGroup[matchedNew] : undefined
    return anchor ? anchor.old[anchor.old.length - 1] + (n - matchedNew) : n
  }
  candidates.sort((a, b) => b.score - a.score || a.n - b.n || a.o - b.o)
  const similar: MatchGroup[] = []
  for (const { o, n } of candidates) {
    if (oldGroup[o] || newGroup[n]) continue
    link([o], [n], false)
    similar.push(groups[groups.length - 1])
  }

  // 3. A split (a matched paragraph plus unmatched neighbours in the new draft) or a merge (the reverse).
  for (const group of similar) {
    grow(group.new, newGroup, newWords, oldWords[group.old[0]], group)
    grow(group.old, oldGroup, oldWords, union(group.new.map((n) => newWords[n])), group)
    group.weight = group.new.reduce((sum, k) => sum + neu[k].text.length, 0)
  }

  const totalChars = neu.reduce((sum, p) => sum + p.text.length, 0)
  return { old, new: neu, blocks: orderBlocks(groups, old.length, neu.length, totalChars) }
}

/**
 * Takes unmatched neighbours into one side of a match while the words of that side together come
 * closer to the other side's paragraph: "A. B." in the old draft, "A." and "B." in the new.
 */
function grow(
  side: number[],
  owner: Array<MatchGroup | undefined>,
  words: Set<string>[],
  target: Set<string>,
  group: MatchGroup
): void {
  // Scored only when a free neighbour exists: on most matches both neighbours are already taken.
  let score = -1
  for (const step of [1, -1]) {
    for (;;) {
      const next = step > 0 ? side[side.length - 1] + 1 : side[0] - 1
      if (next < 0 || next >= owner.length || owner[next]) break
      if (score < 0) score = dice(target, union(side.map((k) => words[k])))
      const grown = dice(target, union([...side, next].map((k) => words[k])))
      if (grown < SPLIT_MIN_DICE || grown < score + SPLIT_MIN_GAIN) break
      score = grown
      owner[next] = group
      if (step > 0) side.push(next)
      else side.unshift(next)
    }
  }
}

/** Copies of one paragraph compared pair by pair up to this many pairs; beyond, they pair in order, first with first. */
const MAX_COPY_PAIRS = 10_000

/**
 * Where each new paragraph would be in the old draft, judged from the nearest paragraph before it that is written
 * once in each draft and matched: its old place plus the distance from it.
 */
function expectedFromUnique(newGroup: Array<MatchGroup | undefined>): (n: number) => number {
  const anchorBefore = new Array<number>(newGroup.length)
  let last = -1
  for (let n = 0; n < newGroup.length; n++) {
    anchorBefore[n] = last
    if (newGroup[n]) last = n
  }
  return (n) => {
    const anchor = anchorBefore[n]
    const group = anchor >= 0 ? newGroup[anchor] : undefined
    return group ? group.old[group.old.length - 1] + (n - anchor) : n
  }
}

/**
 * Pairs the old and new copies of one repeated paragraph: the pairs nearest where they would be first, never two
 * pairs in crossed order; copies left over were removed or added.
 */
function pairCopies(olds: number[], news: number[], expectedAt: (n: number) => number): Array<[number, number]> {
  if (olds.length * news.length > MAX_COPY_PAIRS)
    return news.slice(0, olds.length).map((n, k): [number, number] => [olds[k], n])
  const candidates: Array<{ o: number; n: number; distance: number }> = []
  for (const n of news) for (const o of olds) candidates.push({ o, n, distance: Math.abs(o - expectedAt(n)) })
  candidates.sort((a, b) => a.distance - b.distance || a.n - b.n || a.o - b.o)
  const pairs: Array<[number, number]> = []
  const usedOld = new Set<number>()
  const usedNew = new Set<number>()
  for (const { o, n } of candidates) {
    if (usedOld.has(o) || usedNew.has(n)) continue
    if (pairs.some(([po, pn]) => po < o !== pn < n)) continue
    pairs.push([o, n])
    usedOld.add(o)
    usedNew.add(n)
  }
  return pairs
}

/** The unmatched old paragraphs nearest an expected index: a short edited paragraph in place has no rare word. */
function nearbyOld(unmatched: number[], expected: number): number[] {
  let low = 0
  let high = unmatched.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (unmatched[middle] < expected) low = middle + 1
    else high = middle
  }
  return unmatched.slice(Math.max(0, low - NEARBY), low + NEARBY)
}
