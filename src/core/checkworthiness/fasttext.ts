/**
 * The fastText-style half of the check-worthiness model (trained by scripts/train-fasttext.ts):
 * a sentence's logit is the bias plus the mean of one number per input word and per hashed pair
 * of words. The tables ship as fasttext-weights.json and load into a Map (so "constructor" is a
 * word like any other) and a Float64Array. Scoring is one pass over the words.
 */
import weights from './fasttext-weights.json'
import { fastTextWords, pairBucket } from './fasttext-tokens'
import type { Token } from './features-tokens'

const WORDS = new Map<string, number>(weights.words as Array<[string, number]>)
const BUCKET_WEIGHTS = Float64Array.from(weights.buckets)

export interface FastTextPart {
  logit: number
  /** Each known word's share of the logit (its number over the count of inputs), for reasons. */
  words: Array<{ word: string; amount: number }>
}

export function fastTextPart(sentence: string, tokens: readonly Token[]): FastTextPart {
  const words = fastTextWords(sentence, tokens)
  let sum = 0
  let inputs = 0
  const known: Array<{ word: string; amount: number }> = []
  for (const word of words) {
    const weight = WORDS.get(word)
    if (weight === undefined) continue
    sum += weight
    inputs++
    known.push({ word, amount: weight })
  }
  for (let i = 1; i < words.length; i++) {
    sum += BUCKET_WEIGHTS[pairBucket(words[i - 1], words[i])]
    inputs++
  }
  if (inputs === 0) return { logit: weights.bias, words: [] }
  for (const entry of known) entry.amount /= inputs
  return { logit: weights.bias + sum / inputs, words: known }
}
