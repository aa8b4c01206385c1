/**
 * The fastText-style half of the check-worthiness model (trained by scripts/train-fasttext.ts):
 * a sentence's logit is the bias plus the mean of one number per input word and per hashed pair
 * of words. The tables ship as fasttext-weights.json: the words' numbers are read from known-terms.ts's table
 * (one table of words for both halves of the model, where this file once built a Map of its own), the pairs' into
 * a Float64Array. Scoring is one pass over the words.
 */
import weights from './fasttext-weights.json'
import { fastTextInputs, pairBucketAfter, pairSeed } from './fasttext-tokens'
import type { Token } from './features-tokens'
import { fastTextAt, lookUp, seedAt } from './known-terms'

/**
 * The pairs' numbers in ten-thousandths (the weights file gives four decimals), in an Int32Array half the size of
 * a Float64Array: reading a pair's number was the scorer's costliest line, a cache miss in 160 KB. n / 10,000 is
 * the very double the file's decimal reads as (a division is rounded correctly); checked here for every number.
 */
const BUCKET_TEN_THOUSANDTHS = Int32Array.from(weights.buckets, (weight) => {
  const tenThousandths = Math.round(weight * 10_000)
  if (tenThousandths / 10_000 !== weight) throw new Error(`fastText pair weight ${weight}: more than four decimals`)
  return tenThousandths
})

/**
 * A sentence's logit, and each known word's share of it (its number over the count of inputs) for reasons, read
 * on asking (eachWord()): extraction reads the reasons of claims alone, and an object per word of every sentence
 * scored was a good part of the scorer's allocation.
 */
export class FastTextPart {
  constructor(
    readonly logit: number,
    /** The sentence's inputs and what the caller knew of their tokens (their words' places), kept for words(). */
    private readonly inputs: { words: string[]; tokenOf: number[] },
    private readonly places: readonly number[] | undefined,
    private readonly count: number
  ) {}

  /**
   * Each known word's share of the logit, in reading order (the words fastTextPart() summed), with its place in
   * known-terms.ts's table when the caller gave the places (-1: none, or not given). Handed to `visit` rather
   * than listed, and read from the table's records rather than the words' objects: this runs for every word of
   * every claim, and those objects, scattered over the heap, were a cache miss a word.
   */
  eachWord(visit: (word: string, amount: number, place: number) => void): void {
    if (this.count === 0) return
    const { words, tokenOf } = this.inputs
    const places = this.places
    for (let i = 0; i < words.length; i++) {
      const word = words[i]
      const k = tokenOf[i]
      const place = places && k >= 0 ? places[k] : -1
      const weight = wordWeight(word, k, place, places !== undefined)
      if (weight !== undefined) visit(word, weight / this.count, place)
    }
  }
}

/** A marker's number and pair state (`<num>`, `</s>`…), looked up and hashed once, not in every sentence. */
const MARKERS = new Map<string, { weight: number | undefined; seed: number }>()
function marker(word: string): { weight: number | undefined; seed: number } {
  let known = MARKERS.get(word)
  if (!known) MARKERS.set(word, (known = { weight: lookUp(word)?.fastText, seed: pairSeed(word) }))
  return known
}

/**
 * A word's number: from what the caller knew of its token when it gave that (the token's place; a token the table
 * does not know has none, a marker's is looked up once), else from the table.
 */
function wordWeight(word: string, k: number, place: number, given: boolean): number | undefined {
  if (place >= 0) return fastTextAt(place)
  if (!given) return lookUp(word)?.fastText
  return k < 0 ? marker(word).weight : undefined
}

/** The pair buckets' numbers of the sentence being scored, reused from call to call (internal bookkeeping). */
let pairWeights = new Float64Array(64)

/**
 * `places`: the place of each token's word in known-terms.ts's table, -1 for none (the scorer has them already),
 * so a token's number and pair hash state come without a look-up of their own; without them every word is
 * looked up here.
 */
export function fastTextPart(sentence: string, tokens: readonly Token[], places?: readonly number[]): FastTextPart {
  const inputs = fastTextInputs(sentence, tokens)
  const { words, tokenOf } = inputs
  if (pairWeights.length < words.length) pairWeights = new Float64Array(words.length * 2)
  let sum = 0
  let count = 0
  // One pass: each word's number is summed as met, each pair's kept and summed after all the words, in this
  // order, as the trainer does: the float sum is the same to the last bit.
  let before = 0
  for (let i = 0; i < words.length; i++) {
    const word = words[i]
    const k = tokenOf[i]
    const place = places && k >= 0 ? places[k] : -1
    // A token the table does not know has no number; a marker's is looked up (once).
    const ownMarker = k < 0 && places ? marker(word) : undefined
    const weight = place >= 0 ? fastTextAt(place) : places ? ownMarker?.weight : lookUp(word)?.fastText
    if (i > 0) pairWeights[i - 1] = BUCKET_TEN_THOUSANDTHS[pairBucketAfter(before, word)] / 10_000
    before = place >= 0 ? seedAt(place) : (ownMarker?.seed ?? pairSeed(word))
    if (weight === undefined) continue
    sum += weight
    count++
  }
  for (let i = 0; i + 1 < words.length; i++) {
    sum += pairWeights[i]
    count++
  }
  return new FastTextPart(count === 0 ? weights.bias : weights.bias + sum / count, inputs, places, count)
}
