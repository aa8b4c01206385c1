/**
 * How a web page is laid out around its article: which element holds the article (chooseContainer: <article>,
 * [itemprop=articleBody], <main>, else the densest paragraph text) and what kind of block an element opens
 * (kindFor: title, heading, caption, standfirst, byline… from its tag and class words). Apart from the walk in
 * html.ts, which asks both while it reads the page.
 */
import type { BlockKind } from '../../shared/article'
import {
  attr,
  insideMatching,
  isElement,
  isNoiseByName,
  sizeOf,
  tokens,
  type DomElement,
  type DomNode,
  type TextMeasure
} from './html-dom'

/** Kinds that flow down into nested paragraphs (a <p> inside a <blockquote> is quoted text). */
const INHERITED_KINDS = new Set<BlockKind>([
  'blockquote',
  'list-item',
  'caption',
  'standfirst',
  'byline',
  'heading',
  'title'
])
const STANDFIRST_WORD = /^(?:standfirst|dek|deck|summary|strapline|subtitle|subheadline|article-summary|article-dek)$/
const LEAD_WORD = /^(?:lead|intro|lede)$/
const BYLINE_WORD = /^(?:byline|bylines|dateline|author|authors|author-name|article-author|contributor)$/
const CAPTION_WORD = /^(?:caption|wp-caption-text|image-caption|photo-caption|media-caption)$/

/** A semantic container must hold this share of the page's text, else it is a teaser card. */
const MIN_CONTAINER_SHARE = 0.25

interface Container {
  root: DomNode
  /** True for <article>/articleBody/<main>; false when guessed from text density. */
  semantic: boolean
}

/** `all`: the page's elements in document order; `sizes` measured over the page. */
export function chooseContainer(doc: DomNode, all: DomElement[], sizes: TextMeasure): Container {
  const text = (el: DomElement): number => sizeOf(sizes, el).text
  // Never chosen as the article: hidden, dropped, or inside a cookie banner, related list, menu…
  const blocked = insideMatching(all, (el) => !sizeOf(sizes, el).visible || isNoiseByName(el))
  // One pass over the rest (a page may hold 500,000 elements): each candidate is the first of the largest.
  const larger = (el: DomElement, than: DomElement | undefined): boolean => than === undefined || text(el) > text(than)
  let total = 1
  let article: DomElement | undefined
  let articleBody: DomElement | undefined
  let main: DomElement | undefined
  const paragraphs: DomElement[] = []
  for (const el of all) {
    if (blocked.has(el)) continue
    if (el.name === 'body' || el.name === 'html') total = Math.max(total, text(el))
    if (el.name === 'p') paragraphs.push(el)
    if (el.name === 'article' && larger(el, article)) article = el
    if (attr(el, 'itemprop').toLowerCase() === 'articlebody' && larger(el, articleBody)) articleBody = el
    if ((el.name === 'main' || attr(el, 'role') === 'main') && larger(el, main)) main = el
  }
  for (const candidate of [article, articleBody, main]) {
    if (candidate && text(candidate) >= MIN_CONTAINER_SHARE * total) return { root: candidate, semantic: true }
  }
  // Densest: each paragraph's text counts fully for its parent and half for its grandparent.
  const score = new Map<DomElement, number>()
  for (const p of paragraphs) {
    const length = text(p) - sizeOf(sizes, p).linkText
    const parent = p.parent as DomElement | null
    if (parent && isElement(parent)) score.set(parent, (score.get(parent) ?? 0) + length)
    const grand = parent?.parent as DomElement | null
    if (grand && isElement(grand)) score.set(grand, (score.get(grand) ?? 0) + length / 2)
  }
  let best: DomElement | undefined
  let bestScore = -Infinity
  for (const [el, value] of score) {
    if (value > bestScore) [best, bestScore] = [el, value]
  }
  return { root: best ?? all.find((el) => el.name === 'body') ?? doc, semantic: false }
}

export function kindFor(el: DomElement, inherited: BlockKind): BlockKind {
  const words = tokens(el)
  if (el.name === 'h1') return 'title'
  if (/^h[2-6]$/.test(el.name)) return inherited === 'blockquote' ? 'blockquote' : 'heading'
  if (el.name === 'li') return 'list-item'
  if (el.name === 'blockquote') return 'blockquote'
  if (el.name === 'figcaption' || words.some((w) => CAPTION_WORD.test(w))) return 'caption'
  if (words.some((w) => STANDFIRST_WORD.test(w)) || (el.name === 'p' && words.some((w) => LEAD_WORD.test(w))))
    return 'standfirst'
  if (words.some((w) => BYLINE_WORD.test(w))) return 'byline'
  return INHERITED_KINDS.has(inherited) ? inherited : 'paragraph'
}
