/**
 * False alarms of the consistency checks (names spelled two ways, figures that change, close
 * figures, one event on two dates), measured where there should be none: the seed article, the
 * shipped sample (one planted slip, which must be found), our own clean articles in
 * tests/fixtures/articles, and — when ../shared is present — the 924 published PolNeAR news
 * articles (train + dev). A flag on published news is not always false (papers do print slips),
 * so that figure is an upper bound on the false-alarm rate. Only counts are printed: no corpus
 * text goes into the docs.
 *
 *   npm run bench consistency
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { extract } from '../src/core/extract/extract'
import { parseArticle } from '../src/core/import/index'
import type { Inconsistency } from '../src/shared/article'

const ROOT = process.cwd()
const SHARED = join(ROOT, '..', 'shared')
const KINDS: Array<Inconsistency['kind']> = ['name', 'number', 'date']

function flagsOf(path: string): Inconsistency[] {
  const parsed = parseArticle(path, new Uint8Array(readFileSync(path)))
  if (!parsed.ok) throw new Error(`${path}: ${parsed.error.message}`)
  return extract(parsed.value).inconsistencies
}

interface Row {
  set: string
  articles: number
  words: number
  flags: Record<string, number>
  flagged: number
}

function measure(set: string, paths: string[]): Row {
  const flags: Record<string, number> = { name: 0, number: 0, date: 0 }
  let flagged = 0
  let words = 0
  for (const path of paths) {
    words += readFileSync(path, 'utf8').split(/\s+/).filter(Boolean).length
    const found = flagsOf(path)
    for (const flag of found) flags[flag.kind] += 1
    if (found.length > 0) flagged += 1
  }
  return { set, articles: paths.length, words, flags, flagged }
}

const rows: Row[] = []
const seed = join(SHARED, 'fixtures', 'seed', 'article.txt')
if (existsSync(seed)) rows.push(measure('Seed article', [seed]))
rows.push(measure('Sample (1 planted slip)', [join(ROOT, 'resources', 'sample-article.txt')]))
const own = join(ROOT, 'tests', 'fixtures', 'articles')
rows.push(
  measure(
    'Our clean articles',
    readdirSync(own).map((name) => join(own, name))
  )
)
for (const split of ['train', 'dev']) {
  const dir = join(SHARED, 'corpus', 'polnear', split, 'text')
  if (existsSync(dir))
    rows.push(
      measure(
        `PolNeAR ${split} (published news)`,
        readdirSync(dir).map((name) => join(dir, name))
      )
    )
}

const lines = [
  '## Consistency checks: false alarms',
  '',
  'Flags raised where the text is consistent (the sample carries one planted slip, "301,000" / "310,000 homes",',
  'which must be its only flag). On published news every flag was counted as a false alarm, an upper bound.',
  '',
  '| Set | Articles | Words | Name | Figure | Date | Articles flagged | Flags per 1,000 words |',
  '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...rows.map((row) => {
    const total = KINDS.reduce((sum, kind) => sum + row.flags[kind], 0)
    return `| ${row.set} | ${row.articles} | ${row.words.toLocaleString('en-GB')} | ${row.flags.name} | ${row.flags.number} | ${row.flags.date} | ${row.flagged} (${((100 * row.flagged) / row.articles).toFixed(1)}%) | ${((1000 * total) / row.words).toFixed(3)} |`
  }),
  ''
]
console.log(lines.join('\n'))
