/**
 * HTML → Article, for saved web pages and for mammoth's .docx output. On web pages only
 * the article is read: the container is <article>, else [itemprop=articleBody], else
 * <main>, else the element with the densest paragraph text; page furniture (menus,
 * cookie banners, share bars, related lists, hidden elements) is skipped. Nothing is run.
 * Which element holds the article and what kind of block each element opens: html-structure.ts.
 */
import { DomUtils } from 'htmlparser2'
import type { Article, BlockKind } from '../../shared/article'
import { ArticleBuilder } from './article-builder'
import { authorFromBylineText, isHeadlineLike, parseByline } from './header-lines'
import { findDate, toIsoDate } from './dates'
import {
  DROPPED_TAGS,
  attr,
  elementsIn,
  insideMatching,
  isElement,
  isHidden,
  isNoiseByName,
  measure,
  sizeOf,
  textOf,
  type DomElement,
  type DomNode,
  type TextMeasure
} from './html-dom'
import { parseHtmlDocument } from './html-parse'
import { readPageMeta, type PageMeta } from './html-page-meta'
import { isLinkFurniture, isShort, quotationCredit } from './html-quotations'
import { collapseBlockText } from './normalise'
import { chooseContainer, kindFor } from './html-structure'

export interface HtmlOptions {
  origin?: 'web' | 'docx'
}

const BLOCK_TAGS = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'header',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'ul',
  'ol',
  'dl',
  'dt',
  'dd',
  'blockquote',
  'figure',
  'figcaption',
  'pre',
  'table',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'td',
  'th',
  'caption',
  'address',
  'hr',
  'details',
  'summary',
  'body',
  'html',
  'center',
  'hgroup'
])
/**
 * A noise-named element holding more than this share of the container's text, and at least
 * MIN_WRAPPER_CHARS of it, is a wrapper (class="story has-comments"): kept. Banners are short.
 */
const MAX_NOISE_SHARE = 0.5
const MIN_WRAPPER_CHARS = 500
/** In a guessed container, blocks whose text is mostly links (menus, related lists) are dropped. */
const MAX_LINK_DENSITY = 0.6
const MIN_LINKS_FOR_DENSITY = 3
/** The elements read for link density. */
const LINK_LIST_TAGS = new Set(['div', 'section', 'ul', 'ol', 'table', 'p'])
/** Bylines sit among the first few blocks. */
const BYLINE_WINDOW = 4

const skipAlways = (el: DomElement): boolean => DROPPED_TAGS.has(el.name) || isHidden(el)

export function parseHtml(html: string, options: HtmlOptions = {}): Article {
  const web = options.origin !== 'docx'
  const doc = parseHtmlDocument(html)
  const all = elementsIn(doc)
  const page = web ? readPageMeta(all) : null
  const sizes = measure(doc, skipAlways)
  const container = web ? chooseContainer(doc, all, sizes) : { root: doc, semantic: true }
  const containerText = Math.max(1, isElement(container.root) ? sizeOf(sizes, container.root).text : 1)
  const insideArticle = insideMatching(all, (el) => el.name === 'article')
  const builder = new ArticleBuilder()
  const byline = { authors: [] as string[], dates: [] as string[] }

  const isDropped = (el: DomElement): boolean => {
    if (skipAlways(el)) return true
    // mammoth's footnote back-links
    if (!web && el.name === 'a' && isShort(el, sizes) && textOf(el).trim() === '↑') return true
    if (!web || el === container.root) return false
    if (isLinkFurniture(el, sizes)) return true
    const size = sizeOf(sizes, el).text
    if (isNoiseByName(el) && (size / containerText <= MAX_NOISE_SHARE || size < MIN_WRAPPER_CHARS)) return true
    const parent = el.parent as DomNode | null
    const inArticle = parent !== null && isElement(parent) && insideArticle.has(parent)
    if (el.name === 'header' && sizeOf(sizes, el).headlines === 0 && !inArticle) return true
    if (!container.semantic && LINK_LIST_TAGS.has(el.name)) {
      const density = sizeOf(sizes, el).linkText / Math.max(1, size)
      if (density > MAX_LINK_DENSITY && sizeOf(sizes, el).links >= MIN_LINKS_FOR_DENSITY) return true
    }
    return false
  }

  let buffer = ''
  const flush = (kind: BlockKind): void => {
    const text = collapseBlockText(buffer)
    buffer = ''
    if (text === '') return
    let final = kind
    // A Word draft's headline is often its first paragraph in the Normal style, as in a plain-text draft.
    if (!web && final === 'paragraph' && builder.blockCount === 0 && isHeadlineLike(text) && !parseByline(text))
      final = 'title'
    if (final === 'title' && builder.has('title')) final = 'heading'
    if (final === 'standfirst' && builder.has('standfirst')) final = 'paragraph'
    if (final === 'paragraph' && builder.blockCount < BYLINE_WINDOW && !builder.has('byline') && parseByline(text))
      final = 'byline'
    if (final === 'byline') {
      const author = authorFromBylineText(text)
      const date = findDate(text)?.iso
      if (author) byline.authors.push(author)
      if (date) byline.dates.push(date)
    }
    builder.add(final, text)
  }

  // The walk's stack, two arrays in step (no object per node): a node and the kind it inherits, or null and
  // the kind of the block that ends there.
  const nodes: (DomNode | null)[] = [container.root]
  const kinds: BlockKind[] = ['paragraph']
  while (nodes.length > 0) {
    const node = nodes.pop() as DomNode | null
    const kind = kinds.pop() as BlockKind
    if (node === null) {
      flush(kind)
      continue
    }
    if (DomUtils.isText(node)) {
      buffer += node.data
      continue
    }
    if (!DomUtils.hasChildren(node)) continue
    let inner = kind
    if (isElement(node)) {
      const credit = quotationCredit(node, kind, sizes)
      if (credit !== null && !isHidden(node)) {
        flush(kind)
        buffer = credit
        flush(node.name === 'figcaption' ? 'caption' : 'blockquote')
        continue
      }
      if (isDropped(node)) continue
      if (node.name === 'br') buffer += '\n'
      if (BLOCK_TAGS.has(node.name)) {
        flush(kind)
        inner = kindFor(node, kind)
        nodes.push(null)
        kinds.push(inner)
      }
    }
    for (let i = node.children.length - 1; i >= 0; i--) {
      nodes.push(node.children[i] as DomNode)
      kinds.push(inner)
    }
  }
  flush('paragraph')

  if (page) addPageDetails(builder, page, { all, root: container.root, sizes, byline, isDropped })
  else {
    builder.setMeta('author', byline.authors[0])
    builder.setMeta('date', byline.dates[0])
  }
  return builder.build()
}

/** Title, standfirst and metadata found outside the article body, for web pages. */
interface PageContext {
  all: DomElement[]
  root: DomNode
  sizes: TextMeasure
  byline: { authors: string[]; dates: string[] }
  isDropped: (el: DomElement) => boolean
}

function addPageDetails(builder: ArticleBuilder, page: PageMeta, context: PageContext): void {
  const { all, root, sizes, byline, isDropped } = context
  const visible = (el: DomElement): boolean => sizeOf(sizes, el).visible && !isDropped(el)
  // One pass for the first visible <h1> and rel=author link and every <time>: a page may hold 500,000 elements.
  let h1: DomElement | undefined
  let relAuthor: DomElement | undefined
  const pageTimes: DomElement[] = []
  for (const el of all) {
    if (el.name === 'time') pageTimes.push(el)
    if (h1 === undefined && el.name === 'h1' && visible(el)) h1 = el
    if (relAuthor === undefined && el.attribs.rel !== undefined && /\bauthor\b/i.test(attr(el, 'rel')) && visible(el))
      relAuthor = el
  }
  if (!builder.has('title')) builder.insertAt(0, 'title', h1 ? textOf(h1) : page.title)
  const description = collapseBlockText(page.description)
    .replace(/(?:…|\.\.\.)$/, '')
    .trim()
  if (!builder.has('standfirst') && description !== '' && !builder.texts().join(' ').includes(description)) {
    builder.insertAt(builder.has('title') ? 1 : 0, 'standfirst', description)
  }
  builder.setMeta('author', page.author || (relAuthor ? textOf(relAuthor) : '') || byline.authors[0] || page.ldAuthor)
  // The article's own <time> elements first, then the page's; most pages have none to look for.
  const articleTimes =
    pageTimes.length > 0 && isElement(root) ? elementsIn(root).filter((el) => el.name === 'time') : []
  const times = articleTimes.concat(pageTimes)
  const timeDate = times.map((el) => toIsoDate(attr(el, 'datetime') || textOf(el))).find((iso) => iso !== null)
  builder.setMeta('date', page.date || timeDate || page.ldDate || byline.dates[0])
  builder.setMeta('publisher', page.publisher)
  builder.setMeta('section', page.section)
  builder.setMeta('url', page.url)
}
