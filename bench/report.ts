/**
 * Report rendering on a large case: 1,000 items (claims and quotes with statuses, sources,
 * passages, notes, queries, corrections and history) over a ~250-paragraph article in its second
 * draft. Goal: the HTML report in under a second. Prints a Markdown table.
 *
 *   npx esbuild bench/report.ts --bundle --platform=node --format=esm --packages=external \
 *     --outfile=/tmp/bench-report.mjs && node /tmp/bench-report.mjs
 */
import { performance } from 'node:perf_hooks'
import type { Item, Source } from '../src/shared/case'
import { renderTextReport, type TextReportFormat } from '../src/core/report/render'
import { exportReport, findChromium } from '../src/main/services/export'
import { articleOf, claim, p, source, standfirst, statusChange, title } from '../tests/helpers/builders'
import { FIXED_NOW, checkedInDraft2, secondDraftCase } from '../tests/core/report/fixture'

const ITEM_TARGET = 1000
/** Runs per text format; the median is reported (the first run also warms the JIT). */
const RUNS = 7
const STATUSES = [
  'verified',
  'verified',
  'verified',
  'unchecked',
  'in-progress',
  'incorrect',
  'misleading',
  'unverifiable',
  'not-checkable',
  'needs-recheck'
]
const PLACES = ['Riverton', 'Eastbrook', 'Mill Street', 'the Guildhall', 'Northgate', 'the harbour']
const PEOPLE = ['Amara Osei', 'Tom Becker', 'Dana Whitlock', 'Priya Raman', 'Lena Fischer']

/** Deterministic pseudo-random numbers so every run measures the same case. */
function random(seed: number): () => number {
  let state = seed
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648
    return state / 2147483648
  }
}

function buildLargeCase() {
  const next = random(42)
  const pick = <T>(list: T[]): T => list[Math.floor(next() * list.length)]
  const claims: string[] = []
  const quotes: string[] = []
  const paragraphs: string[] = []
  for (let p = 0; claims.length + quotes.length < ITEM_TARGET; p++) {
    const year = 2000 + (p % 24)
    const claim1 = `${pick(PLACES)} spent £${(p * 1.7 + 3).toFixed(1)} million on buses in ${year}, up ${p % 40}% on the year before (ref ${p}a).`
    const claim2 = `About ${1000 + p * 37} people use the ${pick(PLACES)} route each day, according to council figures (ref ${p}b).`
    const quote = `We will keep fares down for ${(p % 9) + 2} more years (ref ${p}c),`
    const sentence = `${claim1} ${claim2} “${quote}” said ${pick(PEOPLE)}. Critics were not convinced.`
    paragraphs.push(sentence)
    claims.push(claim1, claim2)
    quotes.push(quote)
  }
  const article = articleOf(
    { author: 'Dana Whitlock', date: '2024-05-14' },
    title('Bus spending across the region, ten years on'),
    standfirst('A long read with many numbers'),
    ...paragraphs.map(p)
  )
  const sources: Source[] = Array.from({ length: 200 }, (_, index) =>
    source(`s${index}`, {
      kind: index % 4 === 0 ? 'person' : index % 4 === 1 ? 'document' : 'web',
      title: `Source number ${index}: council transport figures`,
      url: index % 4 === 1 ? '' : `https://www.riverton.example.gov/data/${index}`,
      archiveUrl:
        index % 3 === 0 ? `https://web.archive.org/web/2024/https://www.riverton.example.gov/data/${index}` : '',
      passage: `Table ${index}: spending and ridership by year, as published on ${2024 - (index % 5)}-03-01.`,
      filePath: index % 4 === 1 ? `evidence/doc-${index}.pdf` : '',
      sha256: index % 4 === 1 ? 'ab'.repeat(32) : '',
      person:
        index % 4 === 0
          ? {
              name: pick(PEOPLE),
              role: 'Spokesperson',
              contact: 'private',
              reachedAt: '2024-05-15T10:00:00.000Z',
              channel: 'phone',
              confirmed: 'The figures as printed.',
              onRecord: false
            }
          : null
    })
  )
  const words = [...claims, ...quotes]
  const items: Item[] = words.slice(0, ITEM_TARGET).map((text, index) => {
    const status = STATUSES[index % STATUSES.length]
    const isQuote = index >= claims.length
    return claim(article, text, {
      id: `i${index + 1}`,
      ...checkedInDraft2(),
      kind: isQuote ? 'quote' : 'claim',
      claimType: isQuote ? null : 'quantity',
      state: index % 29 === 0 ? 'dismissed' : 'accepted',
      status,
      speaker: isQuote ? { name: pick(PEOPLE), description: null, anonymous: false } : null,
      sourceIds: [`s${index % 200}`, `s${(index * 7) % 200}`],
      verdictNote: status === 'verified' ? 'Matches the council table for that year.' : '',
      notes:
        index % 5 === 0
          ? [
              {
                id: `n${index}`,
                at: '2024-05-15T09:00:00.000Z',
                by: pick(PEOPLE),
                text: 'Asked the press office for the underlying spreadsheet.'
              }
            ]
          : [],
      queries:
        index % 17 === 0
          ? [
              {
                id: `q${index}`,
                at: '2024-05-15T09:00:00.000Z',
                by: 'Priya Raman',
                text: 'Which year does this refer to?',
                resolvedAt: index % 34 === 0 ? '2024-05-15T12:00:00.000Z' : null,
                resolvedBy: null,
                answer: null
              }
            ]
          : [],
      correction:
        status === 'incorrect'
          ? {
              replacement: text.replace(/\d+/, (n) => String(Number(n) + 1)),
              at: '2024-05-15T10:00:00.000Z',
              by: 'Priya Raman'
            }
          : null,
      previousText: status === 'needs-recheck' ? text.replace(/\d{4}/, '1999') : null,
      history: [
        statusChange('2024-05-14T09:00:00.000Z', pick(PEOPLE), 'unchecked', 'in-progress', 'd1'),
        statusChange('2024-05-15T09:00:00.000Z', pick(PEOPLE), 'in-progress', status, 'd2'),
        ...(status === 'needs-recheck'
          ? [{ at: '2024-05-15T14:00:00.000Z', by: 'Factdesk', action: 'revised', detail: 'changed', draftId: 'd2' }]
          : [])
      ]
    })
  })
  return secondDraftCase(article, `${article.text}\n\nOld closing paragraph.`, items, sources, 'bench-large')
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]
}

async function main(): Promise<void> {
  const caseFile = buildLargeCase()
  const rows: string[] = []
  for (const format of ['html', 'md', 'csv', 'json', 'claimreview'] as TextReportFormat[]) {
    const times: number[] = []
    let size = 0
    for (let run = 0; run < RUNS; run++) {
      const start = performance.now()
      size = renderTextReport(caseFile, format, { now: FIXED_NOW }).length
      times.push(performance.now() - start)
    }
    const goal = format === 'html' ? (median(times) < 1000 ? ' (goal < 1 s: met)' : ' (goal < 1 s: MISSED)') : ''
    rows.push(
      `| ${format} | ${median(times).toFixed(1)} ms${goal} | ${Math.min(...times).toFixed(1)} ms | ${(size / 1024).toFixed(0)} KiB |`
    )
  }
  if (findChromium()) {
    const out = `/tmp/factdesk-bench-report-${process.pid}.pdf`
    const start = performance.now()
    const result = await exportReport({
      case: caseFile,
      casePath: null,
      format: 'pdf',
      out,
      paperSize: 'A4',
      now: FIXED_NOW
    })
    const elapsed = performance.now() - start
    const { statSync, unlinkSync } = await import('node:fs')
    const size = result.ok ? statSync(out).size : 0
    if (result.ok) unlinkSync(out)
    rows.push(
      `| pdf (Chromium launch + print, 1 run) | ${result.ok ? `${(elapsed / 1000).toFixed(2)} s` : `failed: ${result.error.message}`} | — | ${(size / 1024).toFixed(0)} KiB |`
    )
  } else rows.push('| pdf | skipped: no Chromium (set FACTDESK_CHROMIUM) | — | — |')

  const live = caseFile.items.filter((item) => item.state !== 'dismissed').length
  console.log(
    `## Report rendering (issue 4)\n\n${caseFile.items.length} items (${live} in the draft), ${caseFile.sources.length} sources, article ${caseFile.drafts[1].article.text.length.toLocaleString('en')} characters; median of ${RUNS} runs, Node ${process.version}.\n`
  )
  console.log('| format | median | best | output |')
  console.log('| --- | --- | --- | --- |')
  for (const row of rows) console.log(row)
}

await main()
