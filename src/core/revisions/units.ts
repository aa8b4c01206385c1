/**
 * Cutting a draft into units to diff: paragraphs, and sentences inside them. Each unit carries
 * an integer key, equal for two units exactly when their words are the same (see normalise.ts),
 * so `diffArrays` compares numbers, not strings. Whitespace between units belongs to no unit:
 * it holds no words, and moving a paragraph break (a split or a merge) must not change any unit.
 */
import { normaliseForCompare } from './normalise'

export interface Unit {
  start: number
  end: number
  /** Interned id of the unit's normalised text. */
  key: number
}

/** Any quote mark, any whitespace but a single space: only such texts need normalising. */
const NEEDS_NORMALISING = /[“”„‟«»"〝〞＂‘’‚‛‹›'′]|[^\S ]| {2}/

/**
 * Interns texts as small integers; share one between the old and the new draft. Paragraph keys
 * are raw (exact) text, which is cheap on a long draft; sentence keys are normalised, so a
 * paragraph whose only edit is whitespace or quote style falls to sentences and matches there.
 */
export class KeyTable {
  private readonly ids = new Map<string, number>()

  constructor(private readonly normalise: boolean) {}

  keyOf(raw: string): number {
    const normal = this.normalise && NEEDS_NORMALISING.test(raw) ? normaliseForCompare(raw) : raw
    let id = this.ids.get(normal)
    if (id === undefined) {
      id = this.ids.size
      this.ids.set(normal, id)
    }
    return id
  }
}

/**
 * Paragraph units: maximal stretches between blank lines (importers join blocks with "\n\n"),
 * trimmed of surrounding whitespace. Found with indexOf, not a regex: this runs over the whole draft.
 */
export function paragraphUnits(text: string, keys: KeyTable): Unit[] {
  const units: Unit[] = []
  let from = 0
  const push = (start: number, end: number): void => {
    const trimmed = trimRange(text, start, end)
    if (trimmed)
      units.push({ start: trimmed.start, end: trimmed.end, key: keys.keyOf(text.slice(trimmed.start, trimmed.end)) })
  }
  for (let newline = text.indexOf('\n'); newline >= 0; newline = text.indexOf('\n', newline + 1)) {
    // A blank line: this newline, then only spaces or tabs, then another newline.
    let next = newline + 1
    while (
      next < text.length &&
      (text.charCodeAt(next) === 32 || text.charCodeAt(next) === 9 || text.charCodeAt(next) === 13)
    )
      next++
    if (next >= text.length || text.charCodeAt(next) !== 10) continue
    push(from, newline)
    from = next + 1
    newline = next
  }
  push(from, text.length)
  return units
}

/**
 * A sentence ends at . ! ? or … (plus any closing quotes or brackets) followed by whitespace.
 * Abbreviations ("Mr. Smith") produce an extra cut; harmless here, since both drafts are cut the
 * same way and a unit only has to be stable, not grammatical.
 */
const SENTENCE_END = /(?<![.!?…])[.!?…]+["'”’»)\]]*(?=\s)/g

/** Sentence units inside the range [start, end) of `text` (usually one paragraph). */
export function sentenceUnits(text: string, start: number, end: number, keys: KeyTable): Unit[] {
  const units: Unit[] = []
  const slice = text.slice(start, end)
  let from = 0
  const push = (a: number, b: number): void => {
    const trimmed = trimRange(text, start + a, start + b)
    if (trimmed) units.push({ ...trimmed, key: keys.keyOf(text.slice(trimmed.start, trimmed.end)) })
  }
  for (const match of slice.matchAll(SENTENCE_END)) {
    const cut = match.index + match[0].length
    push(from, cut)
    from = cut
  }
  push(from, slice.length)
  return units
}

function trimRange(text: string, start: number, end: number): { start: number; end: number } | null {
  while (start < end && isSpace(text.charCodeAt(start))) start++
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--
  return start < end ? { start, end } : null
}

function isSpace(code: number): boolean {
  // space, tab, newline, carriage return, form feed, vertical tab, no-break space, and the Unicode spaces
  return (
    code === 32 ||
    (code >= 9 && code <= 13) ||
    code === 160 ||
    code === 0x2028 ||
    code === 0x2029 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x3000 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x1680 ||
    code === 0xfeff
  )
}
