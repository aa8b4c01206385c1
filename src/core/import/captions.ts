import type { Article, CaptionCue, CaptionTime } from '../../shared/article'
import { collapseBlockText, normaliseSource } from './normalise'
import { buildTranscript, type SpokenParagraph } from './transcript-builder'
import { clockSeconds, isStageDirection, readLabelledLine } from './transcript-lines'

/**
 * WebVTT (`.vtt`) and SubRip (`.srt`) captions as a transcript. Each cue's speaker comes from a
 * voice tag (`<v Jim Lehrer>…`) or a `NAME:` label at the start of its text; a cue without one
 * continues the speaker before it (captions split sentences across cues). Consecutive cues by
 * one speaker are joined into a turn that keeps the first cue's start and the last cue's end, and each cue's own
 * times where its words begin (`Block.captions`);
 * a pause of more than PAUSE_SECONDS, or a long run, starts a new paragraph of the same turn.
 * Styling tags, inline timestamps, NOTE, STYLE and REGION blocks are dropped.
 */

const TIMING = /^\s*((?:\d+:)?\d{1,2}:\d{2}[.,]\d{1,3})\s*-->\s*((?:\d+:)?\d{1,2}:\d{2}[.,]\d{1,3})/
const VOICE = /<v(?:\.[\w.-]+)?\s([^>]+)>/
const PAUSE_SECONDS = 4
/** A paragraph of captions longer than this breaks at the next sentence end (a readable block). */
const LONG_PARAGRAPH = 600

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  lrm: '',
  rlm: ''
}

/** The character references captions use (WebVTT escapes &, < and > in cue text). */
function decodeEntities(text: string): string {
  return text.replace(
    /&(?:#(\d{1,6})|#x([\da-f]{1,6})|([a-z]+));/gi,
    (whole, dec?: string, hex?: string, name?: string) => {
      if (dec) return String.fromCodePoint(Math.min(Number(dec), 0x10ffff))
      if (hex) return String.fromCodePoint(Math.min(parseInt(hex, 16), 0x10ffff))
      return ENTITIES[(name ?? '').toLowerCase()] ?? whole
    }
  )
}

interface Cue {
  start: number
  end: number
  speaker: string | null
  text: string
}

/** A cue's text with voice tags read and every other tag and timestamp removed. */
function readCueText(lines: readonly string[]): { speaker: string | null; text: string } {
  const joined = lines.join(' ')
  const voice = VOICE.exec(joined)
  // Collapsed as its block will be, so each caption's offset inside the joined turn stays true.
  let text = collapseBlockText(decodeEntities(joined.replace(/<[^<>]*>/g, ' ')))
  // A dash opening a caption marks a change of speaker in SDH captions; it is not a word.
  text = text.replace(/^-\s+/, '')
  if (voice) return { speaker: (voice[1] ?? '').trim(), text }
  const labelled = readLabelledLine(text)
  if (labelled && labelled.words !== '') return { speaker: labelled.speaker, text: labelled.words }
  return { speaker: null, text }
}

function readCues(source: string): Cue[] {
  const cues: Cue[] = []
  const blocks = normaliseSource(source).split(/\n{2,}/)
  for (const block of blocks) {
    const lines = block.split('\n')
    const timingAt = lines.findIndex((line) => TIMING.test(line))
    if (timingAt < 0 || timingAt > 1) continue // WEBVTT header, NOTE, STYLE, REGION, stray text
    const timing = TIMING.exec(lines[timingAt] ?? '')
    const { speaker, text } = readCueText(lines.slice(timingAt + 1))
    if (!timing || text === '') continue
    cues.push({ start: clockSeconds(timing[1] ?? '0:00.0'), end: clockSeconds(timing[2] ?? '0:00.0'), speaker, text })
  }
  return cues
}

/** True when the source looks like WebVTT or SRT captions. */
export function isCaptions(source: string): boolean {
  return /^\ufeff?WEBVTT\b/.test(source) || readCues(source.slice(0, 4000)).length > 0
}

export function parseCaptions(source: string): Article {
  const paragraphs: SpokenParagraph[] = []
  let speaker: string | null = null
  let current: (SpokenParagraph & { time: CaptionTime; captions: CaptionCue[] }) | null = null
  for (const cue of readCues(source)) {
    const stage = isStageDirection(cue.text)
    const nextSpeaker: string | null = stage ? null : (cue.speaker ?? speaker)
    const sameTurn =
      current !== null &&
      !stage &&
      current.speaker === nextSpeaker &&
      !isStageDirection(current.text) &&
      cue.start - current.time.end <= PAUSE_SECONDS &&
      !(current.text.length > LONG_PARAGRAPH && /[.?!]["'”’)]*$/.test(current.text))
    if (current && sameTurn) {
      // Each caption keeps its own start: a claim in the third caption is spoken at the third caption's time.
      current.captions.push({ at: current.text.length + 1, start: cue.start, end: cue.end })
      current.text += ' ' + cue.text
      current.time.end = cue.end
      continue
    }
    if (current) paragraphs.push(current)
    const time = { start: cue.start, end: cue.end }
    current = { speaker: nextSpeaker, text: cue.text, time, captions: [{ at: 0, ...time }] }
    if (!stage) speaker = nextSpeaker
  }
  if (current) paragraphs.push(current)
  return buildTranscript({ header: [], paragraphs })
}
