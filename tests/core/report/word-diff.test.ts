import { describe, expect, test } from 'vitest'
import fc from 'fast-check'
import { toWholeWords, wordDiff, type DiffPart } from '../../../src/core/report/word-diff'

const side = (parts: DiffPart[], kind: 'del' | 'ins') =>
  parts
    .filter((part) => part.kind === 'same' || part.kind === kind)
    .map((part) => part.text)
    .join('')
const show = (parts: DiffPart[]) =>
  parts
    .map((part) => (part.kind === 'del' ? `[-${part.text}-]` : part.kind === 'ins' ? `{+${part.text}+}` : part.text))
    .join('')

describe('word diff', () => {
  test.each([
    [
      'raised £6.2 million in its first year.',
      'raised £5.4 million in its first year.',
      'raised [-£6.2-]{+£5.4+} million in its first year.'
    ],
    [
      'The city last cut fares in 2011, when',
      'The city last cut fares in 2009, when',
      'The city last cut fares in [-2011,-]{+2009,+} when'
    ],
    [
      'Ridership has climbed back',
      'Passenger boardings have climbed back',
      '[-Ridership has-]{+Passenger boardings have+} climbed back'
    ],
    [
      'It stood at 3.4% in February. Its spokesperson said so.',
      'It stood at 3.4% in February.',
      'It stood at 3.4% in February.[- Its spokesperson said so.-]'
    ],
    // Punctuation alone changed at a word's edge is shown alone: the word itself did not change.
    [
      'Inflation fell. Then it rose.',
      'Inflation fell, then it rose.',
      'Inflation fell[-.-]{+,+} [-Then-]{+then+} it rose.'
    ],
    ['The rate fell.', 'The rate fell', 'The rate fell[-.-]'],
    ['he said it was over.', 'he said it was “over.”', 'he said it was {+“+}over.{+”+}'],
    // Words added after a word's punctuation changed: the word stays, its old punctuation goes.
    [
      'Fuel prices fell 6% in January.',
      'Fuel prices fell 6% in January, official figures show.',
      'Fuel prices fell 6% in January[-.-]{+, official figures show.+}'
    ],
    [
      'said chief executive Amara Osei. She added that',
      'said chief executive Amara Osei; she added that',
      'said chief executive Amara Osei[-.-]{+;+} [-She-]{+she+} added that'
    ],
    // Every space kept on both sides: diffWords gave the space to one side, and "million passengers" read struck as
    // "millionpassengers".
    [
      'The ferry carried 1.2 million passengers in 2024, up 18 percent',
      'The ferry carried 1.2 million, passengers in 2023, up 18 percent',
      'The ferry carried 1.2 million{+,+} passengers in [-2024,-]{+2023,+} up 18 percent'
    ],
    ['The levy\nrose.', 'The levy rose.', 'The levy rose.'],
    // A word the diff library paired with itself and a dash is not struck ("June, the" → "June — the").
    [
      'rise in June, the first since 2015.',
      'rise in June — the first since 2015.',
      'rise in June[-,-]{+ —+} the first since 2015.'
    ],
    // Inside a word (a figure), the word is still shown whole.
    ['It stood at 3.4% then.', 'It stood at 3,4% then.', 'It stood at [-3.4%-]{+3,4%+} then.'],
    ['It cost $48 in all.', 'It cost €48 in all.', 'It cost [-$48-]{+€48+} in all.'],
    ['same words here', 'same words here', 'same words here'],
    ['', 'all new', '{+all new+}'],
    ['all gone', '', '[-all gone-]']
  ])('%s → %s', (before, after, expected) => {
    expect(show(wordDiff(before, after))).toBe(expected)
  })

  const prose = fc
    .array(fc.constantFrom('the', 'levy', '£6.2', '5,000', 'troops', ',', '.', ' ', ' ', '“', '”', 'in', '2013', '-'), {
      maxLength: 30
    })
    .map((words) => words.join(''))
  test('the diff never loses or invents a word on either side', () => {
    fc.assert(
      fc.property(prose, prose, (before, after) => {
        const raw = wordDiff(before, after)
        // Each side exactly, runs of whitespace read as one space (diffWords once dropped spaces from one side).
        expect(side(raw, 'del')).toBe(before.replace(/\s+/g, ' '))
        expect(side(raw, 'ins')).toBe(after.replace(/\s+/g, ' '))
      }),
      { numRuns: 300 }
    )
  })

  test('toWholeWords keeps both sides of any part list exactly', () => {
    const part = fc.record({
      kind: fc.constantFrom<'same' | 'del' | 'ins'>('same', 'del', 'ins'),
      text: fc.constantFrom('a', 'b c', ' ', '.', 'x ', ' y', '£6')
    })
    fc.assert(
      fc.property(fc.array(part, { maxLength: 12 }), (parts) => {
        const grouped = toWholeWords(parts)
        expect(side(grouped, 'del')).toBe(side(parts, 'del'))
        expect(side(grouped, 'ins')).toBe(side(parts, 'ins'))
      }),
      { numRuns: 500 }
    )
  })
})
