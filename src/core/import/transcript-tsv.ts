import type { Article } from '../../shared/article'
import { normaliseSource } from './normalise'
import { buildTranscript, type SpokenParagraph } from './transcript-builder'
import { speakerOfLabel } from './transcript-lines'

/**
 * Tab-separated transcripts (`.tsv`): `speaker<TAB>text`, or `line<TAB>speaker<TAB>text` with a
 * line number first (as CheckThat! and many transcription tools export). A header row
 * ("speaker<TAB>text") is skipped. Consecutive rows by one speaker are one turn, a paragraph
 * each: a row is usually a sentence, and the turn is what a reader recognises. Nothing with words in
 * it is dropped: a row with an empty speaker cell ("5<TAB><TAB>(APPLAUSE)", as tools write stage
 * directions) is a paragraph of its own without a speaker, and a line with no tab is the header
 * before the first row (a title, a date) or such a paragraph.
 */

const HEADER_WORDS =
  /^(?:line|line_number|id|#|n|no|speaker|name|who|text|sentence|utterance|words|transcript|label|time|start|end)$/i
/** Sentences per turn paragraph before a long monologue (a speech) starts a new paragraph. */
const ROWS_PER_PARAGRAPH = 8
/** Lines without a tab before the first row read as the header (title, date, who takes part) up to this many; prose
 * named .tsv is not a header, and reads as paragraphs without a speaker. */
const MAX_HEADER_LINES = 5

interface Row {
  /** null when the speaker cell is empty. */
  speaker: string | null
  text: string
}

function readRow(cells: string[]): Row | null {
  const trimmed = cells.map((cell) => cell.trim())
  // line, speaker, text: the first column counts; the text may itself hold tabs.
  const numbered = trimmed.length >= 3 && /^\d+$/.test(trimmed[0] ?? '')
  const speaker = (numbered ? trimmed[1] : trimmed[0]) ?? ''
  let text = (numbered ? trimmed.slice(2) : trimmed.slice(1)).join(' ').trim()
  if (text.length >= 2 && text.startsWith('"') && text.endsWith('"')) text = text.slice(1, -1).replace(/""/g, '"')
  if (text === '') return null
  return { speaker: speaker === '' ? null : speaker, text }
}

export function parseTranscriptTsv(source: string): Article {
  const header: string[] = []
  const paragraphs: SpokenParagraph[] = []
  let rowsInParagraph = 0
  normaliseSource(source)
    .split('\n')
    .forEach((line) => {
      const cells = line.split('\t')
      if (cells.length < 2) {
        const words = line.trim()
        if (words === '') return
        if (paragraphs.length === 0 && header.length < MAX_HEADER_LINES) header.push(words)
        else paragraphs.push({ speaker: null, text: words })
        rowsInParagraph = 0
        return
      }
      if (paragraphs.length === 0 && cells.every((cell) => HEADER_WORDS.test(cell.trim()))) return
      const row = readRow(cells)
      if (!row) return
      const speaker = row.speaker === null ? null : (speakerOfLabel(row.speaker) ?? row.speaker)
      const last = paragraphs.at(-1)
      if (speaker !== null && last && last.speaker === speaker && rowsInParagraph < ROWS_PER_PARAGRAPH) {
        last.text += ' ' + row.text
        rowsInParagraph++
      } else {
        paragraphs.push({ speaker, text: row.text })
        rowsInParagraph = 1
      }
    })
  return buildTranscript({ header, paragraphs })
}
