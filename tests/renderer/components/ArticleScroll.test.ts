// @vitest-environment happy-dom
/**
 * Selecting an item scrolls the article to it, even when its highlight is drawn after the selection: the
 * article's marks follow the item list (deferred), so a new item is selected before it is drawn.
 */
import { act, createElement } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import { afterEach, describe, expect, it } from 'vitest'
import { ArticleView } from '../../../src/renderer/src/components/ArticleView'
import { articleMarks } from '../../../src/renderer/src/lib/article-marks'
import type { Item } from '../../../src/shared/case'
import { articleOf, claim, p, title } from '../../helpers/builders'

Object.assign(globalThis, { IS_REACT_ACT_ENVIRONMENT: true })

const FEES = 'Harbour fees rose 12% last year.'
const ARTICLE = articleOf(title('Harbour fees rise'), p(FEES), p('The port will build a marina.'))

let root: Root | null = null
afterEach(async () => {
  await act(async () => root?.unmount())
  root = null
})

describe('the article scrolls to the selected item', () => {
  it('once the item is drawn, when it was selected before its highlight was', async () => {
    const scrolled: string[] = []
    Element.prototype.scrollIntoView = function (this: Element) {
      scrolled.push(this.textContent ?? '')
    }
    const host = document.createElement('div')
    document.body.append(host)
    root = createRoot(host)
    const noop = (): void => undefined
    const view = (items: Item[], scrollToken: number) =>
      createElement(ArticleView, {
        text: ARTICLE.text,
        marks: articleMarks(items, ARTICLE.text, ARTICLE.blocks, [], false),
        statusColors: {},
        selectedId: 'i9',
        scrollToken,
        onSelect: noop,
        onAdd: noop,
        onNothing: noop,
        reveal: null,
        selection: null,
        onSelectionChange: noop
      })
    // Selected (and asked to scroll) while the marks do not have it yet: nothing to scroll to.
    await act(async () => root?.render(view([], 1)))
    expect(scrolled).toEqual([])
    // Its highlight arrives: the scroll asked for happens then, once.
    const added = claim(ARTICLE, FEES, { id: 'i9' })
    await act(async () => root?.render(view([added], 1)))
    expect(scrolled).toEqual([FEES])
    await act(async () => root?.render(view([{ ...added, status: 'verified' }], 1)))
    expect(scrolled).toEqual([FEES])
  })
})
