import { splitParagraphGroups } from './normalise'
import { isStageDirection, type LabelledLine } from './transcript-lines'
import { roleOfLabel } from './transcript-roles'

/**
 * A news story that quotes a few `Name: words` lines (a TV panel, an exchange on air) reads like a
 * transcript to the label count, but the story's own prose frames the quoted lines: a lede before
 * them, and the reporter's paragraphs after them. Read as a transcript whole, every paragraph after
 * the last label would be the last speaker's (a transcript's long answer runs over unlabelled
 * paragraphs), so the reporter's sentences were credited to the panellist. Framed speech is told
 * by both ends: prose before the first turn, and a run of unlabelled paragraphs after the last turn
 * far longer than any answer before it ran and at least as many as the turns. Then only the speech
 * is turns; the prose around it is paragraphs, as in an article.
 */

/** Fewest unlabelled paragraphs after the last turn that can be the story carrying on. */
const MIN_TAIL_PARAGRAPHS = 3
/** How many times longer than the longest earlier answer's run the tail must be. */
const TAIL_OVER_ANSWERS = 2
/** A header line this long that ends like a sentence is a lede, not a title, date or cast list. */
const MIN_PROSE_WORDS = 12

/** A line of an article's prose: a full sentence's length, ending like one. */
export function isProseLine(line: string): boolean {
  const text = line.trim()
  return /[.?!…]["'”’)]*$/.test(text) && text.split(/\s+/).length >= MIN_PROSE_WORDS
}

/**
 * Where the speech ends when prose frames it: the index of the first line after the last turn's
 * labelled paragraph, or null when the draft is a transcript to its end. `labelled` holds each line
 * from `firstLabel` on, read (null: blank or no label); `isTurn` says which of those labels are turns.
 */
export function framedSpeechEnd(
  lines: readonly string[],
  firstLabel: number,
  header: readonly string[],
  labelled: ReadonlyArray<LabelledLine | null>,
  isTurn: (line: LabelledLine) => boolean
): number | null {
  if (!header.some(isProseLine)) return null
  let longestAnswer = 0
  let run = 0
  let turns = 0
  let lastTurnEnd = firstLabel
  let inParagraph = false
  for (let index = firstLabel; index < lines.length; index++) {
    const line = lines[index] ?? ''
    const read = labelled[index - firstLabel] ?? null
    if (line.trim() === '' || isStageDirection(line)) {
      inParagraph = false
      continue
    }
    if (read && isTurn(read)) {
      longestAnswer = Math.max(longestAnswer, run)
      run = 0
      turns++
      lastTurnEnd = index + 1
      inParagraph = true
    } else if (!inParagraph) {
      run++
      inParagraph = true
    } else if (run === 0) lastTurnEnd = index + 1 // a turn's paragraph running on over several lines
  }
  // A closing statement can run a few paragraphs past any earlier answer; the story after a quoted
  // exchange runs at least as long as the exchange.
  const framed = run >= MIN_TAIL_PARAGRAPHS && run > TAIL_OVER_ANSWERS * longestAnswer && run >= turns
  return framed ? lastTurnEnd : null
}

/** The paragraphs of lines (blank lines between them), each joined as one paragraph's text. */
export function proseParagraphs(lines: readonly string[]): string[] {
  return splitParagraphGroups(lines.join('\n')).map((group) => group.map((line) => line.trim()).join('\n'))
}

/** A word a speaker uses of themselves or the one they answer: "we", "my", "you". */
const FIRST_OR_SECOND_PERSON = /\b(?:I|I['’](?:m|ve|d|ll)|[Ww]e|[Uu]s|[Oo]urs?|[Mm]y|[Mm]e|[Yy]ou|[Yy]ours?)\b/u
/** What a reporter's paragraph does between the turns: checks them against a source. */
const REPORTING = /\b(?:according to|said|says|show|shows|showed|found|published)\b/iu

/**
 * The surnames the labels give the cast, written as prose writes them ("HALE" → "Hale"), for finding them named in
 * the third person. Role labels (MODERATOR, Q, A) name no one.
 */
export function castSurnames(labels: Iterable<string>): Set<string> {
  const names = new Set<string>()
  for (const label of labels) {
    const last = label.split(/\s+/).at(-1) ?? ''
    if (last.length < 3 || roleOfLabel(label) !== null) continue
    names.add(last.charAt(0).toUpperCase() + last.slice(1).toLowerCase())
  }
  return names
}

/**
 * In speech a story's prose frames, an unlabelled paragraph between turns that is the reporter's, not the last
 * speaker's answer running on: no "I", "we" or "you" in it, and it checks what was said against a source ("police
 * figures show", "according to the accounts") or names one of the cast in the third person ("after Mr Ruiz
 * withdrew"). A speaker's second paragraph ("Ridership rose by a third.") stays theirs.
 */
export function isReportersParagraph(text: string, surnames: ReadonlySet<string>): boolean {
  if (FIRST_OR_SECOND_PERSON.test(text)) return false
  if (REPORTING.test(text)) return true
  for (const name of surnames) if (new RegExp(String.raw`\b${name}\b`, 'u').test(text)) return true
  return false
}

/**
 * A paragraph in brackets of its own, a sentence's length, in the third person: the transcript's
 * editor noting something after or beside the speech ("(After the interview, the council said it had not
 * yet received any money.)"), not the last speaker's words running on. A short one is a stage direction.
 */
export function isEditorsNote(text: string): boolean {
  const trimmed = text.trim()
  if (!trimmed.startsWith('(') || !/\)$/.test(trimmed)) return false
  const inside = trimmed.slice(1, -1)
  if (inside.includes('(') || inside.includes(')')) return false
  return isProseLine(inside) && !FIRST_OR_SECOND_PERSON.test(inside)
}
