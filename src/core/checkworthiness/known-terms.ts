/**
 * What both halves of the check-worthiness model know about a word, in one map from a lower-case word,
 * so each token costs one look-up: the regression's unigram id and the word pairs it opens
 * (checkworthiness-weights.json), the fastText-style scorer's number for it with the hash state of
 * the pairs it opens (fasttext-weights.json), and the hand features' word-list bits (word-flags.ts). The
 * regression's terms found are the same unigrams and bigrams as bagOfWordsTerms() (features-tokens.ts),
 * each counted once, in the order they are met; the scorer sums their weights in that order.
 */
import weights from './checkworthiness-weights.json'
import fastTextWeights from './fasttext-weights.json'
import type { Token } from './features-tokens'
import { pairSeed } from './fasttext-tokens'
import { WORD_FLAGS } from './word-flags'

/** What the model knows about one word. */
export interface KnownWord {
  /** The word's place in the table: a pair's second word is looked up by its place. */
  index: number
  /**
   * The regression's word pairs this word opens, as [second word's place, term id] pairs sorted by place
   * (binary search in a small array held by the word: no look-up in a table of every pair).
   */
  pairs: Int32Array | undefined
  /** The regression's term id of the word alone. */
  unigram: number | undefined
  /** The fastText-style scorer's number for the word. */
  fastText: number | undefined
  /** pairSeed(word), kept for the fastText-style scorer's hashed pairs. */
  seed: number
  /** The hand features' word-list bits (word-flags.ts). */
  flags: number
  /** Whether the word may be named in a reason (it reads as a word). */
  showable: boolean
}

/** The word before a sentence's first one: "^ so", "^ well", "^ in" are terms too. */
const SENTENCE_START = '^'

/** Terms shown to a checker must read as words: no sentence-start marker "^", no folded number "0", no "<num>". */
const SHOWABLE_TERM_RE = /^[^^0]+$/
const showable = (word: string): boolean => SHOWABLE_TERM_RE.test(word) && !word.startsWith('<')

const KNOWN = new Map<string, KnownWord>()
const entryOf = (word: string): KnownWord => {
  let entry = KNOWN.get(word)
  if (!entry) {
    entry = {
      index: KNOWN.size,
      pairs: undefined,
      unigram: undefined,
      fastText: undefined,
      seed: pairSeed(word),
      flags: 0,
      showable: false
    }
    entry.showable = showable(word)
    KNOWN.set(word, entry)
  }
  return entry
}
fastTextWeights.words.forEach((word, i) => void (entryOf(word).fastText = fastTextWeights.wordWeights[i]))
for (const [word, flags] of WORD_FLAGS) entryOf(word).flags = flags
const pairTerms: [KnownWord, KnownWord, number][] = []
weights.terms.forEach((term, id) => {
  const space = term.indexOf(' ')
  if (space < 0) return void (entryOf(term).unigram = id)
  pairTerms.push([entryOf(term.slice(0, space)), entryOf(term.slice(space + 1)), id])
})
{
  // Pushed into one list per word: copying the list for each pair (one word opens up to 709) cost ~15M
  // instructions at startup.
  const opened = new Map<KnownWord, [number, number][]>()
  for (const [first, second, id] of pairTerms) {
    const pairs = opened.get(first)
    if (pairs) pairs.push([second.index, id])
    else opened.set(first, [[second.index, id]])
  }
  for (const [first, pairs] of opened) first.pairs = Int32Array.from(pairs.sort((a, b) => a[0] - b[0]).flat())
}

/** The term id of the pair that `first` opens and the word at place `second` closes, if the regression has it. */
function pairId(first: KnownWord, second: number): number | undefined {
  const pairs = first.pairs
  if (pairs === undefined) return undefined
  let low = 0
  let high = (pairs.length >> 1) - 1
  while (low <= high) {
    const middle = (low + high) >> 1
    const place = pairs[middle << 1]
    if (place === second) return pairs[(middle << 1) + 1]
    if (place < second) low = middle + 1
    else high = middle - 1
  }
  return undefined
}
const START = KNOWN.get(SENTENCE_START)
/** Every number reads as "0" (bagOfWordsTerms folds them so). */
const ZERO = KNOWN.get('0')

/** How many words the table holds (each word's index is below it). */
export const KNOWN_WORDS = KNOWN.size

/** Per term id: whether it may be named in a reason (tested once here, not per sentence). */
export const TERM_SHOWABLE = Uint8Array.from(weights.terms, (term) => (SHOWABLE_TERM_RE.test(term) ? 1 : 0))

/**
 * Per term id: 1 when no fastText-style word adds to the term's reason amount (a word pair, or a word the
 * fastText-style scorer does not know), so the term's own amount is the whole of it: a reason builder may
 * leave out such a term outright when that amount is too small to list.
 */
export const TERM_ALONE = new Uint8Array(weights.terms.length).fill(1)
for (const entry of KNOWN.values())
  if (entry.unigram !== undefined && entry.fastText !== undefined) TERM_ALONE[entry.unigram] = 0

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

/**
 * The table's words in open addressing over typed arrays, looked up by an FNV-1a hash of the word's
 * characters: Map.get of a token's freshly sliced lower-case string was the scorer's hottest line (V8 hashes
 * each new string, then walks the Map's bucket chain and entry), and this probe touches one small array.
 * A slot holds a word's index + 1 (0: empty); the word itself is compared, so a hash clash never finds a
 * word that is not in the table.
 */
const WORDS_BY_INDEX: KnownWord[] = [...KNOWN.values()]
const WORD_TEXT: string[] = [...KNOWN.keys()]
/** A power of two at least four times the words: short probe runs. */
const SLOTS = 1 << Math.ceil(Math.log2(KNOWN.size * 4))
const SLOT_MASK = SLOTS - 1
const SLOT_OF = new Int32Array(SLOTS)
function wordHash(word: string): number {
  let hash = 0x811c9dc5
  for (let i = 0; i < word.length; i++) hash = Math.imul(hash ^ word.charCodeAt(i), 0x01000193)
  return hash
}
WORD_TEXT.forEach((word, index) => {
  let slot = wordHash(word) & SLOT_MASK
  while (SLOT_OF[slot] !== 0) slot = (slot + 1) & SLOT_MASK
  SLOT_OF[slot] = index + 1
})

/** What the table knows of a lower-case word, if anything (the same entry as KNOWN.get(word)). */
export function lookUp(word: string): KnownWord | undefined {
  for (let slot = wordHash(word) & SLOT_MASK; ; slot = (slot + 1) & SLOT_MASK) {
    const held = SLOT_OF[slot]
    if (held === 0) return undefined
    if (WORD_TEXT[held - 1] === word) return WORDS_BY_INDEX[held - 1]
  }
}

/**
 * The ids of the regression's known terms in a sentence's tokens, each once, in reading order (unigram
 * before the pair it closes), and what is known of each token's own lower-case word (for the fastText-style
 * scorer; a number's entry is that of "0", which that scorer does not read).
 */
export function knownTerms(tokens: readonly Token[]): { found: number[]; words: (KnownWord | undefined)[] } {
  const found: number[] = []
  const words = new Array<KnownWord | undefined>(tokens.length)
  nextStamp()
  let before = START
  for (let i = 0; i < tokens.length; i++) {
    const lower = tokens[i].lower
    const code = lower.charCodeAt(0)
    const known = code >= 48 && code <= 57 ? ZERO : lookUp(lower)
    words[i] = known
    if (known !== undefined) {
      const unigram = known.unigram
      if (unigram !== undefined && seenAt[unigram] !== stamp) {
        seenAt[unigram] = stamp
        found.push(unigram)
      }
      // A word not in the table closes no pair and opens none.
      const pair = before === undefined ? undefined : pairId(before, known.index)
      if (pair !== undefined && seenAt[pair] !== stamp) {
        seenAt[pair] = stamp
        found.push(pair)
      }
    }
    before = known
  }
  return { found, words }
}
