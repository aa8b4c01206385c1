/**
 * Building the position map between two drafts, case by case: what a span of the old draft becomes
 * in the new one (its words, and whether it was carried exactly) and which new text counts as changed.
 */
import { describe, expect, it } from 'vitest'
import { buildPositionMap } from '../../../src/core/revisions/build-map'
import { span } from '../../helpers/builders'

const P1 = 'Floods closed 40 roads in Cumbria on Monday.'
const P2 = 'The Environment Agency issued 12 severe warnings. Rivers peaked overnight.'
const P3 = '“We have never seen anything like it,” said a farmer near Appleby.'
const P4 = 'The council did not respond to a request for comment.'
const draft = (...paragraphs: string[]): string => paragraphs.join('\n\n')

/**
 * What `words` (the `copy`-th time) in the old draft maps to: the new text, prefixed by ~ when inexact;
 * just '~' when it collapsed to the gap where it stood (nothing but the blank between its neighbours).
 */
function carried(oldText: string, newText: string, words: string, copy = 0): string {
  const map = buildPositionMap(oldText, newText)
  const old = span(oldText, words, copy)
  const start = map.mapStart(old.start)
  const end = map.mapEnd(old.end, newText.length)
  const between = newText.slice(start.offset, Math.max(start.offset, end.offset))
  return `${start.exact && end.exact ? '' : '~'}${between.trim() === '' ? '' : between}`
}

/** The new draft's text the map counts as inserted or rewritten. */
function changed(oldText: string, newText: string): string[] {
  return buildPositionMap(oldText, newText).changedNew.map((range) => newText.slice(range.start, range.end))
}

const BASE = draft(P1, P2, P3, P4)

describe('buildPositionMap: spans carried into the new draft', () => {
  it.each([
    ['the same draft: every sentence stays put', BASE, P2, P2],
    [
      'whitespace and quote style only',
      draft(P1, P2.replace('. ', '.  '), P3.replace(/[“”]/g, '"'), P4),
      P3,
      P3.replace(/[“”]/g, '"')
    ],
    [
      'a figure edited: the sentence follows, exactly at both ends',
      draft(P1.replace('40', '45'), P2, P3, P4),
      P1,
      P1.replace('40', '45')
    ],
    [
      'a figure edited: the figure maps to its replacement, inexact',
      draft(P1.replace('40', '45'), P2, P3, P4),
      '40',
      '~45'
    ],
    ['a paragraph moved to the end', draft(P2, P3, P4, P1), P1, P1],
    [
      'two sentences swapped inside a paragraph',
      draft(P1, 'Rivers peaked overnight. The Environment Agency issued 12 severe warnings.', P3, P4),
      'Rivers peaked overnight.',
      'Rivers peaked overnight.'
    ],
    [
      'a sentence inserted before it',
      draft(P1, `Rain fell all week. ${P2}`, P3, P4),
      'The Environment Agency issued 12 severe warnings.',
      'The Environment Agency issued 12 severe warnings.'
    ],
    [
      'its sentence deleted: collapses to the gap, inexact',
      draft(P1, 'Rivers peaked overnight.', P3, P4),
      'The Environment Agency issued 12 severe warnings.',
      '~'
    ],
    ['its paragraph deleted: collapses to the gap, inexact', draft(P1, P2, P4), P3, '~']
  ])('%s', (_name, newText, words, expected) => {
    expect(carried(BASE, newText, words)).toBe(expected)
  })

  it('keeps a moved paragraph and a stock sentence that did not move apart', () => {
    // The stock sentence stays last; the quote paragraph moves to the top. Each goes where it went.
    const next = draft(P3, P1, P2, P4)
    expect(carried(BASE, next, P3)).toBe(P3)
    expect(carried(BASE, next, P4)).toBe(P4)
    expect(buildPositionMap(BASE, next).mapStart(span(BASE, P4).start).offset).toBe(span(next, P4).start)
  })

  it('does not carry a repeated stock sentence to another copy when one copy is cut and another added elsewhere', () => {
    const old = draft(P1, `${P2} ${P4}`, P3, P4)
    // The first copy is cut from paragraph 2; a new copy is added to paragraph 1. Nothing moved with it.
    const next = draft(`${P1} ${P4}`, P2, P3, P4)
    expect(carried(old, next, P4, 0)).toMatch(/^~/)
    expect(carried(old, next, P4, 1)).toBe(P4)
  })
})

describe('buildPositionMap: the text counted as changed', () => {
  it.each([
    ['nothing, for the same draft', BASE, []],
    ['nothing, for a paragraph moved verbatim', draft(P2, P3, P4, P1), []],
    ['nothing, for whitespace and quote style', draft(P1, P2, P3.replace(/[“”]/g, '"'), P4), []],
    ['the inserted sentence', draft(P1, `Rain fell all week. ${P2}`, P3, P4), ['Rain fell all week.']],
    ['the rewritten sentence, whole', draft(P1.replace('40', '45'), P2, P3, P4), [P1.replace('40', '45')]],
    [
      'an inserted paragraph',
      draft(P1, P2, 'Schools will stay shut until Thursday.', P3, P4),
      ['Schools will stay shut until Thursday.']
    ]
  ])('%s', (_name, newText, expected) => {
    expect(changed(BASE, newText)).toEqual(expected)
  })
})
