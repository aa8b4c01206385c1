import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import MarkdownIt, { type Token } from 'markdown-it'
import { describe, expect, it } from 'vitest'
import { makeCheaper } from '../../../src/core/import/markdown-cheaper'

/**
 * The cheaper markdown-it (markdown-cheaper.ts) must parse exactly as a stock one: same tokens, same fields,
 * same children, on Token's prototype. Drafts from the fixtures, hostile shapes and fast-check.
 */
const OPTIONS = { html: true, linkify: false, typographer: false } as const
const stock = new MarkdownIt('default', OPTIONS)
const cheap = new MarkdownIt('default', OPTIONS)
makeCheaper(cheap)

/** Every field of every token, children included, as plain data (own fields only, in their order). */
const fields = (tokens: readonly Token[]): unknown => JSON.parse(JSON.stringify(tokens)) as unknown

function expectSameTokens(source: string): void {
  const env = {}
  const stockEnv = {}
  const tokens = cheap.parse(source, env)
  expect(fields(tokens)).toEqual(fields(stock.parse(source, stockEnv)))
  expect(env).toEqual(stockEnv)
  expect(cheap.parseInline(source, {}).map((token) => fields([token]))).toEqual(
    stock.parseInline(source, {}).map((token) => fields([token]))
  )
}

const PIECES = [
  '\n',
  '\n\n',
  '  \n',
  '\t',
  '    ',
  '# ',
  '###### ',
  '> ',
  '- ',
  '* ',
  '1. ',
  '2) ',
  '**',
  '*',
  '*em*',
  '**strong**',
  '_',
  '__',
  '~~',
  '`',
  '```',
  '~~~',
  '---',
  '===',
  '[',
  ']',
  '[ref]',
  '\n[ref]: http://x.y "T"\n',
  '](http://x.y)',
  '![',
  '<',
  '>',
  '<b>',
  '</b>',
  '<div>',
  '<!-- c -->',
  '&amp;',
  '&#x2019;',
  '\\*',
  '\\',
  'http://x.y',
  '| a | b |\n|---|---|\n| 1 | 2 |',
  '|',
  ':',
  '“quoted”',
  'word',
  'two words',
  ' ',
  'a'
]

describe('markdown-it made cheaper parses as stock markdown-it', () => {
  it.each(['feature.md'])('the fixture %s', (name) => {
    expectSameTokens(readFileSync(join(__dirname, '../../fixtures/import', name), 'utf8'))
  })

  it.each([
    ['list items', '- a\n'.repeat(200)],
    ['headings', '# H\n\n'.repeat(200)],
    ['nested quotes', `${'> '.repeat(150)}deep\n\nafter`],
    ['nested lists', Array.from({ length: 120 }, (_, depth) => `${'  '.repeat(depth)}- item ${depth}`).join('\n')],
    ['a loose list', '- one\n\n- two\n\n  still two\n- three *em* [l](u)\n'],
    ['plain and marked-up runs', 'Plain words here.\n\nSome *emphasis*, `code` and <b>html</b>.\n\nMore plain words.']
  ])('%s', (_label, source) => {
    expectSameTokens(source)
  })

  it('keeps the token class: cheap tokens answer Token methods', () => {
    const link = cheap.parseInline('[text](http://x.y "T")', {})[0]?.children?.[0]
    expect(link?.type).toBe('link_open')
    expect(link?.attrGet('href')).toBe('http://x.y')
    const stockToken = stock.parse('a', {})[0]
    const cheapToken = cheap.parse('a', {})[0]
    expect(stockToken && cheapToken && cheapToken instanceof stockToken.constructor).toBe(true)
  })

  it('fast-check: random drafts of markdown pieces and text', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.string({ unit: 'grapheme', maxLength: 12 }), fc.constantFrom(...PIECES)), {
          maxLength: 60
        }),
        (parts) => expectSameTokens(parts.join(''))
      ),
      { numRuns: 1000 }
    )
  })
})
