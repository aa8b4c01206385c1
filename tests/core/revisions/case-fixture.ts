/** A real case built by the real pipeline from the revision-pairs story, for revise-case tests. */
import { ArticleBuilder } from '../../../src/core/import/article-builder'
import { extract } from '../../../src/core/extract/extract'
import { createCase } from '../../../src/core/case/create-case'
import type { Article } from '../../../src/shared/article'
import type { CaseFile } from '../../../src/shared/case'
import { BASE } from './revision-pairs'

export function articleFrom(paragraphs: string[]): Article {
  const builder = new ArticleBuilder()
  builder.add('title', paragraphs[0])
  for (const paragraph of paragraphs.slice(1)) builder.add('paragraph', paragraph)
  return builder.build()
}

/** A stand-in for SHA-256 (core has no crypto): distinct texts, distinct hashes. */
export function fakeHash(text: string): string {
  let h = 2166136261
  for (let k = 0; k < text.length; k++) h = Math.imul(h ^ text.charCodeAt(k), 16777619)
  return `fnv-${(h >>> 0).toString(16)}-${text.length}`
}

export function baseCase(): CaseFile {
  const article = articleFrom(BASE)
  return createCase({
    article,
    extraction: extract(article),
    hash: fakeHash(article.text),
    fileName: 'floods-v1.md',
    articlePath: '/tmp/floods-v1.md',
    now: '2024-06-11T09:00:00.000Z',
    caseId: 'case-floods'
  })
}

/** The item whose anchor is exactly `words` (claims and quotes can share words; kind decides). */
export function itemWith(c: CaseFile, words: string, kind: 'claim' | 'quote' = 'claim') {
  const item = c.items.find((i) => i.kind === kind && i.anchor.exact === words)
  if (!item) throw new Error(`fixture: no ${kind} item "${words}"`)
  return item
}
