import { DomHandler, Parser } from 'htmlparser2'
import type { DomElement, DomNode, ElementSize } from './html-dom'

/**
 * htmlparser2's parseDocument, linear in the page's nesting depth.
 *
 * The parser keeps its open elements innermost first: every start tag is an `unshift` and every end
 * tag an `indexOf` over the whole stack, so a page nested 100,000 deep (or 260,000 unclosed <li>)
 * costs depth² — 20 s for 1 MB. Here the same stack is kept innermost last behind the array view the
 * parser uses (`[i]`, `length`, `shift`, `unshift`, `indexOf`), with a count per tag name so a close
 * tag for an element that is not open answers at once. The tree built is the same.
 */

const OPTIONS = { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true }

/** The parser's view of its stack: index 0 is the innermost open element. */
interface InnermostFirst<T> {
  length: number
  [index: number]: T
  shift(): T | undefined
  unshift(item: T): number
  indexOf(item: T): number
}

function innermostFirst<T>(): InnermostFirst<T> {
  const items: T[] = []
  const open = new Map<T, number>()
  const methods = {
    shift(): T | undefined {
      if (items.length === 0) return undefined
      const item = items.pop() as T
      open.set(item, (open.get(item) ?? 1) - 1)
      return item
    },
    unshift(item: T): number {
      open.set(item, (open.get(item) ?? 0) + 1)
      return items.push(item)
    },
    indexOf(item: T): number {
      // Scanning stops at the innermost match; the parser then closes every element it passed.
      if (!open.get(item)) return -1
      for (let i = items.length - 1; i >= 0; i--) if (items[i] === item) return items.length - 1 - i
      return -1
    }
  }
  return new Proxy(methods as unknown as InnermostFirst<T>, {
    get(target, key) {
      // The parser asks for these on every tag: answered first.
      if (key === 'length') return items.length
      if (key === '0') return items[items.length - 1]
      if (key === 'shift' || key === 'unshift' || key === 'indexOf') return methods[key]
      if (typeof key === 'string') {
        const index = Number(key)
        if (Number.isInteger(index)) return items[items.length - 1 - index]
      }
      return Reflect.get(target, key)
    },
    set(target, key, value) {
      // The parser empties its stacks with `length = 0` on reset.
      if (key === 'length') {
        // Keeps the `value` innermost elements, as truncating the parser's own array would.
        for (const item of items.splice(0, Math.max(0, items.length - Number(value))))
          open.set(item, (open.get(item) ?? 1) - 1)
        return true
      }
      return Reflect.set(target, key, value)
    }
  })
}

/** domhandler's Element class (htmlparser2 does not export it): the first element a handler makes. */
const Element = ((): new (name: string, attribs: Record<string, string>) => DomElement => {
  const handler = new DomHandler()
  handler.onopentag('a', {})
  return (handler.root.children[0] as DomElement).constructor as new (
    name: string,
    attribs: Record<string, string>
  ) => DomElement
})()

/**
 * An element with its sizes (html-dom.ts `measure`) as fields of its own, set when the element is made:
 * a size object per element, or a property added to half a million elements afterwards, is garbage
 * collection work on every large page.
 */
export class MeasuredElement extends Element implements ElementSize {
  visible = false
  text = 0
  linkText = 0
  rawText = 0
  nodes = 0
  links = 0
  headlines = 0
}

/** domhandler's tree builder, making MeasuredElements (its own onopentag, outside XML mode). */
class MeasuringHandler extends DomHandler {
  override onopentag(name: string, attribs: Record<string, string>): void {
    const element = new MeasuredElement(name, attribs)
    this.addNode(element)
    this.tagStack.push(element)
  }
}

interface ParserStacks {
  stack: unknown
  foreignContext: unknown
}

export function parseHtmlDocument(html: string): DomNode {
  const handler = new MeasuringHandler()
  const parser = new Parser(handler, OPTIONS)
  const stacks = parser as unknown as ParserStacks
  // Only when the parser's internals are what this was written against; otherwise its own arrays stay.
  if (Array.isArray(stacks.stack) && stacks.stack.length === 0 && Array.isArray(stacks.foreignContext)) {
    stacks.stack = innermostFirst<string>()
    const foreign = innermostFirst<boolean>()
    for (const flag of (stacks.foreignContext as boolean[]).slice().reverse()) foreign.unshift(flag)
    stacks.foreignContext = foreign
  }
  parser.end(html)
  return handler.root as DomNode
}
