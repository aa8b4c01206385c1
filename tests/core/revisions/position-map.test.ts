/**
 * The position map on its own: old-draft offsets to new-draft offsets, exact inside text both drafts
 * share, collapsed to the edge of the replacement inside text the new draft rewrote or dropped.
 */
import { describe, expect, it } from 'vitest'
import { looseRuns, PositionMap } from '../../../src/core/revisions/position-map'
import { span } from '../../helpers/builders'

// Draft 2 changed one figure: "12" became "9.5" (one character longer), everything else is the same.
const OLD = 'Fees rose 12% last year. The port blamed fuel.'
const NEW = 'Fees rose 9.5% last year. The port blamed fuel.'
const FIGURE_EDIT = new PositionMap(
  [
    { oldStart: 0, newStart: 0, length: 10 },
    { oldStart: 12, newStart: 13, length: OLD.length - 12 }
  ],
  [{ start: 10, end: 13 }]
)

describe('PositionMap: where a span start lands', () => {
  it.each([
    ['the very start', 0, 0, true],
    ['inside shared text', 5, 5, true],
    ['the first character of the changed figure', 10, 10, false],
    ['inside the changed figure', 11, 10, false],
    ['just after it, in shared text again', 12, 13, true],
    ['the last character', OLD.length - 1, NEW.length - 1, true]
  ])('%s', (_name, offset, expected, exact) => {
    expect(FIGURE_EDIT.mapStart(offset)).toEqual({ offset: expected, exact })
  })
})

describe('PositionMap: where a span end lands', () => {
  it.each([
    ['the end of shared text before the change', 10, 10, true],
    ['the end of the changed figure: the end of its replacement', 12, 13, false],
    ['inside the changed figure', 11, 13, false],
    ['the end of the text', OLD.length, NEW.length, true]
  ])('%s', (_name, offset, expected, exact) => {
    expect(FIGURE_EDIT.mapEnd(offset, NEW.length)).toEqual({ offset: expected, exact })
  })

  it('carries a span around the change to the edited wording', () => {
    const old = span(OLD, 'Fees rose 12% last year.')
    const start = FIGURE_EDIT.mapStart(old.start)
    const end = FIGURE_EDIT.mapEnd(old.end, NEW.length)
    expect(NEW.slice(start.offset, end.offset)).toBe('Fees rose 9.5% last year.')
    expect([start.exact, end.exact]).toEqual([true, true])
  })

  it('carries a span of the changed words to their replacement, marked inexact', () => {
    const figure = span(OLD, '12')
    expect(
      NEW.slice(FIGURE_EDIT.mapStart(figure.start).offset, FIGURE_EDIT.mapEnd(figure.end, NEW.length).offset)
    ).toBe('9.5')
  })
})

describe('PositionMap: text dropped at either end', () => {
  // Draft 2 lost its first sentence and its last word: "Update: " and " Monday" are gone.
  const old = 'Update: the bridge reopens on Monday'
  const next = 'the bridge reopens on'
  const map = new PositionMap([{ oldStart: 8, newStart: 0, length: next.length }], [])

  it.each([
    ['a start in the dropped opening collapses to the start', 'mapStart', 2, 0, false],
    ['a start in the dropped ending collapses to the end of what survived', 'mapStart', 32, next.length, false],
    ['an end in the dropped opening collapses to where surviving text begins', 'mapEnd', 6, 0, false],
    ['an end in the dropped ending collapses to the end of the new draft', 'mapEnd', old.length, next.length, false]
  ] as const)('%s', (_name, method, offset, expected, exact) => {
    const mapped = method === 'mapStart' ? map.mapStart(offset) : map.mapEnd(offset, next.length)
    expect(mapped).toEqual({ offset: expected, exact })
  })
})

describe('PositionMap: runs as given', () => {
  it('sorts runs by their old start and drops empty ones, so a moved paragraph maps both ways round', () => {
    const map = new PositionMap(
      [
        { oldStart: 10, newStart: 0, length: 10 },
        { oldStart: 5, newStart: 3, length: 0 },
        { oldStart: 0, newStart: 10, length: 10 }
      ],
      [
        { start: 7, end: 7 },
        { start: 4, end: 6 },
        { start: 0, end: 2 }
      ]
    )
    expect(map.runs.map((run) => run.oldStart)).toEqual([0, 10])
    expect(map.mapStart(3)).toEqual({ offset: 13, exact: true })
    expect(map.mapStart(13)).toEqual({ offset: 3, exact: true })
    expect(map.changedNew).toEqual([
      { start: 0, end: 2 },
      { start: 4, end: 6 }
    ])
  })
})

describe('looseRuns: the same words in different whitespace and quote styles', () => {
  /** Where each word of `old` starts in `next`, through the runs looseRuns makes. */
  function wordStarts(old: string, next: string): string[] {
    const map = new PositionMap(looseRuns(old, 0, old.length, next, 0, next.length), [])
    return [...old.matchAll(/\S+/g)].map((word) => {
      const start = map.mapStart(word.index)
      const end = map.mapEnd(word.index + word[0].length, next.length)
      return `${start.exact && end.exact ? '' : '~'}${next.slice(start.offset, end.offset)}`
    })
  }

  it.each([
    ['identical text is one run', 'The port blamed fuel.', 'The port blamed fuel.', ['The', 'port', 'blamed', 'fuel.']],
    [
      'curly quotes for straight ones',
      '"We had no choice," said Ana.',
      '“We had no choice,” said Ana.',
      ['“We', 'had', 'no', 'choice,”', 'said', 'Ana.']
    ],
    ['a double space and a line break', 'Fees  rose\n12%.', 'Fees rose 12%.', ['Fees', 'rose', '12%.']],
    ['a non-breaking space', 'Page 4 of 12', 'Page\u00a04 of 12', ['Page', '4', 'of', '12']]
  ])('%s', (_name, old, next, expected) => {
    expect(wordStarts(old, next)).toEqual(expected)
  })

  it('keeps what aligned and stops where the words really differ', () => {
    const runs = looseRuns('Fees rose 12%.', 0, 14, 'Fees rose 15%.', 0, 14)
    expect(runs).toEqual([{ oldStart: 0, newStart: 0, length: 11 }])
  })

  it('works on a stretch in the middle of both texts, with their own offsets', () => {
    const old = 'Intro. "Fees rose," she said. Outro.'
    const next = 'New intro here. “Fees rose,” she said. Outro.'
    const a = span(old, '"Fees rose," she said.')
    const b = span(next, '“Fees rose,” she said.')
    expect(looseRuns(old, a.start, a.end, next, b.start, b.end)).toEqual([
      { oldStart: a.start, newStart: b.start, length: a.text.length }
    ])
  })
})
