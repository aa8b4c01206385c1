/**
 * The fastText-style half of the check-worthiness model, trained in plain TypeScript: each input
 * (a word, or a hashed pair of words; see src/core/checkworthiness/fasttext-tokens.ts) has a
 * 100-dimensional vector, a sentence is the mean of its inputs' vectors, and a linear output with
 * log-loss is trained by SGD for 5 epochs, learning rate 0.1 falling linearly to 0 (fastText's
 * supervised recipe, without pretrained vectors). Because the output is linear in the mean, the
 * trained model collapses to one number per word and per bucket: score = bias + mean(input
 * numbers). Deterministic: seeded initialisation and shuffles.
 */
import { BUCKETS, fastTextWords, pairBucket } from '../src/core/checkworthiness/fasttext-tokens'
import { tokenize } from '../src/core/checkworthiness/features-tokens'

const DIM = 100
const EPOCHS = 5
const LEARNING_RATE = 0.1
/** Words seen fewer times than this are left out (as the scorer leaves out unknown words). */
export const MIN_WORD_COUNT = 2

export interface FastTextModel {
  bias: number
  words: Map<string, number>
  buckets: Float64Array
}

export interface FastTextInputs {
  vocabulary: string[]
  /** Per sentence: word ids, then BUCKET_OFFSET + bucket for every pair. */
  inputs: Int32Array[]
}

function mulberry32(seed: number): () => number {
  let a = seed
  return () => {
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** Every sentence's input ids over one vocabulary (words counted on all texts given). */
export function fastTextInputs(texts: readonly string[]): FastTextInputs {
  const tokenised = texts.map((text) => fastTextWords(text, tokenize(text)))
  const counts = new Map<string, number>()
  for (const words of tokenised) for (const word of words) counts.set(word, (counts.get(word) ?? 0) + 1)
  const vocabulary = [...counts]
    .filter(([, n]) => n >= MIN_WORD_COUNT)
    .map(([word]) => word)
    .sort()
  const id = new Map(vocabulary.map((word, i) => [word, i]))
  const inputs = tokenised.map((words) => {
    const ids: number[] = []
    for (const word of words) {
      const known = id.get(word)
      if (known !== undefined) ids.push(known)
    }
    for (let i = 1; i < words.length; i++) ids.push(vocabulary.length + pairBucket(words[i - 1], words[i]))
    return Int32Array.from(ids)
  })
  return { vocabulary, inputs }
}

/** Trains on the examples at `rows` and returns the collapsed model. */
export function trainFastText(
  data: FastTextInputs,
  labels: readonly number[],
  rows: readonly number[],
  seed: number
): FastTextModel {
  const random = mulberry32(seed)
  const size = data.vocabulary.length + BUCKETS
  const vectors = new Float64Array(size * DIM)
  for (let i = 0; i < vectors.length; i++) vectors[i] = (random() * 2 - 1) / DIM
  const output = new Float64Array(DIM)
  let bias = 0
  const hidden = new Float64Array(DIM)
  const order = [...rows]
  const total = EPOCHS * order.length
  let step = 0
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1))
      ;[order[i], order[j]] = [order[j], order[i]]
    }
    for (const row of order) {
      const rate = LEARNING_RATE * (1 - step++ / total)
      const ids = data.inputs[row]
      if (ids.length === 0) continue
      hidden.fill(0)
      for (const id of ids) for (let d = 0, o = id * DIM; d < DIM; d++) hidden[d] += vectors[o + d]
      let z = bias
      for (let d = 0; d < DIM; d++) z += output[d] * (hidden[d] /= ids.length)
      const gradient = (1 / (1 + Math.exp(-z)) - labels[row]) * rate
      const share = gradient / ids.length
      for (const id of ids) for (let d = 0, o = id * DIM; d < DIM; d++) vectors[o + d] -= share * output[d]
      for (let d = 0; d < DIM; d++) output[d] -= gradient * hidden[d]
      bias -= gradient
    }
  }
  const collapse = (id: number): number => {
    let s = 0
    for (let d = 0, o = id * DIM; d < DIM; d++) s += vectors[o + d] * output[d]
    return s
  }
  const words = new Map(data.vocabulary.map((word, i) => [word, collapse(i)]))
  const buckets = new Float64Array(BUCKETS)
  for (let b = 0; b < BUCKETS; b++) buckets[b] = collapse(data.vocabulary.length + b)
  return { bias, words, buckets }
}

/** The collapsed model's logit for one sentence of the training data. */
export function fastTextLogitOf(model: FastTextModel, data: FastTextInputs, row: number): number {
  const ids = data.inputs[row]
  if (ids.length === 0) return model.bias
  let sum = 0
  const n = data.vocabulary.length
  for (const id of ids) sum += id < n ? (model.words.get(data.vocabulary[id]) ?? 0) : model.buckets[id - n]
  return model.bias + sum / ids.length
}
