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

/**
 * What the scorer reads of every token, by its word's place, in one record of RECORD int32s per word (two
 * records to a 64-byte cache line) rather than in the word's object: the scorer's hottest function waited on
 * memory (per token an object, its pairs' array and that array's store, scattered over the heap, and the
 * hand features and fastText-style scorer read the object again). A record: the regression's term id of the
 * word alone (-1: none); where its pairs run in PAIRS, from and to (as [second word's place, term id], sorted
 * by the first word's place then the second's: binary search); the hand features' word-list bits; pairSeed();
 * whether a reason may name the word (1 or 0); and, as a float64 in the last two, the fastText-style number
 * (NaN: that scorer does not know the word).
 */
const RECORD = 8
const UNIGRAM = 0
const PAIRS_FROM = 1
const PAIRS_TO = 2
const FLAGS = 3
const SEED = 4
const SHOWABLE = 5
/** The fastText-style number's index in RECORD_NUMBERS, the float64 view of the records. */
const FAST_TEXT = 3
const RECORDS = new Int32Array(KNOWN.size * RECORD)
const RECORD_NUMBERS = new Float64Array(RECORDS.buffer)
const PAIRS = new Int32Array(pairTerms.length * 2)
for (const entry of KNOWN.values()) {
  const at = entry.index * RECORD
  RECORDS[at + UNIGRAM] = entry.unigram ?? -1
  RECORDS[at + FLAGS] = entry.flags
  RECORDS[at + SEED] = entry.seed
  RECORDS[at + SHOWABLE] = entry.showable ? 1 : 0
  RECORD_NUMBERS[(at >> 1) + FAST_TEXT] = entry.fastText ?? NaN
}
pairTerms.sort(([a, b], [c, d]) => a.index - c.index || b.index - d.index)
pairTerms.forEach(([first, second, id], n) => {
  const at = first.index * RECORD
  if (RECORDS[at + PAIRS_TO] === 0) RECORDS[at + PAIRS_FROM] = n
  RECORDS[at + PAIRS_TO] = n + 1
  PAIRS[n << 1] = second.index
  PAIRS[(n << 1) + 1] = id
})

/** The term id of the pair that the word at place `first` opens and the one at `second` closes, or -1. */
function pairId(first: number, second: number): number {
  let low = RECORDS[first * RECORD + PAIRS_FROM]
  let high = RECORDS[first * RECORD + PAIRS_TO] - 1
  while (low <= high) {
    const middle = (low + high) >> 1
    const place = PAIRS[middle << 1]
    if (place === second) return PAIRS[(middle << 1) + 1]
    if (place < second) low = middle + 1
    else high = middle - 1
  }
  return -1
}
/** The place of the word before a sentence's first one. */
const START = KNOWN.get(SENTENCE_START)?.index ?? -1
/** Every number reads as "0" (bagOfWordsTerms folds them so). */
const ZERO = KNOWN.get('0')?.index ?? -1

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
 * A slot holds a word's hash and its index + 1 (0: empty), side by side; the word itself is compared only when
 * the hashes are equal, so a hash clash never finds a word that is not in the table and costs no string read.
 */
const WORDS_BY_INDEX: KnownWord[] = [...KNOWN.values()]
const WORD_TEXT: string[] = [...KNOWN.keys()]
/** A power of two at least twice the words: short probe runs, eight slots to a cache line. */
const SLOTS = 1 << Math.ceil(Math.log2(KNOWN.size * 2))
const SLOT_MASK = SLOTS - 1
const SLOT_OF = new Int32Array(SLOTS * 2)
function wordHash(word: string): number {
  let hash = 0x811c9dc5
  for (let i = 0; i < word.length; i++) hash = Math.imul(hash ^ word.charCodeAt(i), 0x01000193)
  return hash
}
WORD_TEXT.forEach((word, index) => {
  const hash = wordHash(word)
  let slot = hash & SLOT_MASK
  while (SLOT_OF[(slot << 1) + 1] !== 0) slot = (slot + 1) & SLOT_MASK
  SLOT_OF[slot << 1] = hash
  SLOT_OF[(slot << 1) + 1] = index + 1
})

/** The place of a lower-case word in the table (its entry's index), or -1. */
function placeOf(word: string): number {
  const hash = wordHash(word)
  for (let slot = hash & SLOT_MASK; ; slot = (slot + 1) & SLOT_MASK) {
    const held = SLOT_OF[(slot << 1) + 1]
    if (held === 0) return -1
    if (SLOT_OF[slot << 1] === hash && WORD_TEXT[held - 1] === word) return held - 1
  }
}

/** What the table knows of a lower-case word, if anything (the same entry as KNOWN.get(word)). */
export function lookUp(word: string): KnownWord | undefined {
  const place = placeOf(word)
  return place < 0 ? undefined : WORDS_BY_INDEX[place]
}

/** The word at a place knownTerms() gave (-1: none): its entry, for the reasons. */
export const entryAt = (place: number): KnownWord | undefined => (place < 0 ? undefined : WORDS_BY_INDEX[place])
/** The word-list bits of the word at a place (-1: none, no bits). */
export const flagsAt = (place: number): number => (place < 0 ? 0 : RECORDS[place * RECORD + FLAGS])
/** The fastText-style scorer's number for the word at a place (-1: none), if it has one. */
export function fastTextAt(place: number): number | undefined {
  const weight = place < 0 ? NaN : RECORD_NUMBERS[place * (RECORD >> 1) + FAST_TEXT]
  return Number.isNaN(weight) ? undefined : weight
}
/** pairSeed() of the word at a place (not -1). */
export const seedAt = (place: number): number => RECORDS[place * RECORD + SEED]
/** Whether a reason may name the word at a place (-1: none, no). */
export const showableAt = (place: number): boolean => place >= 0 && RECORDS[place * RECORD + SHOWABLE] === 1
/** The regression's term id of the word alone at a place (not -1), or -1. */
export const unigramAt = (place: number): number => RECORDS[place * RECORD + UNIGRAM]

/**
 * The ids of the regression's known terms in a sentence's tokens, each once, in reading order (unigram
 * before the pair it closes), and the place in the table of each token's own lower-case word, -1 for none
 * (for the hand features and the fastText-style scorer; a number's place is that of "0", which that scorer
 * does not read).
 */
export function knownTerms(tokens: readonly Token[]): { found: number[]; places: number[] } {
  const found: number[] = []
  // A plain array, not an Int32Array: a typed array over 64 bytes gets a store of its own outside the heap, and
  // allocating one for every sentence scored was one of this function's hottest lines.
  const places: number[] = []
  nextStamp()
  let before = START
  for (let i = 0; i < tokens.length; i++) {
    const lower = tokens[i].lower
    const code = lower.charCodeAt(0)
    const place = code >= 48 && code <= 57 ? ZERO : placeOf(lower)
    places.push(place)
    if (place >= 0) {
      const unigram = RECORDS[place * RECORD + UNIGRAM]
      if (unigram >= 0 && seenAt[unigram] !== stamp) {
        seenAt[unigram] = stamp
        found.push(unigram)
      }
      // A word not in the table closes no pair and opens none.
      const pair = before < 0 ? -1 : pairId(before, place)
      if (pair >= 0 && seenAt[pair] !== stamp) {
        seenAt[pair] = stamp
        found.push(pair)
      }
    }
    before = place
  }
  return { found, places }
}
