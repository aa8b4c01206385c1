/**
 * Re-anchoring benchmark (issue 5): 2,000 annotations on a ~100,000-word draft, 300 scattered desk
 * edits. Factdesk's chain (paragraph/sentence diff → word diff inside changes → fuzzy search in
 * changed text) against a Hypothesis-style pass (exact search nearest the old position, else
 * approx-string-match with ~10% errors), in one run, on the same pair, with the ground truth the
 * generator knows. Run by `npm run bench` (scripts/bench.mjs), or by hand — the bundle must sit
 * inside the repo so `diff` and `approx-string-match` resolve from node_modules:
 *   npx esbuild bench/revisions.ts --bundle --platform=node --format=esm --packages=external \
 *     --outfile=out/bench/revisions.mjs && node out/bench/revisions.mjs
 */
import { cpus, loadavg } from 'node:os'
import search from 'approx-string-match'
import { diffWordsWithSpace } from 'diff'
import { makeAnchor } from '../src/core/case/anchor'
import { reanchorAll, type AnchorQuery } from '../src/core/revisions/reanchor'
import { sameWords } from '../src/core/revisions/normalise'
import { DraftModel, type Truth } from './revisions-corpus'
import { applyEdits } from './revisions-edits'
import { paragraphMovesSection } from './paragraph-moves'
import { medianTime } from './median-time'

const WORDS = 100_000
const ANNOTATIONS = 2_000
const EDITS = 300
const TIMED_RUNS = 7

interface Landing {
  id: string
  outcome: 'unchanged' | 'changed' | 'removed'
  start: number | null
}

/** `node out/bench/revisions.mjs [SEED] [--quick]`: another seeded draft; --quick skips the slow whole-text word diff. */
const SEED = Number(process.argv.slice(2).find((arg) => /^\d+$/.test(arg)) ?? 20_240_611)
const QUICK = process.argv.includes('--quick')

const model = new DraftModel(SEED)
model.generate(WORDS)
model.annotate(ANNOTATIONS)
const before = model.render()
const anchors: AnchorQuery[] = [...before.truth].map(([id, t]) => ({ id, ...makeAnchor(before.text, t.start, t.end) }))
const tally = applyEdits(model, EDITS)
const after = model.render()

function factdesk(): Landing[] {
  return reanchorAll(before.text, after.text, anchors)
}

/** The Hypothesis-style baseline: exact text nearest the old offset, else the best approximate match. */
function hypothesisStyle(): Landing[] {
  const text = after.text
  return anchors.map((anchor) => {
    let best = -1
    for (let at = text.indexOf(anchor.exact); at >= 0; at = text.indexOf(anchor.exact, at + 1)) {
      if (best < 0 || Math.abs(at - anchor.start) < Math.abs(best - anchor.start)) best = at
    }
    if (best >= 0) return { id: anchor.id, outcome: 'unchanged', start: best }
    const matches = search(text, anchor.exact, Math.ceil(anchor.exact.length * 0.1))
    matches.sort((a, b) => a.errors - b.errors || Math.abs(a.start - anchor.start) - Math.abs(b.start - anchor.start))
    const match = matches[0]
    if (!match) return { id: anchor.id, outcome: 'removed', start: null }
    return {
      id: anchor.id,
      outcome: sameWords(text.slice(match.start, match.end), anchor.exact) ? 'unchanged' : 'changed',
      start: match.start
    }
  })
}

function matchesTruth(landing: Landing, truth: Truth): boolean {
  if (truth.outcome === 'removed') return landing.outcome === 'removed'
  return landing.outcome === truth.outcome && landing.start === truth.start
}

/** Annotations on a sentence that appears more than once in the old draft. */
const repeated = new Set(
  anchors.filter((a) => before.text.indexOf(a.exact) !== before.text.lastIndexOf(a.exact)).map((a) => a.id)
)

/** Landed on another copy of its own words: a checker's verdict now sits on the wrong sentence. */
function wrongCopy(landing: Landing, index: number): boolean {
  const truth = after.truth.get(landing.id)!
  if (landing.start === null || landing.start === truth.start || !repeated.has(landing.id)) return false
  const exact = anchors[index].exact
  return sameWords(after.text.slice(landing.start, landing.start + exact.length), exact)
}

function summarise(name: string, run: () => Landing[]) {
  const { ms, cpuMs, result } = medianTime(run, TIMED_RUNS)
  const correct = result.filter((l) => matchesTruth(l, after.truth.get(l.id)!)).length
  const wrong = result.filter(wrongCopy).length
  return { name, ms, cpuMs, result, correct, wrong }
}

const ours = summarise('Factdesk: paragraph → sentence → word diff map, fuzzy fallback', factdesk)
const theirs = summarise(
  'Hypothesis-style: nearest exact match, else approx-string-match (10% errors)',
  hypothesisStyle
)
const agree = ours.result.filter(
  (l, k) => l.outcome === theirs.result[k].outcome && l.start === theirs.result[k].start
).length

const t0 = performance.now()
if (!QUICK) diffWordsWithSpace(before.text, after.text)
const wholeWordDiff = performance.now() - t0

const words = after.text.split(/\s+/).length
const truthCounts = { unchanged: 0, changed: 0, removed: 0 }
for (const t of after.truth.values()) truthCounts[t.outcome]++
const pct = (n: number): string => `${((100 * n) / anchors.length).toFixed(1)}%`
const f = (ms: number): string => `${ms.toFixed(1)} ms`

console.log(`## Revisions: re-anchoring annotations into a new draft

Draft: ${words.toLocaleString('en')} words (${after.text.length.toLocaleString('en')} characters), ${anchors.length.toLocaleString('en')} annotations (${repeated.size} on sentences repeated word for word), ${EDITS} edits: ${Object.entries(
  tally
)
  .map(([k, v]) => `${v} ${k}`)
  .join(', ')}.
Ground truth: ${truthCounts.unchanged} unchanged, ${truthCounts.changed} changed, ${truthCounts.removed} removed. Times are the median of ${TIMED_RUNS} runs after a warm-up, same process, same pair (1-minute load average ${loadavg()[0].toFixed(1)} on ${cpus().length} cores).

| Approach | Time | CPU time | Outcome and position as ground truth | Landed on the wrong copy of a repeated sentence |
| --- | ---: | ---: | ---: | ---: |
| ${ours.name} | ${f(ours.ms)} | ${f(ours.cpuMs)} | ${pct(ours.correct)} | ${ours.wrong} |
| ${theirs.name} | ${f(theirs.ms)} | ${f(theirs.cpuMs)} | ${pct(theirs.correct)} | ${theirs.wrong} |

- Speed-up: ${(theirs.ms / ours.ms).toFixed(1)}× wall-clock, ${(theirs.cpuMs / ours.cpuMs).toFixed(1)}× CPU (goal: under 100 ms and at least 2×; zero wrong-copy landings).
- Agreement of the two approaches (same outcome and same position): ${pct(agree)}.
${QUICK ? '' : `- For reference, one \`diffWordsWithSpace\` over the whole draft: ${f(wholeWordDiff)}.`}`)

console.log(`\n${paragraphMovesSection(SEED)}`)
