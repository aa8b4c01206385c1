import type { Article } from '../../shared/article'
import { normaliseSource } from './normalise'
import { buildTranscript, type SpokenParagraph } from './transcript-builder'
import { speakerOfLabel } from './transcript-lines'

/**
 * Tab-separated transcripts (`.tsv`): `speaker<TAB>text`, or `line<TAB>speaker<TAB>text` with a
 * line number first (as CheckThat! and many transcription tools export). A header row
 * ("speaker<TAB>text") is skipped. Consecutive rows by one speaker are one turn, a paragraph
 * each: a row is usually a sentence, and the turn is what a reader recognises.
 */

const HEADER_WORDS =
  /^(?:line|line_number|id|#|n|no|speaker|name|who|text|sentence|utterance|words|transcript|label|time|start|end)$/i
/** Sentences per turn paragraph before a long monologue (a speech) starts a new paragraph. */
const ROWS_PER_PARAGRAPH = 8

interface Row {
  speaker: string
  text: string
}

function readRow(cells: string[]): Row | null {
  const trimmed = cells.map((cell) => cell.trim())
  // line, speaker, text: the first column counts; the text may itself hold tabs.
  const numbered = trimmed.length >= 3 && /^\d+$/.test(trimmed[0] ?? '')
  const speaker = (numbered ? trimmed[1] : trimmed[0]) ?? ''
  let text = (numbered ? trimmed.slice(2) : trimmed.slice(1)).join(' ').trim()
  if (text.length >= 2 && text.startsWith('"') && text.endsWith('"')) text = text.slice(1, -1).replace(/""/g, '"')
  if (speaker === '' || text === '') return null
  return { speaker, text }
}

/** True when most rows of the source have a speaker and text column. */
export function isTranscriptTsv(source: string): boolean {
  const rows = normaliseSource(source)
    .split('\n')
    .filter((line) => line.trim() !== '')
  const readable = rows.filter((line) => line.includes('\t') && readRow(line.split('\t')) !== null)
  return readable.length > 0 && readable.length >= rows.length * 0.8
}

export function parseTranscriptTsv(source: string): Article {
  const paragraphs: SpokenParagraph[] = []
  let rowsInParagraph = 0
  normaliseSource(source)
    .split('\n')
    .forEach((line, index) => {
      const cells = line.split('\t')
      if (cells.length < 2) return
      if (index === 0 && cells.every((cell) => HEADER_WORDS.test(cell.trim()))) return
      const row = readRow(cells)
      if (!row) return
      const speaker = speakerOfLabel(row.speaker) ?? row.speaker
      const last = paragraphs.at(-1)
      if (last && last.speaker === speaker && rowsInParagraph < ROWS_PER_PARAGRAPH) {
        last.text += ' ' + row.text
        rowsInParagraph++
      } else {
        paragraphs.push({ speaker, text: row.text })
        rowsInParagraph = 1
      }
    })
  return buildTranscript({ header: [], paragraphs })
}
