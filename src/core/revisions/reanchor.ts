/**
 * Re-anchoring: each annotation of the old draft gets ONE outcome in the new draft.
 *   unchanged: the same words (whitespace and quote style aside), wherever they moved;
 *   changed:   the words at its place differ but are recognisably the same passage;
 *   removed:   the words are gone.
 * The chain: map the span through the position map (build-map.ts), check the words there
 * (with prefix/suffix), else search the changed text approximately (fuzzy-locate.ts). Plain
 * first-match search is never used: it puts an annotation on the wrong copy of a repeated sentence.
 */
import { lastAtOrBefore } from '../sorted-search'
import { buildPositionMap } from './build-map'
import {
  FuzzyIndex,
  fuzzyLocate,
  scoreCandidate,
  MIN_TEXT_SIMILARITY,
  POSITION_SCALE,
  type Candidate
} from './fuzzy-locate'
import { sameWords } from './normalise'
import type { PositionMap } from './position-map'

export type Outcome = 'unchanged' | 'changed' | 'removed'

export interface AnchorQuery {
  id: string
  /** Offsets in the old draft. */
  start: number
  end: number
  exact: string
  prefix: string
  suffix: string
}

export interface Reanchored {
  id: string
  outcome: Outcome
  /** Confidence in [0, 1]: words, context and position together (see fuzzy-locate.ts weights). */
  score: number
  /** Span in the new draft; null when removed. */
  start: number | null
  end: number | null
}

/**
 * A mapped span longer than the old one by more than this factor (plus slack) swallowed unrelated
 * text, e.g. when its two ends were carried to two different places by a move.
 */
const MAX_GROWTH = 2
/** Context similarity an unchanged passage found only by search must bring along: most of its
 * context (ANCHOR_CONTEXT_CHARS) on each side, as a moved block does and a stray copy of a stock sentence does not. */
const MIN_MOVED_CONTEXT = 0.8
/** At or above this word similarity the mapped wording is the annotation's, edited (one number, a name). */
const CONFIDENT_SIMILARITY = 0.8
const GROWTH_SLACK = 64

/**
 * `sentences`: the new draft's sentences as the extractor splits them (abbreviations, quotes and all), for the end
 * of a changed whole-sentence annotation; without them a plain full stop before a space ends a sentence.
 */
export function reanchorAll(
  oldText: string,
  newText: string,
  anchors: AnchorQuery[],
  map?: PositionMap,
  sentences?: readonly TextSpan[]
): Reanchored[] {
  const positions = map ?? buildPositionMap(oldText, newText)
  const index = new FuzzyIndex(newText, positions.changedNew)
  return anchors.map((anchor) => {
    const result = reanchorOne(oldText, newText, anchor, positions, index)
    if (result.outcome !== 'changed' || result.start === null || result.end === null) return result
    return { ...result, end: toSentenceEnd(newText, result.start, result.end, anchor.exact, sentences) }
  })
}

export function reanchorOne(
  oldText: string,
  newText: string,
  anchor: AnchorQuery,
  map: PositionMap,
  index = new FuzzyIndex(newText, map.changedNew)
): Reanchored {
  const { start, end } = trustedOldSpan(oldText, anchor)
  const mappedStart = map.mapStart(start)
  const mappedEnd = map.mapEnd(end, newText.length)
  const query = { exact: anchor.exact, prefix: anchor.prefix, suffix: anchor.suffix, expected: mappedStart.offset }

  let mapped: Candidate | null = null
  const span = trimSpan(newText, mappedStart.offset, mappedEnd.offset)
  if (span && span.end - span.start <= anchor.exact.length * MAX_GROWTH + GROWTH_SLACK) {
    const words = newText.slice(span.start, span.end)
    if (sameWords(words, anchor.exact)) {
      // Step 2: the very words, where the diff says they went.
      const scored = scoreCandidate(newText, span.start, span.end, query, 1)
      return { id: anchor.id, outcome: 'unchanged', score: round(scored.score), start: span.start, end: span.end }
    }
    mapped = scoreCandidate(newText, span.start, span.end, query)
    if (mapped.textScore < MIN_TEXT_SIMILARITY) mapped = null
  }

  // Step 3: the words moved and changed, or the diff paired them badly: search the changed text.
  // A close enough wording at the mapped place is taken as is; the search costs more.
  if (mapped && mapped.textScore >= CONFIDENT_SIMILARITY)
    return { id: anchor.id, outcome: 'changed', score: round(mapped.score), start: mapped.start, end: mapped.end }
  const found = fuzzyLocate(index, query)
  // The very same words found only by search (not by the diff) sit on inserted text: another
  // copy of a repeated sentence, unless the words around them came along and they are near.
  const foundSame = found !== null && sameWords(newText.slice(found.start, found.end), anchor.exact)
  const strayCopy =
    foundSame && (found.contextScore < MIN_MOVED_CONTEXT || Math.abs(found.start - query.expected) > POSITION_SCALE)
  const best = pickBetter(mapped, strayCopy ? null : found)
  if (!best) return { id: anchor.id, outcome: 'removed', score: 0, start: null, end: null }
  const outcome: Outcome = sameWords(newText.slice(best.start, best.end), anchor.exact) ? 'unchanged' : 'changed'
  return { id: anchor.id, outcome, score: round(best.score), start: best.start, end: best.end }
}

/** A sentence's end: a full stop, question or exclamation mark or ellipsis, and any closing quotes or brackets. */
const SENTENCE_END = /[.!?…]["'”’)\]]*$/
/** The rest of a sentence from where a span stopped: to the next sentence end before a space, in one paragraph. */
const SENTENCE_TAIL = /^(?:(?!\n\s*\n)[^.!?…])*[.!?…]["'”’)\]]*(?=\s|$)/

/**
 * An annotation that was a whole sentence stays one when words are added at its end ("… since 2013." → "… since
 * 2013, when the river burst its banks."): the search finds the old words best matched by the new text cut short
 * ("… since 2013"), which would leave the checker a claim without its end. Words added are taken up to the new
 * sentence's end, in the same paragraph, as far as an annotation may grow (MAX_GROWTH). An annotation that ended
 * mid-sentence (a quote's words, a phrase the checker marked) is left where the search put it.
 */
function toSentenceEnd(
  text: string,
  start: number,
  end: number,
  oldWords: string,
  sentences?: readonly TextSpan[]
): number {
  if (!SENTENCE_END.test(oldWords.trimEnd())) return end
  const limit = start + oldWords.length * MAX_GROWTH + GROWTH_SLACK
  if (sentences) {
    // The extractor's sentence holding the span's last character: "Dr." in "according to Dr. Hale" ends none.
    const sentence = spanAt(sentences, end - 1)
    if (!sentence || sentence.end <= end || sentence.end > limit) return end
    return end + text.slice(end, sentence.end).trimEnd().length
  }
  if (SENTENCE_END.test(text.slice(start, end))) return end
  const tail = SENTENCE_TAIL.exec(text.slice(end, limit))
  return tail ? end + tail[0].length : end
}

export interface TextSpan {
  start: number
  end: number
}

/** The span holding `offset` among spans in text order that do not overlap; null if none. */
function spanAt(spans: readonly TextSpan[], offset: number): TextSpan | null {
  const span = spans[lastAtOrBefore(spans, (each) => each.start, offset)]
  return span && offset < span.end ? span : null
}

function pickBetter(a: Candidate | null, b: Candidate | null): Candidate | null {
  if (!a) return b
  if (!b) return a
  return b.score > a.score ? b : a
}

/**
 * The anchor's offsets are trusted only when they still slice to its words in the old draft;
 * otherwise (a hand-edited case file) the nearest occurrence of the words is used instead.
 */
function trustedOldSpan(oldText: string, anchor: AnchorQuery): { start: number; end: number } {
  if (oldText.slice(anchor.start, anchor.end) === anchor.exact || anchor.exact === '')
    return { start: anchor.start, end: anchor.end }
  let best = -1
  for (let at = oldText.indexOf(anchor.exact); at >= 0; at = oldText.indexOf(anchor.exact, at + 1)) {
    if (best < 0 || Math.abs(at - anchor.start) < Math.abs(best - anchor.start)) best = at
  }
  if (best < 0) return { start: anchor.start, end: anchor.end }
  return { start: best, end: best + anchor.exact.length }
}

function trimSpan(text: string, start: number, end: number): { start: number; end: number } | null {
  let s = start
  let e = end
  while (s < e && /\s/.test(text[s])) s++
  while (e > s && /\s/.test(text[e - 1])) e--
  return e > s ? { start: s, end: e } : null
}

function round(score: number): number {
  return Math.round(score * 1000) / 1000
}
