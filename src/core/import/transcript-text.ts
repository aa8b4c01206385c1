import type { Article } from '../../shared/article'
import { normaliseSource } from './normalise'
import { buildTranscript, type SpokenParagraph } from './transcript-builder'
import { isCastLine, isStageDirection, readLabelledLine, type LabelledLine } from './transcript-lines'
import { roleOfLabel } from './transcript-roles'
import {
  castSurnames,
  framedSpeechEnd,
  isEditorsNote,
  isProseLine,
  isReportersParagraph,
  proseParagraphs
} from './transcript-framing'

/**
 * `.txt` and `.md` transcripts: a draft whose lines mostly read `NAME: words`. A turn runs from
 * its label to the next label; blank-line paragraphs without a label continue the last speaker
 * (debate transcripts print long answers that way). A draft is read as a transcript only when the
 * labels dominate: at least three of them, by the speech's first line, and at least half the
 * lines of speech labelled (a fifth when two or more people take turns, since answers run over
 * several paragraphs). An article with a "Note:" line, or a Q&A box after the story, stays an
 * article; a story quoting a few labelled lines keeps its prose out of the turns (transcript-framing.ts).
 */

const MIN_LABELS = 3
const LABELLED_SHARE_ALONE = 0.5
const LABELLED_SHARE_TOGETHER = 0.2
/** Lines before the first label: a title, a date, who takes part; more is an article's body. */
const MAX_HEADER_LINES = 12

interface Reading {
  lines: string[]
  firstLabel: number
  /** Each line from `firstLabel` on, read once (null: blank or no label), for the turns to reuse. */
  labelled: Array<LabelledLine | null>
  /** Labels that are a word before a colon in someone's answer, not a speaker (lower case). */
  strays: Set<string>
  /** Where the speech ends when an article's prose frames it (transcript-framing.ts), else null. */
  speechEnd: number | null
}

/** A transcript this long has speakers who recur; a one-off label in it must look like a name. */
const LONG_TRANSCRIPT_LABELS = 10

/**
 * In a long transcript, a label used once that is one word in title case and names no role
 * ("Consider: …", "Overall: …") is a word before a colon inside an answer, not a new speaker: real
 * speakers recur, and a one-off questioner is written like the rest of the cast (in capitals,
 * "Mr. Goldfarb", "Audience member").
 */
function strayLabels(uses: ReadonlyMap<string, { label: string; count: number }>, labels: number): Set<string> {
  const strays = new Set<string>()
  if (labels < LONG_TRANSCRIPT_LABELS) return strays
  for (const [key, { label, count }] of uses) {
    const oneTitleCaseWord = /^\p{Lu}\p{Ll}+$/u.test(label)
    if (count === 1 && oneTitleCaseWord && roleOfLabel(label) === null) strays.add(key)
  }
  return strays
}

/** A markdown line as plain text: heading marks, emphasis, links and block quote marks gone. */
function plainMarkdownLine(line: string): string {
  return line
    .replace(/^\s{0,3}(?:#{1,6}\s+|>\s?|[-*+]\s+(?=\S))/, '')
    .replace(/!?\[([^[\]]*)\]\([^()]*\)/g, '$1') // [^()]: each try stops at the next '(' (linear on '[a](' repeated)
    .replace(/(\*\*|__)(.{1,500}?)\1/g, '$2') // bounded: an unclosed '**' never rescans the line
    .replace(/(^|[^\p{L}\d*])[*_]([^*_\n]+)[*_](?=[^\p{L}\d*]|$)/gu, '$1$2')
    .replace(/<\/?[a-z][^<>]*>/gi, '')
}

/** A text's lines, split only as far as they are read. */
function* linesOf(text: string): Generator<string> {
  let start = 0
  for (let end = text.indexOf('\n'); end >= 0; end = text.indexOf('\n', start)) {
    yield text.slice(start, end)
    start = end + 1
  }
  yield text.slice(start)
}

/** Lines of a markdown source, without front matter, fenced code, rules and HTML comments, as they are read. */
function* markdownLines(raw: Iterator<string>): Generator<string> {
  const first = raw.next()
  if (first.done) return
  let opening = [first.value]
  if (first.value.trim() === '---') {
    // Front matter runs to the next '---' or '...'; without one, its lines are read like the rest.
    for (let next = raw.next(); !next.done; next = raw.next()) {
      if (/^(?:---|\.\.\.)$/.test(next.value.trim())) {
        opening = []
        break
      }
      opening.push(next.value)
    }
  }
  let fenced = false
  const plain = (line: string): string | null => {
    if (/^\s{0,3}(?:```|~~~)/.test(line)) {
      fenced = !fenced
      return null
    }
    if (fenced || /^\s{0,3}(?:[-*_]\s*){3,}$/.test(line) || /^\s*<!--.*-->\s*$/.test(line)) return null
    return plainMarkdownLine(line)
  }
  for (const line of opening) {
    const kept = plain(line)
    if (kept !== null) yield kept
  }
  for (let next = raw.next(); !next.done; next = raw.next()) {
    const kept = plain(next.value)
    if (kept !== null) yield kept
  }
}

/**
 * A draft's lines, made only as far as they are read: most drafts show within their first few dozen
 * lines that they are no transcript, and a megabyte of markdown is 260,000 lines to split and clean up.
 */
class Lines {
  private readonly made: string[] = []
  constructor(private readonly source: Iterator<string>) {}

  /** The line at `index`, or undefined past the last. */
  at(index: number): string | undefined {
    while (this.made.length <= index) {
      const next = this.source.next()
      if (next.done) return undefined
      this.made.push(next.value)
    }
    return this.made[index]
  }

  all(): string[] {
    this.at(Infinity)
    return this.made
  }
}

/**
 * Where the speech starts: the first labelled line that is a turn, not a cast list ("SPEAKERS:",
 * "MODERATOR:" over a name). Lines before it are the header.
 */
function firstTurnAt(lines: Lines): number {
  let castList = false
  for (let index = 0, line = lines.at(0); line !== undefined; line = lines.at(++index)) {
    if (line.trim() === '') continue
    const labelled = readLabelledLine(line)
    if (labelled && !isCastLine(labelled)) return index
    // A cast label with nothing after it lists names on the lines below: "MODERATOR:" / "Lester Holt".
    castList = labelled ? labelled.words === '' : castList
    if (!labelled && !castList && index > MAX_HEADER_LINES * 3) return -1
  }
  return -1
}

function read(source: string, markdown: boolean): Reading | null {
  const raw = linesOf(normaliseSource(source))
  const made = new Lines(markdown ? markdownLines(raw) : raw)
  const firstLabel = firstTurnAt(made)
  if (firstLabel < 0) return null
  const lines = made.all()
  const headerLines = lines.slice(0, firstLabel).filter((line) => line.trim() !== '').length
  let labels = 0
  let speechLines = 0
  const uses = new Map<string, { label: string; count: number }>()
  const labelledLines: Array<LabelledLine | null> = []
  for (let index = firstLabel; index < lines.length; index++) {
    const line = lines[index] ?? ''
    const blank = line.trim() === ''
    const labelled = blank ? null : readLabelledLine(line)
    labelledLines.push(labelled)
    if (blank || isStageDirection(line)) continue
    speechLines++
    if (labelled) {
      labels++
      const key = labelled.speaker.toLowerCase()
      uses.set(key, { label: labelled.speaker, count: (uses.get(key)?.count ?? 0) + 1 })
    }
  }
  if (labels < MIN_LABELS || headerLines > MAX_HEADER_LINES) return null
  const share = labels / speechLines
  const transcript = share >= LABELLED_SHARE_ALONE || (uses.size >= 2 && share >= LABELLED_SHARE_TOGETHER)
  if (!transcript) return null
  const strays = strayLabels(uses, labels)
  // Run-in heads ("Sanders: Win in a walk.", "Cruz: Just hang on.") are all strays: no one takes a turn.
  let strayUses = 0
  for (const key of strays) strayUses += uses.get(key)?.count ?? 0
  if (labels - strayUses < MIN_LABELS) return null
  const header = lines.slice(0, firstLabel)
  const isTurn = (line: LabelledLine): boolean => !strays.has(line.speaker.toLowerCase())
  const speechEnd = framedSpeechEnd(lines, firstLabel, header, labelledLines, isTurn)
  return { lines, firstLabel, labelled: labelledLines, strays, speechEnd }
}

/** True when a text or markdown source reads as a transcript. */
export function isTranscriptText(source: string, markdown = false): boolean {
  return read(source, markdown) !== null
}

/** The transcript in a text or markdown source, or null when it is not one (read it as an article). */
export function parseTranscriptText(source: string, markdown = false): Article | null {
  const reading = read(source, markdown)
  if (!reading) return null
  const { lines, firstLabel, labelled: labelledLines, strays, speechEnd } = reading
  const header = lines.slice(0, firstLabel).filter((line) => line.trim() !== '')
  const cast: string[] = []
  const paragraphs: SpokenParagraph[] = []
  let speaker: string | null = null
  let words: string[] = []
  // A time written with the label ("Speaker 2 (00:01:05):") dates the turn's first paragraph.
  let time: number | null = null
  // Prose frames the speech (a lede in the header): an unlabelled paragraph may be the reporter's, and the
  // reporter's paragraphs run to the next label.
  const surnames = header.some(isProseLine) ? castSurnames(labelledSpeakers(labelledLines, strays)) : null
  // '"PENCE: Well, look, …' / '"But the truth is …': a story that opens every quoted paragraph with a mark.
  const quotedLabels = labelledLines.some((line, k) => line !== null && /^\s*["“]/.test(lines[firstLabel + k] ?? ''))
  let unlabelled = false
  let labelOpened = false
  let reporting = false
  const flush = (): void => {
    const text = words.join(' ')
    if (unlabelled && surnames && (reporting || isReportersParagraph(text, surnames))) {
      paragraphs.push({ speaker: null, text, prose: true })
      reporting = true
    } else if (unlabelled && isEditorsNote(text)) paragraphs.push({ speaker: null, text, prose: true })
    else if (words.length > 0)
      paragraphs.push(time === null ? { speaker, text } : { speaker, text, time: { start: time, end: time } })
    words = []
    time = null
    unlabelled = false
    labelOpened = false
  }
  const end = speechEnd ?? lines.length
  for (let index = firstLabel; index < end; index++) {
    const line = lines[index] ?? ''
    if (line.trim() === '') {
      flush()
      continue
    }
    const read = labelledLines[index - firstLabel] ?? null
    const labelled = read && (strays.size === 0 || !strays.has(read.speaker.toLowerCase())) ? read : null
    if (labelled) {
      flush()
      reporting = false
      labelOpened = true
      speaker = labelled.speaker
      time = labelled.time
      // "HOWARD K. SMITH, MODERATOR:" says who they are, as a header would.
      if (labelled.title) cast.push(`${labelled.speaker}, ${labelled.title}`)
      if (labelled.words !== '') words.push(labelled.words)
    } else if (isStageDirection(line)) {
      flush()
      paragraphs.push({ speaker: null, text: line.trim() })
    } else {
      unlabelled ||= words.length === 0 && !labelOpened
      words.push(quotedLabels ? unquotedParagraph(line.trim()) : line.trim())
    }
  }
  flush()
  if (speechEnd === null && !paragraphs.some((paragraph) => paragraph.prose))
    return buildTranscript({ header, cast, paragraphs })
  // Framed speech: the story's lede, its paragraphs between the turns and after the last turn are its prose.
  return buildTranscript({
    header,
    cast,
    paragraphs,
    prose: { header: true, after: proseParagraphs(lines.slice(end)) }
  })
}

/** The speakers the labels name, strays left out. */
function* labelledSpeakers(
  labelled: ReadonlyArray<LabelledLine | null>,
  strays: ReadonlySet<string>
): Generator<string> {
  for (const line of labelled) if (line && !strays.has(line.speaker.toLowerCase())) yield line.speaker
}

/** A paragraph of a turn opened, and perhaps closed, by the story's quote marks, without them. */
function unquotedParagraph(line: string): string {
  if (!/^["“]/.test(line)) return line
  const inner = line.slice(1)
  return /["”]$/.test(inner) && !/["“”]/.test(inner.slice(0, -1)) ? inner.slice(0, -1) : inner
}
