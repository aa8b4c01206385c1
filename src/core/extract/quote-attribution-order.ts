/**
 * The attribution of one quote without a credit of its own, read in a fixed order of the places an article puts
 * it (quotes.ts, step 2): after the closing mark when the quote ends like speech, else before the opening mark, then
 * the clause or sentence after it, a verb coordinated with the previous quote's, the colon-ended sentence before,
 * a pointing sentence after ("That was how Ms Okafor put it."), a colon before the mark, and last a verb the cue
 * lexicon does not know after a quote opening its sentence. `fromAfter`: read after the quote.
 */
import type { TextRange } from './sentences'
import { attributionBefore, coordinatedCue, ownAttribution, type Attribution } from './attribution'
import {
  attributionEnd,
  colonCredit,
  creditPast,
  cueRightBefore,
  pointerAttribution,
  tailClauseAttribution,
  tailSentenceAttribution
} from './quote-context'
import { colonClauseSubject } from './colon-subjects'
import { leadClauseSubject } from './lead-clauses'
import { colonIntroduction } from './sentence-before-speakers'
import { tailVerbAttribution } from './tail-verbs'
import type { Subject } from './subjects'
import type { RangeIndex } from './range-index'
import type { SentenceWords } from './sentence-words'
import { endsLikeSpeech, type Candidate } from './quote-candidates'

/** An attribution clause lies within this many characters of its quote; it bounds work on hostile text. */
export const REGION_LIMIT = 400

/** Where a quote stands: its sentences, its block's end, its neighbours, and the quote kept before it. */
export interface QuotePlace {
  units: RangeIndex
  blocks: readonly TextRange[]
  openSentence: TextRange
  closeSentence: TextRange
  /** Where the words before the quote that may attribute it begin. */
  beforeStart: number
  /** Just after the previous candidate's closing mark (0 for the first). */
  prevClose: number
  /** The next candidate's opening mark, or the text's end. */
  nextOpen: number
  partial: boolean
  /** The last block of the quote kept before this one, -1 when none. */
  previousBlock: number
  /** The subject of the last attributed quote and the sentence it was in, for a coordinated second verb. */
  sameSentence: { start: number; subject: Subject | null }
  /** The sentences' tokens, made once for the quote and the prose readers. */
  words: SentenceWords
}

/** A quote's attribution, null when none was found, and whether it was read after the quote. */
export interface QuoteAttribution {
  attribution: Attribution | null
  fromAfter: boolean
}

export function readAttribution(text: string, c: Candidate, place: QuotePlace): QuoteAttribution {
  const { units, blocks, openSentence, closeSentence, beforeStart, prevClose, nextOpen, partial } = place
  const { sameSentence } = place
  const blockEnd = blocks[c.lastBlock].end
  let attribution: Attribution | null = null
  let fromAfter = false

  if (endsLikeSpeech(text, c)) {
    const sentenceEnd = attributionEnd(text, units, c.end, c.close, closeSentence.end, blockEnd)
    const limit = Math.min(sentenceEnd, nextOpen, c.close + 1 + REGION_LIMIT)
    attribution = creditPast(text, closeSentence.end, limit, ownAttribution(text, c.close + 1, limit))
    // "When a docker shouted, “Sell it,” Hale joked, “…”": the credit after it opens the sentence's next quote.
    if (attribution && nextOpen < sentenceEnd) attribution = cueRightBefore(text, beforeStart, c.open) ?? attribution
    fromAfter = attribution !== null
  }
  if (attribution === null) {
    attribution = attributionBefore(text, beforeStart, c.open, place.words.within(beforeStart, c.open))
    // "After Hale criticised the plan, Ortiz shot back, “…”": the clause opening the quote outranks an earlier one.
    if (attribution && c.open >= 0) attribution = leadClauseSubject(text, attribution, c.open) ?? attribution
  }
  if (attribution === null && c.close >= 0 && !endsLikeSpeech(text, c))
    attribution =
      c.close + 1 === closeSentence.end
        ? text[c.end - 1] === '.'
          ? tailSentenceAttribution(text, units, c.close, blockEnd)
          : null
        : tailClauseAttribution(text, c.close, Math.min(closeSentence.end, nextOpen))
  // "Hale called the levy “…” and said the council had “…”": the second verb shares the first's subject.
  if (attribution === null && sameSentence.subject && sameSentence.start === openSentence.start) {
    const cue = coordinatedCue(text, prevClose, c.open)
    if (cue) attribution = { cue, subject: sameSentence.subject }
  }
  if (attribution === null && !partial) attribution = colonIntroduction(text, units, openSentence, blocks, c.firstBlock)
  if (attribution === null && !partial && place.previousBlock !== c.firstBlock && c.close + 1 === closeSentence.end)
    attribution = pointerAttribution(text, units, c.close, blockEnd)
  if (attribution === null && c.open >= 0)
    attribution = colonCredit(text, openSentence.start, c.open) ?? colonClauseSubject(text, openSentence.start, c.open)
  // "“…,” agrees Maria Lopes.": a clause after the quote on a verb the cue lexicon does not know; only for a
  // quote opening its sentence (`star of “Scandal,” thanked Obama` goes on with the sentence's own verb).
  if (attribution === null && !partial && c.close >= 0 && endsLikeSpeech(text, c)) {
    attribution = tailVerbAttribution(text, { start: c.close + 1, end: Math.min(closeSentence.end, nextOpen) })
    fromAfter = attribution !== null
  }
  return { attribution, fromAfter }
}
