import type { Article, CaptionCue, CaptionTime, SpeakerRole } from '../../shared/article'
import { ArticleBuilder, type TurnDetails } from './article-builder'
import { unambiguousDates } from './dates'
import { parseMetadataLine, recordMetadata } from './header-lines'
import { isStageDirection, splitStageDirections } from './transcript-lines'
import { isProseLine } from './transcript-framing'
import { rolesBySpeaker, roleOfLabel, type SpeakerVerdict, type SpokenTurn } from './transcript-roles'

/**
 * Laying a transcript out as an `Article`, whatever it was read from (a `NAME: words` text,
 * captions, a TSV): the lines before the first turn become the title and header, then every
 * paragraph of speech becomes a `turn` block carrying its speaker, role and caption time. The
 * speaker labels are kept out of the text, so a claim's words are the speaker's words alone.
 */

export interface SpokenParagraph {
  /** null for a caption that names no one, or a stage direction. */
  speaker: string | null
  text: string
  time?: CaptionTime
  /** The captions joined into `text`, each `at` its offset in `text` (the first at 0). */
  captions?: CaptionCue[]
  /** The reporter's paragraph between turns of framed speech (transcript-framing.ts): a paragraph, no turn. */
  prose?: boolean
}

export interface TranscriptParts {
  /** Lines before the first turn: a title, a date, who takes part. */
  header: string[]
  /** Who is who, written beside labels ("HOWARD K. SMITH, MODERATOR"): read for roles, not shown. */
  cast?: string[]
  paragraphs: SpokenParagraph[]
  /**
   * Speech an article's prose frames (transcript-framing.ts): the header's prose lines are its lede and
   * `after` its paragraphs after the last turn, all paragraphs as in an article, not turns or header.
   */
  prose?: { header: boolean; after: string[] }
}

/** A title is a short first line that does not end like a sentence. */
function isTitleLine(line: string): boolean {
  return line.length <= 200 && line.split(/\s+/).length <= 30 && !/[.,;:]$/.test(line)
}

function addHeader(builder: ArticleBuilder, header: readonly string[], lede = false): void {
  header.forEach((line, index) => {
    if (index === 0 && isTitleLine(line)) return void builder.add('title', line)
    const entry = parseMetadataLine(line)
    if (entry) {
      recordMetadata(builder.metadata, entry)
      return void builder.add('metadata', line)
    }
    if (lede && isProseLine(line)) return void builder.add('paragraph', line)
    // Who takes part, where and when: context for the checker, not claims.
    builder.add('metadata', line)
  })
  // A `Date:` line says it outright; otherwise the one day the header names dates the transcript.
  if (!('date' in builder.metadata)) builder.setMeta('date', headerDate(header))
}

/** Header lines longer than this are prose (an introduction), not a title or dateline. */
const MAX_DATELINE_LENGTH = 200

/**
 * The day the header names ("Transcript, 3 March 2026", "Kestrel Bay Community Hall, 12 March 2024", a title
 * "Presidential Debate, September 30, 2004"): read only when the header names one day, in writing that cannot be
 * read two ways. Two different days (recorded and published), a month alone or 03/04/2026 date nothing.
 */
function headerDate(header: readonly string[]): string | null {
  const days = new Set(header.filter((line) => line.length <= MAX_DATELINE_LENGTH).flatMap(unambiguousDates))
  return days.size === 1 ? [...days][0] : null
}

/** Consecutive paragraphs by one speaker, joined: the turns roles are judged on. */
function wholeTurns(paragraphs: readonly SpokenParagraph[]): SpokenTurn[] {
  // Each turn's paragraphs are joined once at the end: one flat string for the phrase searches, not a chain of concatenations.
  const turns: Array<{ speaker: string; texts: string[] }> = []
  for (const paragraph of paragraphs) {
    if (paragraph.speaker === null || isStageDirection(paragraph.text)) continue
    const last = turns.at(-1)
    if (last && last.speaker === paragraph.speaker) last.texts.push(paragraph.text)
    else turns.push({ speaker: paragraph.speaker, texts: [paragraph.text] })
  }
  return turns.map(({ speaker, texts }) => ({ speaker, text: texts.join(' ') }))
}

function details(
  speaker: string | null,
  verdict: SpeakerVerdict | undefined,
  time: CaptionTime | undefined
): TurnDetails {
  const role: SpeakerRole = speaker === null ? 'participant' : (verdict?.role ?? roleOfLabel(speaker) ?? 'participant')
  const turn: TurnDetails = { role }
  if (speaker !== null) turn.speaker = speaker
  if (speaker !== null && verdict?.name) turn.speakerName = verdict.name
  if (speaker !== null && verdict?.reason) turn.roleReason = verdict.reason
  if (time) turn.time = time
  return turn
}

const STAGE: TurnDetails = { role: 'system' }

/**
 * One spelling per speaker: transcripts write "MR. NIXON" and "Mr. NIXON", or "JIM LEHRER" on the
 * first turn and "LEHRER" after, for the same person, and the filter and the report group by name.
 * Spellings that differ in case are one; a full name and the surname alone are one when no other
 * speaker shares that surname. The spelling used most often wins (the first on a tie).
 */
function sameSpelling(paragraphs: readonly SpokenParagraph[]): SpokenParagraph[] {
  const uses = new Map<string, { spelling: string; count: number; order: number }>()
  for (const { speaker } of paragraphs) {
    if (speaker === null) continue
    const key = speaker.toLowerCase()
    const seen = uses.get(key) ?? { spelling: speaker, count: 0, order: uses.size }
    seen.count++
    uses.set(key, seen)
  }
  const surname = (key: string): string => key.split(/\s+/).at(-1) ?? key
  const bySurname = new Map<string, string[]>()
  for (const key of uses.keys()) bySurname.set(surname(key), [...(bySurname.get(surname(key)) ?? []), key])
  const canonical = new Map<string, string>()
  for (const [last, keys] of bySurname) {
    // "jim lehrer" and "lehrer" are one; "george bush" and "jeb bush" are two (no bare surname joins them).
    const joined = keys.includes(last) && keys.length > 1 ? [keys] : keys.map((key) => [key])
    for (const group of joined) {
      const best = group.map((key) => uses.get(key)!).sort((a, b) => b.count - a.count || a.order - b.order)[0]
      for (const key of group) canonical.set(key, best?.spelling ?? key)
    }
  }
  return paragraphs.map((paragraph) => {
    if (paragraph.speaker === null) return paragraph
    const speaker = canonical.get(paragraph.speaker.toLowerCase()) ?? paragraph.speaker
    return speaker === paragraph.speaker ? paragraph : { ...paragraph, speaker }
  })
}

export function buildTranscript({ header, cast = [], paragraphs: spoken, prose }: TranscriptParts): Article {
  const builder = new ArticleBuilder()
  addHeader(builder, header, prose?.header)
  const paragraphs = sameSpelling(spoken)
  const roles = rolesBySpeaker(wholeTurns(paragraphs), [...header, ...cast])
  for (const { speaker, text, time, captions, prose: reporters } of paragraphs) {
    if (reporters) {
      builder.add('paragraph', text)
      continue
    }
    const turn = details(speaker, speaker === null ? undefined : roles.get(speaker), time)
    let from = 0
    for (const piece of splitStageDirections(text)) {
      const stage = piece.stage || isStageDirection(piece.text)
      const at = text.indexOf(piece.text, from)
      if (at >= 0) from = at + piece.text.length
      const timed = captions && at >= 0 ? captionsOfPiece(captions, at, piece.text.length) : {}
      if (!stage) builder.add('turn', piece.text, { ...turn, ...timed })
      else builder.add('turn', piece.text, time ? { ...STAGE, time, ...timed } : STAGE)
    }
  }
  for (const paragraph of prose?.after ?? []) {
    const entry = paragraph.includes('\n') ? null : parseMetadataLine(paragraph)
    if (entry) recordMetadata(builder.metadata, entry)
    builder.add(entry ? 'metadata' : 'paragraph', paragraph)
  }
  return builder.build()
}

/**
 * The captions a piece of a paragraph holds (a stage direction lifted out splits it), offsets made the piece's own:
 * its time runs from the first one's start to the last one's end, and several are kept one by one.
 */
function captionsOfPiece(
  captions: readonly CaptionCue[],
  at: number,
  length: number
): Pick<TurnDetails, 'time' | 'captions'> {
  const held = captions.filter((cue, index) => {
    const next = captions[index + 1]
    return cue.at < at + length && (next === undefined || next.at > at)
  })
  const first = held[0]
  const last = held.at(-1)
  if (!first || !last) return {}
  const time = { start: first.start, end: last.end }
  if (held.length === 1) return { time }
  return { time, captions: held.map((cue) => ({ at: Math.max(0, cue.at - at), start: cue.start, end: cue.end })) }
}
