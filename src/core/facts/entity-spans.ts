/**
 * Where names are in the text: the next capital a name may start at, the run of capitalised words (with the
 * particles names carry, "de", "von der", "al-", and "of/in/for the" after heads such as "Bank of England"), and
 * the words before it that the cues read (where a sentence starts: sentence-starts.ts). Plain character loops and
 * sticky expressions: these run at every capital of every article, so they are kept apart from the classification
 * (entity-kinds.ts, entities.ts) and measured as a whole.
 */
import * as cue from './entity-cues'
import { isKnownFirstName } from '../extract/gender'
import { isPlainSpan, isPlainText, plainClasses } from '../plain-text-classes'
import { saintNameRest } from './saint-names'
import { PLACE_NAMES } from './places-gazetteer'
import { afterPluralPossessive, wordsBefore } from './name-surroundings'

export interface Token {
  start: number
  end: number
  text: string
}

/** A capitalised word (or "al-Qaeda", "U.S."); a possessive "’s" is left outside. */
const CAP_WORD = String.raw`\p{Lu}\.(?:\p{Lu}\.)+|(?:(?:al|el|ad|as|ash|an)-)?\p{Lu}[\p{L}\p{M}]*(?:['’](?!s(?!\p{L}))[\p{L}\p{M}]+|-[\p{L}\p{M}\p{N}]+)*`
const CAP_WORD_RE = new RegExp(CAP_WORD, 'uy')
const PLAIN_CAP_WORD_RE = new RegExp(plainClasses(CAP_WORD), 'y')
/** A character that, just before a capital, makes it part of a word ("McDonald", "al-Qaeda"). */
const INSIDE_WORD_RE = /[\p{L}\p{M}\p{N}'’-]/u
const NEXT_NAME_WORD_RE = new RegExp(
  String.raw`[ \u00a0](?:(?:de|da|di|du|del|della|van|von|der|den|ter|bin|ibn|al|el|la|le|y)[ \u00a0](?:(?:der|den|la|le)[ \u00a0])?)?(?:${CAP_WORD})`,
  'uy'
)
const PLAIN_NEXT_NAME_WORD_RE = new RegExp(plainClasses(NEXT_NAME_WORD_RE.source), 'y')
/** The words that join a head to the name after it ("Bank of England", "Campaign for Nuclear Disarmament"). */
const JOINING_WORDS = ['of', 'in', 'for', 'on', 'de']
/** The words after which a body named for a cause goes on ("Coalition for Real Justice"). */
const CAUSE_WORDS = ['of', 'for']
/** A name's remit going on after "and" ("Department of Health and Social Care"). */
const REMIT_WORDS = ['and']
/** A remit list's next item after a comma, when the list goes on to close with "and" and a capital. */
const REMIT_LIST_WORD_RE = new RegExp(
  String.raw`,[ \u00a0](?:${CAP_WORD})(?=(?:,?[ \u00a0](?:${CAP_WORD}))*[ \u00a0]and[ \u00a0]\p{Lu})`,
  'uy'
)
const ACRONYM_RE = /^(?:\p{Lu}{2,6}s?|\p{Lu}\.(?:\p{Lu}\.)+)$/u
const PLAIN_ACRONYM_RE = new RegExp(plainClasses(ACRONYM_RE.source))

/** "NHS", "MPs", "U.N.": a word in capitals (ACRONYM_RE), read by its ASCII twin when plain (plain-text-classes.ts). */
export function isAcronym(word: string): boolean {
  return isPlainText(word) ? PLAIN_ACRONYM_RE.test(word) : ACRONYM_RE.test(word)
}
/** Courtesy and office titles opening a person's name, kept with their full stop ("Ms.", "Sen."). */
const PERSON_TITLES = new Set(['Mr.', 'Mrs.', 'Ms.', 'Dr.', 'Sen.', 'Rep.', 'Gov.', 'Gen.', 'Prof.'])
/** Longest name worth reading: beyond this it is a headline in capitals, not a name. */
const MAX_NAME_WORDS = 8

/**
 * The next place a name may start: a capital (ASCII, or any non-ASCII letter for CAP_WORD_RE to
 * judge) or "al-", "el-" … before one. A plain loop: a Unicode regex over a whole article is
 * several times slower and allocates a match per capital.
 */
export function nextNameHint(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if ((code >= 65 && code <= 90) || code >= 0xc0) return i
    // "al-", "el-", "ad-", "as-", "an-", "ash-": read only where the text goes on that far (a read past its end
    // deoptimised this loop once a run).
    if (i + 2 >= text.length || (code !== 97 && code !== 101)) continue
    if (text.charCodeAt(i + 2) === 45 && (text[i + 1] === 'l' || text[i + 1] === 'd')) return i
    if (code === 97 && text.charCodeAt(i + 2) === 45 && (text[i + 1] === 's' || text[i + 1] === 'n')) return i
    if (code === 97 && text.startsWith('sh-', i + 1)) return i
  }
  return -1
}

/** Is text[i] a letter, digit, apostrophe or hyphen, so a capital after it is inside a word? */
export function isInsideWord(text: string, i: number): boolean {
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

export function readSequence(text: string, first: Token): Token[] {
  const tokens = [first]
  while (tokens.length < MAX_NAME_WORDS) {
    const last = tokens[tokens.length - 1]
    if (last.end < text.length && text.charCodeAt(last.end) === 46 && cue.ABBREVIATED_TITLES.has(last.text)) {
      last.end += 1 // "Dr." keeps its full stop
      last.text += '.'
    }
    let end = nextNameWordEnd(text, last.end)
    // "Cheers, Ms. Yellen The Federal Reserve chairwoman …": a crosshead run into its paragraph. A titled person's
    // name never goes on across a capitalised "The" (headlines in title case do: "Race To The Top").
    if (end - last.end === 4 && text.startsWith('The', last.end + 1) && PERSON_TITLES.has(tokens[0].text)) break
    if (end < 0 && cue.JOINING_HEADS.has(last.text)) {
      end = linkedCapWordEnd(text, last.end, JOINING_WORDS, true)
      // "at Wessex Crown Court in October": a month or a day after "in"/"on" dates the name, it is no part of it.
      if (end >= 0 && cue.CALENDAR_WORDS.has(text.slice(text.lastIndexOf(' ', end - 1) + 1, end).toLowerCase()))
        end = -1
    }
    if (end < 0 && cue.CAUSE_HEADS.has(last.text)) end = linkedCapWordEnd(text, last.end, CAUSE_WORDS, true)
    // "Department of Health and Social Care", "Office of Rail and Road": a remit after "of"/"for" goes on after
    // "and"; "the Department of Health and NHS England" are two bodies, "the Foreign Office and Downing Street" too.
    // "Department for Environment, Food and Rural Affairs": and after a comma, in a list closing on "and".
    if (end < 0 && tokens.length > 1 && hasRemit(text, tokens)) {
      end = linkedCapWordEnd(text, last.end, REMIT_WORDS, false)
      if (end >= 0 && isAcronym(text.slice(last.end + 5, end))) end = -1
      if (end < 0) end = stickyEnd(REMIT_LIST_WORD_RE, text, last.end)
      if (end >= 0 && text[last.end] === ',' && isAcronym(text.slice(last.end + 2, end))) end = -1
    }
    // "St Anne’s Infirmary", "The St Anne’s Infirmary said" (saint-names.ts).
    if (end < 0) {
      const named = saintNameRest(text, tokens, readNameAt)
      if (named) return [...tokens, ...named]
    }
    // "Wexbury Magistrates’ Court": a plural's possessive, then a body's head; not a person's possessive ("Bernie
    // Sanders’ Senate office", "Sen. Sanders’ College plan", "Sanders’ College plan") nor a body's own board's.
    if (end < 0 && tokens.length > 1 && !tokens.some(namesPerson) && headBeforeRemit(text, tokens) === null) {
      const head = afterPluralPossessive(text, last.end)
      if (head > 0 && cue.ORGANISATION_HEADS.has(text.slice(last.end + 2, head))) end = head
    }
    if (end < 0 && text.charCodeAt(last.end) === 44) {
      const listed = listedRemitAfter(text, tokens)
      if (listed) return [...tokens, ...listed]
    }
    if (end < 0 && mayOpenSharedBody(tokens)) {
      const shared = sharedBodyAfter(text, last)
      if (shared) return [...tokens, ...shared]
    }
    if (end < 0) break
    // Names hold no spaces, so the word starts after the last space of the match.
    let start = end - 1
    while (text[start - 1] !== ' ' && text[start - 1] !== '\u00a0') start--
    tokens.push({ start, end, text: text.slice(start, end) })
  }
  return tokens
}

/** A first name or a title: a word of a person's name. */
const namesPerson = (token: Token): boolean => isKnownFirstName(token.text) || cue.TITLES.has(token.text)

/** A remit head ("Department", "Office") with its remit after "of"/"for": "Office of Rail", not "Foreign Office". */
function hasRemit(text: string, tokens: Token[]): boolean {
  const head = headBeforeRemit(text, tokens)
  return head !== null && cue.REMIT_HEADS.has(head)
}

/** The word before a name's first "of"/"for" ("Bank" of "Bank of England"), or null where none joins it. */
export function headBeforeRemit(text: string, tokens: Token[]): string | null {
  for (let i = 0; i < tokens.length - 1; i++)
    if (REMIT_LINK_RE.test(text.slice(tokens[i].end, tokens[i + 1].start))) return tokens[i].text
  return null
}
const REMIT_LINK_RE = /^[ \u00a0](?:of|for)[ \u00a0](?:the[ \u00a0])?$/

/**
 * Whether the words read so far may be the first of the two things a body is named by before its head ("Devon and
 * Cornwall Police", "Competition and Markets Authority"): a lone word, that word after a sentence's "The" ("The
 * Competition and Markets Authority said" was read as "Markets Authority"), or two or three words that are neither a
 * person's nor a whole body's name ("United States Citizenship and Immigration Services"; not "Tom Bell and Avon
 * Police", "Wessex County Council and Avon Fire Service").
 */
function mayOpenSharedBody(tokens: readonly Token[]): boolean {
  const words = tokens.length > 1 && tokens[0].text === 'The' ? tokens.slice(1) : tokens
  if (words.length === 1) return true
  return (
    words.length <= 3 &&
    !cue.TITLES.has(words[0].text) &&
    !isKnownFirstName(words[0].text) &&
    !words.some((word) => cue.ORGANISATION_HEADS.has(word.text))
  )
}

/**
 * "Devon and Cornwall Police", "Bedfordshire and Luton Fire Service": a force or council two areas share is one
 * body, named by both areas before its head; "Maritime and Coastguard Agency", by both halves of its remit. Read
 * (mayOpenSharedBody) when " and " and a name ending on such a head follow; a known body or party first ("Labour
 * and Devon County Council") stays apart.
 */
function sharedBodyAfter(text: string, first: Token): Token[] | null {
  if (
    first.end + 1 >= text.length ||
    text.charCodeAt(first.end + 1) !== 97 ||
    cue.KNOWN_ORGANISATIONS.has(first.text.toLowerCase())
  )
    return null
  // "the IRS and Drug Enforcement Administration": an acronym on either side of "and" is a body of its own, as
  // on the remit path; no body is named by an acronym and half a remit.
  if (isAcronym(first.text)) return null
  const end = linkedCapWordEnd(text, first.end, REMIT_WORDS, false)
  if (end < 0) return null
  const start = first.end + 5
  if (isAcronym(text.slice(start, end))) return null
  const rest = readSequence(text, { start, end, text: text.slice(start, end) })
  if (rest.length < 2 || !cue.SHARED_AREA_HEADS.has(rest[rest.length - 1].text)) return null
  return rest
}

/**
 * "The Rail, Maritime and Transport union", "the National Union of Rail, Maritime and Transport Workers": a name
 * whose remit lists single words, by commas closing on "and", reads on through the list (the items, then the name
 * after "and") when a body's head is in the whole; "Rail" and "Transport" were two bodies. Not a list of places or
 * acronyms ("Leeds, York and Hull City Council" is three places and a council).
 */
function listedRemitAfter(text: string, tokens: readonly Token[]): Token[] | null {
  // The list's first item is a word of its own: after "The", or after "of" or "on" in a body's name ("Committee on
  // Science, Space and Technology"); "Atlantic Club, Showboat and Revel" are three casinos.
  const n = tokens.length
  if (n > 1 && tokens[0].text !== 'The' && !REMIT_ITEM_LINK_RE.test(text.slice(tokens[n - 2].end, tokens[n - 1].start)))
    return null
  // "the departments of State, Interior and Energy": bodies named in the plural before the list are one each.
  // A list's later item ("…, Interior, Labor and Energy") opens none.
  const [link = '', noun = ''] = wordsBefore(text, tokens[0].start, 2)
  if ((link === 'of' && noun.endsWith('s')) || text.charCodeAt(tokens[0].start - 2) === 44) return null
  const items: Token[] = []
  let at = tokens[tokens.length - 1].end
  for (let end = stickyEnd(REMIT_LIST_WORD_RE, text, at); end >= 0; end = stickyEnd(REMIT_LIST_WORD_RE, text, at)) {
    if (items.length >= MAX_NAME_WORDS) return null
    items.push({ start: at + 2, end, text: text.slice(at + 2, end) })
    at = end
  }
  const end = items.length > 0 ? linkedCapWordEnd(text, at, REMIT_WORDS, false) : -1
  if (end < 0) return null
  const rest = readSequence(text, { start: at + 5, end, text: text.slice(at + 5, end) })
  const listed = [tokens[tokens.length - 1], ...items, rest[0]]
  if (listed.some((t) => isAcronym(t.text) || PLACE_NAMES.has(t.text.toLowerCase()))) return null
  // "the State, Interior and Energy departments": the same, the plural after the list.
  if (PLURAL_NOUN_AFTER_RE.test(text.slice(rest[rest.length - 1].end, rest[rest.length - 1].end + 24))) return null
  const heads = (t: Token): boolean => cue.ORGANISATION_HEADS.has(t.text)
  return tokens.some(heads) || items.some(heads) || rest.some(heads) ? [...items, ...rest] : null
}
const PLURAL_NOUN_AFTER_RE = /^[ \u00a0][a-z]+s\b/
const REMIT_ITEM_LINK_RE = /^[ \u00a0](?:of|on|for)[ \u00a0](?:the[ \u00a0])?$/

/** The name starting with a capitalised word at text[at], or null: saint-names.ts reads the name after a saint's. */
function readNameAt(text: string, at: number): Token[] | null {
  const end = capWordEnd(text, at)
  return end < 0 ? null : readSequence(text, { start: at, end, text: text.slice(at, end) })
}

/**
 * Where a capitalised word ends that follows text[at] as " of England", " for the Arts" or " and Social Care": a
 * space, one of `links`, optionally "the" when `the` allows it, a space, then CAP_WORD_RE; -1 if none. The same
 * matches as CAP_WORD inside a pattern of its own after the link, tried in the order such a pattern tries them
 * ("the" first): each such pattern was one more copy of CAP_WORD's Unicode classes to compile, a cost met on the
 * first article, for patterns read at a few names an article.
 */
function linkedCapWordEnd(text: string, at: number, links: readonly string[], the: boolean): number {
  if (!isNameSpace(text.charCodeAt(at))) return -1
  // The links differ in their first two letters: at most one is there.
  const link = links.find((word) => text.startsWith(word, at + 1))
  if (link === undefined) return -1
  const after = at + 1 + link.length
  if (!isNameSpace(text.charCodeAt(after))) return -1
  if (the && text.startsWith('the', after + 1) && isNameSpace(text.charCodeAt(after + 4))) {
    const end = capWordEnd(text, after + 5)
    if (end >= 0) return end
  }
  return capWordEnd(text, after + 1)
}

/** A space as the name patterns read one: a plain or a no-break space. */
const isNameSpace = (code: number): boolean => code === 32 || code === 0xa0

/**
 * Where a capitalised word (CAP_WORD_RE) starting at text[at] ends, or -1. Its ASCII twin is tried first; its answer
 * stands when every character it read was plain (plain-text-classes.ts): those of the match, and up to two past its
 * end (an apostrophe's look-ahead), or with no match the longest opening tried ("ash-" and a capital).
 */
export function capWordEnd(text: string, at: number): number {
  const end = stickyEnd(PLAIN_CAP_WORD_RE, text, at)
  const plain = end >= 0 ? isPlainSpan(text, end, end + 3) : isPlainSpan(text, at, at + 5)
  return plain ? end : stickyEnd(CAP_WORD_RE, text, at)
}

/**
 * Where NEXT_NAME_WORD_RE's match at text[at] ends (a space, maybe a particle, a capitalised word), or -1; as
 * capWordEnd, with no match the longest opening tried: a space, "della", a space, "der", a space, "ash-", a capital.
 */
function nextNameWordEnd(text: string, at: number): number {
  const end = stickyEnd(PLAIN_NEXT_NAME_WORD_RE, text, at)
  const plain = end >= 0 ? isPlainSpan(text, end, end + 3) : isPlainSpan(text, at, at + 17)
  return plain ? end : stickyEnd(NEXT_NAME_WORD_RE, text, at)
}

/** Where a sticky regex match at `at` ends, or -1; `test` allocates no match array. */
export function stickyEnd(re: RegExp, text: string, at: number): number {
  re.lastIndex = at
  return re.test(text) ? re.lastIndex : -1
}
