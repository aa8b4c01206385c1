import type { Article, CaptionTime, SpeakerRole } from '../../shared/article'
import { ArticleBuilder, type TurnDetails } from './article-builder'
import { toIsoDate } from './dates'
import { parseMetadataLine, recordMetadata } from './header-lines'
import { isStageDirection, splitStageDirections } from './transcript-lines'
import { rolesBySpeaker, roleOfLabel, type SpokenTurn } from './transcript-roles'

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
}

export interface TranscriptParts {
  /** Lines before the first turn: a title, a date, who takes part. */
  header: string[]
  /** Who is who, written beside labels ("HOWARD K. SMITH, MODERATOR"): read for roles, not shown. */
  cast?: string[]
  paragraphs: SpokenParagraph[]
}

/** A title is a short first line that does not end like a sentence. */
function isTitleLine(line: string): boolean {
  return line.length <= 200 && line.split(/\s+/).length <= 30 && !/[.,;:]$/.test(line)
}

function addHeader(builder: ArticleBuilder, header: readonly string[]): void {
  header.forEach((line, index) => {
    if (index === 0 && isTitleLine(line)) return void builder.add('title', line)
    const entry = parseMetadataLine(line)
    if (entry) {
      recordMetadata(builder.metadata, entry)
      return void builder.add('metadata', line)
    }
    // A line that is only a date ("September 30, 2004") dates the transcript.
    const iso = line.length <= 40 ? toIsoDate(line) : null
    if (iso) {
      builder.setMeta('date', iso)
      return void builder.add('metadata', line)
    }
    // Who takes part and where: context for the checker, not claims.
    builder.add('metadata', line)
  })
}

/** Consecutive paragraphs by one speaker, joined: the turns roles are judged on. */
function wholeTurns(paragraphs: readonly SpokenParagraph[]): SpokenTurn[] {
  const turns: SpokenTurn[] = []
  for (const paragraph of paragraphs) {
    if (paragraph.speaker === null || isStageDirection(paragraph.text)) continue
    const last = turns.at(-1)
    if (last && last.speaker === paragraph.speaker) last.text += ' ' + paragraph.text
    else turns.push({ speaker: paragraph.speaker, text: paragraph.text })
  }
  return turns
}

function details(speaker: string | null, role: SpeakerRole, time: CaptionTime | undefined): TurnDetails {
  const turn: TurnDetails = { role }
  if (speaker !== null) turn.speaker = speaker
  if (time) turn.time = time
  return turn
}

/**
 * One spelling per speaker: transcripts write "MR. NIXON" and "Mr. NIXON" for the same man, and
 * the filter and the report group by name. The first spelling wins.
 */
function sameSpelling(paragraphs: readonly SpokenParagraph[]): SpokenParagraph[] {
  const spellings = new Map<string, string>()
  return paragraphs.map((paragraph) => {
    if (paragraph.speaker === null) return paragraph
    const key = paragraph.speaker.toLowerCase()
    const speaker = spellings.get(key) ?? paragraph.speaker
    spellings.set(key, speaker)
    return speaker === paragraph.speaker ? paragraph : { ...paragraph, speaker }
  })
}

export function buildTranscript({ header, cast = [], paragraphs: spoken }: TranscriptParts): Article {
  const builder = new ArticleBuilder()
  addHeader(builder, header)
  const paragraphs = sameSpelling(spoken)
  const roles = rolesBySpeaker(wholeTurns(paragraphs), [...header, ...cast])
  for (const { speaker, text, time } of paragraphs) {
    const role: SpeakerRole =
      speaker === null ? 'participant' : (roles.get(speaker) ?? roleOfLabel(speaker) ?? 'participant')
    for (const piece of splitStageDirections(text)) {
      const stage = piece.stage || isStageDirection(piece.text)
      builder.add('turn', piece.text, stage ? details(null, 'system', time) : details(speaker, role, time))
    }
  }
  return builder.build()
}
