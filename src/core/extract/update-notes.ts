/**
 * An editor's update note: "This story has been updated to include comments from Hale.", "This post was updated with
 * the council's response." It tells the reader what the piece now holds; the comments it names are not in it, and
 * what it reports ("updated to note that Hale posted …") is the publisher's correction, so it has no claimant.
 */
import { tokenize, type Token } from './tokens'

/** The piece a note is about: "This story", "This article", "This post". */
// prettier-ignore
const PIECES = new Set([
  'story', 'article', 'post', 'piece', 'report', 'column', 'blog', 'item', 'page', 'version', 'entry'
])
/** Auxiliaries between the piece and "updated": "has been", "was", "had been". */
const AUXILIARIES = new Set(['has', 'had', 'have', 'been', 'was', 'is'])

/** Whether the sentence is an update note: "This" (or "The"), a piece, its auxiliaries, then "updated". */
export function updateNote(tokens: readonly Token[]): boolean {
  const opener = tokens[0]?.lower
  if ((opener !== 'this' && opener !== 'the') || !PIECES.has(tokens[1]?.lower ?? '')) return false
  let k = 2
  while (k < tokens.length && AUXILIARIES.has(tokens[k].lower)) k++
  return k > 2 && tokens[k]?.lower === 'updated'
}

/** Tokens read for an update note: "This story has since been updated" is six; a note is never a longer opening. */
const NOTE_WINDOW = 60

/**
 * Whether text[start, end), a sentence, is the piece's own update note ("This story has been updated …"): the page's
 * furniture, like a byline, never a claim (the comments or the correction it names are the publisher's account of
 * the piece, not a statement checked in it). Not "The article was later updated …", which may be about another
 * outlet's article the story reports on. Only a sentence opening "This" is tokenized (asked of every sentence).
 */
export function isUpdateNote(text: string, start: number, end: number): boolean {
  if (!text.startsWith('This ', start)) return false
  return updateNote(tokenize(text, start, Math.min(end, start + NOTE_WINDOW)))
}
