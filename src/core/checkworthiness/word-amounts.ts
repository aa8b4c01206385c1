/**
 * Each word's share of a sentence's blended logit, for the reasons: a known term of the regression and
 * the same word in the fastText-style scorer add up under one key, kept in the order first met (the
 * order reasons of equal weight are listed in). One slot per term or word in preallocated arrays,
 * stamped per sentence, instead of a map built per sentence; internal bookkeeping, results stay pure.
 */
import weights from './checkworthiness-weights.json'
import { KNOWN_WORDS, unigramAt } from './known-terms'

const TERMS = weights.terms.length
/** Keys: a term id (0..TERMS-1), or TERMS + the word's index for a fastText word that is no unigram term. */
const amountAt = new Float64Array(TERMS + KNOWN_WORDS)
const seenAt = new Uint32Array(TERMS + KNOWN_WORDS)
const textAt: string[] = new Array<string>(TERMS + KNOWN_WORDS)
let stamp = 0

export interface WordAmount {
  word: string
  amount: number
}

/** A sentence's word amounts, filled by term() and word() and read by list(). */
export class WordAmounts {
  private readonly order: number[] = []

  constructor() {
    stamp = (stamp + 1) >>> 0
    if (stamp === 0) {
      seenAt.fill(0)
      stamp = 1
    }
  }

  /** A regression term's amount (each term once per sentence, before any fastText word). */
  term(id: number, amount: number): void {
    this.add(id, weights.terms[id], amount)
  }

  /** A fastText word's amount (the word at `place` in known-terms.ts's table), added to its term if it has one. */
  word(place: number, word: string, amount: number): void {
    const unigram = unigramAt(place)
    this.add(unigram >= 0 ? unigram : TERMS + place, word, amount)
  }

  /** Every word whose amount is at least `minimum` either way, in the order first met. */
  list(minimum: number): WordAmount[] {
    const out: WordAmount[] = []
    for (const key of this.order)
      if (Math.abs(amountAt[key]) >= minimum) out.push({ word: textAt[key], amount: amountAt[key] })
    return out
  }

  private add(key: number, text: string, amount: number): void {
    if (seenAt[key] !== stamp) {
      seenAt[key] = stamp
      amountAt[key] = 0
      textAt[key] = text
      this.order.push(key)
    }
    amountAt[key] += amount
  }
}
