import { DATE_KEYS, findDate, toIsoDate } from './dates'

/**
 * Recognising the lines around an article's body: `key: value` metadata lines, photo
 * captions and bylines. All are easy to confuse with prose ("Note: the figures were
 * revised.", "By Monday, the convoy had left."), so the rules are strict, and the text
 * importer only applies them in the header region and at the very end of a file.
 */

/** Keys newsroom systems put in drafts; a line with one of these is trusted more. */
const KNOWN_KEYS = new Set([
  'author',
  'authors',
  'editor',
  'date',
  'published',
  'updated',
  'dateline',
  'byline',
  'source',
  'section',
  'desk',
  'tags',
  'keywords',
  'slug',
  'words',
  'wordcount',
  'word count',
  'category',
  'language',
  'location',
  'credit',
  'tend',
  'tstart',
  'id',
  'url',
  'status',
  'version',
  'deadline',
  'embargo',
  'priority',
  'reporter',
  'contributor',
  'contributors',
  'translator',
  'publisher',
  'title',
  'headline',
  'kicker',
  'edition',
  'pubdate'
])
/** Keys that introduce prose, never metadata. */
const PROSE_KEYS = new Set([
  'note',
  'notes',
  'update',
  'correction',
  'clarification',
  'disclaimer',
  'warning',
  'ps',
  'nb',
  'q',
  'a',
  'question',
  'answer',
  'editor’s note',
  "editor's note",
  'read more',
  'quote',
  'summary',
  'example'
])
/**
 * Kickers: a headline may open with its genre ("Analysis: Why the levy failed", "Exclusive: …").
 * Such a line is the headline, never a metadata line.
 */
const KICKERS = new Set([
  'analysis',
  'exclusive',
  'opinion',
  'comment',
  'explainer',
  'explained',
  'breaking',
  'live',
  'watch',
  'listen',
  'interview',
  'review',
  'profile',
  'feature',
  'investigation',
  'fact check',
  'factcheck',
  'special report',
  'in pictures',
  'in depth',
  'first person',
  'essay',
  'obituary',
  'editorial',
  'perspective'
])
/** A key is 1–3 words of letters, '-' or '_' (apostrophes allowed for "editor's"). */
const KEY_LINE = /^(\p{L}[\p{L}_'’-]*(?: \p{L}[\p{L}_'’-]*){0,2}):[ \t]*(\S.*)$/u
/** Unknown keys must have short, label-like values. */
const MAX_UNKNOWN_VALUE_LENGTH = 60
const MAX_UNKNOWN_VALUE_WORDS = 8
const MAX_KNOWN_VALUE_LENGTH = 200

/** A key newsroom systems put in drafts (`date`, `author`, `slug`…), as opposed to any label. */
export function isKnownKey(key: string): boolean {
  return KNOWN_KEYS.has(key.toLowerCase())
}

export interface MetadataLine {
  key: string
  value: string
}

/**
 * A date line with no colon, as pages copied from a browser carry it: "Published 3 December 2026",
 * "Updated March 14, 2024 10:15 a.m. ET", "First published on Tue 3 Dec 2024 09.00 GMT", or the date
 * alone. Read only when nothing but a weekday, a clock time and a zone stands beside the date, so
 * "Published 3 December 2026, the report found …" stays prose.
 */
const DATE_NOTE = /^(?:(?:first|last)\s+)?(published|updated|posted|modified)\b/i
const WEEKDAY = String.raw`(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?`
const CLOCK = String.raw`\d{1,2}(?:[:.]\d{2}|[ap]m\b)`
const MERIDIEM = String.raw`[ap]\.?m`
const ZONE = String.raw`GMT|BST|UTC|CES?T|[ECMP][SD]?T`
const DATE_FURNITURE = new RegExp(
  String.raw`^(?:[\s,.·•|/()–—-]|\b(?:at|on|${WEEKDAY}|${MERIDIEM}|${ZONE})\b|${CLOCK})*$`,
  'i'
)
/** A date line is short: a line longer than this is a sentence. */
const MAX_DATE_LINE_LENGTH = 100

function parseDateLine(line: string): MetadataLine | null {
  const text = line.trim()
  if (text.length > MAX_DATE_LINE_LENGTH) return null
  const note = DATE_NOTE.exec(text)
  const value = note
    ? text
        .slice(note[0].length)
        .replace(/^\s*on\b/i, '')
        .replace(/^[\s:]+/, '')
    : text
  const date = findDate(value)
  if (!date || !DATE_FURNITURE.test(`${value.slice(0, date.start)} ${value.slice(date.end)}`)) return null
  const word = (note?.[1] ?? '').toLowerCase()
  const key = word === 'updated' || word === 'modified' ? 'updated' : word ? 'published' : 'date'
  return { key, value }
}

/** Parses a metadata line, or returns null when the line reads as prose. */
export function parseMetadataLine(line: string): MetadataLine | null {
  const match = KEY_LINE.exec(line.trim())
  if (!match) return parseDateLine(line)
  const key = (match[1] ?? '').toLowerCase()
  const value = (match[2] ?? '').trim()
  if (PROSE_KEYS.has(key) || KICKERS.has(key) || /^["“‘«„]/.test(value)) return null
  if (KNOWN_KEYS.has(key)) return value.length <= MAX_KNOWN_VALUE_LENGTH ? { key, value } : null
  const words = value.split(/\s+/).length
  const sentenceLike = /[.!?;:,]$/.test(value) && !/\d\.\d*$/.test(value)
  if (value.length > MAX_UNKNOWN_VALUE_LENGTH || words > MAX_UNKNOWN_VALUE_WORDS || sentenceLike) return null
  return { key, value }
}

/** Stores a metadata line; date-like keys also fill `date` with the ISO form. */
export function recordMetadata(metadata: Record<string, string>, { key, value }: MetadataLine): void {
  if (!(key in metadata)) metadata[key] = value
  // An "Updated" date dates the article only when nothing says when it was published.
  if (DATE_KEYS.has(key) || (key === 'updated' && !metadata.date)) {
    const iso = toIsoDate(value)
    if (iso) metadata.date = iso
  }
}

/** Agencies whose credit closes a caption: "(AP Photo/Jerome Delay, File)", "/ Reuters)". */
const AGENCY = '(?:AP|AFP|Reuters|Getty Images|Getty|EPA|PA|Bloomberg|Shutterstock|Alamy|ANP|dpa|Xinhua)'
/** An agency's credit in brackets, "(AP Photo/Jerome Delay, File)", and a labelled one, "Photograph: Jane Doe". */
const AGENCY_CREDIT = `\\((?:[^()]*/\\s*)?${AGENCY}(?:\\s+(?:Photo|Images))?\\)`
const LABELLED_CREDIT = String.raw`(?:Photo|Photograph|Picture|Image)(?: credit)?:\s*[^.:]{2,80}`
const CAPTION_PATTERNS: RegExp[] = [
  /^FILE(?: PHOTO)?\s*[-–—:]\s+\S/,
  /\([^()]*\b(?:Photo|Photograph|Picture|Image|Credit)\b[^()]*\)\s*$/i,
  new RegExp(`${AGENCY_CREDIT}\\s*$`),
  new RegExp(`\\b${LABELLED_CREDIT}$`, 'i')
]
/** Captions are one line; a long paragraph ending in a credit is still a caption up to this. */
const MAX_CAPTION_LENGTH = 600

export function isCaptionLine(line: string): boolean {
  const text = line.trim()
  return text.length <= MAX_CAPTION_LENGTH && CAPTION_PATTERNS.some((pattern) => pattern.test(text))
}

/**
 * A photo credit on its own, as it closes a caption: "(AP Photo/Jerome Delay, File)", "(Reuters)",
 * "(Photo by Jane Doe/Reuters)", "Photograph: Jane Doe". The word "Photo" must be followed by what a
 * credit puts after it (a slash, a colon, "by", the bracket), so "(Photo ID laws were passed in 2012.)"
 * is a sentence.
 */
const CREDIT_PATTERNS: RegExp[] = [
  /^\((?:[^()]{0,60}\s)?(?:Photo|Photograph|Picture|Image|Credit)s?(?:\s*[/:,)]|\s+by\b)[^()]{0,120}\)$/i,
  new RegExp(`^${AGENCY_CREDIT}$`),
  new RegExp(`^${LABELLED_CREDIT}$`, 'i')
]
/** Longest credit: a photographer, an agency, "File". */
const MAX_CREDIT_LENGTH = 160

export function isPhotoCredit(unit: string): boolean {
  return unit.length <= MAX_CREDIT_LENGTH && CREDIT_PATTERNS.some((pattern) => pattern.test(unit))
}

// ── Bylines ──────────────────────────────────────────────────────────────────

/**
 * Bylines as newsrooms write them, after markup has been stripped:
 *   "By Jane Doe · Published 14 March 2024", "By Jane Doe | March 14, 2024",
 *   "By Jane Doe, 14 March 2024", "By Jane Doe and Ali Musa", "Written by Jane Doe".
 */

/** A byline is one short line; anything longer is a sentence that starts with "By". */
const MAX_BYLINE_LENGTH = 160
/** A name is at most this many words ("Jean-Pierre de la Fontaine and Ali Musa" is seven). */
const MAX_NAME_WORDS = 8

const BYLINE_START = /^(?:written\s+)?by\s+/i
/** Where the name stops: a separator, or the start of "Published"/"Updated". */
const NAME_END = /(?<!\s)\s*(?:[·•|—–,]|\s-\s|\s(?=in\s+[A-Z])|\b(?:published|updated|posted)\b)/i
/** A tail after the name that still reads as byline: a role, or a short capitalised place. */
const BYLINE_TAIL = /published|updated|posted|staff|correspondent|reporter|editor|writer/i
const PLACE_TAIL = /^[\s,·•|—–-]*(?:in\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2}\.?$/u
/** Each name word starts with an upper-case letter; joiners and particles are allowed. */
const NAME_WORD = /^(?:\p{Lu}[\p{L}'’.-]*|and|&|de|da|di|van|von|der|le|la|al|el|bin|ibn)$/u

/** A title is a short line: headlines longer than this are paragraphs. */
const MAX_TITLE_LENGTH = 200
const MAX_TITLE_WORDS = 30

/** Short, and not ended like a sentence or a clause ("Council approves £3.2m harbour wall", not "… on Tuesday."). */
export function isHeadlineLike(line: string): boolean {
  return line.length <= MAX_TITLE_LENGTH && line.split(/\s+/).length <= MAX_TITLE_WORDS && !/[.,;:]$/.test(line)
}

export interface Byline {
  author: string
  /** ISO date when the byline carries one. */
  date: string | null
}

function isName(candidate: string): boolean {
  const words = candidate.split(/\s+/).filter(Boolean)
  if (words.length === 0 || words.length > MAX_NAME_WORDS) return false
  if (!/^\p{Lu}/u.test(words[0] ?? '')) return false
  return words.every((word) => NAME_WORD.test(word.replace(/,$/, '')))
}

/** Reads a byline line; null when the line is not one. */
export function parseByline(line: string): Byline | null {
  const text = line.trim()
  if (text.length > MAX_BYLINE_LENGTH || !BYLINE_START.test(text)) return null
  const rest = text.replace(BYLINE_START, '')
  const end = NAME_END.exec(rest)
  const name = (end ? rest.slice(0, end.index) : rest).replace(/(?<![,.;:])[,.;:]+$/, '').trim()
  if (!isName(name)) return null
  const tail = end ? rest.slice(end.index) : ''
  // A tail that is neither a date nor a "Published/Updated" note means this is prose.
  const date = tail ? findDate(tail) : null
  if (tail && !date && !BYLINE_TAIL.test(tail) && !PLACE_TAIL.test(tail)) return null
  return { author: name, date: date?.iso ?? null }
}

/** Author name from a loose byline element's text ("By Jane Doe, Paris"), or null. */
export function authorFromBylineText(text: string): string | null {
  const parsed = parseByline(/^(?:written\s+)?by\s/i.test(text.trim()) ? text : `By ${text}`)
  return parsed?.author ?? null
}
