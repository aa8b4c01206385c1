import type { Delimiter, MarkdownIt, Token } from 'markdown-it'

/**
 * markdown-it, cheaper per block, parsing exactly as before. A megabyte of one-word list items is 262,000
 * blocks and 1.5 million tokens, and two constant costs of markdown-it 15 dominate there:
 *
 * - Its Token constructor sets eight of its fields through a `_defineProperty` helper (class fields compiled
 *   for older engines), about twice the cost of plain assignments. The block and inline states here push
 *   tokens built by plain assignments: the same fields in the same order, on Token's prototype.
 * - Every inline run gets a fresh inline state (a dozen fields, two objects, two arrays) and the full rule
 *   loop, even when it is one plain word. A run without any character an inline rule can start at
 *   (markdown-it's own `isTerminatorChar` list) is all text, so its one text token is pushed directly.
 *
 * tests/core/import/markdown-cheaper.test.ts checks the token streams against a stock markdown-it.
 *
 * A parse given a TOKEN_SINK in its env hands each block token to the sink instead of keeping it
 * (markdown-blocks.ts reads them as they come; its inline runs are parsed afterwards).
 */

type Nesting = Token['nesting']

/** The characters markdown-it's inline `text` rule stops at (its `isTerminatorChar`); anything else is text. */
const INLINE_SYNTAX = /[\n!#$%&*+\-:<=>@[\\\]^_`{}~]/

/** A run with no character an inline rule can start at: markdown-it makes it one text token, itself. */
export const isPlainRun = (run: string): boolean => !INLINE_SYNTAX.test(run)

/** Where a parse's block tokens go instead of its token list, when its env has one under this key. */
export const TOKEN_SINK = Symbol('block token sink')

export interface TokenSink {
  /** Called as each block token is pushed, before the rule that pushed it fills its fields. */
  push(token: Token): void
}

/** Gives `md` the cheaper token pushes and plain-run shortcut (its parser objects only; markdown-it itself untouched). */
export function makeCheaper(md: MarkdownIt): void {
  const TokenClass = new md.core.State('', md, {}).Token
  // Token's fields in the order its constructor sets them, so a cheap token is indistinguishable.
  class CheapToken {
    constructor(type: string, tag: string, nesting: Nesting) {
      const token = this as unknown as Token
      token.map = null
      token.level = 0
      token.children = null
      token.content = ''
      token.markup = ''
      token.info = ''
      token.block = false
      token.hidden = false
      token.type = type
      token.tag = tag
      token.attrs = null
      token.nesting = nesting
      token.meta = null
    }
  }
  Object.setPrototypeOf(CheapToken.prototype, TokenClass.prototype)
  const newToken = (type: string, tag: string, nesting: Nesting): Token =>
    new CheapToken(type, tag, nesting) as unknown as Token

  // StateBlock.push, token construction aside; a sink in the env takes the tokens instead of the list.
  class CheapBlockState extends md.block.State {
    private readonly sink: TokenSink | undefined

    constructor(...args: ConstructorParameters<typeof md.block.State>) {
      super(...args)
      this.sink = (this.env as { [TOKEN_SINK]?: TokenSink })[TOKEN_SINK]
    }

    override push(type: string, tag: string, nesting: Nesting): Token {
      const token = newToken(type, tag, nesting)
      token.block = true
      if (nesting < 0) this.level--
      token.level = this.level
      if (nesting > 0) this.level++
      if (this.sink) this.sink.push(token)
      else this.tokens.push(token)
      return token
    }
  }
  md.block.State = CheapBlockState

  // StateInline.pushPending and push, token construction aside.
  class CheapInlineState extends md.inline.State {
    override pushPending(): Token {
      const token = newToken('text', '', 0)
      token.content = this.pending
      token.level = this.pendingLevel
      this.tokens.push(token)
      this.pending = ''
      return token
    }

    override push(type: string, tag: string, nesting: Nesting): Token {
      if (this.pending) this.pushPending()
      const token = newToken(type, tag, nesting)
      let meta: { delimiters: Delimiter[] } | undefined = undefined
      if (nesting < 0) {
        this.level--
        this.delimiters = this._prev_delimiters.pop() as Delimiter[]
      }
      token.level = this.level
      if (nesting > 0) {
        this.level++
        this._prev_delimiters.push(this.delimiters)
        this.delimiters = []
        meta = { delimiters: this.delimiters }
      }
      this.pendingLevel = this.level
      this.tokens.push(token)
      this.tokens_meta.push(meta)
      return token
    }
  }
  md.inline.State = CheapInlineState

  // The core `inline` rule, with plain runs as the one text token markdown-it's text rule would leave.
  md.core.ruler.at('inline', (state) => {
    for (const token of state.tokens) {
      if (token.type !== 'inline') continue
      if (!isPlainRun(token.content))
        state.md.inline.parse(token.content, state.md, state.env, token.children as Token[])
      else if (token.content !== '') {
        const text = newToken('text', '', 0)
        text.content = token.content
        // A one-element array rather than a push into the block rule's empty one, which grows room for 17.
        if (token.children?.length === 0) token.children = [text]
        else (token.children as Token[]).push(text)
      }
    }
  })
}
