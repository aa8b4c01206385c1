/**
 * Text normalisation shared by every importer. The rules are deliberately few and
 * deterministic: the same file must always give the same `Article.text`, because
 * annotations anchor to offsets in it. Typographic quotes, dashes and every other
 * printable character pass through untouched (quote extraction depends on them).
 */

/** C0 controls except tab and line feed, DEL, and C1 controls: invisible junk in prose. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_CHARS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g

/** Horizontal spacing that collapses to one space when two or more are in a row. */
const SPACE_RUN = /[ \u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]{2,}/g

/** Tabs and form feeds always become a plain space. */
const ODD_SPACE = /[\t\f\v]/g

/** A code unit from U+0300 on: combining marks, Hangul jamo and everything else NFC may compose or reorder. */
const MAY_CHANGE_UNDER_NFC = /[\u0300-\uffff]/

/**
 * NFC, skipped when every character is below U+0300: nothing there composes or decomposes, so the text
 * is already NFC. (V8 also normalises some long Latin-1 strings in time that jumps with their length.)
 */
export function toNfc(text: string): string {
  return MAY_CHANGE_UNDER_NFC.test(text) ? text.normalize('NFC') : text
}

/** One whitespace character (as trimEnd sees it) before a line break or the end: one step per position. */
const TRAILING_SPACE = /[^\S\n](?:\n|$)/

/**
 * Whole-source normalisation for line-based formats (.txt, .md): strip a BOM,
 * CRLF/CR and Unicode line separators to LF, NFC, trailing whitespace off each line.
 * Form feeds and vertical tabs act as line breaks (old word processors emit them).
 */
export function normaliseSource(source: string): string {
  const text = toNfc(source)
    .replace(/^\ufeff/, '')
    .replace(/\r\n?|[\u2028\u2029\u0085\f\v]/g, '\n')
  // Most sources have no line ending in whitespace: then there is nothing to split (260,000 lines in 1 MB).
  if (!TRAILING_SPACE.test(text)) return text
  return text
    .split('\n')
    .map((line) => line.trimEnd()) // trimEnd: the same whitespace as \s, without a regex that rescans each run
    .join('\n')
}

/**
 * Text collapseBlockText would answer unchanged, told in one pass instead of five replaces: words of printable
 * ASCII, Latin-1 and typographic punctuation (U+2010–U+2027: dashes, curly quotes, bullets, ellipsis) one
 * plain space apart. None of these is a control, a space or a character NFC may change.
 */
const COLLAPSED = /^[\u0021-\u007e\u00a1-\u00ff\u2010-\u2027]+(?: [\u0021-\u007e\u00a1-\u00ff\u2010-\u2027]+)*$/

/**
 * One block's text: lines joined by a single space (a hard-wrapped paragraph reads as
 * one paragraph), controls removed, tabs and runs of spaces collapsed, ends trimmed.
 * A block never contains a newline, so "\n\n" can separate blocks unambiguously.
 */
export function collapseBlockText(raw: string): string {
  if (raw === '' || COLLAPSED.test(raw)) return raw
  return toNfc(raw)
    .replace(/[\r\n\u2028\u2029\u0085]+/g, ' ')
    .replace(CONTROL_CHARS, '')
    .replace(ODD_SPACE, ' ')
    .replace(SPACE_RUN, ' ')
    .trim()
}

/** Split normalised source into paragraph groups: runs of non-blank lines. */
export function splitParagraphGroups(source: string): string[][] {
  const groups: string[][] = []
  let current: string[] = []
  for (const line of source.split('\n')) {
    if (line.trim() === '') {
      if (current.length > 0) groups.push(current)
      current = []
    } else {
      current.push(line)
    }
  }
  if (current.length > 0) groups.push(current)
  return groups
}

/** True when a string holds nothing a reader would see. */
export function isBlank(text: string): boolean {
  return collapseBlockText(text).replace(/[\u200b-\u200d\u2060\ufeff]/g, '') === ''
}
