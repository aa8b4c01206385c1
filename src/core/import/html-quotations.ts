/**
 * Two things a saved news page does inside its article body that the importer must read right:
 * link furniture ("Share this article", "Read more: …") that is no part of the story, and the
 * credit of a quotation set in HTML (<blockquote> … <footer>, <cite>, a <figure>'s <figcaption>).
 */
import type { BlockKind } from '../../shared/article'
import { isElement, sizeOf, textOf, type DomElement, type DomNode, type TextMeasure } from './html-dom'
import { collapseBlockText } from './normalise'

/** Link furniture inside an article body: a whole block saying only "Share this article", "Read more". */
const FURNITURE_WHOLE =
  /^(?:share(?: this(?: article| story| page)?| on \p{L}+| via \p{L}+)?|tweet|email|print|copy link|read more|read next|continue reading|advertisement|sponsored content|sign up|subscribe(?: now)?|follow us(?: on \p{L}+)?|listen to this article|skip advert(?:isement)?|more on this story|related (?:articles|stories|content)|see also)[\s.:…›»>|-]*$/iu
/** …or a link introduced by such words: "Read more: Levy row deepens". */
const FURNITURE_LEAD =
  /^(?:read more|read next|read also|see also|related|more on this story|watch|listen)\s*[:|›»>-]/iu
/** Furniture is short; only elements with at most this many visible characters are read for it. */
const MAX_FURNITURE_CHARS = 100
/**
 * Nor more than this much text with the hidden parts and markup, so reading one element's text stays
 * cheap: a page of 100,000 nested elements would otherwise read its text once per element (depth²).
 * A credit line is as short.
 */
const MAX_SHORT_RAW_CHARS = 2000
const MAX_SHORT_NODES = 200

/** Small enough to read its whole text: furniture, a credit, a footnote back-link. */
export function isShort(el: DomElement, sizes: TextMeasure): boolean {
  const size = sizeOf(sizes, el)
  return size.rawText <= MAX_SHORT_RAW_CHARS && size.nodes <= MAX_SHORT_NODES
}
const FURNITURE_TAGS = new Set(['p', 'div', 'li', 'a', 'span', 'section', 'ul', 'strong', 'em', 'b'])

/** The shortest furniture words ("share", "print", "email", "tweet"): fewer characters of text cannot be furniture. */
const MIN_FURNITURE_CHARS = 5

export function isLinkFurniture(el: DomElement, sizes: TextMeasure): boolean {
  const size = sizeOf(sizes, el)
  if (!FURNITURE_TAGS.has(el.name) || size.text > MAX_FURNITURE_CHARS || !isShort(el, sizes)) return false
  // rawText is the length of textOf(el), which collapsing only shortens: a one-word list item is not read.
  if (size.rawText < MIN_FURNITURE_CHARS) return false
  const text = collapseBlockText(textOf(el))
  if (text === '') return false
  if (FURNITURE_WHOLE.test(text)) return true
  return FURNITURE_LEAD.test(text) && (el.name === 'a' || size.links > 0)
}

/**
 * The credit of a quotation set as <blockquote> … <footer>— Dr Joseph Mbeki, consultant</footer>, a
 * <cite> standing alone in the blockquote, or a <figcaption> of a <figure> holding one. It is kept
 * as a line of its own starting with a dash, the form the quote finder reads as a credit.
 */
export function quotationCredit(el: DomElement, inherited: BlockKind, sizes: TextMeasure): string | null {
  const inQuote = inherited === 'blockquote' && (el.name === 'footer' || (el.name === 'cite' && standsAlone(el, sizes)))
  const figure = el.parent as DomElement | null
  const underFigure =
    el.name === 'figcaption' && figure !== null && isElement(figure) && figure.name === 'figure' && holdsQuote(figure)
  if ((!inQuote && !underFigure) || !isShort(el, sizes)) return null
  const text = collapseBlockText(textOf(el)).replace(/^[\s—―–-]+/u, '')
  return text === '' ? null : `— ${text}`
}

/** Answered once per <figure>: a figure with 40,000 captions would otherwise scan its children 40,000 times. */
const quoteFigures = new WeakMap<DomElement, boolean>()
function holdsQuote(figure: DomElement): boolean {
  let holds = quoteFigures.get(figure)
  if (holds === undefined) {
    holds = figure.children.some((child) => isElement(child as DomNode) && (child as DomElement).name === 'blockquote')
    quoteFigures.set(figure, holds)
  }
  return holds
}

/** A <cite> that is all its parent holds (or sits directly in the blockquote): a credit, not a title in a sentence. */
function standsAlone(el: DomElement, sizes: TextMeasure): boolean {
  const parent = el.parent as DomElement | null
  if (!parent || !isElement(parent)) return false
  if (parent.name === 'blockquote') return true
  return isShort(parent, sizes) && collapseBlockText(textOf(parent)) === collapseBlockText(textOf(el))
}
