/** The blended scorer: its two halves, the fastText-style lookup table, the turn-position feature. */
import { describe, expect, it } from 'vitest'
import weights from '../../../src/core/checkworthiness/checkworthiness-weights.json'
import fastTextWeights from '../../../src/core/checkworthiness/fasttext-weights.json'
import { checkWorthinessParts, scoreCheckWorthiness } from '../../../src/core/checkworthiness/checkworthiness'
import { fastTextPart, type FastTextPart } from '../../../src/core/checkworthiness/fasttext'
import { BUCKETS, fastTextWords, pairBucket } from '../../../src/core/checkworthiness/fasttext-tokens'
import { knownTerms } from '../../../src/core/checkworthiness/known-terms'
import { tokenize } from '../../../src/core/checkworthiness/features-tokens'
import { turnPositions } from '../../../src/core/extract/turn-positions'
import type { Block } from '../../../src/shared/article'

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z))

describe('the blend', () => {
  it.each([
    'Unemployment rose to 7.8 percent in 2009.',
    'Thank you very much.',
    'We spent $4 billion on the border wall last year.',
    'What would you do about it?'
  ])('scores half regression, half fastText-style on the logit: %s', (sentence) => {
    const parts = checkWorthinessParts(sentence)
    expect(scoreCheckWorthiness(sentence).score).toBeCloseTo(
      sigmoid(weights.blend * parts.regression + (1 - weights.blend) * parts.fastText),
      12
    )
  })

  it('ranks a figure-laden claim above small talk in both halves', () => {
    const claim = checkWorthinessParts('We spent $4 billion on the border wall last year.')
    const talk = checkWorthinessParts('Thank you very much.')
    expect(claim.regression).toBeGreaterThan(talk.regression)
    expect(claim.fastText).toBeGreaterThan(talk.fastText)
  })
})

describe('the fastText-style inputs and table', () => {
  it('folds numbers, marks money, percentages, questions and the end', () => {
    const sentence = 'In 2016 we paid $40 for 12% more?'
    expect(fastTextWords(sentence, tokenize(sentence))).toEqual([
      'in',
      '<year>',
      'we',
      'paid',
      '<num>',
      '<money>',
      'for',
      '<num>',
      '<pct>',
      'more',
      '<q>',
      '</s>'
    ])
  })

  it('hashes a pair into a fixed bucket (FNV-1a)', () => {
    expect(pairBucket('the', 'border')).toBe(pairBucket('the', 'border'))
    expect(pairBucket('the', 'border')).not.toBe(pairBucket('border', 'the'))
    expect(pairBucket('a', 'b')).toBeGreaterThanOrEqual(0)
    expect(pairBucket('a', 'b')).toBeLessThan(BUCKETS)
    expect(fastTextWeights.buckets).toHaveLength(BUCKETS)
  })

  it('reads words through a Map, so object property names are ordinary words', () => {
    for (const word of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) {
      const sentence = `The ${word} of the plan.`
      const part = fastTextPart(sentence, tokenize(sentence))
      expect(Number.isFinite(part.logit)).toBe(true)
    }
  })

  it('is the bias plus the mean of the numbers of the words and pairs', () => {
    const sentence = 'Taxes rose.'
    const words = fastTextWords(sentence, tokenize(sentence))
    const table = new Map(fastTextWeights.words.map((word, i) => [word, fastTextWeights.wordWeights[i]]))
    const known = words.filter((word) => table.has(word))
    const pairs = words.slice(1).map((word, i) => fastTextWeights.buckets[pairBucket(words[i], word)])
    const expected =
      fastTextWeights.bias +
      (known.reduce((a, w) => a + (table.get(w) ?? 0), 0) + pairs.reduce((a, b) => a + b, 0)) /
        (known.length + pairs.length)
    expect(fastTextPart(sentence, tokenize(sentence)).logit).toBeCloseTo(expected, 12)
  })
})

describe('the fastText-style scorer reading the shared word table', () => {
  const wordsOf = (part: FastTextPart): { word: string; amount: number }[] => {
    const words: { word: string; amount: number }[] = []
    part.eachWord((word, amount) => words.push({ word, amount }))
    return words
  }

  it.each([
    'Unemployment rose to 7.8 percent in 2009, up from £4 billion dollars.',
    'The constructor of the toString plan said 12 ministers would resign?',
    'Zyxwvut qqq of the of the.',
    ''
  ])('gives what it gives when it looks every word up itself: %s', (sentence) => {
    const tokens = tokenize(sentence)
    const withTable = fastTextPart(sentence, tokens, knownTerms(tokens).places)
    const alone = fastTextPart(sentence, tokens)
    expect(withTable.logit).toBe(alone.logit)
    expect(wordsOf(withTable)).toEqual(wordsOf(alone))
  })
})

describe('turn position', () => {
  const turn = (start: number, speaker: string): Block => ({
    kind: 'turn',
    start,
    end: start + 5,
    speaker,
    role: 'participant'
  })

  it('counts sentences within a speaker’s turn across its paragraphs, and restarts on a new speaker', () => {
    const a1 = turn(0, 'A')
    const a2 = turn(10, 'A')
    const b = turn(20, 'B')
    const next = turnPositions()
    expect([next(a1), next(a1), next(a2), next(b), next(b), next(undefined)]).toEqual([0, 1, 2, 0, 1, undefined])
  })

  it('gives a sentence under five words no place of its own, as the training data never had one', () => {
    const a = turn(0, 'A')
    const b = turn(10, 'B')
    const next = turnPositions()
    expect([
      next(a, 'Well, thank you.'),
      next(a, 'We cut taxes for every family.'),
      next(a, 'Yes.'),
      next(a, 'And we balanced the budget twice.'),
      next(b, 'Wrong.'),
      next(b, 'The deficit  doubled.'),
      next(b, 'It doubled in four years.')
    ]).toEqual([0, 0, 1, 1, 0, 0, 0])
  })

  it('is a learned feature that shows as a reason when it moves the score', () => {
    const sentence = 'Well, let me say this about the economy.'
    const opening = scoreCheckWorthiness(sentence, { kind: 'turn', role: 'participant', turnIndex: 0 })
    const later = scoreCheckWorthiness(sentence, { kind: 'turn', role: 'participant', turnIndex: 3 })
    const weight = (weights.turn as Record<string, number>).turnOpening
    expect(Math.sign(opening.score - later.score)).toBe(Math.sign(weight))
    if (Math.abs(weight * weights.blend) >= 0.1) expect(opening.reasons).toContain('opens a turn')
  })

  it('a moderator’s words are never a claim, whatever they say', () => {
    const sentence = 'You said unemployment rose 12 percent in 2019.'
    const result = scoreCheckWorthiness(sentence, { kind: 'turn', role: 'moderator', turnIndex: 1 })
    expect(result.score).toBeLessThan(0.01)
    expect(result.reasons).toContain("moderator's words")
  })
})
