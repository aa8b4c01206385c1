// @vitest-environment happy-dom
/** From a selection in the rendered article back to offsets in the draft text. */
import { afterEach, describe, expect, it } from 'vitest'
import { pointToOffset, selectionInside } from '../../../src/renderer/src/lib/offsets'

// As the article view renders it: every run of text a span carrying its start offset in data-s.
const TEXT = 'Harbour fees rose 12% last year.'
function render(): HTMLElement {
  const article = document.createElement('article')
  article.innerHTML =
    '<p><span data-s="0">Harbour fees rose </span><mark><span data-s="18">12%</span></mark><span data-s="21"> last year.</span></p>'
  return document.body.appendChild(article)
}
const run = (article: HTMLElement, start: number): Element => article.querySelector(`[data-s="${start}"]`)!

afterEach(() => {
  window.getSelection()?.removeAllRanges()
  document.body.innerHTML = ''
})

describe('pointToOffset', () => {
  it.each([
    ['the start of the first run', 0, 0, 0],
    ['inside the first run', 0, 8, 8],
    ['inside a highlighted run', 18, 2, 20],
    ['the end of the last run', 21, 11, TEXT.length]
  ])('%s', (_name, runStart, offset, expected) => {
    const article = render()
    expect(pointToOffset(run(article, runStart).firstChild!, offset)).toBe(expected)
  })

  it('a point between elements takes the run after it', () => {
    const article = render()
    const paragraph = article.querySelector('p')!
    expect(pointToOffset(paragraph, 1)).toBe(18)
  })

  it('a point after the last element takes the end of the run before it', () => {
    const article = render()
    const paragraph = article.querySelector('p')!
    expect(pointToOffset(paragraph, paragraph.childNodes.length)).toBe(TEXT.length)
  })

  it('a point on a run element itself: its start, or its end after its text', () => {
    const article = render()
    expect(pointToOffset(run(article, 18), 0)).toBe(18)
    expect(pointToOffset(run(article, 18), 1)).toBe(21)
  })

  it('a point outside the article text has no offset', () => {
    const outside = document.body.appendChild(document.createElement('p'))
    outside.textContent = 'Toolbar'
    expect(pointToOffset(outside.firstChild!, 2)).toBeNull()
  })
})

describe('selectionInside', () => {
  function select(start: Node, startOffset: number, end: Node, endOffset: number): void {
    const range = document.createRange()
    range.setStart(start, startOffset)
    range.setEnd(end, endOffset)
    window.getSelection()!.removeAllRanges()
    window.getSelection()!.addRange(range)
  }

  it('gives the offsets of words selected across highlighted runs', () => {
    const article = render()
    select(run(article, 0).firstChild!, 8, run(article, 21).firstChild!, 5)
    const selection = selectionInside(article)
    expect(selection && TEXT.slice(selection.start, selection.end)).toBe('fees rose 12% last')
  })

  it('is nothing when nothing is selected, or the selection leaves the article', () => {
    const article = render()
    expect(selectionInside(article)).toBeNull()
    const outside = document.body.appendChild(document.createElement('p'))
    outside.textContent = 'Toolbar'
    select(run(article, 0).firstChild!, 0, outside.firstChild!, 3)
    expect(selectionInside(article)).toBeNull()
    expect(selectionInside(null)).toBeNull()
  })
})
