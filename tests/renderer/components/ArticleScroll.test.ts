// @vitest-environment happy-dom
/**
 * Selecting an item scrolls the article to it, even when its highlight is drawn after the selection: the
 * article's marks follow the item list (deferred), so a new item is selected before it is drawn.
 */
import { act } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import { afterEach, describe, expect, it } from 'vitest'
import type { Item } from '../../../src/shared/case'
import { articleOf, claim, p, title } from '../../helpers/builders'
import { articleView } from './article-view'

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
    const view = (items: Item[], scrollToken: number) => articleView(ARTICLE, items, { selectedId: 'i9', scrollToken })
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
