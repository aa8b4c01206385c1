/**
 * The seed article against its hand-made reference (../shared/fixtures/seed/expected.json), as
 * figures for docs/BENCHMARKS.md. tests/core/seed-article.test.ts asserts the same, case by case.
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseArticle } from '../src/core/import/index'
import { extract } from '../src/core/extract/extract'

interface Expected {
  title: string
  standfirst: string
  metadata: Record<string, string>
  caption: string
  quotes: { text: string; speaker: string; cue: string; mention?: string }[]
  sentences: { text: string; label: 'claim' | 'not' | 'either' }[]
}

const comparable = (text: string): string => text.trim().replace(/[\s.,;:!?…]+$/u, '')

export function seedSection(sharedDir = join(process.cwd(), '..', 'shared')): string {
  const dir = join(sharedDir, 'fixtures', 'seed')
  if (!existsSync(join(dir, 'article.txt')))
    return '## Seed article\n\nSkipped: ../shared/fixtures/seed is not beside this clone.\n'
  const parsed = parseArticle('article.txt', new Uint8Array(readFileSync(join(dir, 'article.txt'))))
  if (!parsed.ok) return `## Seed article\n\nFailed to open: ${parsed.error.message}\n`
  const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Expected
  const { article, quotes, claims } = extract(parsed.value)
  const found = expected.quotes.filter((ref) => quotes.some((q) => comparable(q.text) === comparable(ref.text)))
  const rightSpeaker = expected.quotes.filter((ref) =>
    quotes.some(
      (q) =>
        comparable(q.text) === comparable(ref.text) &&
        q.speaker?.name === ref.speaker &&
        q.cue?.text.toLowerCase() === ref.cue
    )
  )
  const claimedAt = (text: string): boolean => {
    const start = article.text.indexOf(text)
    return start >= 0 && claims.some((c) => c.start < start + text.length && start < c.end)
  }
  const claimSentences = expected.sentences.filter((s) => s.label === 'claim')
  const notSentences = expected.sentences.filter((s) => s.label === 'not')
  const captions = article.blocks.filter((b) => b.kind === 'caption').map((b) => article.text.slice(b.start, b.end))
  const metadataRight = Object.entries(expected.metadata).every(([key, value]) => article.metadata[key] === value)
  const mark = (good: boolean): string => (good ? 'yes' : 'NO')
  return [
    '## Seed article (../shared/fixtures/seed)',
    '',
    '| check | result |',
    '|---|---|',
    `| reference quotes found | ${found.length} of ${expected.quotes.length} |`,
    `| … with the right speaker and cue | ${rightSpeaker.length} of ${expected.quotes.length} |`,
    `| quotes reported in all | ${quotes.length} |`,
    `| "claim" sentences covered by a claim | ${claimSentences.filter((s) => claimedAt(s.text)).length} of ${claimSentences.length} |`,
    `| "not" sentences claimed (should be 0) | ${notSentences.filter((s) => claimedAt(s.text)).length} of ${notSentences.length} |`,
    `| title recognised | ${mark(article.title === expected.title)} |`,
    `| standfirst recognised | ${mark(article.standfirst === expected.standfirst)} |`,
    `| metadata recognised (${Object.keys(expected.metadata).join(', ')}) | ${mark(metadataRight)} |`,
    `| caption recognised | ${mark(captions.length === 1 && captions[0] === expected.caption)} |`,
    ''
  ].join('\n')
}
