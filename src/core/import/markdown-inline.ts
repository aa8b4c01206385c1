import MarkdownIt, { type Token } from 'markdown-it'
import { makeCheaper } from './markdown-cheaper'

/**
 * Markdown inline syntax → plain text: the words a reader sees, none of the markup.
 * Parsing is markdown-it's (CommonMark, linear on hostile input; see docs/SECURITY.md), so
 * nothing here backtracks. Links keep their text and lose the URL; images vanish (alt text
 * describes a picture, it is not article prose); code spans keep their content verbatim;
 * emphasis, strikethrough, inline HTML and backslash escapes are removed; entities are
 * decoded. Typographic characters pass through untouched (no "typographer").
 */

/** One parser for every draft: HTML recognised (so tags and comments can be dropped), GFM tables and strikethrough. */
export const markdownParser = new MarkdownIt('default', { html: true, linkify: false, typographer: false })
makeCheaper(markdownParser)

type InlineState = Parameters<Parameters<typeof markdownParser.inline.ruler.push>[1]>[0]

/** Per inline run: the next ']' at or after `from` is at `at` (-1: none), so asking again costs nothing. */
const nextCloseCache = new WeakMap<InlineState, { from: number; at: number }>()

function nextClose(state: InlineState): number {
  const cached = nextCloseCache.get(state)
  if (cached && cached.from <= state.pos && (cached.at === -1 || state.pos <= cached.at)) return cached.at
  const at = state.src.indexOf(']', state.pos)
  nextCloseCache.set(state, { from: state.pos, at })
  return at
}

/**
 * A '[' with no ']' after it in the run opens no link and no image: it is text, as markdown-it would
 * decide after trying to read a link label from it. Said at once here, because that try costs a
 * scan per bracket (a megabyte of '[' took 2 s). Same tokens either way.
 */
markdownParser.inline.ruler.before('link', 'unclosed_bracket', (state, silent) => {
  if (state.src.charCodeAt(state.pos) !== 0x5b) return false
  const close = nextClose(state)
  if (close !== -1 && close < state.posMax) return false
  if (!silent) state.pending += '['
  state.pos++
  return true
})

export type MarkdownToken = Token

const BREAKS = new Set(['softbreak', 'hardbreak'])
const EMPHASIS_OPEN = new Set(['em_open', 'strong_open'])
const EMPHASIS_CLOSE = new Set(['em_close', 'strong_close'])

/** The reader's text of an inline token's children; breaks stay newlines (the builder joins lines). */
export function inlineText(children: readonly MarkdownToken[] | null): string {
  let out = ''
  for (const token of children ?? []) {
    if (token.type === 'text' || token.type === 'code_inline' || token.type === 'text_special') out += token.content
    else if (BREAKS.has(token.type)) out += '\n'
    // html_inline, images, link and emphasis markers carry no prose.
  }
  return out
}

const isBlankText = (token: MarkdownToken): boolean => token.type === 'text' && token.content.trim() === ''

/**
 * True when the whole paragraph sits inside one emphasis ("*The operator says…*"): a
 * standfirst candidate right after the title.
 */
export function isWhollyEmphasised(children: readonly MarkdownToken[] | null): boolean {
  const tokens = (children ?? []).filter((token) => !isBlankText(token))
  const first = tokens[0]
  const last = tokens[tokens.length - 1]
  if (!first || !last || tokens.length < 3 || !EMPHASIS_OPEN.has(first.type) || !EMPHASIS_CLOSE.has(last.type))
    return false
  let depth = 0
  for (const [index, token] of tokens.entries()) {
    if (EMPHASIS_OPEN.has(token.type)) depth++
    else if (EMPHASIS_CLOSE.has(token.type)) depth--
    // The opening emphasis closed before the end: "*a* and *b*" is not one emphasised paragraph.
    if (depth === 0 && index < tokens.length - 1) return false
  }
  return true
}

/** Plain text of one block's inline markdown (tests and callers outside a whole document). */
export function stripInlineMarkdown(text: string): string {
  const tokens = markdownParser.parseInline(text, {})
  return tokens.map((token) => inlineText(token.children)).join('')
}
