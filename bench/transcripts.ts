/**
 * Transcripts (issue 13). Prints a markdown section:
 *  - the check-worthiness variants measured on evaluation data only: ClaimBuster groundtruth.csv
 *    CFS F1 and CLEF-2019 CheckThat! task 1 test MAP, with CLEF written two ways — as bare
 *    sentences (each scored alone) and as a transcript (`SPEAKER: sentence` lines imported as a
 *    .txt draft, so turns, roles and turn positions apply) — and the cost per 1,000 sentences;
 *  - how fast a 20,000-word transcript opens (import + extraction) against an article of the
 *    same words.
 * Nothing here is used for training or tuning; the corpora are read from ../shared.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import os from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { averagePrecision, bestF1, csvRecords, parseClefTsv, prfAt, type ClefLine } from './checkworthiness-eval'
import {
  CLAIM_THRESHOLD,
  checkWorthinessParts,
  scoreCheckWorthiness
} from '../src/core/checkworthiness/checkworthiness'
import { parseArticle } from '../src/core/import/index'
import { rolesOnClaimBuster } from './transcript-roles-check'
import { extract } from '../src/core/extract/extract'
import { blockAt } from '../src/core/extract/blocks'
import { turnPositions } from '../src/core/extract/turn-positions'
import { splitStageDirections } from '../src/core/import/transcript-lines'
import weights from '../src/core/checkworthiness/checkworthiness-weights.json'
import type { Article } from '../src/shared/article'

const SHARED = join(process.cwd(), '..', 'shared')
const GROUNDTRUTH = join(SHARED, 'corpus', 'claimbuster', 'datasets', 'groundtruth.csv')
const CLEF_TEST = join(SHARED, 'corpus', 'clef2019-checkthat-task1', 'test_annotated')
const DEBATES = join(SHARED, 'corpus', 'claimbuster', 'debate_transcripts')
const CROWDSOURCED = join(SHARED, 'corpus', 'claimbuster', 'datasets', 'crowdsourced.csv')
const f3 = (x: number): string => x.toFixed(3)
const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z))
const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length)
const round1 = (x: number): number => Math.round(x * 10) / 10

const SHIPPED_BLEND: number = weights.blend

interface Variant {
  name: string
  score: (text: string) => number
  /** The regression's weight in the blended logit; null for a half alone. */
  blend: number | null
  /** The threshold training chose for this blend (its best out-of-fold F1), and its cross-validation figures. */
  cv?: { map: number; f1: number; threshold: number }
}

/** Both halves alone, then every blend weight the training script tried (validation.blends), scored from the two halves. */
const VARIANTS: Variant[] = [
  {
    name: 'logistic regression alone (3/√k terms)',
    score: (text) => sigmoid(checkWorthinessParts(text).regression),
    blend: null
  },
  { name: 'fastText-style scorer alone', score: (text) => sigmoid(checkWorthinessParts(text).fastText), blend: null },
  ...weights.validation.blends.map(({ blend, map, f1, threshold }) => ({
    name: `blend ${blend}/${round1(1 - blend)}${blend === SHIPPED_BLEND ? ' (shipped)' : ''}`,
    score: (text: string): number => {
      if (blend === SHIPPED_BLEND) return scoreCheckWorthiness(text).score
      const parts = checkWorthinessParts(text)
      return sigmoid(blend * parts.regression + (1 - blend) * parts.fastText)
    },
    blend,
    cv: { map, f1, threshold }
  }))
]

function lines(): string[] {
  const out: string[] = []
  if (!existsSync(GROUNDTRUTH) || !existsSync(CLEF_TEST))
    return [`Transcripts skipped: ${GROUNDTRUTH} or ${CLEF_TEST} not found.`, '']
  const truth = csvRecords(readFileSync(GROUNDTRUTH, 'utf8'))
  const truthLabels = truth.map((r) => (r.Verdict.trim() === '1' ? 1 : 0))
  const events = readdirSync(CLEF_TEST)
    .filter((f) => f.endsWith('.tsv'))
    .sort()
    .map((f) => parseClefTsv(readFileSync(join(CLEF_TEST, f), 'utf8')).sort((a, b) => a.line - b.line))
  const sentences = truth.length + events.reduce((n, e) => n + e.length, 0)

  out.push('### Check-worthiness variants (issue 13)', '')
  out.push(
    '| scorer | crowdsourced.csv out-of-fold MAP / F1 (5 folds by debate) | ClaimBuster CFS F1 at its threshold | best F1 in hindsight (oracle) | CLEF MAP, bare sentences | CLEF MAP, as transcripts | ms per 1,000 sentences |'
  )
  out.push('|---|---|---|---|---|---|---|')
  // Warm every scorer up first (JIT, the tables' first look-ups), so the costs compare like with like.
  for (const { score } of VARIANTS) for (const r of truth.slice(0, 500)) score(r.Text)
  const asTranscripts = events.map(transcriptLines)
  for (const { name, score, blend, cv } of VARIANTS) {
    const started = performance.now()
    const scores = truth.map((r) => score(r.Text))
    const clefBare = mean(
      events.map((event) =>
        averagePrecision(
          event.map((l) => score(l.text)),
          event.map((l) => l.label)
        )
      )
    )
    const msPerThousand = ((performance.now() - started) / sentences) * 1000
    const atThreshold = cv ? `${f3(prfAt(scores, truthLabels, cv.threshold).f1)} (${cv.threshold})` : '—'
    const transcript = blend === null ? '—' : f3(mean(asTranscripts.map((event) => event.ap(blend))))
    const crossValidated = cv ? `${cv.map.toFixed(4)} / ${f3(cv.f1)}` : '—'
    out.push(
      `| ${name} | ${crossValidated} | ${atThreshold} | ${f3(bestF1(scores, truthLabels).f1)} | ${f3(clefBare)} | ${transcript} | ${msPerThousand.toFixed(1)} |`
    )
  }
  out.push(
    '',
    `CLAIM_THRESHOLD = ${CLAIM_THRESHOLD} (out-of-fold F1 on crowdsourced.csv); each blend is scored at the threshold training found for it, and the shipped blend is the one with the best out-of-fold MAP. Goals: F1 ≥ 0.89; CLEF MAP ≥ 0.13 bare, ≥ 0.15 as transcripts. ` +
      'As transcripts, each event is written as `SPEAKER: sentence` lines, imported as a .txt draft and extracted: a line scores as its best sentence; ' +
      'moderators (recognised from the label, the header, or how they speak: asking, handing over, addressing, short turns, opening), the audience and stage directions rank last. Nothing was fitted or tuned on CLEF. ' +
      `${os.cpus().length} CPUs, load average ${os.loadavg()[0].toFixed(1)}.`,
    ''
  )
  out.push(...triedNotShipped())
  out.push(...rolesOnClaimBuster(DEBATES, CROWDSOURCED))
  out.push(...openSpeed())
  return out
}

/**
 * Ideas measured with the scorer extended for them and not shipped (the extension not kept, so they cannot be
 * rerun here): each chosen on crowdsourced.csv's out-of-fold figures alone, then measured once on the evaluation
 * sets. The script header of scripts/train-checkworthiness.ts has the rest of what was tried and why.
 */
const TRIED_NOT_SHIPPED: ReadonlyArray<{
  idea: string
  cv: string
  groundTruth: string
  clefBare: string
  clefTranscripts: string
}> = [
  {
    idea: 'fastText-style word triples (wordNgrams 3, in the pair buckets), blend 0.8',
    cv: '0.7481 / 0.682',
    groundTruth: '0.895 (0.327)',
    clefBare: '0.127',
    clefTranscripts: '0.143'
  },
  {
    idea: "the next sentence's score in the turn (second stage, as the shipped previous one)",
    cv: '0.7500 / 0.681',
    groundTruth: '—',
    clefBare: '—',
    clefTranscripts: '—'
  },
  {
    idea: "previous and next sentences' scores (needs look-ahead; within 0.0001 of the previous alone)",
    cv: '0.7520 / 0.681',
    groundTruth: '—',
    clefBare: '—',
    clefTranscripts: '—'
  },
  {
    idea: "mean score of the turn's other sentences",
    cv: '0.7508 / 0.684',
    groundTruth: '—',
    clefBare: '—',
    clefTranscripts: '—'
  },
  {
    idea: 'turn length (log, one-sentence turn)',
    cv: '0.7493 / 0.682',
    groundTruth: '—',
    clefBare: '—',
    clefTranscripts: '—'
  },
  {
    idea: 'last sentence of a turn, relative place in it',
    cv: '0.7497 / 0.682',
    groundTruth: '—',
    clefBare: '—',
    clefTranscripts: '—'
  },
  {
    idea: "the previous turn, on a turn's opener: the other candidate's last sentence's score and that it follows them",
    cv: '0.7519 / 0.683',
    groundTruth: '—',
    clefBare: '—',
    clefTranscripts: '—'
  },
  {
    idea: "the other candidate's whole last turn (its mean or best score), on a turn's opener",
    cv: '0.7519 / 0.683',
    groundTruth: '—',
    clefBare: '—',
    clefTranscripts: '—'
  },
  {
    idea: 'a turn answering someone unlisted (a moderator): on its opener, or on its every sentence',
    cv: '0.7519 / 0.682',
    groundTruth: '—',
    clefBare: '—',
    clefTranscripts: '—'
  },
  {
    idea: 'the previous sentence in the turn fitted by a pairwise logistic loss within each debate (ranking objective)',
    cv: '0.7518 / 0.684',
    groundTruth: '—',
    clefBare: '—',
    clefTranscripts: '—'
  },
  {
    idea: "the two halves' weights and the previous sentence's part fitted together by that pairwise loss (in place of the chosen blend)",
    cv: '0.7517 / 0.684',
    groundTruth: '—',
    clefBare: '—',
    clefTranscripts: '—'
  },
  {
    idea: "the blend averaged over models fitted on each fold's training part (bagging, judged on nested folds), with the previous sentence",
    cv: '0.7493 / 0.678',
    groundTruth: '—',
    clefBare: '—',
    clefTranscripts: '—'
  },
  {
    idea: 'two sentences back in the turn (with the previous one, second stage)',
    cv: '0.7527 / 0.684',
    groundTruth: '—',
    clefBare: '—',
    clefTranscripts: '—'
  },
  {
    idea: 'the best earlier sentence of the turn (with the previous one, second stage)',
    cv: '0.7519 / 0.683',
    groundTruth: '—',
    clefBare: '—',
    clefTranscripts: '—'
  },
  {
    idea: "the mean score of the same speaker's earlier sentences in the debate (speaker column; on top of the shipped turn parts, against 0.7531)",
    cv: '0.7527 / 0.682',
    groundTruth: '—',
    clefBare: '—',
    clefTranscripts: '—'
  }
]

function triedNotShipped(): string[] {
  return [
    '### Tried and not shipped (issue 13)',
    '',
    '| idea | crowdsourced.csv out-of-fold MAP / F1 | ClaimBuster CFS F1 at its threshold | CLEF MAP, bare sentences | CLEF MAP, as transcripts |',
    '|---|---|---|---|---|',
    `| shipped (for comparison) | ${weights.validation.meanAveragePrecision.toFixed(4)} / ${weights.validation.f1.toFixed(3)} | see above | see above | see above |`,
    ...TRIED_NOT_SHIPPED.map(
      (t) => `| ${t.idea} | ${t.cv} | ${t.groundTruth} | ${t.clefBare} | ${t.clefTranscripts} |`
    ),
    '',
    'Each chosen on out-of-fold figures alone, then measured once; cross-validation said no to each (the extension was not kept).',
    ''
  ]
}

/**
 * One CLEF event written as a transcript, imported and extracted once; `ap(blend)` is the AP of its lines with the
 * regression weighted `blend` in the logit. Each sentence's shipped logit (context adjustments included: roles,
 * turn position) moves by (blend − shipped blend) × (regression − fastText), its two halves in their transcript
 * context: exactly the score that blend would give.
 */
function transcriptLines(event: ClefLine[]): { ap: (blend: number) => number } {
  const source = event.map((l) => `${l.speaker}: ${l.text}`).join('\n')
  const parsed = parseArticle('event.txt', new TextEncoder().encode(source))
  if (!parsed.ok) throw new Error(parsed.error.message)
  const extraction = extract(parsed.value)
  const { text, blocks } = parsed.value
  const turnIndexOf = turnPositions()
  const scored = extraction.sentences.map(({ start, end, score }) => {
    const sentence = text.slice(start, end)
    const parts = checkWorthinessParts(sentence, { turnIndex: turnIndexOf(blockAt(blocks, start), sentence) })
    return { logit: Math.log(score / (1 - score)), spread: parts.regression - parts.fastText }
  })
  // The sentences each line overlaps (a line scores as its best sentence); none when its words are not found.
  const lineSentences: number[][] = []
  let cursor = 0
  let sentence = 0
  for (const line of event) {
    const found = lineSpan(text, line.text, cursor)
    const mine: number[] = []
    lineSentences.push(mine)
    if (!found) continue
    const { at, end } = found
    cursor = end
    while (sentence < extraction.sentences.length && extraction.sentences[sentence].end <= at) sentence++
    for (let s = sentence; s < extraction.sentences.length && extraction.sentences[s].start < end; s++) mine.push(s)
  }
  const labels = event.map((l) => l.label)
  return {
    ap: (blend) =>
      averagePrecision(
        lineSentences.map((mine) =>
          mine.reduce((best, s) => {
            const { logit, spread } = scored[s]
            return Math.max(best, sigmoid(logit + (blend - SHIPPED_BLEND) * spread))
          }, 0)
        ),
        labels
      )
  }
}

/**
 * Where a line's words are in the transcript's text, from `from` on. A stage direction at the start or end of a
 * line, or between its sentences, is lifted out of the turn's words ("(inaudible) thank you." is a direction and
 * "thank you."), so a line not found whole is found by its spoken pieces, first to last; a line that was all
 * direction has none.
 */
function lineSpan(text: string, line: string, from: number): { at: number; end: number } | null {
  const words = line.replace(/\s+/g, ' ').trim()
  const whole = words === '' ? -1 : text.indexOf(words, from)
  if (whole >= 0) return { at: whole, end: whole + words.length }
  const spoken = splitStageDirections(words).filter((piece) => !piece.stage)
  let cursor = from
  let at = -1
  for (const piece of spoken) {
    const found = text.indexOf(piece.text, cursor)
    if (found < 0) return null
    if (at < 0) at = found
    cursor = found + piece.text.length
  }
  return at < 0 ? null : { at, end: cursor }
}

/** Timed openings of each draft, alternating: odd noise from a shared machine falls on both. */
const OPEN_RUNS = 9

/**
 * A 20,000-word transcript and the same words as an article: import + extraction, median of OPEN_RUNS. Like
 * with like: stage directions ("[crosstalk]", "(APPLAUSE)") are left out of both (the transcript would
 * lift them out of its turns and the article keep them as words), a turn's words around one become two
 * paragraphs in both, and both open with the same title line; the two are checked to give the same
 * sentences before anything is timed.
 */
function openSpeed(): string[] {
  if (!existsSync(DEBATES)) return [`Open speed skipped: ${DEBATES} not found.`, '']
  const turns: Array<{ speaker: string; paragraphs: string[] }> = []
  let words = 0
  for (const file of readdirSync(DEBATES).sort().reverse()) {
    for (const paragraph of readFileSync(join(DEBATES, file), 'utf8').split(/\n\s*\n/)) {
      const match = /^([A-Z][A-Z. ]{1,30}): (.+)$/s.exec(paragraph.trim())
      if (!match || words >= 20_000) continue
      const spoken = splitStageDirections(match[2].replace(/\s+/g, ' '))
        .filter((piece) => !piece.stage)
        .map((piece) => piece.text)
      if (spoken.length === 0) continue
      turns.push({ speaker: match[1], paragraphs: spoken })
      words += spoken.join(' ').split(/\s+/).length
    }
  }
  const title = 'A debate, as a transcript and as an article'
  const transcript = [title, ...turns.map((t) => `${t.speaker}: ${t.paragraphs.join('\n\n')}`)].join('\n\n')
  const article = [title, ...turns.map((t) => t.paragraphs.join('\n\n'))].join('\n\n')
  const open = (name: string, bytes: Uint8Array): { ms: number; cpuMs: number; article: Article } => {
    const cpu = process.cpuUsage()
    const started = performance.now()
    const parsed = parseArticle(name, bytes)
    if (!parsed.ok) throw new Error(parsed.error.message)
    extract(parsed.value)
    const used = process.cpuUsage(cpu)
    return { ms: performance.now() - started, cpuMs: (used.user + used.system) / 1000, article: parsed.value }
  }
  const runs = (name: string, source: string) => ({
    name,
    bytes: new TextEncoder().encode(source),
    ms: [] as number[],
    cpuMs: [] as number[]
  })
  const asTranscript = runs('debate.txt', transcript)
  const asArticle = runs('debate-article.txt', article)
  const drafts = [asTranscript, asArticle]
  // Each draft is opened once before timing (reading its sentences for the like-with-like check): the first
  // opening compiles and optimises the shared extraction code, and timing one draft's runs before the other's
  // billed that warm-up to whichever went first (the transcript: 1.2–2.5× in five back-to-back runs on a loaded
  // machine, 0.4–0.8× with the article first). Then the two alternate, so load from other processes falls on
  // both alike.
  // The title line is left out of the comparison: an article scores its headline, a transcript's title names the
  // recording and is no sentence to check (the two differed by that one sentence alone).
  const sentencesOf = (draft: { name: string; bytes: Uint8Array }): string[] => {
    const read = open(draft.name, draft.bytes).article
    return extract(read)
      .sentences.filter(({ start }) => blockAt(read.blocks, start)?.kind !== 'title')
      .map(({ start, end }) => read.text.slice(start, end))
  }
  const [spoken, written] = drafts.map(sentencesOf)
  const same = spoken.length === written.length && spoken.every((sentence, k) => sentence === written[k])
  let opened: Article | null = null
  for (let run = 0; run < OPEN_RUNS; run++)
    for (const draft of drafts) {
      const { ms, cpuMs, article: read } = open(draft.name, draft.bytes)
      draft.ms.push(ms)
      draft.cpuMs.push(cpuMs)
      if (draft === asTranscript) opened = read
    }
  const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0
  const turnBlocks = (opened?.blocks ?? []).filter((b) => b.kind === 'turn').length
  return [
    '### Opening a 20,000-word transcript',
    '',
    `${words.toLocaleString('en')} words of ClaimBuster debate turns (${turnBlocks} turn blocks), opened as a transcript and, without the speaker labels, as an article (import + extraction; each opened once untimed, then the two alternately, median of ${OPEN_RUNS}; CPU time is this process's, which load from others inflates less). ` +
      (same
        ? `Both read as the same ${spoken.length.toLocaleString('en')} sentences besides the title (stage directions left out of both).`
        : `Not like with like: ${spoken.length} sentences as a transcript, ${written.length} as an article.`),
    '',
    '| draft | ms | CPU ms |',
    '|---|---|---|',
    `| transcript (.txt, NAME: words) | ${median(asTranscript.ms).toFixed(0)} | ${median(asTranscript.cpuMs).toFixed(0)} |`,
    `| the same words as an article | ${median(asArticle.ms).toFixed(0)} | ${median(asArticle.cpuMs).toFixed(0)} |`,
    '',
    `Ratio ${(median(asTranscript.ms) / median(asArticle.ms)).toFixed(2)}× (CPU ${(median(asTranscript.cpuMs) / median(asArticle.cpuMs)).toFixed(2)}×; goal: as fast as an article). Load average ${os.loadavg()[0].toFixed(1)}.`,
    ''
  ]
}

console.log(['## Transcripts', '', ...lines()].join('\n'))
