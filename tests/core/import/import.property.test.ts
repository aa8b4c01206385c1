import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseArticle, parseHtml } from '../../../src/core/import/index'
import { expectWellFormed } from './helpers'

const EXTENSIONS = ['txt', 'md', 'html', 'htm', 'markdown']

/** Text that looks a bit like drafts in every format: markup, quotes, metadata-ish lines. */
const draftish = fc
  .array(
    fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 40 }),
      fc.constantFrom(
        '\n',
        '\n\n',
        '\r\n',
        '\t',
        '  ',
        '# ',
        '## ',
        '> ',
        '- ',
        '1. ',
        '**',
        '*',
        '_',
        '`',
        '```',
        '---',
        '===',
        '[',
        '](http://x.y)',
        '![',
        '<p>',
        '</p>',
        '<article>',
        '<h1>',
        '<li>',
        '<script>',
        '<!--',
        '-->',
        '&amp;',
        '&#x2019;',
        'editor: ',
        'tend: 1',
        'By Jane Doe',
        '(AP Photo/X)',
        'FILE - ',
        '“',
        '”',
        '‘',
        '’',
        '«',
        '»',
        '„',
        '\ufeff',
        '\u0000',
        'é',
        'e\u0301'
      )
    ),
    { maxLength: 60 }
  )
  .map((parts) => parts.join(''))

describe('importer properties', () => {
  for (const extension of EXTENSIONS) {
    it(`random draft-like text never throws in .${extension}, and any article is well laid out and stable`, () => {
      fc.assert(
        fc.property(draftish, (source) => {
          const bytes = new TextEncoder().encode(source)
          const first = parseArticle(`draft.${extension}`, bytes)
          if (first.ok) {
            expectWellFormed(first.value)
          } else {
            expect(first.error.message).toMatch(new RegExp(`^Cannot open "draft\\.${extension}": `))
          }
          expect(parseArticle(`draft.${extension}`, bytes)).toEqual(first)
        }),
        { numRuns: 300 }
      )
    })

    it(`random bytes never throw in .${extension}`, () => {
      fc.assert(
        fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
          const result = parseArticle(`draft.${extension}`, bytes)
          if (result.ok) expectWellFormed(result.value)
          else expect(result.error.code).toMatch(/^[a-z-]+$/)
        }),
        { numRuns: 300 }
      )
    })
  }

  it('parseHtml never throws on random strings in either origin', () => {
    fc.assert(
      fc.property(draftish, fc.constantFrom<'web' | 'docx'>('web', 'docx'), (html, origin) => {
        expectWellFormed(parseHtml(html, { origin }))
      }),
      { numRuns: 300 }
    )
  })

  it('survives pathologically deep HTML and long emphasis runs', () => {
    const deep = `${'<div>'.repeat(20_000)}<p>Deep text.</p>${'</div>'.repeat(20_000)}`
    expect(parseArticle('deep.html', new TextEncoder().encode(deep))).toMatchObject({ ok: true })
    const stars = parseArticle('stars.md', new TextEncoder().encode(`${'*a '.repeat(20_000)}end`))
    expect(stars.ok).toBe(true)
  })
})
