/**
 * The fastText-style half of the check-worthiness model (trained by scripts/train-fasttext.ts):
 * a sentence's logit is the bias plus the mean of one number per input word and per hashed pair
 * of words. The tables ship as fasttext-weights.json and load into a Map (so "constructor" is a
 * word like any other) and a Float64Array. Scoring is one pass over the words.
 */
import weights from './fasttext-weights.json'
import { fastTextInputs, pairBucketAfter, pairSeed } from './fasttext-tokens'
import type { Token } from './features-tokens'
import type { KnownWord } from './known-terms'

const WORDS = new Map<string, number>(weights.words as Array<[string, number]>)
const BUCKET_WEIGHTS = Float64Array.from(weights.buckets)

export interface FastTextPart {
  logit: number
  /** Each known word's share of the logit (its number over the count of inputs), for reasons. */
  words: FastTextWord[]
}

export interface FastTextWord {
  word: string
  amount: number
  /** What known-terms.ts knows of the word, when the caller gave it. */
  entry?: KnownWord
}

/**
 * `known`: what known-terms.ts found for each token (the scorer has it already), so a token's number and
 * pair hash state come without a look-up of their own; without it every word is looked up here.
 */
export function fastTextPart(
  sentence: string,
  tokens: readonly Token[],
  known?: readonly (KnownWord | undefined)[]
): FastTextPart {
  const { words, tokenOf } = fastTextInputs(sentence, tokens)
  let sum = 0
  let inputs = 0
  const entryOf = (i: number): KnownWord | undefined => (known && tokenOf[i] >= 0 ? known[tokenOf[i]] : undefined)
  const out: FastTextWord[] = []
  for (let i = 0; i < words.length; i++) {
    const entry = entryOf(i)
    const weight = entry ? entry.fastText : known && tokenOf[i] >= 0 ? undefined : WORDS.get(words[i])
    if (weight === undefined) continue
    sum += weight
    inputs++
    out.push(entry ? { word: words[i], amount: weight, entry } : { word: words[i], amount: weight })
  }
  // Summed after the words, in this order, as the trainer does: the float sum is the same to the last bit.
  let before = entryOf(0)
  for (let i = 1; i < words.length; i++) {
    sum += BUCKET_WEIGHTS[pairBucketAfter(before?.seed ?? pairSeed(words[i - 1]), words[i])]
    inputs++
    before = entryOf(i)
  }
  if (inputs === 0) return { logit: weights.bias, words: [] }
  for (const entry of out) entry.amount /= inputs
  return { logit: weights.bias + sum / inputs, words: out }
}
