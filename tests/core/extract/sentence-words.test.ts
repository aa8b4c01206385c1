/**
 * The quote readers take the words before, inside and after a quote from its sentence's tokens (sentence-words.ts)
 * instead of tokenising each stretch again: they must read exactly the tokens tokenize() gives for the stretch, or
 * an attribution found before would be lost. Checked for every stretch of a few sentences of the shapes that make
 * tokenize() look ahead (titles, initials, inner apostrophes and dots, thousands commas, curly quote marks).
 */
import { describe, expect, it } from 'vitest'
import { tokenize } from '../../../src/core/extract/tokens'
import { SentenceWords, tokensWithin } from '../../../src/core/extract/sentence-words'

const SENTENCES = [
  'Dr. Ines Moreau of the U.S. Harbour Board said the levy, set at 1,250 dollars, was “a fair price.”',
  'The ferry union’s leader, Ruth O’Hale, called it ‘a tax on the tide’ and walked out.',
  'Col. W. Berg told reporters: “We won’t move — not for 301,000 euros.”'
]

/** A RangeIndex's one question, over one sentence per line. */
function sentencesOf(text: string): { containing(offset: number): { start: number; end: number } | null } {
  const ranges: { start: number; end: number }[] = []
  let start = 0
  for (const line of text.split('\n')) {
    ranges.push({ start, end: start + line.length })
    start += line.length + 1
  }
  return { containing: (offset) => ranges.find((r) => r.start <= offset && offset < r.end) ?? null }
}

describe('SentenceWords', () => {
  it('gives tokenize()’s tokens for every stretch of a sentence', () => {
    const text = SENTENCES.join('\n')
    const words = new SentenceWords(text, sentencesOf(text))
    const differing: string[] = []
    for (let start = 0; start < text.length; start++)
      for (let end = start; end <= text.length; end++)
        if (JSON.stringify(words.within(start, end)) !== JSON.stringify(tokenize(text, start, end)))
          differing.push(`[${start}, ${end})`)
    expect(differing).toEqual([])
  })

  it('tokenises each sentence once for the quote and prose readers', () => {
    const text = SENTENCES.join('\n')
    const words = new SentenceWords(text, sentencesOf(text))
    const first = { start: 0, end: SENTENCES[0].length }
    expect(words.of(first)).toBe(words.of(first))
    expect(words.of(first)).toEqual(tokenize(text, first.start, first.end))
  })

  it('declines a stretch that cuts a token, where tokenize() would read another word', () => {
    const text = SENTENCES[0]
    const tokens = tokenize(text, 0, text.length)
    // "Dr." cut after "D", and "U.S." cut before its last full stop.
    expect(tokensWithin(tokens, 1, 20)).toBeNull()
    expect(tokensWithin(tokens, 0, text.indexOf('U.S.') + 3)).toBeNull()
    expect(tokensWithin(tokens, 0, 3)?.map((t) => t.text)).toEqual(['Dr.'])
  })
})
