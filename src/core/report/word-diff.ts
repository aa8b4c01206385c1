/**
 * Word-level differences between two wordings (corrections memo, changes since the previous
 * draft), as plain parts every format can render its own way.
 *
 * diffWords treats punctuation as separate tokens, so "£6.2" → "£5.4" would come out as
 * "£<del>6</del><ins>5</ins>.<del>2</del><ins>4</ins>": correct but unreadable. The parts are
 * regrouped so that every change covers whole whitespace-delimited words ("<del>£6.2</del><ins>£5.4</ins>"),
 * which is how an editor reads a correction.
 */
import { diffWords, diffWordsWithSpace } from 'diff'

export type DiffPart = { kind: 'same' | 'del' | 'ins'; text: string }

/** Punctuation: not a letter, digit, symbol (a currency sign is part of its figure) or space. */
const PUNCTUATION = /^\p{P}$/u

/** A word as its leading punctuation, its core and its trailing punctuation ("“over.”" → "“", "over", ".”"). */
function edges(word: string): [string, string, string] {
  const chars = [...word]
  let start = 0
  while (start < chars.length && PUNCTUATION.test(chars[start] ?? '')) start++
  let end = chars.length
  while (end > start && PUNCTUATION.test(chars[end - 1] ?? '')) end--
  return [chars.slice(0, start).join(''), chars.slice(start, end).join(''), chars.slice(end).join('')]
}

const commonPrefix = (a: string, b: string): number => {
  let n = 0
  while (n < a.length && n < b.length && a[n] === b[n]) n++
  return n
}
const commonSuffix = (a: string, b: string): number => {
  let n = 0
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++
  return n
}

/** One word's change as punctuation alone ("fell." → "fell,", "over." → "“over.”"), or null when its letters changed. */
function punctuationChange(before: string, after: string): DiffPart[] | null {
  const [preA, coreA, postA] = edges(before)
  const [preB, coreB, postB] = edges(after)
  if (coreA === '' || coreA !== coreB) return null
  const keepPre = commonSuffix(preA, preB)
  const keepPost = commonPrefix(postA, postB)
  return [
    { kind: 'del', text: preA.slice(0, preA.length - keepPre) },
    { kind: 'ins', text: preB.slice(0, preB.length - keepPre) },
    { kind: 'same', text: preA.slice(preA.length - keepPre) + coreA + postA.slice(0, keepPost) },
    { kind: 'del', text: postA.slice(keepPost) },
    { kind: 'ins', text: postB.slice(keepPost) }
  ]
}

/** The same word, or the same word with other punctuation: a pair of words that may be shown apart from the rest. */
function asWord(a: string, b: string): DiffPart[] | null {
  return a === b ? [{ kind: 'same', text: a }] : punctuationChange(a, b)
}

/**
 * Words and the spaces between them, compared pairwise (both sides as many words, the same spaces): the words that
 * changed their punctuation alone apart, the others grouped as runs; null when no word changed its punctuation alone.
 */
function pairwise(a: string[], b: string[]): DiffPart[] | null {
  if (a.length !== b.length || a.some((piece, k) => k % 2 === 1 && piece !== b[k])) return null
  const pairs = a.map((piece, k) => (k % 2 === 0 && piece !== b[k] ? punctuationChange(piece, b[k] ?? '') : null))
  if (pairs.every((pair) => pair === null)) return null
  const out: DiffPart[] = []
  let run: { del: string; ins: string } | null = null
  let space = ''
  const flush = (): void => {
    if (run) out.push({ kind: 'del', text: run.del }, { kind: 'ins', text: run.ins })
    run = null
  }
  a.forEach((piece, k) => {
    if (k % 2 === 1) return void (space = piece)
    const pair = pairs[k]
    if (piece !== b[k] && !pair) {
      // A word whose letters changed joins the changed words before it, with the space between them.
      if (run) run = { del: run.del + space + piece, ins: run.ins + space + (b[k] ?? '') }
      else {
        out.push({ kind: 'same', text: space })
        run = { del: piece, ins: b[k] ?? '' }
      }
    } else {
      flush()
      out.push({ kind: 'same', text: space }, ...(pair ?? [{ kind: 'same', text: piece }]))
    }
    space = ''
  })
  flush()
  return out
}

/**
 * A changed stretch of whole words, as the parts to show. As one deletion and one insertion, unless a word in it
 * changed its punctuation alone (striking the whole word says the word changed): then that punctuation is shown alone —
 * at either end of the stretch ("January[.]{, official figures show.}") or between words that changed
 * ("fell[.]{;} [Prices]{prices}") — and the words whose letters changed are grouped as before; a word the same on
 * both sides at either end is shown unmarked ("{— }the"). Inside a word ("3.4%" → "3,4%") nothing is punctuation
 * alone.
 */
function wordsChanged(before: string, after: string): DiffPart[] {
  // Words at even places, the spaces between them at odd places.
  const a = before.split(/(\s+)/u)
  const b = after.split(/(\s+)/u)
  const head: DiffPart[] = []
  let lead = 0
  for (; lead < a.length && lead < b.length; lead++) {
    const pair = lead % 2 === 0 ? asWord(a[lead] ?? '', b[lead] ?? '') : null
    if (lead % 2 === 1 && (a[lead] !== b[lead] || lead + 1 >= a.length || lead + 1 >= b.length)) break
    if (lead % 2 === 0 && !pair) break
    head.push(...(pair ?? [{ kind: 'same', text: a[lead] ?? '' }]))
  }
  const tail: DiffPart[] = []
  let trail = 0
  for (; trail < a.length - lead && trail < b.length - lead; trail++) {
    const [x, y] = [a[a.length - 1 - trail] ?? '', b[b.length - 1 - trail] ?? '']
    const pair = trail % 2 === 0 ? asWord(x, y) : null
    if (trail % 2 === 1 && (x !== y || trail + 1 >= a.length - lead || trail + 1 >= b.length - lead)) break
    if (trail % 2 === 0 && !pair) break
    tail.unshift(...(pair ?? [{ kind: 'same', text: x }]))
  }
  const [midA, midB] = [a.slice(lead, a.length - trail), b.slice(lead, b.length - trail)]
  const middle = pairwise(midA, midB)
  // A word the same on both sides at either end (the diff library pairs "the" with "— the") stays unmarked too.
  if (!middle && head.length === 0 && tail.length === 0)
    return [
      { kind: 'del', text: before },
      { kind: 'ins', text: after }
    ]
  const rest = middle ?? [
    { kind: 'del', text: midA.join('') },
    { kind: 'ins', text: midB.join('') }
  ]
  return [...head, ...rest, ...tail].filter((part) => part.text !== '')
}

/**
 * Regroups token-level changes into whole-word changes; the old and new texts are unchanged. One exception: a word
 * whose punctuation alone changed ("fell." → "fell,", a closing quote added) shows that punctuation alone
 * (wordsChanged).
 */
export function toWholeWords(parts: DiffPart[]): DiffPart[] {
  const out: DiffPart[] = []
  let del = ''
  let ins = ''
  /** Non-space text at the end of the last same part: the start of a word a change may join. */
  let carry = ''
  /** The open change's word: the part before its first change, and the unchanged text since its last one. */
  let before = ''
  let after = ''
  const emit = (kind: DiffPart['kind'], text: string): void => {
    if (!text) return
    const last = out[out.length - 1]
    if (last && last.kind === kind) last.text += text
    else out.push({ kind, text })
  }
  const pending = (): boolean => del !== '' || ins !== ''
  /** Ends the open change at `head`, the rest of its word. */
  const close = (head: string): void => {
    const tail = after + head
    for (const part of wordsChanged(before + del + tail, before + ins + tail)) emit(part.kind, part.text)
    del = ins = before = after = ''
  }
  for (const part of parts) {
    if (part.kind !== 'same') {
      // A change that starts with a space starts a new word: the word before it stays unmarked
      // ("in February.[- Its spokesperson said…-]", not "in [-February. Its…-]{+February.+}").
      if (carry && !pending() && /^\s/.test(part.text)) {
        emit('same', carry)
        carry = ''
      }
      // carry is only ever held with no change open: it is the start of this change's word.
      before += carry
      carry = ''
      del += after
      ins += after
      after = ''
      if (part.kind === 'del') del += part.text
      else ins += part.text
      continue
    }
    const text = part.text
    const firstSpace = text.search(/\s/)
    if (firstSpace < 0) {
      if (pending()) after += text
      else carry += text
      continue
    }
    const lastSpace = lastWhitespaceEnd(text)
    if (pending()) {
      close(text.slice(0, firstSpace))
      emit('same', text.slice(firstSpace, lastSpace))
    } else emit('same', carry + text.slice(0, lastSpace))
    carry = text.slice(lastSpace)
  }
  if (pending()) close('')
  emit('same', carry)
  return out
}

const asParts = (changes: Array<{ added?: boolean; removed?: boolean; value: string }>): DiffPart[] =>
  changes.map((change) => ({ kind: change.added ? 'ins' : change.removed ? 'del' : 'same', text: change.value }))

const sideOf = (parts: DiffPart[], kind: 'del' | 'ins'): string =>
  parts
    .filter((part) => part.kind === 'same' || part.kind === kind)
    .map((part) => part.text)
    .join('')

/**
 * Two wordings of one item, word by word. diffWords groups a rewording best ("[Ridership has]{Passenger boardings
 * have} climbed"), but it may give a space both sides share to one side only: "million passengers" → "million,
 * passengers" came out with the old side read as "millionpassengers". When a side does not come back whole, the
 * diff is made again with every space a token of its own (diffWordsWithSpace), which keeps both. Runs of whitespace
 * count as one space: a line break where a space was is no edit here.
 */
export function wordDiff(before: string, after: string): DiffPart[] {
  const [old, neu] = [before.replace(/\s+/g, ' '), after.replace(/\s+/g, ' ')]
  const grouped = asParts(diffWords(old, neu))
  const whole = sideOf(grouped, 'del') === old && sideOf(grouped, 'ins') === neu
  return toWholeWords(whole ? grouped : asParts(diffWordsWithSpace(old, neu)))
}

/** Where the last run of whitespace ends: a scan back from the end, not a pattern retried at each position. */
function lastWhitespaceEnd(text: string): number {
  let at = text.length
  while (at > 0 && !/\s/.test(text[at - 1] ?? '')) at--
  return at
}
