/**
 * Quotes, speakers and claimants on real news: runs the shared PolNeAR scorer
 * (../shared/tools/polnear-eval.mjs) on the dev split and prints its figures as a markdown section.
 *
 * The scorer runs the project's own `factdesk extract --json` on each article (the CLI is rebuilt
 * first, so the figures are this checkout's) and compares it with the corpus authors' annotations. The corpus is
 * read-only and never copied into the project; without ../shared the section says it was skipped.
 * The test split is withheld: the project is judged on it with the same scorer.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const SHARED = join(process.cwd(), '..', 'shared')
const SCORER = join(SHARED, 'tools', 'polnear-eval.mjs')
const DEV = join(SHARED, 'corpus', 'polnear', 'dev')

/** The kinds of miss the scorer's details file names, counted: where the engine still fails. */
const MISS_KINDS: [RegExp, string][] = [
  [/: missed quote:/, 'direct quotes missed'],
  [/: wrong speaker:/, 'quotes with a wrong or no speaker'],
  [/: predicted quote not in any attribution:/, 'quotes found where the corpus has no attribution']
]

function main(): void {
  const lines = ['## Quotes and speakers on real news (PolNeAR dev)', '']
  if (!existsSync(SCORER) || !existsSync(DEV)) {
    lines.push(
      `Skipped: ${existsSync(SCORER) ? DEV : SCORER} not found (the shared corpus is not beside this checkout).`
    )
    return void process.stdout.write(lines.join('\n') + '\n')
  }
  execFileSync(process.execPath, [join('scripts', 'build-cli.mjs')], { stdio: ['ignore', 'ignore', 'inherit'] })
  const details = join(mkdtempSync(join(tmpdir(), 'factdesk-polnear-')), 'misses.txt')
  const started = performance.now()
  const output = execFileSync(process.execPath, [SCORER, DEV, '--details', details], {
    encoding: 'utf8',
    maxBuffer: 1 << 26
  })
  const seconds = (performance.now() - started) / 1000
  const misses = readFileSync(details, 'utf8').split('\n')
  lines.push(
    'Scored by `../shared/tools/polnear-eval.mjs` (84 hard-news articles from seven US publishers, annotated by the',
    'corpus authors; a CLI process per article). Nothing in the engine is fitted on this corpus.',
    '',
    '```',
    output.trim(),
    '```',
    '',
    '| what is left | count |',
    '| --- | --- |',
    ...MISS_KINDS.map(([pattern, label]) => `| ${label} | ${misses.filter((l) => pattern.test(l)).length} |`),
    '',
    `Scorer wall time ${seconds.toFixed(0)} s.`
  )
  process.stdout.write(lines.join('\n') + '\n')
}

main()
