/**
 * The difference between two whole drafts, for people to read: paragraphs compared first (cheap),
 * words only inside the paragraphs that changed. Unlike the position map, whitespace and quote
 * style do show here: the desk wants to see every edit, even the ones that change no claim.
 */
import { diffArrays, diffWordsWithSpace } from 'diff'
import { toWholeWords, type DiffPart } from '../report/word-diff'

/** A changed stretch longer than this is shown as deleted-then-inserted, not word by word. */
const WORD_DIFF_MAX_CHARS = 20_000

/** Paragraphs with their trailing blank line attached, so the pieces join back to the exact text. */
function paragraphsOf(text: string): string[] {
  return text.split(/(?<=\n\n)/)
}

export function draftDiff(oldText: string, newText: string): DiffPart[] {
  const parts: DiffPart[] = []
  const push = (kind: DiffPart['kind'], text: string): void => {
    if (text === '') return
    const last = parts[parts.length - 1]
    if (last && last.kind === kind) last.text += text
    else parts.push({ kind, text })
  }
  let removed = ''
  let added = ''
  const flush = (): void => {
    if (removed === '' || added === '' || removed.length + added.length > WORD_DIFF_MAX_CHARS) {
      push('del', removed)
      push('ins', added)
    } else {
      // Whole words, as in the item list and the report: "310,000" → "325,000", not "3[1→2]0[→5],000".
      const tokens: DiffPart[] = diffWordsWithSpace(removed, added).map((change) => ({
        kind: change.added ? 'ins' : change.removed ? 'del' : 'same',
        text: change.value
      }))
      for (const part of toWholeWords(tokens)) push(part.kind, part.text)
    }
    removed = ''
    added = ''
  }
  for (const change of diffArrays(paragraphsOf(oldText), paragraphsOf(newText))) {
    if (change.removed) removed += change.value.join('')
    else if (change.added) added += change.value.join('')
    else {
      flush()
      push('same', change.value.join(''))
    }
  }
  flush()
  return parts
}

/** Counts for a heading: how many words went and came. */
export function diffStats(parts: DiffPart[]): { inserted: number; deleted: number } {
  const words = (text: string): number => (text.match(/[\p{L}\p{N}]+/gu) ?? []).length
  let inserted = 0
  let deleted = 0
  for (const part of parts) {
    if (part.kind === 'ins') inserted += words(part.text)
    if (part.kind === 'del') deleted += words(part.text)
  }
  return { inserted, deleted }
}
