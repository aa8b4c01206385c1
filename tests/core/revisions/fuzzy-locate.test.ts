/**
 * Finding an annotation's words again in the text a new draft changed: candidates scored on their
 * words, their context and their distance from where the position map expected them.
 */
import { describe, expect, it } from 'vitest'
import {
  FuzzyIndex,
  fuzzyLocate,
  MIN_FUZZY_LENGTH,
  POSITION_SCALE,
  scoreCandidate,
  WEIGHT_CONTEXT,
  WEIGHT_POSITION,
  WEIGHT_TEXT,
  type FuzzyQuery
} from '../../../src/core/revisions/fuzzy-locate'
import { makeAnchor } from '../../../src/core/case/anchor'
import { span } from '../../helpers/builders'

const OLD =
  'Floods closed roads across the county. The Ministry of Defence said 5,000 troops would be deployed by Friday. Schools stayed open.'

/** The query the re-anchoring step makes for `words` of OLD, expected at `expected` in the new draft. */
function queryFor(words: string, expected: number): FuzzyQuery {
  const { exact, prefix, suffix } = makeAnchor(OLD, span(OLD, words).start, span(OLD, words).end)
  return { exact, prefix, suffix, expected }
}

/** Searches all of `text` as changed text. */
function locate(text: string, query: FuzzyQuery): string | null {
  const found = fuzzyLocate(new FuzzyIndex(text, [{ start: 0, end: text.length }]), query)
  return found ? text.slice(found.start, found.end) : null
}

const TROOPS = 'The Ministry of Defence said 5,000 troops would be deployed by Friday.'

describe('fuzzyLocate: the edited wording is found', () => {
  it.each([
    [
      'a figure changed',
      'Floods closed roads across the county. The Ministry of Defence said 5,500 troops would be deployed by Friday. Schools stayed open.',
      'The Ministry of Defence said 5,500 troops would be deployed by Friday.'
    ],
    [
      'a word added',
      'Floods closed roads across the county. The Ministry of Defence said on Tuesday that 5,000 troops would be deployed by Friday. Schools stayed open.',
      'The Ministry of Defence said on Tuesday that 5,000 troops would be deployed by Friday.'
    ],
    [
      'a name respelled and the day changed',
      'Floods closed roads across the county. The Ministry of Defense said 5,000 troops would be deployed by Saturday. Schools stayed open.',
      'The Ministry of Defense said 5,000 troops would be deployed by Saturday.'
    ],
    [
      'quote marks and spacing changed',
      'Floods closed roads across the county.  The Ministry of Defence said “5,000 troops” would be deployed by Friday. Schools stayed open.',
      'The Ministry of Defence said “5,000 troops” would be deployed by Friday.'
    ]
  ])('%s', (_name, text, expected) => {
    expect(locate(text, queryFor(TROOPS, span(OLD, TROOPS).start))).toBe(expected)
  })
})

describe('fuzzyLocate: nothing is found rather than the wrong thing', () => {
  it.each([
    ['the sentence is gone', 'Floods closed roads across the county. Schools stayed open and buses ran.', TROOPS],
    ['only its grammar words are left', 'The council said the roads would be closed by the end of the week.', TROOPS],
    ['a passage too short to look for approximately', 'Schools stayed shut.', 'Schools']
  ])('%s', (_name, text, words) => {
    expect(locate(text, queryFor(words, 0))).toBeNull()
  })

  it('looks for nothing shorter than MIN_FUZZY_LENGTH characters', () => {
    expect('Schools'.length).toBeLessThan(MIN_FUZZY_LENGTH)
  })
})

describe('fuzzyLocate: context and position break ties', () => {
  const nearCopy = 'The Ministry of Defence said 5,500 troops would be deployed by Friday.'
  const farCopy = 'The Ministry of Defence said 5,600 troops would be deployed by Friday.'

  it('prefers the look-alike nearer where the map expected it, when both kept their context', () => {
    const inContext = (copy: string) =>
      `Floods closed roads across the county. ${copy} Schools stayed open. Other news. `
    const text = `${inContext(nearCopy)}${'Other news. '.repeat(40)}${inContext(farCopy)}`
    expect(locate(text, queryFor(TROOPS, text.indexOf(nearCopy)))).toBe(nearCopy)
    expect(locate(text, queryFor(TROOPS, text.indexOf(farCopy)))).toBe(farCopy)
  })

  it('prefers the look-alike that kept its context', () => {
    const text = `Unrelated opening words here. ${nearCopy} Something else entirely. Floods closed roads across the county. ${farCopy} Schools stayed open.`
    expect(locate(text, queryFor(TROOPS, text.indexOf(nearCopy)))).toBe(farCopy)
  })

  it('refuses a look-alike far from where it was expected unless its context came along', () => {
    const filler = 'Other news from elsewhere in the region. '.repeat(Math.ceil((POSITION_SCALE * 1.5) / 41))
    const lonely = `${filler}${nearCopy}`
    expect(locate(lonely, queryFor(TROOPS, 0))).toBeNull()
    const moved = `${filler}Floods closed roads across the county. ${nearCopy} Schools stayed open.`
    expect(locate(moved, queryFor(TROOPS, 0))).toBe(nearCopy)
  })
})

describe('scoreCandidate: the weights', () => {
  const text = OLD
  const troops = span(text, TROOPS)

  it('weights words, context and position so that they sum to 1', () => {
    expect(WEIGHT_TEXT + WEIGHT_CONTEXT + WEIGHT_POSITION).toBeCloseTo(1, 10)
  })

  it.each([
    ['the same words, context and place score 1', troops.start, 1],
    [
      'half the position scale away loses half the position weight',
      troops.start + POSITION_SCALE / 2,
      1 - WEIGHT_POSITION / 2
    ],
    ['beyond the position scale loses all of it', troops.start + POSITION_SCALE * 2, 1 - WEIGHT_POSITION]
  ])('%s', (_name, expected, score) => {
    const candidate = scoreCandidate(text, troops.start, troops.end, queryFor(TROOPS, expected))
    expect(candidate.textScore).toBe(1)
    expect(candidate.contextScore).toBe(1)
    expect(candidate.score).toBeCloseTo(score, 10)
  })

  it('an empty stored prefix means "starts the draft", not "any prefix will do"', () => {
    const first = 'Floods closed roads across the county.'
    const query = queryFor(first, 0)
    expect(query.prefix).toBe('')
    const atStart = scoreCandidate(text, 0, first.length, query)
    const moved = `Breaking: ${text}`
    const later = scoreCandidate(moved, 10, 10 + first.length, { ...query, expected: 10 })
    expect(atStart.contextScore).toBe(1)
    expect(later.contextScore).toBeLessThan(1)
  })
})
