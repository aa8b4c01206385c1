import { DomUtils } from 'htmlparser2'
import { MeasuredElement } from './html-parse'

/**
 * DOM helpers for the HTML importer, over htmlparser2's tree. Every traversal here is
 * iterative: a hostile page nested 100,000 elements deep must not overflow the stack.
 * Nothing in a page is ever executed; we only read tags, attributes and text.
 */

export type DomNode = Parameters<typeof DomUtils.removeElement>[0]
export type DomElement = ReturnType<typeof DomUtils.findAll>[number]

export const isElement = (node: DomNode): node is DomElement => DomUtils.isTag(node)

/** Elements never read: code, embedded content, chrome and interactive widgets. */
export const DROPPED_TAGS = new Set([
  'script',
  'style',
  'noscript',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'form',
  'button',
  'input',
  'select',
  'textarea',
  'option',
  'label',
  'svg',
  'math',
  'canvas',
  'template',
  'nav',
  'footer',
  'aside',
  'dialog',
  'menu',
  'head',
  'title',
  'meta',
  'link',
  'base',
  'img',
  'picture',
  'video',
  'audio',
  'source',
  'track',
  'map',
  'area'
])

/** Class/id words that mark page furniture rather than article prose. */
const NOISE_WORD =
  /^(?:cookies?|consent|gdpr|cmp|share|sharing|sharebar|social|newsletters?|subscribe|subscription|signup|related|promo|promos|advert|advertisement|ads?|sponsor(?:ed)?|sidebar|comments?|breadcrumbs?|paywall|popup|modal|recommended|recommendations|trending|mostread|outbrain|taboola|nav|navbar|navigation|menu|footer|masthead|skip|toolbar|banner|teaser|teasers|more-stories|read-more|readmore|tags)$/
/** Class words for content that assistive tech or the page itself hides. */
const HIDDEN_CLASS = /^(?:hidden|is-hidden|visually-hidden|sr-only|screen-reader-text|d-none|hide)$/

/** Shared answer for the many elements with neither class nor id (never modified by callers). */
const NO_TOKENS: readonly string[] = []

export function tokens(el: DomElement): readonly string[] {
  const { class: className, id } = el.attribs
  if (className === undefined && id === undefined) return NO_TOKENS
  const raw = `${className ?? ''} ${id ?? ''}`.toLowerCase()
  return raw.split(/\s+/).filter(Boolean)
}

/** A class/id token like "related-stories" or "cookie_banner" contains a noise word part. */
export function isNoiseByName(el: DomElement): boolean {
  // <body class="has-sidebar"> describes the layout, not a piece of furniture.
  if (el.name === 'body' || el.name === 'html') return false
  const role = (el.attribs.role ?? '').toLowerCase()
  if (
    role === 'navigation' ||
    role === 'banner' ||
    role === 'contentinfo' ||
    role === 'complementary' ||
    role === 'dialog' ||
    role === 'alertdialog'
  )
    return true
  return tokens(el).some((token) => NOISE_WORD.test(token) || token.split(/[-_]/).some((part) => NOISE_WORD.test(part)))
}

export function isHidden(el: DomElement): boolean {
  const { attribs } = el
  if ('hidden' in attribs || attribs['aria-hidden'] === 'true' || attribs.type === 'hidden') return true
  if (attribs.style !== undefined) {
    const style = attribs.style.toLowerCase().replace(/\s+/g, '')
    if (style.includes('display:none') || style.includes('visibility:hidden')) return true
  }
  return tokens(el).some((token) => HIDDEN_CLASS.test(token))
}

/** All elements under `root` in document order (iterative pre-order walk). */
export function elementsIn(root: DomNode | DomNode[]): DomElement[] {
  const out: DomElement[] = []
  const stack: DomNode[] = Array.isArray(root) ? [...root].reverse() : [root]
  while (stack.length > 0) {
    const node = stack.pop() as DomNode
    if (isElement(node)) out.push(node)
    if (DomUtils.hasChildren(node))
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as DomNode)
  }
  return Array.isArray(root) ? out : out.filter((el) => el !== root)
}

/** Of `elements` (in document order), those that pass `test` or sit inside one that does: one pass. */
export function insideMatching(elements: DomElement[], test: (el: DomElement) => boolean): Set<DomElement> {
  const inside = new Set<DomElement>()
  for (const el of elements) {
    const parent = el.parent as DomNode | null
    if (test(el) || (parent && isElement(parent) && inside.has(parent))) inside.add(el)
  }
  return inside
}

/** Text content of a subtree, whitespace left as is (callers collapse it); nested scripts skipped. */
export function textOf(root: DomNode): string {
  let text = ''
  const stack: DomNode[] = [root]
  while (stack.length > 0) {
    const node = stack.pop() as DomNode
    if (DomUtils.isText(node)) text += node.data
    else if (node !== root && isElement(node) && (node.name === 'script' || node.name === 'style')) continue
    else if (DomUtils.hasChildren(node))
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as DomNode)
  }
  return text
}

/** What one element holds, counted once for the whole page so no check walks a subtree per element. */
export interface ElementSize {
  /** Outside any skipped element (dropped, hidden): its text is read. */
  visible: boolean
  /** Visible non-space characters inside. */
  text: number
  /** Of those, characters inside links. */
  linkText: number
  /** Characters `textOf` would answer (hidden text included; text inside scripts and styles not). */
  rawText: number
  /** Nodes inside, at any depth. */
  nodes: number
  /** <a> elements inside (hidden ones too), not counting the element itself. */
  links: number
  /** <h1> elements inside (hidden ones too). */
  headlines: number
}

/** The sizes of one page's elements (measured once per parsed page). */
export interface TextMeasure {
  readonly measured: true
}
const MEASURED: TextMeasure = { measured: true }

const EMPTY: ElementSize = { visible: false, text: 0, linkText: 0, rawText: 0, nodes: 0, links: 0, headlines: 0 }
/** An element's sizes are fields of the element itself (html-parse.ts makes every element a MeasuredElement). */
export const sizeOf = (_sizes: TextMeasure, el: DomElement): ElementSize => (el instanceof MeasuredElement ? el : EMPTY)

const VISIBLE = 1
const IN_CODE = 2

/** Sizes of every element under root (children summed into parents); `skip` marks what is not read. */
export function measure(root: DomNode, skip: (el: DomElement) => boolean): TextMeasure {
  // Pre-order walk with flags in parallel arrays, then children before parents in reverse.
  const order: DomNode[] = []
  const flagsOf: number[] = []
  const stack: DomNode[] = [root]
  const stackFlags: number[] = [VISIBLE]
  while (stack.length > 0) {
    const node = stack.pop() as DomNode
    let flags = stackFlags.pop() as number
    if (isElement(node)) {
      if (flags & VISIBLE && skip(node)) flags &= ~VISIBLE
      if (node !== root && (node.name === 'script' || node.name === 'style')) flags |= IN_CODE
      if (node instanceof MeasuredElement) {
        node.visible = (flags & VISIBLE) !== 0
        node.text = node.linkText = node.rawText = node.nodes = node.links = node.headlines = 0
      }
    }
    order.push(node)
    flagsOf.push(flags)
    if (DomUtils.hasChildren(node))
      for (const child of node.children) {
        stack.push(child as DomNode)
        stackFlags.push(flags)
      }
  }
  for (let i = order.length - 1; i >= 0; i--) {
    const node = order[i] as DomNode
    const into = node.parent
    if (!(into instanceof MeasuredElement)) continue
    const visible = ((flagsOf[i] as number) & VISIBLE) !== 0
    if (node instanceof MeasuredElement) {
      if (node.name === 'a' && visible) node.linkText = node.text
      // A skipped element adds no visible text to its parent, but is still inside it.
      if (visible) {
        into.text += node.text
        into.linkText += node.linkText
      }
      into.rawText += node.rawText
      into.nodes += 1 + node.nodes
      into.links += node.links + (node.name === 'a' ? 1 : 0)
      into.headlines += node.headlines + (node.name === 'h1' ? 1 : 0)
    } else {
      into.nodes += 1
      if (!DomUtils.isText(node)) continue
      if (visible) into.text += node.data.replace(/\s+/g, '').length
      if (((flagsOf[i] as number) & IN_CODE) === 0) into.rawText += node.data.length
    }
  }
  return MEASURED
}

export function attr(el: DomElement | null | undefined, name: string): string {
  return el?.attribs[name]?.trim() ?? ''
}
