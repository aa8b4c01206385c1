import { DomUtils } from 'htmlparser2'

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

export function tokens(el: DomElement): string[] {
  const raw = `${el.attribs.class ?? ''} ${el.attribs.id ?? ''}`.toLowerCase()
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
  const style = (el.attribs.style ?? '').toLowerCase().replace(/\s+/g, '')
  return (
    'hidden' in el.attribs ||
    el.attribs['aria-hidden'] === 'true' ||
    el.attribs.type === 'hidden' ||
    style.includes('display:none') ||
    style.includes('visibility:hidden') ||
    tokens(el).some((token) => HIDDEN_CLASS.test(token))
  )
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

/** Elements that pass `test` or sit inside one that does: one pass, parents before children. */
export function insideMatching(root: DomNode, test: (el: DomElement) => boolean): Set<DomElement> {
  const inside = new Set<DomElement>()
  for (const el of elementsIn(root)) {
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

export interface TextMeasure {
  /** Visible non-space characters inside each element. */
  text: Map<DomElement, number>
  /** Of those, characters inside links. */
  linkText: Map<DomElement, number>
}

/** Text and link-text sizes for every element under root, children summed into parents. */
export function measure(root: DomNode, skip: (el: DomElement) => boolean): TextMeasure {
  const text = new Map<DomElement, number>()
  const linkText = new Map<DomElement, number>()
  const order: DomNode[] = []
  const stack: DomNode[] = [root]
  while (stack.length > 0) {
    const node = stack.pop() as DomNode
    order.push(node)
    if (isElement(node) && skip(node)) continue
    if (DomUtils.hasChildren(node)) for (const child of node.children) stack.push(child as DomNode)
  }
  for (let i = order.length - 1; i >= 0; i--) {
    const node = order[i] as DomNode
    const parent = node.parent && isElement(node.parent as DomNode) ? (node.parent as DomElement) : null
    let own = 0
    let links = 0
    if (DomUtils.isText(node)) own = node.data.replace(/\s+/g, '').length
    else if (isElement(node)) {
      if (skip(node)) continue
      own = text.get(node) ?? 0
      links = node.name === 'a' ? own : (linkText.get(node) ?? 0)
      text.set(node, own)
      linkText.set(node, links)
    }
    if (parent) {
      text.set(parent, (text.get(parent) ?? 0) + own)
      linkText.set(parent, (linkText.get(parent) ?? 0) + links)
    }
  }
  return { text, linkText }
}

export function attr(el: DomElement | null | undefined, name: string): string {
  return el?.attribs[name]?.trim() ?? ''
}
