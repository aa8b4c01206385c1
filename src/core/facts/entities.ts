/**
 * People, places and organisations by heuristics, no model: capitalised word sequences (with the
 * particles names carry: "de", "von der", "bin", "al-", and "of/in/for the" after heads such as
 * "Bank of England", "Islamic State in the Greater Sahara"), classified by cues in this order:
 *   1. known organisations, organisation heads (Party, Ministry, Bank…), the gazetteer, all-capital
 *      acronyms (EIGS, RVIM) — tried on the whole name, then again after leading demonyms are dropped
 *      ("French Barkhane" → "Barkhane");
 *   2. a title in front ("President Macron" → person "Macron": the span is the name without the title);
 *   3. words around it: "newspaper Le Figaro", "the Barkhane force" → organisation; "the towns of X, Y,
 *      and Z" → places; "X, the defense correspondent", "X wrote" → person;
 *   4. the rest of the article: a name already classified by a cue keeps that kind, and a lone surname
 *      of a person named in full ("Barotte" after "Nicolas Barotte") is that person;
 *   5. "in X" → place; two to four capitalised words → person; anything else is dropped.
 * Sentence-initial capitals are stripped when they are common words (The, Despite, Following …).
 * The whole article is read at once because step 4 needs all of it.
 */
import type { Fact, FactKind } from '../../shared/article'
import { PLACE_NAMES } from './places-gazetteer'
import * as cue from './entity-cues'
import { firstAtOrAfter } from '../sorted-search'
import { writesInLowerCase } from './lower-case-words'

type EntityKind = Extract<FactKind, 'person' | 'place' | 'organisation'>

/**
 * common: a lone sentence-initial word the article also writes in lower case ("Water use rose…").
 * notEntity: a name that is no person, place or organisation ("Storm Henk"); it is dropped, and its
 * last word alone is not taken for a surname.
 */
interface Candidate {
  start: number
  end: number
  name: string
  tokens: Token[]
  kind: EntityKind | null
  common?: boolean
  notEntity?: boolean
  /** A person only by the speech verb after it ("Brightwater Marine said"), which bodies take too. */
  bySpeech?: boolean
  /** An organisation by a noun describing it: "the consultancy X", "X, a consultancy". */
  described?: boolean
}
interface Token {
  start: number
  end: number
  text: string
}

/** A capitalised word (or "al-Qaeda", "U.S."); a possessive "’s" is left outside. */
const CAP_WORD = String.raw`\p{Lu}\.(?:\p{Lu}\.)+|(?:(?:al|el|ad|as|ash|an)-)?\p{Lu}[\p{L}\p{M}]*(?:['’](?!s(?!\p{L}))[\p{L}\p{M}]+|-[\p{L}\p{M}\p{N}]+)*`
const CAP_WORD_RE = new RegExp(CAP_WORD, 'uy')
/** A character that, just before a capital, makes it part of a word ("McDonald", "al-Qaeda"). */
const INSIDE_WORD_RE = /[\p{L}\p{M}\p{N}'’-]/u
const NEXT_NAME_WORD_RE = new RegExp(
  String.raw`[ \u00a0](?:(?:de|da|di|du|del|della|van|von|der|den|ter|bin|ibn|al|el|la|le|y)[ \u00a0](?:(?:der|den|la|le)[ \u00a0])?)?(?:${CAP_WORD})`,
  'uy'
)
const JOINED_NAME_WORD_RE = new RegExp(
  String.raw`[ \u00a0](?:of|in|for|on|de)(?:[ \u00a0]the)?[ \u00a0](?:${CAP_WORD})`,
  'uy'
)
/** Skipped backwards from a sentence's first word: spaces, opening quotes and brackets, dashes. */
const OPENERS = new Set([' ', '\t', '\u00a0', '“', '"', '‘', "'", '(', '[', '—', '–', '-'])
/** Skipped backwards after a sentence's end mark: closing quotes and brackets. */
const CLOSERS = new Set(['"', "'", '”', '’', ')', ']'])
/** Characters that end a sentence (or a metadata label, "author: Thomas Brooke"). */
const SENTENCE_ENDS = new Set(['\n', '.', '!', '?', ':', '…'])
const WORD_CHAR_RE = /[\p{L}\p{M}'’-]/u
/**
 * WORD_CHAR_RE.test(text[i]), with ASCII read from its code (a-z, A-Z, ' and -): the words before every
 * name are read a character at a time, and a regular expression per character was most of it.
 */
function isWordCharAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i)
  if (code < 0x80) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === 39 || code === 45
  return WORD_CHAR_RE.test(text[i])
}
const ACRONYM_RE = /^(?:\p{Lu}{2,6}s?|\p{Lu}\.(?:\p{Lu}\.)+)$/u
/** Longest name worth reading: beyond this it is a headline in capitals, not a name. */
const MAX_NAME_WORDS = 8

/**
 * Every person, place and organisation inside range, classified with the whole article in view.
 * Reads the whole text each call: a caller scanning many ranges of one article (the extraction
 * pipeline) reads once with readEntities and slices with entitiesInRange instead.
 */
export function findEntities(text: string, range: { start: number; end: number }): Fact[] {
  return entitiesInRange(readEntities(text), range)
}

/** The entities of a whole-article list (sorted by start) that lie inside range, by binary search. */
export function entitiesInRange(facts: readonly Fact[], range: { start: number; end: number }): Fact[] {
  const out: Fact[] = []
  for (
    let i = firstAtOrAfter(facts, (fact) => fact.start, range.start);
    i < facts.length && facts[i].start < range.end;
    i++
  )
    if (facts[i].end <= range.end) out.push(facts[i])
  return out
}

/** Every name in the article, sorted by position (step 4 needs the whole text in view). */
export function readEntities(text: string): Fact[] {
  const candidates: Candidate[] = []
  // Asked only when a sentence starts with a lone capitalised word; each word searched for once per article.
  const lowerCase = new Map<string, boolean>()
  const writtenInLowerCase = (word: string): boolean => {
    const lower = word.toLowerCase()
    let written = lowerCase.get(lower)
    if (written === undefined) lowerCase.set(lower, (written = writesInLowerCase(text, lower)))
    return written
  }
  for (let at = nextNameHint(text, 0); at >= 0; at = nextNameHint(text, at + 1)) {
    if (at > 0 && isInsideWord(text, at - 1)) continue
    const end = stickyEnd(CAP_WORD_RE, text, at)
    if (end < 0) continue
    const tokens = readSequence(text, { start: at, end, text: text.slice(at, end) })
    at = tokens[tokens.length - 1].end - 1
    const candidate = classifyByCues(text, tokens, candidates[candidates.length - 1], writtenInLowerCase)
    if (candidate) candidates.push(candidate)
  }
  const known = documentKnowledge(candidates)
  const facts: Fact[] = []
  for (const c of candidates) {
    if (c.notEntity) continue
    // "the consultancy Brightwater Marine … Brightwater Marine said": the body described elsewhere speaks here.
    const body = c.bySpeech && known.bodies.has(c.name)
    const kind = body ? 'organisation' : (c.kind ?? classifyByDocument(text, c, known))
    if (kind) facts.push({ kind, start: c.start, end: c.end, text: c.name, value: c.name })
  }
  return facts
}

/**
 * The next place a name may start: a capital (ASCII, or any non-ASCII letter for CAP_WORD_RE to
 * judge) or "al-", "el-" … before one. A plain loop: a Unicode regex over a whole article is
 * several times slower and allocates a match per capital.
 */
function nextNameHint(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if ((code >= 65 && code <= 90) || code >= 0xc0) return i
    if ((code === 97 || code === 101) && text.charCodeAt(i + 2) === 45 && (text[i + 1] === 'l' || text[i + 1] === 'd'))
      return i
    if (code === 97 && text.charCodeAt(i + 2) === 45 && (text[i + 1] === 's' || text[i + 1] === 'n')) return i
    if (code === 97 && text.startsWith('sh-', i + 1)) return i
  }
  return -1
}

/** Is text[i] a letter, digit, apostrophe or hyphen, so a capital after it is inside a word? */
function isInsideWord(text: string, i: number): boolean {
  const code = text.charCodeAt(i)
  if (code < 0x80)
    return (
      (code >= 48 && code <= 57) ||
      (code >= 65 && code <= 90) ||
      (code >= 97 && code <= 122) ||
      code === 39 ||
      code === 45
    )
  return INSIDE_WORD_RE.test(text[i])
}

function readSequence(text: string, first: Token): Token[] {
  const tokens = [first]
  while (tokens.length < MAX_NAME_WORDS) {
    const last = tokens[tokens.length - 1]
    if (text.charCodeAt(last.end) === 46 && cue.ABBREVIATED_TITLES.has(last.text)) {
      last.end += 1 // "Dr." keeps its full stop
      last.text += '.'
    }
    let end = stickyEnd(NEXT_NAME_WORD_RE, text, last.end)
    if (end < 0 && cue.JOINING_HEADS.has(last.text)) end = stickyEnd(JOINED_NAME_WORD_RE, text, last.end)
    if (end < 0) break
    // Names hold no spaces, so the word starts after the last space of the match.
    let start = end - 1
    while (text[start - 1] !== ' ' && text[start - 1] !== '\u00a0') start--
    tokens.push({ start, end, text: text.slice(start, end) })
  }
  return tokens
}

/** Where a sticky regex match at `at` ends, or -1; `test` allocates no match array. */
function stickyEnd(re: RegExp, text: string, at: number): number {
  re.lastIndex = at
  return re.test(text) ? re.lastIndex : -1
}

/** Steps 1–3 of the module comment; null kind means "decide with the whole article in view". */
function classifyByCues(
  text: string,
  all: Token[],
  previous: Candidate | undefined,
  writtenInLowerCase: (word: string) => boolean
): Candidate | null {
  let tokens = all
  const sentenceStart = isSentenceStart(text, all[0].start)
  if (sentenceStart) {
    while (
      tokens.length > 0 &&
      !ACRONYM_RE.test(tokens[0].text) &&
      cue.SENTENCE_STOPWORDS.has(tokens[0].text.toLowerCase())
    )
      tokens = tokens.slice(1)
  }
  tokens = tokens.filter((t, i) => i > 0 || !cue.NOT_ORG_CAPS.has(t.text))
  if (tokens.length === 0) return null
  if (tokens.length === 1 && cue.CALENDAR_WORDS.has(tokens[0].text.toLowerCase())) return null
  if (
    tokens.length === 1 &&
    cue.MONTH_ABBREVIATIONS.has(tokens[0].text) &&
    /^\.?\s?\d/.test(text.slice(tokens[0].end, tokens[0].end + 3))
  )
    return null
  const make = (ts: Token[], kind: EntityKind | null): Candidate => {
    const [start, end] = [ts[0].start, ts[ts.length - 1].end]
    return { start, end, name: text.slice(start, end), tokens: ts, kind }
  }

  if (
    sentenceStart &&
    tokens.length === 1 &&
    tokens[0] === all[0] &&
    isCommonWordAtStart(tokens[0], writtenInLowerCase)
  ) {
    return { ...make(tokens, null), common: true }
  }

  if (tokens.length > 1 && cue.WEATHER_HEADS.has(tokens[0].text)) return { ...make(tokens, null), notEntity: true }
  const strong = strongKind(text, tokens)
  if (strong) return make(tokens, strong)
  while (tokens.length > 0 && cue.DEMONYMS.has(tokens[0].text.toLowerCase())) tokens = tokens.slice(1)
  if (tokens.length === 0) return null
  const stripped = strongKind(text, tokens)
  if (stripped) return make(tokens, stripped)

  const titled = tokens.findIndex((t) => !cue.TITLES.has(t.text))
  if (titled > 0) return make(tokens.slice(titled), 'person')
  if (titled < 0) return null // a title alone: "the President said"

  const start = tokens[0].start
  const end = tokens[tokens.length - 1].end
  const [last = '', second = '', third = ''] = wordsBefore(text, start, 3)
  const orgListed =
    (last === 'like' && cue.ORG_LIST_NOUNS.has(second)) ||
    (last === 'as' && second === 'such' && cue.ORG_LIST_NOUNS.has(third))
  if (cue.ORG_WORDS_BEFORE.has(last) || orgListed || stickyEnd(cue.ORG_APPOSITION_AFTER_RE, text, end) > 0)
    return { ...make(tokens, 'organisation'), described: true }
  if (hasOrgNounAfter(text, end)) return make(tokens, 'organisation')
  if (last === 'of' && cue.PLACE_NOUNS_BEFORE_OF.has(second)) return make(tokens, 'place')
  if (
    previous?.kind === 'place' &&
    start - previous.end <= 6 &&
    cue.LIST_SEPARATOR_RE.test(text.slice(previous.end, start))
  )
    return make(tokens, 'place')
  if (cue.ROLE_WORDS_BEFORE.has(last) || stickyEnd(cue.PERSON_ROLE_AFTER_RE, text, end) > 0)
    return make(tokens, 'person')
  if (stickyEnd(cue.SPEECH_AFTER_RE, text, end) > 0) return { ...make(tokens, 'person'), bySpeech: true }
  // "Damon Hill" said it; "Hyde Park" is where it happened: after the person cues, a place.
  if (tokens.length > 1 && cue.AMBIGUOUS_PLACE_HEADS.has(tokens[tokens.length - 1].text)) return make(tokens, 'place')
  return make(tokens, null)
}

/**
 * A lone capitalised word opening a sentence that is a common noun there: the article also
 * writes it in lower case ("Water use rose…" beside "drinking water"), or it is only a head
 * ("Council", "Energy", "Harbour") with nothing it heads. Known places and organisations,
 * acronyms excepted.
 */
function isCommonWordAtStart(token: Token, writtenInLowerCase: (word: string) => boolean): boolean {
  const lower = token.text.toLowerCase()
  if (ACRONYM_RE.test(token.text) || PLACE_NAMES.has(lower) || cue.KNOWN_ORGANISATIONS.has(lower)) return false
  return cue.ORGANISATION_HEADS.has(token.text) || cue.PLACE_HEADS_LAST.has(token.text) || writtenInLowerCase(lower)
}

/**
 * "the Wagner group", "the Barkhane force": an organisation's noun right after the name. Not when
 * another name follows the noun: in "Consumer group Fair Water Kestrel" the noun is the next name's.
 */
function hasOrgNounAfter(text: string, end: number): boolean {
  const after = stickyEnd(cue.ORG_CUE_AFTER_RE, text, end)
  if (after < 0) return false
  return !((text[after] === ' ' || text[after] === '\u00a0') && stickyEnd(CAP_WORD_RE, text, after + 1) > 0)
}

/** Up to `count` lower-cased words right before `at`, nearest first; stops at anything but a space. */
function wordsBefore(text: string, at: number, count: number): string[] {
  const out: string[] = []
  let i = at - 1
  while (out.length < count && i >= 0 && (text[i] === ' ' || text[i] === '\u00a0')) {
    let j = i - 1
    while (j >= 0 && isWordCharAt(text, j)) j--
    if (j === i - 1) break
    out.push(text.slice(j + 1, i).toLowerCase())
    i = j
  }
  return out
}

/** Is `at` the first word of a sentence (or of a line, or after a label's colon)? */
function isSentenceStart(text: string, at: number): boolean {
  let i = at - 1
  while (i >= 0 && OPENERS.has(text[i])) i--
  if (i < 0 || text[i] === '\n') return true
  while (i >= 0 && CLOSERS.has(text[i])) i--
  return i < 0 || SENTENCE_ENDS.has(text[i])
}

/** Kinds that need no context: known names, organisation heads, the gazetteer, acronyms. */
function strongKind(text: string, tokens: Token[]): EntityKind | null {
  const lower = text.slice(tokens[0].start, tokens[tokens.length - 1].end).toLowerCase()
  if (tokens.length === 1 && cue.KNOWN_ORGANISATIONS.has(lower)) return 'organisation'
  if (
    tokens.length > 1 &&
    cue.KNOWN_ORGANISATION_PREFIXES.some((prefix) => lower === prefix || lower.startsWith(prefix + ' '))
  )
    return 'organisation'
  if (PLACE_NAMES.has(lower)) return 'place'
  // A name's head is its last word ("Kestrel Bay Water" is the utility, "Water Street" a street);
  // in "Bank of England", "Bay of Bengal" it comes before the "of".
  const head = tokens[tokens.length - 1].text
  if (cue.ORGANISATION_HEADS.has(head)) return 'organisation'
  if (tokens.length > 1 && cue.PLACE_HEADS_LAST.has(head)) return 'place'
  if (tokens.some((t) => cue.ORGANISATION_HEADS.has(t.text))) return 'organisation'
  if (tokens.length > 1 && cue.PLACE_HEADS_FIRST.has(tokens[0].text)) return 'place'
  if (tokens.every((t) => ACRONYM_RE.test(t.text) && !cue.NOT_ORG_CAPS.has(t.text))) return 'organisation'
  return null
}

interface Knowledge {
  kinds: Map<string, EntityKind>
  surnames: Set<string>
  /** Names a noun describes as a body somewhere in the article ("the consultancy X"). */
  bodies: Set<string>
}

/** What the article itself established by cues: "Le Figaro" is a newspaper, "Barotte" is Nicolas Barotte. */
function documentKnowledge(candidates: Candidate[]): Knowledge {
  const kinds = new Map<string, EntityKind>()
  const surnames = new Set<string>()
  const notSurnames = new Set<string>()
  for (const c of candidates) {
    if (c.notEntity) for (const t of c.tokens.slice(1)) notSurnames.add(t.text)
    // "River Trent" is a place, so "Trent" alone in the same article is that river.
    if (c.kind === 'place' && c.tokens.length === 2 && cue.PLACE_HEADS_FIRST.has(c.tokens[0].text))
      kinds.set(c.tokens[1].text, 'place')
    if (!c.kind) continue
    if (!kinds.has(c.name)) kinds.set(c.name, c.kind)
    if (c.kind === 'person') surnames.add(c.tokens[c.tokens.length - 1].text)
  }
  for (const c of candidates) {
    if (c.kind || c.notEntity || c.tokens.length < 2 || !isPlainName(c.tokens)) continue
    surnames.add(c.tokens[c.tokens.length - 1].text) // default people (step 5) name surnames too
  }
  for (const name of notSurnames) surnames.delete(name)
  const bodies = new Set(candidates.filter((c) => c.described).map((c) => c.name))
  return { kinds, surnames, bodies }
}

function classifyByDocument(text: string, c: Candidate, known: Knowledge): EntityKind | null {
  const kind = known.kinds.get(c.name)
  if (kind) return kind
  if (c.tokens.length === 1 && known.surnames.has(c.name)) return 'person'
  if (c.common) return null // a common noun unless the article names it elsewhere (a surname "Young")
  if (cue.PLACE_PREPOSITIONS.has(wordsBefore(text, c.start, 1)[0] ?? '')) return 'place'
  if (c.tokens.length >= 2 && c.tokens.length <= 4 && isPlainName(c.tokens)) return 'person'
  return null
}

/** Words a personal name is made of: capitalised, not acronyms, not calendar words. */
function isPlainName(tokens: Token[]): boolean {
  return tokens.every(
    (t) => !ACRONYM_RE.test(t.text) && !cue.CALENDAR_WORDS.has(t.text.toLowerCase()) && !/\d/.test(t.text)
  )
}
