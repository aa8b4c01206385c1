/**
 * A small word tokenizer for the text around a quote (attribution clauses are a dozen words, so
 * tokens are cheap there). Words keep their inner apostrophes, hyphens and dots ("O’Brien",
 * "al-Qaeda", "U.S."), and a title or initial keeps its full stop ("Dr.", "W.") so that names read
 * as one run. Every other non-space character is a one-character punctuation token.
 */
import { charAt, charLengthAt, isDigitCode, isSpaceCode, isUpperChar, wordCharAt } from './char-classes'

export interface Token {
  start: number
  end: number
  text: string
  /** Lower-cased text, for lexicon look-ups. */
  lower: string
  /** Letters/digits (a word) rather than a punctuation mark. */
  word: boolean
}

/** Abbreviations that sit inside names and keep their full stop as part of the token. */
const NAME_ABBREVIATIONS = new Set([
  'Mr',
  'Mrs',
  'Ms',
  'Mx',
  'Dr',
  'Prof',
  'Gen',
  'Sen',
  'Rep',
  'Gov',
  'St',
  'Lt',
  'Col',
  'Capt',
  'Cmdr',
  'Sgt',
  'Maj',
  'Adm',
  'Rev',
  'Jr',
  'Sr',
  'Mt',
  'Ft',
  'Mme',
  'Hon',
  'Pres',
  'Atty',
  'Amb',
  'Inc',
  'Ltd',
  'Co'
])

/** Characters that join two word parts into one token: apostrophes, hyphens, inner dots. */
function isJoiner(code: number): boolean {
  return code === 0x27 || code === 0x2019 || code === 0x2d || code === 0x2010 || code === 0x2e
}

export function tokenize(text: string, start: number, end: number): Token[] {
  const tokens: Token[] = []
  let i = Math.max(0, start)
  const stop = Math.min(end, text.length)
  // Character classes are read from character codes (wordCharAt): no one-character string per character.
  while (i < stop) {
    if (isSpaceCode(text.charCodeAt(i))) {
      i += 1
      continue
    }
    const length = charLengthAt(text, i)
    if (!wordCharAt(text, i)) {
      tokens.push(makeToken(text, i, i + length, false))
      i += length
      continue
    }
    let j = i + length
    for (;;) {
      if (j < stop && wordCharAt(text, j)) {
        j += charLengthAt(text, j)
      } else if (j + 1 < stop && isJoiner(text.charCodeAt(j)) && wordCharAt(text, j + 1)) {
        j += 1
      } else if (j + 1 < stop && isThousandsComma(text, j)) {
        j += 1
      } else break
    }
    if (j < stop && text[j] === '.' && keepsFullStop(text.slice(i, j))) j += 1
    tokens.push(makeToken(text, i, Math.min(j, stop), true))
    i = j
  }
  return tokens
}

/**
 * "301,000" is one number: a comma between digits is no clause break, so "The utility that supplies 301,000
 * homes … says" is the utility's claim, not a claim of "000 homes around Kestrel Bay".
 */
function isThousandsComma(text: string, j: number): boolean {
  return text.charCodeAt(j) === 0x2c && isDigitCode(text.charCodeAt(j - 1)) && isDigitCode(text.charCodeAt(j + 1))
}

function keepsFullStop(word: string): boolean {
  if (NAME_ABBREVIATIONS.has(word)) return true
  if (word.length === 1 && isUpperChar(word)) return true
  // Dotted abbreviations: "U.S" → "U.S.", "D.C" → "D.C."
  return word.includes('.') && word.length <= 8
}

function makeToken(text: string, start: number, end: number, word: boolean): Token {
  const slice = text.slice(start, end)
  return tokenOf(start, end, slice, mayLowerCase(text, start, end) ? slice.toLowerCase() : slice, word)
}

/**
 * False when text[start, end) is lower-case ASCII already (no A–Z, nothing past 0x7f), so toLowerCase() would
 * return it unchanged: most tokens are, and toLowerCase() is a runtime call per token (a third of tokenize's time).
 * General Punctuation (U+2000–U+206F: curly quotes and apostrophes, dashes, the ellipsis) has no case either, and
 * toLowerCase() sends a string holding one to ICU, the slow path: “, —, ’ and "don’t" need no lowering.
 */
function mayLowerCase(text: string, start: number, end: number): boolean {
  for (let k = start; k < end; k++) {
    const code = text.charCodeAt(k)
    if ((code >= 0x41 && code <= 0x5a) || (code >= 0x80 && (code < 0x2000 || code > 0x206f))) return true
  }
  return false
}

/**
 * Every token is built here, never spread from another ({ ...token, text }): a spread object gets a hidden class of
 * its own, and one such token (a headline's lower-cased words, "he's" cut to "he") made every cue reader that met
 * it polymorphic and deoptimised them mid-run.
 */
export function tokenOf(start: number, end: number, text: string, lower: string, word: boolean): Token {
  return { start, end, text, lower, word }
}

/** Only the opening of a long sentence is read by the prose readers (speakers, claimants, mentions): it bounds work on hostile text. */
export const SENTENCE_WINDOW = 600

/**
 * The tokens of a sentence as every prose reader reads it (prose-speakers, claimants, prose-mentions): the
 * attribution code tokenises each sentence once with this and hands the same tokens to all three.
 */
export function sentenceTokens(text: string, range: { start: number; end: number }): Token[] {
  return tokenize(text, range.start, Math.min(range.end, range.start + SENTENCE_WINDOW))
}

/** The index after the sentence's last word: its closing stop, quote marks and brackets left out. */
export function wordsEnd(tokens: readonly Token[]): number {
  let end = tokens.length
  while (end > 0 && !tokens[end - 1].word) end--
  return end
}

/** Whether the lower-case words `words` are the tokens' from `i` on (a loop: no closure per phrase tried). */
export function wordsAt(tokens: readonly Token[], i: number, words: readonly string[]): boolean {
  for (let k = 0; k < words.length; k++) if (tokens[i + k]?.lower !== words[k]) return false
  return true
}

/** True when the token's first character is an upper-case letter ("Barotte", "Émile", "U.S."). */
export function isCapitalised(token: Token): boolean {
  if (!token.word) return false
  // Most words are ASCII: A–Z is what isUpperChar says of them, without a string per call and two case conversions
  // (this runs for every token of every sentence the name readers scan).
  const code = token.text.charCodeAt(0)
  if (code < 0x80) return code >= 0x41 && code <= 0x5a
  return isUpperChar(charAt(token.text, 0))
}

/** Straight and curly double quotation marks: the marks English news text opens and closes a quotation with. */
const DOUBLE_QUOTE_MARKS: ReadonlySet<string> = new Set(['"', '“', '”'])

/**
 * Whether the token is a double quotation mark, each one a token of its own; an odd count of them before a word puts
 * the word inside a quotation. A Set look-up, not a regex: callers ask it of every token of a sentence.
 */
export function isDoubleQuoteMark(token: Token): boolean {
  return token.text.length === 1 && DOUBLE_QUOTE_MARKS.has(token.text)
}
