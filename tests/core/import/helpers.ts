import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect } from 'vitest'
import type { Article, BlockKind } from '../../../src/shared/article'
import { parseArticle } from '../../../src/core/import/index'

/** Shared helpers for the importer tests (not a test file itself). */

export const FIXTURES = join(__dirname, '../../fixtures/import')
export const SEED_PATH = join(__dirname, '../../../../shared/fixtures/seed/article.txt')

export const fixtureBytes = (name: string): Uint8Array => new Uint8Array(readFileSync(join(FIXTURES, name)))
export const seedAvailable = existsSync(SEED_PATH)
if (!seedAvailable)
  console.warn(`Seed article tests skipped: ${SEED_PATH} is absent (read-only ../shared not mounted).`)

export function imported(fileName: string, content: string | Uint8Array): Article {
  const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content
  const result = parseArticle(fileName, bytes)
  if (!result.ok) throw new Error(result.error.message)
  return result.value
}

/** [speaker or '—', role, words] for every turn of a transcript. */
export const turns = (article: Article): [string, string, string][] =>
  article.blocks
    .filter((block) => block.kind === 'turn')
    .map((block) => [block.speaker ?? '—', block.role ?? '', article.text.slice(block.start, block.end)])

/** [kind, text] for every block, the easiest shape to compare in table tests. */
export const outline = (article: Article): [BlockKind, string][] =>
  article.blocks.map((block) => [block.kind, article.text.slice(block.start, block.end)])

export const textsOf = (article: Article, kind: BlockKind): string[] =>
  outline(article)
    .filter(([k]) => k === kind)
    .map(([, text]) => text)

/** The layout contract every importer keeps: blocks tile the text, separated by one blank line. */
export function expectWellFormed(article: Article): void {
  const slices = article.blocks.map((block) => article.text.slice(block.start, block.end))
  expect(slices.join('\n\n')).toBe(article.text)
  for (const slice of slices) {
    expect(slice.length).toBeGreaterThan(0)
    expect(slice).toBe(slice.trim())
    expect(slice).not.toContain('\n')
  }
  for (let i = 1; i < article.blocks.length; i++) {
    expect(article.blocks[i]!.start).toBeGreaterThanOrEqual(article.blocks[i - 1]!.end)
  }
  expect(article.text).toBe(article.text.normalize('NFC'))
}
