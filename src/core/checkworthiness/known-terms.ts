/**
 * The regression's word and word-pair terms (checkworthiness-weights.json) as the scorer looks them
 * up: one map from a lower-case word to what the model knows about it, so each token costs one
 * look-up — its unigram id and the pairs it opens — instead of one for the word and one for the pair
 * it closes. The terms found are the same unigrams and bigrams as bagOfWordsTerms() (features-tokens.ts),
 * each counted once, in the order they are met; the scorer sums their weights in that order.
 */
import weights from './checkworthiness-weights.json'
import type { Token } from './features-tokens'

/** What the model knows about one word: its own term, and the pairs it opens (second word → term id). */
interface KnownWord {
  unigram: number | undefined
  pairs: Map<string, number> | undefined
}

/** The word before a sentence's first one: "^ so", "^ well", "^ in" are terms too. */
const SENTENCE_START = '^'

const KNOWN = new Map<string, KnownWord>()
const entryOf = (word: string): KnownWord => {
  let entry = KNOWN.get(word)
  if (!entry) KNOWN.set(word, (entry = { unigram: undefined, pairs: undefined }))
  return entry
}
weights.terms.forEach((term, id) => {
  const space = term.indexOf(' ')
  if (space < 0) return void (entryOf(term).unigram = id)
  const first = entryOf(term.slice(0, space))
  ;(first.pairs ??= new Map<string, number>()).set(term.slice(space + 1), id)
})
const START_PAIRS = KNOWN.get(SENTENCE_START)?.pairs

/** Terms shown to a checker must read as words: no sentence-start marker "^", no folded number "0". */
const SHOWABLE_TERM_RE = /^[^^0]+$/
/** Per term id: whether it may be named in a reason (tested once here, not per sentence). */
export const TERM_SHOWABLE = Uint8Array.from(weights.terms, (term) => (SHOWABLE_TERM_RE.test(term) ? 1 : 0))

/**
 * seenAt[id] === stamp marks a term already counted in the current call. A fresh stamp per call
 * avoids allocating a set per sentence; it is internal bookkeeping, results stay pure.
 */
const seenAt = new Uint32Array(weights.terms.length)
let stamp = 0
function nextStamp(): void {
  stamp = (stamp + 1) >>> 0
  if (stamp === 0) {
    seenAt.fill(0)
    stamp = 1
  }
}

/** The ids of the known terms in a sentence's tokens, each once, in reading order (unigram before the pair it closes). */
export function knownTerms(tokens: readonly Token[]): number[] {
  const found: number[] = []
  nextStamp()
  const visit = (id: number | undefined): void => {
    if (id === undefined || seenAt[id] === stamp) return
    seenAt[id] = stamp
    found.push(id)
  }
  let pairs = START_PAIRS
  for (const t of tokens) {
    const code = t.lower.charCodeAt(0)
    const word = code >= 48 && code <= 57 ? '0' : t.lower
    const known = KNOWN.get(word)
    visit(known?.unigram)
    visit(pairs?.get(word))
    pairs = known?.pairs
  }
  return found
}
