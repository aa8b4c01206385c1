/**
 * Step 3 of re-anchoring: when the words at the mapped position are not the annotation's, look for
 * them in the text the new draft changed or inserted. Candidates come from the approximate
 * matcher (the head and the tail of the passage, at most MAX_PATTERN characters each); each is
 * scored on its words, its context and its distance from where the position map expected it.
 */
import { ANCHOR_CONTEXT_CHARS } from '../case/anchor'
import { approxSearch, MAX_PATTERN, type ApproxHit } from './approx-match'
import { contextSimilarity, wordSimilarity, wordTokens } from './normalise'
import type { Range } from './position-map'

/** Weights of a candidate's score; they sum to 1. The words matter most… */
export const WEIGHT_TEXT = 0.6
/** …then the characters around it (TextQuote prefix/suffix), which tell repeated wordings apart… */
export const WEIGHT_CONTEXT = 0.25
/** …then nearness to the expected position, which breaks the remaining ties. */
export const WEIGHT_POSITION = 0.15
/** Distance (characters) at which the position part of the score has fallen to zero. */
export const POSITION_SCALE = 5_000
/** Edits allowed in a head or tail of MAX_PATTERN characters: a quarter, enough for a changed number or name. */
export const MAX_ERROR_RATE = 0.25
/** Below this word similarity a candidate is not the annotation's text at all. */
export const MIN_TEXT_SIMILARITY = 0.5
/**
 * A candidate farther than POSITION_SCALE from where it was expected must also bring its
 * context along (a moved paragraph does); a look-alike sentence inserted elsewhere does not.
 */
export const MIN_FAR_CONTEXT = 0.5
/** Passages shorter than this are too ambiguous to look for approximately. */
export const MIN_FUZZY_LENGTH = 8

export interface FuzzyQuery {
  exact: string
  prefix: string
  suffix: string
  /** Where the position map expects the passage in the new draft. */
  expected: number
}

export interface Candidate {
  start: number
  end: number
  textScore: number
  contextScore: number
  score: number
}

/** Scores the span [start, end) of `text`; pass `knownTextScore` when the words were already compared. */
export function scoreCandidate(
  text: string,
  start: number,
  end: number,
  query: FuzzyQuery,
  knownTextScore?: number
): Candidate {
  const textScore = knownTextScore ?? wordSimilarity(text.slice(start, end), query.exact)
  // Compare full-width context even when the stored one is short (a passage at the very start or
  // end of the draft): an empty prefix means "starts the draft", not "any prefix will do".
  const before = text.slice(Math.max(0, start - Math.max(query.prefix.length, ANCHOR_CONTEXT_CHARS)), start)
  const after = text.slice(end, end + Math.max(query.suffix.length, ANCHOR_CONTEXT_CHARS))
  const contextScore = (contextSimilarity(query.prefix, before) + contextSimilarity(query.suffix, after)) / 2
  const positionScore = Math.max(0, 1 - Math.abs(start - query.expected) / POSITION_SCALE)
  const score = WEIGHT_TEXT * textScore + WEIGHT_CONTEXT * contextScore + WEIGHT_POSITION * positionScore
  return { start, end, textScore, contextScore, score }
}

/**
 * The changed text cut into windows (adjacent changed sentences merged, so a passage spanning them
 * is found), each with its set of words: a window sharing too few of a passage's words is skipped
 * before the matcher runs. Build once per revision.
 */
export class FuzzyIndex {
  readonly windows: Array<Range & { words: Set<string> }>

  constructor(
    readonly text: string,
    regions: Range[]
  ) {
    this.windows = mergeWindows(regions).map((w) => ({
      ...w,
      words: new Set(contentWords(text.slice(w.start, w.end)))
    }))
  }
}

/** Share of a passage's distinct content words a window must hold to be searched at all. */
export const MIN_SHARED_WORDS = 0.4
/** Head and tail hits turned into candidates, best first: bounds the work on repetitive text. */
const MAX_HITS = 6

/** The best candidate for `query` in the changed text, or null when nothing is close enough. */
export function fuzzyLocate(index: FuzzyIndex, query: FuzzyQuery): Candidate | null {
  const { text } = index
  const length = query.exact.length
  if (length < MIN_FUZZY_LENGTH) return null
  const patternLength = Math.min(length, MAX_PATTERN)
  const head = query.exact.slice(0, patternLength)
  const tail = query.exact.slice(length - patternLength)
  const maxErrors = Math.max(1, Math.floor(patternLength * MAX_ERROR_RATE))
  const wanted = [...new Set(contentWords(query.exact))]
  const heads: Hit[] = []
  const tails: Hit[] = []
  for (const window of index.windows) {
    if (window.end - window.start < patternLength - maxErrors) continue
    const shared = wanted.filter((word) => window.words.has(word)).length
    if (wanted.length > 0 && shared < wanted.length * MIN_SHARED_WORDS) continue
    for (const hit of approxSearch(text, head, window.start, window.end, maxErrors)) heads.push({ ...hit, window })
    if (length > patternLength)
      for (const hit of approxSearch(text, tail, window.start, window.end, maxErrors)) tails.push({ ...hit, window })
  }
  let best: Candidate | null = null
  const seen = new Set<number>()
  const consider = (start: number, end: number, window: Range): void => {
    const s = snapStart(text, Math.max(window.start, start), maxErrors)
    const e = snapEnd(text, Math.min(window.end, end), maxErrors)
    if (e <= s) return
    const key = s * 4_194_304 + e
    if (seen.has(key)) return
    seen.add(key)
    const textScore = wordSimilarity(text.slice(s, e), query.exact)
    if (textScore < MIN_TEXT_SIMILARITY) return
    const candidate = scoreCandidate(text, s, e, query, textScore)
    if (Math.abs(s - query.expected) > POSITION_SCALE && candidate.contextScore < MIN_FAR_CONTEXT) return
    if (!best || candidate.score > best.score) best = candidate
  }
  const bestHeads = topHits(heads, query.expected)
  const bestTails = topHits(tails, query.expected)
  for (const h of bestHeads) {
    const start = headStart(text, head, h.end, maxErrors)
    const spans = bestTails.filter(
      (t) => t.window === h.window && t.end - start >= length / 2 && t.end - start <= length * 1.6 + 16
    )
    if (spans.length === 0) consider(start, start + length, h.window)
    for (const t of spans) consider(start, t.end, h.window)
  }
  for (const t of bestTails) consider(t.end - length, t.end, t.window)
  return best
}

interface Hit extends ApproxHit {
  window: Range
}

/** Fewest edits first, then nearest to the expected place. */
function topHits(hits: Hit[], expected: number): Hit[] {
  return hits
    .sort((a, b) => a.errors - b.errors || Math.abs(a.end - expected) - Math.abs(b.end - expected))
    .slice(0, MAX_HITS)
}

/** Lower-cased words of three or more letters or any digits: what makes a passage findable. */
function contentWords(text: string): string[] {
  return wordTokens(text.toLowerCase()).filter((token) => token.length >= 3 || /\d/.test(token))
}

/**
 * Where an approximate head match begins: one banded DP aligning the head, back to front, with the
 * text ending at `end`; the start is the text length with the fewest edits (ties: nearest the
 * head's own length).
 */
function headStart(text: string, head: string, end: number, maxErrors: number): number {
  const span = Math.min(end, head.length + maxErrors)
  let previous = new Int32Array(span + 1)
  let current = new Int32Array(span + 1)
  for (let j = 0; j <= span; j++) previous[j] = j
  for (let i = 1; i <= head.length; i++) {
    current[0] = i
    const a = head.charCodeAt(head.length - i)
    for (let j = 1; j <= span; j++) {
      const substitute = previous[j - 1] + (a === text.charCodeAt(end - j) ? 0 : 1)
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, substitute)
    }
    ;[previous, current] = [current, previous]
  }
  let bestLength = Math.min(span, head.length)
  for (let j = 0; j <= span; j++) {
    const better = previous[j] < previous[bestLength]
    const asGoodButCloser =
      previous[j] === previous[bestLength] && Math.abs(j - head.length) < Math.abs(bestLength - head.length)
    if (better || asGoodButCloser) bestLength = j
  }
  return end - bestLength
}

/** Changed sentences next to each other form one window, so a passage spanning them is found. */
function mergeWindows(regions: Range[]): Range[] {
  const windows: Range[] = []
  for (const region of regions) {
    const last = windows[windows.length - 1]
    if (last && region.start - last.end <= 3) last.end = Math.max(last.end, region.end)
    else windows.push({ ...region })
  }
  return windows
}

const WORD_CHAR = /[\p{L}\p{N}]/u

/** Moves a start left onto the beginning of its word (an approximate head may start mid-word). */
function snapStart(text: string, start: number, limit: number): number {
  let s = start
  while (s > 0 && start - s < limit && WORD_CHAR.test(text[s - 1]) && WORD_CHAR.test(text[s])) s--
  while (s < text.length && /\s/.test(text[s])) s++
  return s
}

/** Moves an end right onto the end of its word, then back over any trailing whitespace. */
function snapEnd(text: string, end: number, limit: number): number {
  let e = end
  while (e < text.length && e - end < limit && WORD_CHAR.test(text[e]) && WORD_CHAR.test(text[e - 1])) e++
  while (e > 0 && /\s/.test(text[e - 1])) e--
  return e
}
