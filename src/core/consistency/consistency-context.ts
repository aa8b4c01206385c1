/**
 * What the consistency checks share: the content words around a fact in its sentence, where a
 * sentence starts and ends, whether two sentences speak of different people or places, and the
 * way a fact becomes a span of a finding. Crude on purpose (no parser): each check adds its own
 * guards on top.
 */
import type { Fact, Span } from '../../shared/article'

/** Words read on each side of a fact, within its sentence. */
export const CONTEXT_WORDS_EACH_SIDE = 6

const CONTEXT_STOPWORDS = new Set(
  (
    'the a an of in on at to for from by with into and or but as than that this these those which who were was ' +
    'is are be been have has had it its their his her they he she we said says also more less about around some ' +
    'nearly almost over under up down out after before since there then now all just only not no new'
  ).split(' ')
)

/** Content words around a figure, inside its sentence, without the figure's own words. */
export function contextWords(text: string, fact: Fact, unit: string): Set<string> {
  const left =
    text
      .slice(Math.max(0, fact.start - 120), fact.start)
      .split(/[.!?]\s/)
      .pop() ?? ''
  const right = text.slice(fact.end, fact.end + 120).split(/[.!?](?:\s|$)/)[0]
  const own = new Set(wordsOf(fact.text))
  own.add(stem(unit))
  const words = [...wordsOf(left).slice(-CONTEXT_WORDS_EACH_SIDE), ...wordsOf(right).slice(0, CONTEXT_WORDS_EACH_SIDE)]
  return new Set(words.filter((w) => !own.has(w) && !CONTEXT_STOPWORDS.has(w)))
}

/** A word: a letter, then letters, marks, apostrophes and hyphens. Built once: a pattern with \p{…} written inline is
 * compiled into a new RegExp at every call by the bundler, and wordsOf runs twice for every figure compared. */
const WORD_RE = /\p{L}[\p{L}\p{M}'’-]*/gu

export function wordsOf(s: string): string[] {
  return (s.toLowerCase().match(WORD_RE) ?? []).map(stem)
}

/** Crude stem so "sent"/"send" stay apart but "troops"/"troop" and "attacks"/"attack" meet. */
export function stem(word: string): string {
  return word.length > 4 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word
}

/**
 * Both sentences name people (or places, or organisations) and never the same ones: "signed by
 * Bello" vs "signed by Reyes" are two contracts, not one contract with two values.
 */
export function disjointNames(a: Set<string> | undefined, b: Set<string> | undefined): boolean {
  if (!a || !b) return false
  return NAME_KINDS.some((kind) => disjointOfKind(a, b, kind))
}

/** The names' kinds, as prefixes of the names' keys ("person:Bello"). */
const NAME_KINDS = ['person:', 'place:', 'organisation:']

/**
 * disjointNames for one kind, read off the two sets as they are: it was six copies of them a pair ([...a].filter),
 * and this runs for every pair of figures compared, so the function came to be compiled only in news-speed's
 * fourth pass.
 */
function disjointOfKind(a: Set<string>, b: Set<string>, kind: string): boolean {
  let inA = false
  for (const name of a) {
    if (!name.startsWith(kind)) continue
    if (b.has(name)) return false
    inA = true
  }
  if (!inA) return false
  for (const name of b) if (name.startsWith(kind)) return true
  return false
}

export function sharedCount(a: Set<string>, b: Set<string>): number {
  let n = 0
  for (const w of a) if (b.has(w)) n++
  return n
}

/** Longest sentence looked through for its start or end; beyond it a figure's sentence is cut. */
const MAX_SENTENCE = 400

/**
 * A sentence boundary: a terminator (. ! ? or a line break), any closing marks after it (" ” ’ )), and whitespace next
 * (looked at, not taken, for a line break may be the next boundary's terminator). The lookahead's whitespace is where
 * the next sentence may start.
 */
const BOUNDARY_RE = /[.!?\n]["\u201d\u2019)]*(?=\s)/g

/**
 * Where the sentence holding an offset starts: just after the previous ". ", "! ", "? " (closing
 * quotes allowed) or blank line, within MAX_SENTENCE. Answered from one pass over the text, not a
 * look back per fact: a draft of 170,000 names in one long sentence asked it 400 characters at a time.
 * The pass keeps the boundaries alone (a few per sentence), and each question finds the last one before
 * it by binary search: two arrays as long as the text, filled at every character, cost more than the
 * questions of a whole article. The pass is one regular expression, not a loop over character codes: about
 * four times cheaper, and it runs over every character of the draft.
 */
export function sentenceStarts(text: string): (at: number) => number {
  // Each whitespace that follows a terminator (closers between), in text order, and where its terminator is.
  const boundaries: number[] = []
  const terminators: number[] = []
  BOUNDARY_RE.lastIndex = 0
  for (let m = BOUNDARY_RE.exec(text); m; m = BOUNDARY_RE.exec(text)) {
    boundaries.push(BOUNDARY_RE.lastIndex)
    terminators.push(m.index)
  }
  return (at) => {
    const floor = Math.max(0, at - MAX_SENTENCE)
    const before = Math.min(at, text.length) - 1
    // The last boundary at or before `before`, or none (-1).
    let low = 0
    let high = boundaries.length - 1
    let last = -1
    while (low <= high) {
      const middle = (low + high) >> 1
      if (boundaries[middle] <= before) {
        last = middle
        low = middle + 1
      } else high = middle - 1
    }
    const found = last >= 0 ? boundaries[last] : -1
    // A terminator further back than the floor does not count, and the closers after it leave no other boundary.
    return found > floor && terminators[last] >= floor ? found + 1 : floor
  }
}

export function sentenceEnd(text: string, at: number): number {
  const m = /[.!?](?:["”’)]?\s|$)/.exec(text.slice(at, at + MAX_SENTENCE))
  return m ? at + m.index + 1 : Math.min(text.length, at + MAX_SENTENCE)
}

export function span(fact: Fact): Span {
  return { start: fact.start, end: fact.end, text: fact.text }
}
