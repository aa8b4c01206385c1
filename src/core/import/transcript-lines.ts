import { classifyAbbreviation } from '../extract/abbreviations'
import { isKnownKey } from './header-lines'
import { MODERATOR_WORDS } from './transcript-cast'
import { DISCOURSE_WORDS, HEADER_ROLE_LABELS, NOT_SPEAKERS } from './transcript-label-words'

/**
 * Reading one line of a transcript: a speaker label (`LEHRER: Good evening…`, `Jim Lehrer: …`,
 * `**Q:** …`, `Speaker 2 (00:01:05): …`) and stage directions (`(APPLAUSE)`, `[crosstalk]`). The
 * rules are strict because prose has colons too: a label is a name or role of at most five words,
 * each in capitals or title case, and never a newsroom key ("Note", "Update", "Source"…).
 */

/** Longest label read as a speaker: "Senator John F. Kerry" fits, a clause before a colon does not. */
const MAX_LABEL_WORDS = 5
const MAX_LABEL_LENGTH = 60
/** A title after the name ("CHAIR, LEAGUE OF WOMEN VOTERS EDUCATION FUND") is a short phrase. */
const MAX_TITLE_WORDS = 14

/** Small words a name may hold between capitalised ones ("Secretary of State", "Ursula von der Leyen"). */
const NAME_PARTICLES = new Set([
  'of',
  'the',
  'de',
  'der',
  'van',
  'von',
  'da',
  'del',
  'di',
  'la',
  'le',
  'al',
  'bin',
  'and',
  '&'
])

/**
 * A label that introduces who takes part ("SPEAKERS: GEORGE W. BUSH, PRESIDENT…", "MODERATOR:"
 * over "Lester Holt (NBC News)") rather than a turn: a list label whose words are empty or do not
 * end like a sentence. "MODERATOR: Good evening." is a turn.
 */
export function isCastLine(line: LabelledLine): boolean {
  if (!HEADER_ROLE_LABELS.has(line.speaker.toLowerCase()) || line.title !== null) return false
  if (line.words === '' || !/[.?!]["'”’)]*$/.test(line.words)) return true
  // "SPEAKERS: FORMER GOV. MITT ROMNEY, R-MASS." ends on a full stop but is a list of names: nearly
  // every word capitalised, where "MODERATOR: Good evening and welcome." is a sentence.
  const words = line.words.split(/\s+/).filter((word) => /\p{L}/u.test(word))
  const capitalised = words.filter((word) => /^\P{L}*\p{Lu}/u.test(word)).length
  return words.length >= 2 && capitalised >= CAST_CAPITALISED_SHARE * words.length
}

/** Share of capitalised words that makes a list label's words a list of names. */
const CAST_CAPITALISED_SHARE = 0.75

/** A time written beside a label: `(00:01:05)`, `[1:05]`, `00:01:05`. */
const CLOCK = String.raw`\d{1,2}(?::\d{2}){1,2}(?:[.,]\d{1,3})?`
const LABEL_TIME = new RegExp(String.raw`^(?:[[(]\s*)?(${CLOCK})(?:\s*[\])])?\s*`)
const TRAILING_TIME = new RegExp(String.raw`(?<!\s)\s*[[(]\s*(${CLOCK})\s*[\])]$`)

/** The colon ending a label: not one inside a clock ("Speaker 1 (00:01:05):"). */
function labelColon(line: string): number {
  for (let at = line.indexOf(':'); at >= 0; at = line.indexOf(':', at + 1)) {
    if (!(/\d/.test(line.charAt(at - 1)) && /\d/.test(line.charAt(at + 1)))) return at
  }
  return -1
}

export interface LabelledLine {
  speaker: string
  /** What the label says the speaker is, after a comma ("HOWARD K. SMITH, MODERATOR"), or null. */
  title: string | null
  /** The spoken words after the label ('' when they start on the next line). */
  words: string
  /** A clock time written with the label, in seconds. */
  time: number | null
}

/** Seconds in `h:mm:ss`, `mm:ss` or `hh:mm:ss.mmm` (a comma as in SRT is a decimal point too). */
export function clockSeconds(clock: string): number {
  const [whole, fraction = '0'] = clock.replace(',', '.').split('.')
  const parts = (whole ?? '').split(':').map(Number)
  const seconds = parts.reduce((total, part) => total * 60 + part, 0)
  return seconds + Number(`0.${fraction}`)
}

/**
 * A speaker label's word in capitals or title case. Built once: the bundle (esbuild, target node20) makes a literal
 * with a \p{…} class a `new RegExp(…)` at each use.
 */
const NAME_WORD = /^\p{Lu}[\p{Ll}'’.-]*(?:\p{Lu}[\p{Ll}'’.-]*)*\.?$/u

function isNameWord(word: string, index: number): boolean {
  if (index > 0 && NAME_PARTICLES.has(word)) return true
  if (/^\d{1,3}$/.test(word)) return index > 0 // "Speaker 2"
  // Capitals ("LEHRER", "O'ROURKE", "JR.") or title case ("Lehrer", "McCain", "Jean-Luc", "Sen.").
  return NAME_WORD.test(word)
}

const TITLE_SMALL_WORDS = new Set(['and', 'for', 'on', 'at', 'in', 'to', 'a', 'an'])

/** "MODERATOR", "Chair, League of Women Voters", "ANCHOR, PBS'S \"THE NEWSHOUR\"": capitalised words. */
function isTitlePhrase(title: string): boolean {
  const words = title.split(/\s+/).filter((word) => word !== '')
  if (words.length === 0 || words.length > MAX_TITLE_WORDS) return false
  return words.every(
    (word) => /^["'“‘(]*[\p{Lu}\d&]/u.test(word) || NAME_PARTICLES.has(word) || TITLE_SMALL_WORDS.has(word)
  )
}

/** The speaker named by a label's text, or null when it does not read as a name or role. */
export function speakerOfLabel(rawLabel: string): string | null {
  const label = rawLabel
    .replace(/^[*_]+|(?<![*_])[*_]+$/g, '')
    .replace(
      /(?<!\s)\s*\((?:[A-Z]{1,2}-[A-Z]{2}|via [^)]*|cont'?d|continuing|on camera|off camera|voice ?over|v\.?o\.?)\)$/i,
      ''
    )
    .trim()
  if (label === '' || label.length > MAX_LABEL_LENGTH) return null
  const lower = label.toLowerCase()
  if ((NOT_SPEAKERS.has(lower) || DISCOURSE_WORDS.has(lower)) && !HEADER_ROLE_LABELS.has(lower)) return null
  if (isKnownKey(lower)) return null
  const words = label.split(/\s+/)
  if (words.length > MAX_LABEL_WORDS || !words.every(isNameWord)) return null
  return label
}

/** A label of two parts, one in brackets: "PRESENTER (MARK ELLERY)", "Mark Ellery (presenter)". */
const BRACKETED_LABEL = /^([^()]*[^()\s])\s*\(([^()]+)\)$/
/** Most words a role in such a label has ("BBC RADIO DEVON PRESENTER"). */
const MAX_ROLE_WORDS = 4

/**
 * The speaker and role of a label that names both, one in brackets, the role a chair's word
 * ("PRESENTER", "HOST", "INTERVIEWER"): a radio transcript's way of saying who chairs. Null for any
 * other label, so "Speaker 2 (00:01:05)" and "SEN. JOHN SMITH (R-TX)" read as before.
 */
function roleAndNameOf(label: string): { speaker: string; title: string } | null {
  if (!label.endsWith(')')) return null
  const match = BRACKETED_LABEL.exec(label.trim())
  if (!match) return null
  const outer = (match[1] ?? '').trim()
  const inner = (match[2] ?? '').trim()
  const isRole = (text: string): boolean =>
    MODERATOR_WORDS.test(text) && text.split(/\s+/).length <= MAX_ROLE_WORDS && isTitlePhrase(text)
  const [role, name] = isRole(outer) ? [outer, inner] : isRole(inner) ? [inner, outer] : [null, null]
  if (role === null || name === null || isRole(name)) return null
  const speaker = rememberedSpeakerOf(name)
  return speaker === null ? null : { speaker, title: role }
}

/**
 * Speakers of the labels read lately: a transcript repeats a handful of labels hundreds of times, and
 * reading one is a dozen pattern tests. Only label-sized texts are kept, and the memory is emptied
 * when full, so a file of thousands of different labels cannot grow it.
 */
const SPEAKERS_OF_LABELS = new Map<string, string | null>()
const MAX_REMEMBERED_LABELS = 512

function rememberedSpeakerOf(label: string): string | null {
  if (label.length > MAX_LABEL_LENGTH) return speakerOfLabel(label)
  const known = SPEAKERS_OF_LABELS.get(label)
  if (known !== undefined) return known
  const speaker = speakerOfLabel(label)
  if (SPEAKERS_OF_LABELS.size >= MAX_REMEMBERED_LABELS) SPEAKERS_OF_LABELS.clear()
  SPEAKERS_OF_LABELS.set(label, speaker)
  return speaker
}

/**
 * The label and words of a transcript line, or null for a line that is not a turn's first line.
 * Markdown emphasis around the label (`**LEHRER:**`, `__Q:__`) is allowed.
 */
export function readLabelledLine(line: string): LabelledLine | null {
  let rest = line.trim()
  // '"RUIZ: Crime has risen."': a quote mark opening the line is the story's, around the turn, not the label's.
  const quoted = OPENING_QUOTES.has(rest.charAt(0))
  if (quoted) rest = rest.slice(1)
  let time: number | null = null
  const leadingTime = LABEL_TIME.exec(rest)
  if (leadingTime && /[\s\])]/.test(rest.charAt(leadingTime[0].length - 1) || ' ')) {
    time = clockSeconds(leadingTime[1] ?? '')
    rest = rest.slice(leadingTime[0].length)
  }
  const colon = labelColon(rest)
  if (colon <= 0 || colon > MAX_LABEL_LENGTH + 100) return null
  let label = rest.slice(0, colon)
  let words = rest.slice(colon + 1)
  // `**LEHRER:**` puts the closing emphasis after the colon.
  const closing = /^[*_]+/.exec(words)
  if (closing) words = words.slice(closing[0].length)
  // "Score: 3-1" is a label over a figure, but "TRUMP: 20 years ago…" is speech: capitals decide.
  if (/^\d/.test(words.trimStart()) && !/^[\p{Lu}\d\s.'’-]+$/u.test(label.replace(/^[*_]+|(?<![*_])[*_]+$/g, '')))
    return null
  const trailingTime = TRAILING_TIME.exec(label)
  if (trailingTime) {
    time ??= clockSeconds(trailingTime[1] ?? '')
    label = label.slice(0, trailingTime.index)
  }
  // "PRESENTER (MARK ELLERY):" or "MARK ELLERY (PRESENTER):" names the speaker and what they are.
  const roleAndName = roleAndNameOf(label)
  // "HOWARD K. SMITH, MODERATOR:" names the speaker, then what they are.
  const comma = roleAndName ? -1 : label.indexOf(',')
  const title = roleAndName?.title ?? (comma > 0 ? label.slice(comma + 1).trim() : null)
  if (title !== null && !isTitlePhrase(title)) return null
  const speaker = roleAndName?.speaker ?? rememberedSpeakerOf(comma > 0 ? label.slice(0, comma) : label)
  if (speaker === null) return null
  if (/^\/\//.test(words)) return null // "https://…" never reaches here, but "Web://" would
  words = words.trim()
  // Its closing mark goes too, when no other quote mark is left in the words to pair with it.
  if (quoted && /["”]$/.test(words) && !/["“”]/.test(words.slice(0, -1))) words = words.slice(0, -1)
  return { speaker, title, words, time }
}
const OPENING_QUOTES = new Set(['"', '“', '‘'])

/** Words of stage directions: what a transcript notes about the room, never what anyone claims. */
const STAGE_WORDS =
  /\b(?:applause|applauding|laughter|laughing|laughs|crosstalk|cross-talk|cross talk|inaudible|unintelligible|indiscernible|cheers|cheering|booing|boos|music|silence|pause|commercial|break|video|videotape|clip|audio|bell|bells|sighs|overlapping|off mic|off-mic|technical|difficulties|gavel|recess|end|begin|begins|ends|chanting|chants|protest|protesters|interruption|interrupted|speaking foreign language|foreign language|no audio|mic cut)\b/i
const STAGE_DIRECTION = /^(?:\(([^()]{2,60})\)|\[([^[\]]{2,60})\])\.?$/

/** True for a whole stage direction: "(APPLAUSE)", "[crosstalk]", "(BEGIN VIDEO CLIP)". */
export function isStageDirection(text: string, { wholeLine = true } = {}): boolean {
  const match = STAGE_DIRECTION.exec(text.trim())
  if (!match) return false
  const inside = (match[1] ?? match[2] ?? '').replace(/(?<!\s)\s*\d{1,2}(?::\d{2}){1,2}\s*/g, ' ').trim()
  if (inside.split(/\s+/).length > 6) return false
  if (STAGE_WORDS.test(inside)) return true
  // A line of its own in capitals ("(SHOUTING)") is a direction; inside prose "(NATO)" is not.
  return wholeLine && /^[A-Z][A-Z ,'-]{4,}$/.test(inside)
}

/** Stage directions inside a turn's words, where they can be lifted out as whole units. */
const INLINE_DIRECTION = /\([^()]{2,60}\)|\[[^[\]]{2,60}\]/g

export interface TurnPiece {
  text: string
  stage: boolean
}

/** Words before a direction that end a sentence: a full stop, question or exclamation mark, not a title's ("Mr."). */
function endsSentence(words: string): boolean {
  // Read backwards from the end (closing quotes and brackets first), not by a pattern tried at every offset.
  let at = words.length - 1
  while (at >= 0 && CLOSERS.has(words.charAt(at))) at--
  const mark = words.charAt(at)
  if (mark !== '.') return mark === '?' || mark === '!' || mark === '…'
  const lastWord = words.slice(words.lastIndexOf(' ', at) + 1, at)
  return classifyAbbreviation(lastWord) !== 'title'
}

/** Closing marks that may follow a sentence's last full stop ('…in March."'). */
const CLOSERS = new Set(['"', "'", '”', '’', ')', ']'])

const hasWords = (text: string): boolean => /[\p{L}\p{N}]/u.test(text)

/** Punctuation alone right after a direction ("(inaudible).", "(Inaudible.)--"): it belongs to the direction. */
const TRAILING_PUNCTUATION = /^(?:\s*[^\s\p{L}\p{N}([]+(?=\s|$))+/u

/**
 * A turn's words cut around the stage directions in them ("We will win. (APPLAUSE) Thank you."
 * → words, direction, words), so a direction never rides inside a claim, except where lifting it
 * out would cut a sentence in two: words before it that do not end a sentence and anything after it
 * ("Every (inaudible) farmer pays the levy", "or is it (inaudible)?") keep it as their sentence's
 * words, as the transcript wrote it. Punctuation alone beside a lifted direction goes with it, so
 * "(inaudible)." leaves no "." behind to read as a sentence.
 */
export function splitStageDirections(words: string): TurnPiece[] {
  // Most turns hold no bracket at all: one piece, without starting a search.
  if (!words.includes('(') && !words.includes('[')) {
    const whole = words.trim()
    return whole === '' ? [] : [{ text: whole, stage: false }]
  }
  const pieces: TurnPiece[] = []
  let from = 0
  for (const match of words.matchAll(INLINE_DIRECTION)) {
    if (match.index < from || !isStageDirection(match[0], { wholeLine: false })) continue
    const before = words.slice(from, match.index).trim()
    const end = match.index + match[0].length
    if (hasWords(before) && !endsSentence(before) && words.slice(end).trim() !== '') continue
    const trailing = TRAILING_PUNCTUATION.exec(words.slice(end))?.[0] ?? ''
    if (hasWords(before)) pieces.push({ text: before, stage: false })
    const direction = `${hasWords(before) ? '' : before} ${match[0]}${trailing}`.trim()
    pieces.push({ text: direction, stage: true })
    from = end + trailing.length
  }
  const after = words.slice(from).trim()
  if (after !== '') pieces.push({ text: after, stage: false })
  return pieces
}
