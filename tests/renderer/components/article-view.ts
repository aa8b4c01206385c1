/**
 * The article view as the renderer tests draw it: an article's text with the marks of `items`, nothing selected
 * and every callback a no-op unless a test says otherwise.
 */
import { createElement, type ReactElement } from 'react'
import { ArticleView } from '../../../src/renderer/src/components/ArticleView'
import { articleMarks } from '../../../src/renderer/src/lib/article-marks'
import type { Article } from '../../../src/shared/article'
import type { Item } from '../../../src/shared/case'

type Props = Parameters<typeof ArticleView>[0]

const noop = (): void => undefined

export function articleView(article: Article, items: Item[] = [], props: Partial<Props> = {}): ReactElement {
  return createElement(ArticleView, {
    text: article.text,
    marks: articleMarks(items, article.text, article.blocks, [], false),
    statusColors: {},
    selectedId: null,
    scrollToken: 0,
    onSelect: noop,
    onAdd: noop,
    onNothing: noop,
    reveal: null,
    selection: null,
    onSelectionChange: noop,
    ...props
  })
}
