/**
 * Sentence splitting: every scored unit of an article, in document order.
 *
 * Each text-bearing block is scanned once, left to right; only at a terminator (. ? ! … and the CJK
 * full stops) does the scanner look around, and then only a few characters each way. The only regular
 * expression run over the text is one character class (the next terminator), so a megabyte splits in
 * milliseconds and hostile input cannot trigger backtracking. Intl.Segmenter is deliberately not used: it is
 * slow on long text in Node 20 and splits after "Dr.".
 *
 * Rules, in the order they are applied at a terminator:
 *  1. The terminator run ("?!", "...") absorbs the closing quotes and brackets after it, so
 *     `… infinite.” The next…` ends after the closing quote and `(See below.) Then` after the bracket.
 *  2. Anything but whitespace right after that run means no boundary: decimals (3.14, 12.4%),
 *     timestamps (1695477876.6577), "U.S", web addresses.
 *  3. A lower-case next word never starts a sentence: `“Why?” she asked.` is one sentence, so are
 *     "etc. and" and "at 3 p.m. on Monday".
 *  4. "?" and "!" (and any terminator followed by a closing mark) end the sentence before anything else.
 *  5. An ellipsis with a space before it marks an omission (" … ") and does not split; one attached to
 *     a word ("stopped... Then") ends the sentence before a capital.
 *  6. A single full stop after an abbreviation follows that abbreviation's family (abbreviations.ts).
 * Whatever remains at the end of a block is a unit too, so headlines and list items without a full
 * stop come out whole. A line break inside a block is ordinary whitespace.
 */
import { BLOCK_KINDS, type Article, type Block, type BlockKind } from '../../shared/article'
import {
  charAt,
  isDigitCode,
  isLetterChar,
  isLowerChar,
  isSpaceAt,
  isSpaceCode,
  isUpperChar,
  trimRange
} from './char-classes'
import { classifyAbbreviation, SENTENCE_STARTERS, TIME_CONTINUATIONS } from './abbreviations'
import { isPhotoCredit } from '../import/header-lines'
import { isTranscript } from './blocks'
import { isUpdateNote } from './update-notes'

export interface TextRange {
  start: number
  end: number
}

/**
 * Blocks whose text is scored. Metadata and bylines describe the article; they make no claims, nor
 * does a photo credit closing a block, an editor's update note or a transcript's title (splitSentences).
 */
const UNIT_KINDS: ReadonlySet<BlockKind> = new Set(
  BLOCK_KINDS.filter((kind) => kind !== 'metadata' && kind !== 'byline')
)

/** Abbreviations are short; a longer run of letters before a full stop is an ordinary word. */
const MAX_ABBREVIATION_LENGTH = 12
/** Longest state or province abbreviation in a dateline: "Ore.", "Calif.", "Mass.", "Tenn.", "Ont.". */
const MAX_DATELINE_ABBREVIATION = 6

export function splitSentences(article: Article): TextRange[] {
  const out: TextRange[] = []
  const transcript = isTranscript(article)
  for (const block of textBlocks(article)) scoredSentencesOf(article, block, transcript, out)
  return out
}

/**
 * The sentences extraction scores in one of textBlocks(), appended to out: splitSentences() for the whole article,
 * hand-claimants.ts for the one block a claim added by hand lies in.
 */
export function scoredSentencesOf(article: Article, block: Block, transcript: boolean, out: TextRange[]): void {
  // A transcript's title names the recording ("Harbour Ward debate, 4 March 2026"), like the header lines under it.
  if (transcript && block.kind === 'title') return
  const first = out.length
  splitBlock(article.text, block.start, block.end, out)
  // "… June 9, 2021. (AP Photo/Jerome Delay, File)": the credit closing a caption is furniture, like a byline.
  const last = out[out.length - 1]
  if (out.length > first && isPhotoCredit(article.text.slice(last.start, last.end))) out.pop()
  // "This story has been updated to include comments from Hale.": the editor's note is furniture too.
  for (let k = out.length - 1; k >= first; k--)
    if (isUpdateNote(article.text, out[k].start, out[k].end)) out.splice(k, 1)
}

/**
 * The article's text-bearing blocks in document order, clamped to the text and made disjoint, so a
 * malformed article (overlapping or out-of-range blocks) can never yield a range outside the text.
 */
export function textBlocks(article: Article): Block[] {
  const length = article.text.length
  // A stage direction ("(APPLAUSE)") is the room's turn, not words anyone could claim.
  const sorted = article.blocks
    .filter((b) => UNIT_KINDS.has(b.kind) && b.role !== 'system')
    .sort((a, b) => a.start - b.start)
  const out: Block[] = []
  let floor = 0
  for (const block of sorted) {
    const start = Math.max(floor, Math.min(Math.max(0, block.start), length))
    const end = Math.max(start, Math.min(block.end, length))
    if (end > start) out.push({ kind: block.kind, start, end })
    floor = Math.max(floor, end)
  }
  return out
}

/** Append the trimmed sentences of text[start, end) to `out`. */
export function splitBlock(text: string, start: number, end: number, out: TextRange[]): void {
  let sentenceStart = start
  // The block alone is searched (a slice shares the text's characters): a search of the whole text would run on
  // past the block's end to the next terminator, through every block after it that has none.
  const block = text.slice(start, end)
  let i = start
  while (i < end) {
    i = nextTerminator(block, i - start) + start
    if (i >= end) break
    const verdict = boundaryAt(text, i, start, end)
    if (verdict.end >= 0) {
      pushTrimmed(out, text, sentenceStart, verdict.end)
      sentenceStart = verdict.end
    }
    i = verdict.resume
  }
  pushTrimmed(out, text, sentenceStart, end)
}

function pushTrimmed(out: TextRange[], text: string, start: number, end: number): void {
  const [s, e] = trimRange(text, start, end)
  if (e > s) out.push({ start: s, end: e })
}

interface Verdict {
  /** Where the sentence ends (exclusive), or -1 when this terminator does not end one. */
  end: number
  /** Where scanning continues. */
  resume: number
}

function boundaryAt(text: string, i: number, blockStart: number, blockEnd: number): Verdict {
  let j = i
  let dots = 0
  let strong = false
  let ellipsis = false
  let cjk = false
  for (; j < blockEnd; j++) {
    const code = text.charCodeAt(j)
    if (!isTerminatorCode(code)) break
    if (code === 0x2e) dots++
    else if (code === 0x2026) ellipsis = true
    else if (code === 0x3002 || code === 0xff01 || code === 0xff1f) cjk = true
    else strong = true
  }
  const runEnd = j
  const none: Verdict = { end: -1, resume: runEnd }
  if (dots >= 2) ellipsis = true
  while (j < blockEnd && isCloserCode(text.charCodeAt(j))) j++
  let closed = j > runEnd
  if (!closed) {
    const guillemetEnd = spacedGuillemetEnd(text, j, blockEnd)
    closed = guillemetEnd > j
    j = guillemetEnd
  }
  const yes: Verdict = { end: j, resume: j }
  if (j >= blockEnd || cjk) return yes
  if (!isSpaceCode(text.charCodeAt(j))) return none
  let k = j
  while (k < blockEnd && isSpaceCode(text.charCodeAt(k))) k++
  if (k >= blockEnd) return yes
  const next = charAt(text, k)
  if (isLowerChar(next)) return none
  if (strong || closed) return yes
  if (ellipsis) return isSpaceAt(text, i - 1) ? none : yes
  if (dots !== 1) return yes
  return abbreviationAllowsEnd(text, i, blockStart, k, blockEnd) ? yes : none
}

/** A single full stop at `dot` followed by whitespace and then the non-lower-case character at `next`. */
function abbreviationAllowsEnd(text: string, dot: number, blockStart: number, next: number, blockEnd: number): boolean {
  let k = dot
  while (k > blockStart && dot - k <= MAX_ABBREVIATION_LENGTH && (text[k - 1] === '.' || isLetterChar(text[k - 1]))) k--
  if (dot - k > MAX_ABBREVIATION_LENGTH) return true
  while (k < dot && text[k] === '.') k++
  const word = text.slice(k, dot)
  const kind = word === 'al' && text.slice(Math.max(blockStart, k - 3), k) !== 'et ' ? null : classifyAbbreviation(word)
  // "PORTLAND, Ore. — The council voted …": a dash after a short capitalised word continues a dateline (a state's
  // abbreviation, known or not); no sentence opens on a dash.
  if (
    (text[next] === '—' || text[next] === '–') &&
    word !== '' &&
    isUpperChar(word[0]) &&
    word.length <= MAX_DATELINE_ABBREVIATION
  )
    return false
  if (kind === null) return true
  const nextIsDigit = isDigitCode(text.charCodeAt(next))
  const nextWord = readWord(text, next, blockEnd)
  switch (kind) {
    case 'title':
      return false
    case 'number-prefix':
      return !nextIsDigit
    case 'name-continuing':
      if (nextIsDigit) return false
      return nextWord === '' || SENTENCE_STARTERS.has(nextWord)
    case 'clause-final':
      return !TIME_CONTINUATIONS.has(nextWord)
  }
}

function readWord(text: string, start: number, end: number): string {
  let k = start
  while (k < end && k - start < MAX_ABBREVIATION_LENGTH && isLetterChar(text[k])) k++
  return text.slice(start, k)
}

/** French typography puts a (narrow) space before the closing guillemet: « Il est parti. » */
function spacedGuillemetEnd(text: string, from: number, blockEnd: number): number {
  let k = from
  while (k < blockEnd && k - from < 2 && isSpaceCode(text.charCodeAt(k)) && text.charCodeAt(k) !== 0x0a) k++
  if (k === from || k >= blockEnd || text.charCodeAt(k) !== 0xbb) return from
  return k + 1 >= blockEnd || isSpaceCode(text.charCodeAt(k + 1)) ? k + 1 : from
}

/** The characters isTerminatorCode() answers true for. */
const TERMINATOR_RE = /[.?!\u2026\u3002\uff01\uff1f\u203c\u2047-\u2049]/g

/**
 * Where the next terminator of `block` is at or after `from`, or block.length. One character class, which cannot
 * backtrack: the engine skips the characters between terminators several times faster than a loop over codes.
 */
function nextTerminator(block: string, from: number): number {
  TERMINATOR_RE.lastIndex = from
  return TERMINATOR_RE.exec(block)?.index ?? block.length
}

function isTerminatorCode(code: number): boolean {
  return (
    code === 0x2e || // .
    code === 0x3f || // ?
    code === 0x21 || // !
    code === 0x2026 || // …
    code === 0x3002 || // 。
    code === 0xff01 || // ！
    code === 0xff1f || // ？
    code === 0x203c || // ‼
    (code >= 0x2047 && code <= 0x2049) // ⁇ ⁈ ⁉
  )
}

/** Closing quotes and brackets that stay with the sentence they close. */
function isCloserCode(code: number): boolean {
  return (
    code === 0x22 || // "
    code === 0x27 || // '
    code === 0x29 || // )
    code === 0x5d || // ]
    code === 0x7d || // }
    code === 0xbb || // »
    code === 0x2019 || // ’
    code === 0x201d || // ”
    code === 0x201c || // “ closes German „…“
    code === 0x2018 || // ‘ closes German ‚…‘
    code === 0x203a || // ›
    code === 0xab || // « closes German »…«
    code === 0x300d || // 」
    code === 0x300f || // 』
    code === 0xff09 // ）
  )
}
