/**
 * Extraction speed on published news: the first 300 articles of PolNeAR's train split (read from ../shared at
 * run time, never copied), as CPU milliseconds per 1,000 sentences. Issue 11 asks that extraction stay within
 * 10% of its speed when the issue was filed; this figure, set beside the same one measured on that commit,
 * says whether it did. CPU time of the whole pass, median of PASSES after one warm-up pass (JIT and caches,
 * as in a running app), in this process.
 *
 * The baseline is the same figure on b173659 (the commit before the first issue-11 change), measured by
 * handing its parseArticle and extract to newsSpeed(). On a shared 2-core machine both move with the load, so
 * compare them only when measured in the same moment: on 3 Dec 2026 at 01:05 UTC (load 5–7), alternating
 * the two in one process, b173659 took 92.8 ms per 1,000 sentences and main at 485bb8d 101.4 ms (1.09×;
 * an article-by-article interleaved run of the two, both ways round, gave 1.14×).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseArticle } from '../src/core/import/index'
import { extract } from '../src/core/extract/extract'
import type { Article } from '../src/shared/article'

const ARTICLES = 300
const PASSES = 5

/** What is measured: an importer and an extractor (this checkout's, or another's for a baseline). */
export interface Engine {
  parseArticle: (name: string, bytes: Uint8Array) => { ok: true; value: Article } | { ok: false }
  extract: (article: Article) => { sentences: readonly unknown[] }
}

export interface NewsSpeed {
  articles: number
  sentences: number
  /** Median CPU ms of one pass over all the articles. */
  passMs: number
  msPer1000Sentences: number
}

export function trainTexts(sharedDir: string): string[] | null {
  const dir = join(sharedDir, 'corpus', 'polnear', 'train', 'text')
  if (!existsSync(dir)) return null
  return readdirSync(dir)
    .sort()
    .slice(0, ARTICLES)
    .map((file) => join(dir, file))
}

export function newsSpeed(files: readonly string[], engine: Engine = { parseArticle, extract }): NewsSpeed {
  const articles: Article[] = []
  for (const file of files) {
    const parsed = engine.parseArticle(file.endsWith('.txt') ? file : `${file}.txt`, new Uint8Array(readFileSync(file)))
    if (parsed.ok) articles.push(parsed.value)
  }
  let sentences = 0
  for (const article of articles) sentences += engine.extract(article).sentences.length
  const passes: number[] = []
  for (let p = 0; p < PASSES; p++) {
    const before = process.cpuUsage()
    for (const article of articles) engine.extract(article)
    const used = process.cpuUsage(before)
    passes.push((used.user + used.system) / 1000)
  }
  passes.sort((a, b) => a - b)
  const passMs = passes[PASSES >> 1]
  return { articles: articles.length, sentences, passMs, msPer1000Sentences: (passMs / sentences) * 1000 }
}

export function newsSpeedSection(sharedDir = join(process.cwd(), '..', 'shared')): string {
  const title = '## Extraction speed on published news (PolNeAR train, issue 11)'
  const files = trainTexts(sharedDir)
  if (files === null) return `${title}\n\nSkipped: ../shared/corpus/polnear/train is not beside this checkout.\n`
  const speed = newsSpeed(files)
  return [
    title,
    '',
    `The first ${speed.articles} train articles, CPU time of a pass over all of them, median of ${PASSES} after a warm-up pass.`,
    '',
    '| articles | sentences | CPU per pass | per 1,000 sentences |',
    '|---|---|---|---|',
    `| ${speed.articles} | ${speed.sentences} | ${speed.passMs.toFixed(0)} ms | ${speed.msPer1000Sentences.toFixed(1)} ms |`,
    ''
  ].join('\n')
}
