/**
 * Claimants on PolNeAR by what the corpus marks as the cue (`npm run bench -- polnear-cues`): the shared scorer's
 * claimant rows (bench/polnear-rows.ts) on the dev and train splits, split into attributions cued by a word of
 * saying, writing, thinking or finding and all the others (bench/cue-kinds.ts). Issue 11 asks claimant ≥ 0.8 "of
 * reported-speech claims"; the scorer counts every attribution the corpus annotates, actions and states included,
 * which Factdesk does not give a claimant by design (FORMAT.md: the claimant is who made the claim). The section
 * shows how much of the gap each kind holds, and the ceiling: the figure if every "saying" row were right; then the
 * wrong rows by what went wrong (bench/polnear-rows.ts MissKind), so the failure classes on the page are recounted
 * on every run rather than read by hand once and left to go stale.
 *
 * Runs the engine in this process (the same importer and `extract --json` as the CLI), reading ../shared at run
 * time; nothing of the corpus is copied. Train's total is counted with the scorer's rules; the shared scorer itself
 * is run on dev only (bench/polnear.ts), where the totals here must equal its claimant figure.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { toJson } from '../src/cli/commands/extract'
import { extract } from '../src/core/extract/extract'
import { importFile } from '../src/main/services/file-import'
import { isSayingCue } from './cue-kinds'
import { claimantRows, parseAnn, type ClaimantRow, type ClaimJson, type MissKind } from './polnear-rows'

const CORPUS = join(process.cwd(), '..', 'shared', 'corpus', 'polnear')

async function splitRows(split: string): Promise<ClaimantRow[]> {
  const dir = join(CORPUS, split)
  const rows: ClaimantRow[] = []
  for (const file of readdirSync(join(dir, 'text'))
    .filter((name) => name.endsWith('.txt'))
    .sort()) {
    const path = join(dir, 'text', file)
    const imported = await importFile(path)
    if (!imported.ok) throw new Error(`polnear-cues: ${file} does not import: ${JSON.stringify(imported.error)}`)
    const json = JSON.parse(toJson(extract(imported.value.article))) as {
      article: { text: string }
      claims: ClaimJson[]
    }
    const gold = parseAnn(readFileSync(join(dir, 'attributions', file.replace(/\.txt$/, '.ann')), 'utf8'))
    rows.push(...claimantRows(readFileSync(path, 'utf8'), json.article.text, gold, json.claims))
  }
  return rows
}

const share = (part: number, whole: number): string => (whole ? part / whole : 0).toFixed(3)
const count = (n: number): string => n.toLocaleString('en-GB')

function tableRow(split: string, rows: readonly ClaimantRow[]): string {
  const right = rows.filter((row) => row.right).length
  const saying = rows.filter((row) => isSayingCue(row.cue))
  const sayingRight = saying.filter((row) => row.right).length
  const other = rows.length - saying.length
  const otherRight = right - sayingRight
  const ceiling = right + (saying.length - sayingRight)
  return [
    split,
    `${share(right, rows.length)} (${count(right)}/${count(rows.length)})`,
    `${share(sayingRight, saying.length)} (${count(sayingRight)}/${count(saying.length)})`,
    `${share(otherRight, other)} (${count(otherRight)}/${count(other)})`,
    `${count(saying.length - sayingRight)} · ${count(other - otherRight)}`,
    share(ceiling, rows.length)
  ].join(' | ')
}

/** The classes of a wrong row (bench/polnear-rows.ts MissKind), in the words the page prints. */
const MISS_LABELS: [MissKind, string][] = [
  ['none', 'no claimant: a subject or cue not read, or an action left to the article on purpose'],
  ['none-pronoun', 'no claimant: the source is a pronoun or relative word we resolve to no one'],
  [
    'pronoun',
    'a claimant, but the source is a pronoun or relative word: the same person named elsewhere (the scorer counts only the pronoun) or another attribution'
  ],
  ['same-cue', "the corpus's cue, another subject read"],
  ['earlier', 'our claimant from another attribution before the source (two in one claim, or an outer one)'],
  ['later', 'our claimant from another attribution after the source']
]

/** One table row per class: wrong rows by the kind of cue, on each split. */
function missTable(splits: readonly [string, readonly ClaimantRow[]][]): string[] {
  const cell = (rows: readonly ClaimantRow[], kind: MissKind, saying: boolean): string =>
    count(rows.filter((row) => row.miss === kind && isSayingCue(row.cue) === saying).length)
  const header = splits.flatMap(([split]) => [`${split}: saying`, `${split}: other`])
  return [
    `| why the row is wrong | ${header.join(' | ')} |`,
    `| --- | ${header.map(() => '---:').join(' | ')} |`,
    ...MISS_LABELS.map(
      ([kind, label]) =>
        `| ${label} | ${splits.flatMap(([, rows]) => [cell(rows, kind, true), cell(rows, kind, false)]).join(' | ')} |`
    )
  ]
}

async function main(): Promise<void> {
  const lines = ['## Claimants by the kind of cue (PolNeAR dev and train)', '']
  if (!existsSync(join(CORPUS, 'dev', 'attributions'))) {
    lines.push(`Skipped: ${CORPUS} not found (the shared corpus is not beside this checkout).`)
    return void process.stdout.write(lines.join('\n') + '\n')
  }
  const started = performance.now()
  const splits: [string, ClaimantRow[]][] = []
  for (const split of ['dev', 'train']) splits.push([split, await splitRows(split)])
  const table = splits.map(([split, rows]) => `| ${tableRow(split, rows)} |`)
  const seconds = (performance.now() - started) / 1000
  lines.push(
    "The shared scorer's claimant rows (an indirect attribution inside a claim; right when a claimant's mention",
    'overlaps the gold source or its name shares a capitalised word with it), split by the gold cue: a word of',
    'saying, writing, thinking or finding ("said", "told reporters", "believes", "a study found", "according to"),',
    'or anything else: actions and states the corpus also annotates ("signed an agreement to", "abolished",',
    '"cares more than anything about"), which Factdesk leaves without a claimant on purpose: a checker reads the',
    'claimant as who made the claim. The word lists are written by hand, generous, and not fitted on the corpus.',
    '',
    "| split | claimant right (the scorer's figure) | cue of saying | any other cue | wrong: saying · other | ceiling if every saying row were right |",
    '| --- | --- | --- | --- | --- | ---: |',
    ...table,
    '',
    'The wrong rows by what went wrong, read off positions alone (where our claimant and its cue stand against the',
    "corpus's source and cue; no reading of the sentence), recounted on every run:",
    '',
    ...missTable(splits),
    '',
    `Dev and train extracted in this process in ${seconds.toFixed(0)} s.`
  )
  process.stdout.write(lines.join('\n') + '\n')
}

await main()
