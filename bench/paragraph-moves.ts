/**
 * The whole-draft diff the Changes view shows (issue 12): a 300-paragraph draft whose next version
 * moves a few paragraphs, edits, adds, removes, splits and merges some. The paragraph-first diff
 * (core/revisions/draft-diff.ts over paragraph-align.ts) against the word diff it replaced (paragraph
 * runs by `diffArrays`, then `diffWordsWithSpace` over each changed stretch), on the same pair:
 * time, and how many words each marks as changed while the desk changed only a few. A moved
 * paragraph costs the old diff every one of its words twice (struck at one place, inserted at the
 * other, interleaved with its neighbours' words); the new one labels it moved and marks none.
 * Printed as a section of the `revisions` bench.
 */
import { diffArrays, diffWordsWithSpace } from 'diff'
import { draftDiff, diffStats, type DraftBlock } from '../src/core/revisions/draft-diff'
import { DraftModel, type Sentence } from './revisions-corpus'
import { medianTime } from './median-time'

const PARAGRAPHS = 300
const TIMED_RUNS = 7
/** What the desk does between the drafts. */
const MOVES = 5
const EDITS = 10
const ADDED = 3
const REMOVED = 3
const SPLITS = 2

interface Pair {
  before: string
  after: string
  /** The moved paragraphs' texts: the view should label exactly these as moved. */
  moved: Set<string>
}

function makePair(seed: number): Pair {
  const model = new DraftModel(seed)
  model.generate(PARAGRAPHS * 80)
  model.paragraphs = model.paragraphs.slice(0, PARAGRAPHS)
  const render = (paragraphs: Sentence[][]): string =>
    paragraphs.map((p) => p.map((s) => s.text).join(' ')).join('\n\n')
  const before = render(model.paragraphs)
  const p = [...model.paragraphs]
  const moved = new Set<string>()
  for (let k = 0; k < MOVES; k++) {
    const from = model.int(p.length)
    const [paragraph] = p.splice(from, 1)
    // A long way, as a desk moves a paragraph (a move by one place reads the same as its neighbour moving).
    const to = (from + 20 + model.int(p.length - 40)) % p.length
    p.splice(to, 0, paragraph)
    moved.add(render([paragraph]))
  }
  /** Later edits leave the moved paragraphs as they are, so each stays a clean "moved" to look for. */
  const pickUnmoved = (): number => {
    for (;;) {
      const at = model.int(p.length)
      if (!moved.has(render([p[at]]))) return at
    }
  }
  for (let k = 0; k < EDITS; k++) {
    const at = pickUnmoved()
    p[at] = p[at].map((s, i) => (i === 0 ? { ...s, text: s.text.replace(/\d+/, String(model.number())) } : s))
  }
  for (let k = 0; k < ADDED; k++) p.splice(model.int(p.length), 0, [model.sentence(), model.sentence()])
  for (let k = 0; k < REMOVED; k++) p.splice(pickUnmoved(), 1)
  for (let k = 0; k < SPLITS; k++) {
    const at = pickUnmoved()
    if (p[at].length > 2) p.splice(at, 1, p[at].slice(0, 2), p[at].slice(2))
  }
  return { before, after: render(p), moved }
}

/** The diff the Changes view showed before issue 12, kept here as the baseline. */
function wordDiffBefore(oldText: string, newText: string): Array<{ kind: string; text: string }> {
  const paragraphs = (text: string): string[] => text.split(/(?<=\n\n)/)
  const parts: Array<{ kind: string; text: string }> = []
  let removed = ''
  let added = ''
  const flush = (): void => {
    if (removed && added)
      for (const c of diffWordsWithSpace(removed, added))
        parts.push({ kind: c.added ? 'ins' : c.removed ? 'del' : 'same', text: c.value })
    else if (removed || added) parts.push({ kind: removed ? 'del' : 'ins', text: removed || added })
    removed = added = ''
  }
  for (const change of diffArrays(paragraphs(oldText), paragraphs(newText))) {
    if (change.removed) removed += change.value.join('')
    else if (change.added) added += change.value.join('')
    else {
      flush()
      parts.push({ kind: 'same', text: change.value.join('') })
    }
  }
  flush()
  return parts
}

const wordsIn = (text: string): number => text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length

export function paragraphMovesSection(seed: number): string {
  const pair = makePair(seed)
  const oldWay = medianTime(() => wordDiffBefore(pair.before, pair.after), TIMED_RUNS)
  const newWay = medianTime(() => draftDiff(pair.before, pair.after), TIMED_RUNS)
  const marked = oldWay.result.filter((p) => p.kind !== 'same').reduce((n, p) => n + wordsIn(p.text), 0)
  const stats = diffStats(newWay.result)
  const labelledMoved = newWay.result.filter((b: DraftBlock) => b.moved && b.kind !== 'moved-away')
  const rightMoves = labelledMoved.filter((b) => pair.moved.has(b.parts.map((p) => p.text).join(''))).length
  // Every paragraph edited in place: the most work the similarity pass can get on this draft.
  const allEdited = pair.before.replace(/\d+/g, (n) => String(Number(n) + 1))
  const stress = medianTime(() => draftDiff(pair.before, allEdited), TIMED_RUNS)
  const f = (ms: number): string => `${ms.toFixed(1)} ms`
  return `### Whole-draft diff with moved paragraphs (the Changes view)

${PARAGRAPHS} paragraphs (${wordsIn(pair.before).toLocaleString('en')} words); the next draft moves ${MOVES}, edits a figure in up to ${EDITS}, adds ${ADDED}, removes ${REMOVED} and splits up to ${SPLITS}. Median of ${TIMED_RUNS} runs after a warm-up.

| Diff | Time | CPU time | Words marked inserted or deleted | Paragraphs labelled moved |
| --- | ---: | ---: | ---: | ---: |
| Before: paragraph runs, then a word diff over each changed stretch | ${f(oldWay.ms)} | ${f(oldWay.cpuMs)} | ${marked.toLocaleString('en')} | — |
| Paragraph-first: align, then words inside changed paragraphs only | ${f(newWay.ms)} | ${f(newWay.cpuMs)} | ${(stats.inserted + stats.deleted).toLocaleString('en')} | ${labelledMoved.length} (${rightMoves} of the ${pair.moved.size} really moved) |

- Paragraph-first on the same draft with a figure edited in every paragraph (${stats.changed} → ${diffStats(stress.result).changed} changed paragraphs): ${f(stress.ms)} (CPU ${f(stress.cpuMs)}).`
}
