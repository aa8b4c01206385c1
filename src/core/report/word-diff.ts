/**
 * Word-level differences between two wordings (corrections memo, changes since the previous
 * draft), as plain parts every format can render its own way.
 *
 * diffWords treats punctuation as separate tokens, so "£6.2" → "£5.4" would come out as
 * "£<del>6</del><ins>5</ins>.<del>2</del><ins>4</ins>": correct but unreadable. The parts are
 * regrouped so that every change covers whole whitespace-delimited words ("<del>£6.2</del><ins>£5.4</ins>"),
 * which is how an editor reads a correction.
 */
import { diffWords } from 'diff'

export type DiffPart = { kind: 'same' | 'del' | 'ins'; text: string }

/** Regroups token-level changes into whole-word changes; the old and new texts are unchanged. */
export function toWholeWords(parts: DiffPart[]): DiffPart[] {
  const out: DiffPart[] = []
  let del = ''
  let ins = ''
  /** Non-space text at the end of the last same part: the start of a word a change may join. */
  let carry = ''
  const emit = (kind: DiffPart['kind'], text: string): void => {
    if (!text) return
    const last = out[out.length - 1]
    if (last && last.kind === kind) last.text += text
    else out.push({ kind, text })
  }
  const pending = (): boolean => del !== '' || ins !== ''
  for (const part of parts) {
    if (part.kind !== 'same') {
      // A change that starts with a space starts a new word: the word before it stays unmarked
      // ("in February.[- Its spokesperson said…-]", not "in [-February. Its…-]{+February.+}").
      if (carry && !pending() && /^\s/.test(part.text)) {
        emit('same', carry)
        carry = ''
      }
      if (carry) {
        del += carry
        ins += carry
        carry = ''
      }
      if (part.kind === 'del') del += part.text
      else ins += part.text
      continue
    }
    const text = part.text
    const firstSpace = text.search(/\s/)
    if (firstSpace < 0) {
      if (pending()) {
        del += text
        ins += text
      } else carry += text
      continue
    }
    const head = text.slice(0, firstSpace)
    const lastSpace = lastWhitespaceEnd(text)
    if (pending()) {
      del += head
      ins += head
      emit('del', del)
      emit('ins', ins)
      del = ''
      ins = ''
      emit('same', text.slice(firstSpace, lastSpace))
    } else emit('same', carry + text.slice(0, lastSpace))
    carry = text.slice(lastSpace)
  }
  emit('del', del)
  emit('ins', ins)
  emit('same', carry)
  return out
}

export function wordDiff(before: string, after: string): DiffPart[] {
  const parts: DiffPart[] = diffWords(before, after).map((change) => ({
    kind: change.added ? 'ins' : change.removed ? 'del' : 'same',
    text: change.value
  }))
  return toWholeWords(parts)
}

/** Where the last run of whitespace ends: a scan back from the end, not a pattern retried at each position. */
function lastWhitespaceEnd(text: string): number {
  let at = text.length
  while (at > 0 && !/\s/.test(text[at - 1] ?? '')) at--
  return at
}
