/**
 * Domain types for an imported article and what the extraction engine finds in it.
 * Every offset is a UTF-16 index into `Article.text`; every `text` field equals
 * `article.text.slice(start, end)` unless its doc comment says otherwise.
 */

/** Every kind of block; a case file's blocks are of these kinds and no other (main/services/validation.ts). */
export const BLOCK_KINDS = [
  'title',
  'standfirst',
  'byline',
  'metadata',
  'heading',
  'paragraph',
  'caption',
  'blockquote',
  'list-item',
  'turn'
] as const
export type BlockKind = (typeof BLOCK_KINDS)[number]

/**
 * What a transcript's speaker is there to do. Only a `participant` (a candidate, an interviewee,
 * the person giving the speech) makes claims a checker checks; a moderator, host or interviewer
 * asks, the audience reacts, and `system` marks stage directions ("(APPLAUSE)", "[crosstalk]").
 */
export type SpeakerRole = 'participant' | 'moderator' | 'audience' | 'system'

/** When a caption's words are spoken, in seconds from the start of the recording. */
export interface CaptionTime {
  start: number
  end: number
}

/** One of the captions joined into a turn block: where its words begin in `Article.text`, and when it is spoken. */
export interface CaptionCue extends CaptionTime {
  at: number
}

export interface Block {
  kind: BlockKind
  start: number
  end: number
  /**
   * Turns only: who speaks, as the transcript labels them ("LEHRER", "Jim Lehrer"). The label is
   * not part of `Article.text`. Absent for a stage direction and for captions that name no one.
   * Consecutive turn blocks with the same speaker are one turn written as several paragraphs.
   */
  speaker?: string
  /**
   * Turns only: the speaker's full name when the transcript's header gives it ("Mitt Romney" for
   * the label "ROMNEY"). Claims in the turn name this as their claimant; the margin shows both.
   */
  speakerName?: string
  /** Turns only: the speaker's role (a stage direction is a `system` turn). */
  role?: SpeakerRole
  /**
   * Turns only: why the speaker has their role when the label does not say it
   * ("the header lists them as moderator: …", "asks in 62% of turns, speaks first"), for the margin.
   */
  roleReason?: string
  /** Turns read from WebVTT or SRT captions: when the words are spoken. */
  time?: CaptionTime
  /**
   * Turns that join several captions: each caption's own time, in text order, the first at the block's start,
   * so a sentence in the third caption is found at that caption's time rather than the turn's. Absent for one
   * caption (its time is `time`) and in cases saved before it was kept.
   */
  captions?: CaptionCue[]
}

export interface Article {
  /** Normalised plain text: identical for the same file every time, so annotations can anchor to it. */
  text: string
  title: string
  standfirst: string
  /** key → value, e.g. author, editor, date (ISO yyyy-mm-dd when a date could be read). */
  metadata: Record<string, string>
  blocks: Block[]
}

export interface Span {
  start: number
  end: number
  text: string
}

/** One scored unit: a sentence, headline, standfirst, caption or list item. */
export interface ScoredSentence {
  start: number
  end: number
  score: number
}

export type FactKind = 'number' | 'date' | 'relative-date' | 'person' | 'place' | 'organisation'

export interface Fact {
  kind: FactKind
  start: number
  end: number
  text: string
  /**
   * Normalised value: for numbers the number and unit ("5000 troops"), for dates ISO
   * ("2021-06-09", "2022-08" for a month), for relative dates the resolved ISO date or
   * null when the article has no date, for names the canonical (longest) form.
   */
  value: string | null
}

/** Full Fact's claim taxonomy. */
/** The kinds of claim, in the order the workspace offers them; the checklist follows the type. */
export const CLAIM_TYPES = [
  'quantity',
  'prediction',
  'correlation/causation',
  'laws/rules',
  'personal experience',
  'other'
] as const
export type ClaimType = (typeof CLAIM_TYPES)[number]

/** A checker scans a claim's reasons at a glance: beyond this many the line stops being read. */
export const MAX_REASONS = 8
/** Of those, single words that pushed the score: telling now and then, noise in bulk. */
export const MAX_WORD_REASONS = 2

export interface Claim {
  id: string
  start: number
  end: number
  text: string
  score: number
  type: ClaimType
  /** Reasons that fired, in words a checker understands: "number: 5,000", "year: 2013" (MAX_REASONS at most). */
  reasons: string[]
  facts: Fact[]
  /** Who makes the claim when it is reported speech ("The ministry said inflation fell…"); null when the article's own. */
  claimant: Claimant | null
}

export interface Speaker {
  /** The speaker as first introduced in full ("Nicolas Barotte", "one source in the French military"). */
  name: string
  description: string | null
  anonymous: boolean
}

/**
 * Who a claim is attributed to: the subject of the speech verb that reports it ("The ministry said …",
 * "… according to the survey"), or the speaker label of a transcript turn. `name` is the claimant as
 * first introduced in full, like a quote's speaker; `mention` is where the article names them at this
 * claim ("it", "the ministry"); `cue` is the speech verb or phrase, null when nothing in the text
 * says "said" (a transcript turn attributes by its speaker label alone).
 */
export interface Claimant {
  name: string
  mention: Span
  cue: Span | null
}

export interface Quote {
  id: string
  /** Span of the words inside the quote marks. */
  start: number
  end: number
  text: string
  speaker: Speaker | null
  /** Where the speaker is named at this quote ("he", "Barotte"). */
  mention: Span | null
  /** The speech verb or phrase: said, wrote, told, added, according to … */
  cue: Span | null
  /** True when the quote is a fragment inside a sentence rather than whole speech. */
  partial: boolean
}

export interface Inconsistency {
  kind: 'number' | 'name' | 'date'
  spans: Span[]
  note: string
}

export interface Extraction {
  article: Article
  sentences: ScoredSentence[]
  claims: Claim[]
  quotes: Quote[]
  inconsistencies: Inconsistency[]
}
