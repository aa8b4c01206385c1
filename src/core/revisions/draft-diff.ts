/**
 * The difference between two whole drafts, for people to read, paragraph by paragraph: paragraphs
 * are aligned first (paragraph-align.ts), so a moved paragraph reads as moved, an added one as one
 * added block, and words are compared only inside the paragraphs that changed. Inside a changed
 * paragraph whitespace and quote style do show: the desk wants to see every edit there, even the
 * ones that change no claim.
 */
import { diffWordsWithSpace } from 'diff'
import { toWholeWords, type DiffPart } from '../report/word-diff'
import { alignParagraphs, type Paragraph, type ParagraphBlock } from './paragraph-align'

export type DraftBlockKind = 'unchanged' | 'changed' | 'split' | 'merged' | 'added' | 'removed' | 'moved-away'

export interface DraftBlock {
  kind: DraftBlockKind
  /** A matched paragraph whose place broke the order of the others (shown here, at its new place). */
  moved: boolean
  /** 1-based paragraph numbers, as a reader counts them, in the previous and in the new draft. */
  oldNumbers: number[]
  newNumbers: number[]
  /** The words to show: the new wording, a word diff, or the whole paragraph inserted or deleted. */
  parts: DiffPart[]
}

/** A changed paragraph longer than this is shown as deleted-then-inserted, not word by word. */
const WORD_DIFF_MAX_CHARS = 20_000

/** Paragraphs of a split or a merge are compared as one text with their paragraph breaks. */
const joined = (paragraphs: Paragraph[], indices: number[]): string =>
  indices.map((k) => paragraphs[k].text).join('\n\n')

/**
 * Whole words, as in the item list and the report: "310,000" → "325,000", not "3[1→2]0[→5],000".
 * In a split or a merge the space that became a paragraph break (or the reverse) is the change the
 * label already names; marked, it would drag its neighbour words into the diff ("Friday. The" struck,
 * "Friday.¶The" inserted), so it is shown as the new layout instead.
 */
function wordsDiff(before: string, after: string, layoutChanged = false): DiffPart[] {
  if (before.length + after.length > WORD_DIFF_MAX_CHARS)
    return [
      { kind: 'del', text: before },
      { kind: 'ins', text: after }
    ]
  const tokens: DiffPart[] = diffWordsWithSpace(before, after).map((change) => ({
    kind: change.added ? 'ins' : change.removed ? 'del' : 'same',
    text: change.value
  }))
  return toWholeWords(layoutChanged ? breaksAsLayout(tokens) : tokens)
}

const BLANK = /^\s+$/

/** A whitespace-only deletion next to a whitespace-only insertion becomes the inserted whitespace, unmarked. */
function breaksAsLayout(tokens: DiffPart[]): DiffPart[] {
  const out: DiffPart[] = []
  for (let k = 0; k < tokens.length; k++) {
    const [part, next] = [tokens[k], tokens[k + 1]]
    if (next && part.kind !== 'same' && next.kind !== 'same' && BLANK.test(part.text) && BLANK.test(next.text)) {
      out.push({ kind: 'same', text: part.kind === 'ins' ? part.text : next.text })
      k++
    } else out.push(part)
  }
  return out
}

const numbers = (indices: number[]): number[] => indices.map((k) => k + 1)

export function draftDiff(oldText: string, newText: string): DraftBlock[] {
  const alignment = alignParagraphs(oldText, newText)
  const { old, new: neu } = alignment
  return alignment.blocks.map((block: ParagraphBlock): DraftBlock => {
    if (block.kind === 'added')
      return { kind: 'added', moved: false, oldNumbers: [], newNumbers: [block.new + 1], parts: [ins(neu[block.new])] }
    if (block.kind === 'removed')
      return {
        kind: 'removed',
        moved: false,
        oldNumbers: [block.old + 1],
        newNumbers: [],
        parts: [del(old[block.old])]
      }
    const { group } = block
    const place = { oldNumbers: numbers(group.old), newNumbers: numbers(group.new) }
    if (block.kind === 'moved-away')
      return { kind: 'moved-away', moved: true, ...place, parts: [{ kind: 'same', text: joined(old, group.old) }] }
    const before = joined(old, group.old)
    const after = joined(neu, group.new)
    const kind: DraftBlockKind = group.identical
      ? 'unchanged'
      : group.new.length > 1 && group.old.length === 1
        ? 'split'
        : group.old.length > 1 && group.new.length === 1
          ? 'merged'
          : 'changed'
    const parts: DiffPart[] =
      kind === 'unchanged' ? [{ kind: 'same', text: after }] : wordsDiff(before, after, kind !== 'changed')
    return { kind, moved: block.moved, ...place, parts }
  })
}

const ins = (paragraph: Paragraph): DiffPart => ({ kind: 'ins', text: paragraph.text })
const del = (paragraph: Paragraph): DiffPart => ({ kind: 'del', text: paragraph.text })

export interface DraftDiffStats {
  /** Words that came and went: a moved paragraph counts none, only the words edited inside it. */
  inserted: number
  deleted: number
  /** Paragraphs, as the heading counts them. */
  moved: number
  changed: number
  added: number
  removed: number
}

/** Counts for a heading: what happened to the paragraphs, and how many words went and came. */
export function diffStats(blocks: DraftBlock[]): DraftDiffStats {
  // Words as a reader counts them: "5,000" and "18:40" are one each.
  const words = (text: string): number => text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length
  const stats: DraftDiffStats = { inserted: 0, deleted: 0, moved: 0, changed: 0, added: 0, removed: 0 }
  for (const block of blocks) {
    if (block.kind === 'moved-away') continue
    if (block.moved) stats.moved++
    if (block.kind === 'added') stats.added++
    else if (block.kind === 'removed') stats.removed++
    else if (block.kind !== 'unchanged') stats.changed++
    for (const part of block.parts) {
      if (part.kind === 'ins') stats.inserted += words(part.text)
      if (part.kind === 'del') stats.deleted += words(part.text)
    }
  }
  return stats
}

const count = (n: number, what: string): string => `${n} ${what}${n === 1 ? '' : 's'}`

/** The heading's summary: paragraphs first (what an editor sees), then words. */
export function statsSentence(stats: DraftDiffStats): string {
  const entries: Array<[number, string]> = [
    [stats.moved, 'moved'],
    [stats.changed, 'changed'],
    [stats.added, 'added'],
    [stats.removed, 'removed']
  ]
  // "1 paragraph moved, 2 changed": the noun once, on the first count.
  const moves = entries
    .filter(([n]) => n > 0)
    .map(([n, what], index) => `${index === 0 ? count(n, 'paragraph') : n} ${what}`)
  if (moves.length === 0) return 'No words changed.'
  const words =
    stats.inserted + stats.deleted > 0 ? `; ${count(stats.inserted, 'word')} added, ${stats.deleted} removed` : ''
  return `${moves.join(', ')}${words}.`
}

/**
 * The same sentence straight from two drafts' texts: the report's "Changes since the previous
 * draft" says what happened to the text with the alignment the Changes view shows.
 */
export function textChangeSentence(oldText: string, newText: string): string {
  return statsSentence(diffStats(draftDiff(oldText, newText)))
}
