/**
 * Pair quotation marks into outermost quotes, block by block, in one linear pass per mark family.
 *
 * Double marks (“ ” " „ « » 「 」) and single marks (‘ ’ ' ‚ ‹ ›) are paired in separate passes so
 * that a misread apostrophe can never swallow a real double quote; afterwards a single-quoted span
 * survives only at top level (British style) and a double quote nested inside it is dropped.
 *
 * Which way a mark faces is read from its neighbours: after a space or an opening bracket it opens,
 * before a space or punctuation it closes. Curly marks also carry their own direction, except
 * that “ closes a German „ and » opens a German »…«. An apostrophe between letters (It’s, France’s,
 * O’Brien), before a decade (’90s), in rock ’n’ roll or in an elision (’em, ’til) is not a mark.
 *
 * A quote left open at the end of a paragraph continues when the next paragraph opens with the same
 * kind of mark (the newsroom convention for speech over several paragraphs); so does one left open at
 * the end of a line when the next line of the same block opens with that mark (plain text with one
 * line break between paragraphs). A quote still open at the end of its last paragraph ends there when
 * that paragraph opened with it (transcript excerpts whose closing mark never comes); one opened in
 * mid-paragraph and never closed is dropped. A “ that can only close (`an “expedited review“ of`)
 * closes like ”.
 * Each close searches the stack only while marks it can close are on it, so 10,000 nested marks
 * stay linear.
 */
import type { Block, BlockKind } from '../../shared/article'
import { isDigitCode, isSpaceCode, wordCharAt, wordCharBefore } from './char-classes'

export type MarkFamily = 'double' | 'single'

export interface RawQuote {
  family: MarkFamily
  /** Offsets of the opening mark's first character and the closing mark's last ('' is a mark of two). */
  open: number
  close: number
  /** Index (in the block list given) of the blocks holding the opening and closing marks. */
  firstBlock: number
  lastBlock: number
  /** False when no closing mark came: `close` is then the last character of the quote's paragraph. */
  closed: boolean
}

interface OpenMark {
  index: number
  block: number
  closers: string
}

/** What a mark may do here: close a pending quote, and failing that open one (with these closers). */
interface Role {
  closes: boolean
  opens: string | null
}

const DOUBLE_MARKS = '"“”„«»「」『』'
const SINGLE_MARKS = "'‘’‚‹›"
const CONTINUES: ReadonlySet<BlockKind> = new Set<BlockKind>(['paragraph', 'blockquote'])
const OPENING_NEIGHBOURS = '([{—–/“‘„‚«‹「『'
const CLOSING_NEIGHBOURS = ',.;:!?)]}—–…”’»›」』'
/** Punctuation that ends quoted words, so a straight mark after it and a space closes: `disgrace, "`. */
const SPACED_CLOSE_AFTER = ",.?!’'…"
const ELISIONS = ['em', 'tis', 'twas', 'til', 'cause', 'bout']
/** Stands for the two-character mark '' in the open-mark stack (no real character is this one). */
const DOUBLED_SINGLE = '\uE000'

/** All outermost quotes in the given blocks (sorted, disjoint), in document order. */
export function scanQuotes(text: string, blocks: readonly Block[]): RawQuote[] {
  const doubles = scanFamily(text, blocks, 'double')
  const singles = scanFamily(text, blocks, 'single')
  const keptSingles: RawQuote[] = []
  const droppedDoubles = new Set<RawQuote>()
  let d = 0
  for (let s = 0; s < singles.length; s++) {
    const single = singles[s]
    while (d < doubles.length && doubles[d].close < single.open) d++
    const overlapping: RawQuote[] = []
    for (let k = d; k < doubles.length && doubles[k].open < single.close; k++) overlapping.push(doubles[k])
    if (overlapping.every((q) => single.open < q.open && q.close < single.close)) {
      keptSingles.push(single)
      for (let k = 0; k < overlapping.length; k++) droppedDoubles.add(overlapping[k])
    }
  }
  return [...doubles.filter((q) => !droppedDoubles.has(q)), ...keptSingles].sort((a, b) => a.open - b.open)
}

function scanFamily(text: string, blocks: readonly Block[], family: MarkFamily): RawQuote[] {
  const marks = family === 'double' ? DOUBLE_MARKS : SINGLE_MARKS
  const out: RawQuote[] = []
  const stack: OpenMark[] = []
  const pending = new Map<string, number>()
  const push = (mark: OpenMark): void => {
    stack.push(mark)
    for (const c of mark.closers) pending.set(c, (pending.get(c) ?? 0) + 1)
  }
  const pop = (): OpenMark | undefined => {
    const mark = stack.pop()
    if (mark) for (const c of mark.closers) pending.set(c, (pending.get(c) ?? 1) - 1)
    return mark
  }
  let resumeAt = -1
  /** The open quote has been reopened by a later paragraph or line: it is speech over several. */
  let carried = false
  for (let b = 0; b < blocks.length; b++) {
    const block = blocks[b]
    for (let i = Math.max(block.start, resumeAt); i < block.end; i++) {
      const code = text.charCodeAt(i)
      // Cheap filter first: every mark is ", ' or above U+00AA.
      if (code !== 0x22 && code !== 0x27 && code < 0xab) continue
      // Two apostrophes ('') stand for a double mark in some wire copy: one mark of two characters.
      const doubled = code === 0x27 && text.charCodeAt(i + 1) === 0x27 && i + 1 < block.end
      if (doubled && family === 'single') {
        i++
        continue
      }
      const ch = doubled ? DOUBLED_SINGLE : text[i]
      if (!doubled && !marks.includes(ch)) continue
      const role = doubled
        ? doubledRole(text, i, block)
        : family === 'double'
          ? doubleRole(text, i, block)
          : singleRole(text, i, block)
      const last = doubled ? i + 1 : i
      // A “ after a word and before a space or punctuation can only close: a typist's ”.
      const closer = ch === '“' && role.opens === null ? '”' : ch
      if (role.closes && (pending.get(closer) ?? 0) > 0) {
        let mark = pop()
        while (mark && !mark.closers.includes(closer)) mark = pop()
        if (mark && stack.length === 0)
          out.push({ family, open: mark.index, close: last, firstBlock: mark.block, lastBlock: b, closed: true })
        if (stack.length === 0) carried = false
      } else if (role.opens !== null) {
        if (!reopensAtLineStart(text, i, block, stack)) push({ index: i, block: b, closers: role.opens })
        else {
          while (stack.length > 1) pop()
          carried = true
        }
      }
      i = last
    }
    resumeAt = -1
    if (stack.length === 0) continue
    const outer = stack[0]
    while (stack.length > 0) pop()
    // Read within the array (the last block stands in for none after it, never read then): a read past its end
    // deoptimised scanFamily once a run.
    const hasNext = b + 1 < blocks.length
    const next = blocks[hasNext ? b + 1 : b]
    const reopens = hasNext && CONTINUES.has(block.kind) && CONTINUES.has(next.kind)
    const k = reopens ? firstNonSpace(text, next.start, next.end) : -1
    if (k >= 0 && k < next.end && marks.includes(text[k]) && opensAgain(text[k], text[outer.index])) {
      push(outer)
      resumeAt = k + 1
      carried = true
    } else if (carried && opensLine(text, outer.index, blocks[outer.block])) {
      out.push({
        family,
        open: outer.index,
        close: lastNonSpace(text, block.start, block.end),
        firstBlock: outer.block,
        lastBlock: b,
        closed: false
      })
    }
    if (stack.length === 0) carried = false
  }
  return out
}

/**
 * An opening mark at the start of a line while a quote opened on an earlier line is still open
 * reopens that quote (a paragraph of plain text continuing the speech) rather than nesting in it.
 */
function reopensAtLineStart(text: string, i: number, block: Block, stack: readonly OpenMark[]): boolean {
  if (stack.length === 0 || !opensLine(text, i, block)) return false
  const outer = stack[0]
  return opensAgain(text[i], text[outer.index]) && text.lastIndexOf('\n', i) > outer.index
}

/** The mark at `i` is the first thing on its line (or in its block). */
function opensLine(text: string, i: number, block: Block): boolean {
  let k = i - 1
  while (k >= block.start && text[k] !== '\n' && isSpaceCode(text.charCodeAt(k))) k--
  return k < block.start || text[k] === '\n'
}

function firstNonSpace(text: string, start: number, end: number): number {
  let k = start
  while (k < end && isSpaceCode(text.charCodeAt(k))) k++
  return k
}

function lastNonSpace(text: string, start: number, end: number): number {
  let k = end - 1
  while (k >= start && isSpaceCode(text.charCodeAt(k))) k--
  return k
}

/** Marks that reopen a quote at the next paragraph's start, by the mark that first opened it. */
const REOPENERS: Record<string, string> = {
  '“': '“"',
  '"': '"“',
  '„': '„“',
  '«': '«»',
  '»': '»«',
  '”': '”',
  '「': '「',
  '『': '『',
  '‘': "‘'",
  "'": "'‘",
  '‚': '‚‘',
  '‹': '‹›',
  '›': '›‹'
}

function opensAgain(mark: string, opener: string): boolean {
  return (REOPENERS[opener] ?? opener).includes(mark)
}

function neighbours(text: string, i: number, block: Block): { openBefore: boolean; closeAfter: boolean } {
  const before = i > block.start ? text[i - 1] : ''
  const after = i + 1 < block.end ? text[i + 1] : ''
  return {
    openBefore: before === '' || isSpaceCode(before.charCodeAt(0)) || OPENING_NEIGHBOURS.includes(before),
    closeAfter: after === '' || isSpaceCode(after.charCodeAt(0)) || CLOSING_NEIGHBOURS.includes(after)
  }
}

function doubleRole(text: string, i: number, block: Block): Role {
  const { openBefore, closeAfter } = neighbours(text, i, block)
  switch (text[i]) {
    case '“':
      return { closes: true, opens: !openBefore && closeAfter ? null : '”"' }
    case '„':
      return { closes: false, opens: '“”' }
    case '”':
      return { closes: true, opens: openBefore && !closeAfter ? '”' : null }
    case '«':
      return { closes: true, opens: '»' }
    case '»':
      return { closes: true, opens: openBefore && !closeAfter ? '«' : null }
    case '「':
      return { closes: false, opens: '」' }
    case '『':
      return { closes: false, opens: '』' }
    case '"':
      if (openBefore && !closeAfter) return { closes: false, opens: '"”' }
      if (!openBefore && closeAfter) return { closes: true, opens: null }
      // `it's a disgrace, " Trump said`, `'Clinton,' " said`: a space slipped in before the closing mark.
      if (openBefore && closeAfter)
        return { closes: i - 2 >= block.start && SPACED_CLOSE_AFTER.includes(text[i - 2]), opens: null }
      return { closes: true, opens: '"”' }
    default:
      return { closes: true, opens: null }
  }
}

/** The role of a '' pair at i, read like a straight double mark from the characters around the pair. */
function doubledRole(text: string, i: number, block: Block): Role {
  const before = i > block.start ? text[i - 1] : ''
  const after = i + 2 < block.end ? text[i + 2] : ''
  const openBefore = before === '' || isSpaceCode(before.charCodeAt(0)) || OPENING_NEIGHBOURS.includes(before)
  const closeAfter = after === '' || isSpaceCode(after.charCodeAt(0)) || CLOSING_NEIGHBOURS.includes(after)
  if (openBefore && !closeAfter) return { closes: false, opens: DOUBLED_SINGLE }
  if (!openBefore && closeAfter) return { closes: true, opens: null }
  return { closes: false, opens: null }
}

function singleRole(text: string, i: number, block: Block): Role {
  const ch = text[i]
  const ignore: Role = { closes: false, opens: null }
  if (ch === '‚') return { closes: false, opens: neighbours(text, i, block).openBefore ? '‘’' : null }
  if (ch === '‹') return { closes: true, opens: '›' }
  if (ch === '›') return { closes: true, opens: neighbours(text, i, block).openBefore ? '‹' : null }
  if (isApostrophe(text, i, block)) return ignore
  const { openBefore, closeAfter } = neighbours(text, i, block)
  if (openBefore && !closeAfter) return { closes: ch === '‘', opens: "’'" }
  if (!openBefore && closeAfter) return { closes: true, opens: null }
  return ignore
}

/** An apostrophe rather than a quotation mark: It’s, France’s, ’90s, rock ’n’ roll, ’em. */
function isApostrophe(text: string, i: number, block: Block): boolean {
  const before = wordCharBefore(text, i) && i > block.start
  const after = i + 1 < block.end && wordCharAt(text, i + 1)
  if (before && after) return true
  if (after && isDigitCode(text.charCodeAt(i + 1))) return true
  // Each read checked against the text's ends first: one past either end deoptimised this function once a run.
  const isMark = (k: number): boolean =>
    k >= 0 && k < text.length && (text[k] === "'" || text[k] === '’' || text[k] === '‘')
  if (i + 1 < text.length && text[i + 1] === 'n' && isMark(i + 2) && !wordCharAt(text, i + 3)) return true
  if (i >= 1 && text[i - 1] === 'n' && isMark(i - 2) && !wordCharBefore(text, i - 2)) return true
  if (after) {
    const word = text.slice(i + 1, i + 7).toLowerCase()
    return ELISIONS.some((e) => word.startsWith(e) && !wordCharAt(text, i + 1 + e.length))
  }
  return false
}
