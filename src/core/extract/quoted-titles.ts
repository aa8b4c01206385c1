/**
 * Names in quotation marks that are not anyone's words: programmes, books, films, songs, slogans,
 * campaigns and initiatives (`on CNN’s “State of the Union,”`, `her memoir, “Small Towns Rising,”`,
 * `a “Harbour First” cap`, `“Tide Tables,” by Ines Moreau`). A title is written in title case and
 * placed as a name: after a work's noun or a broadcaster's possessive, before the noun it names,
 * or before its author's credit. Each of these settles the question even when a speech verb
 * follows the title (`On “Harbour Talk,” the mayor said …`). In a headline, where every word is
 * capitalised, title case says nothing, so none of this applies there.
 */
import { tokenize, type Token } from './tokens'
import type { SentenceWords } from './sentence-words'
import { CAPITALISED, OPENS_CAPITAL_OR_DIGIT } from './char-classes'

/** Small words a title keeps in lower case: "State of the Union", "Orange is the New Black". */
// prettier-ignore
const TITLE_SMALL_WORDS = new Set([
  'a', 'an', 'the', 'and', 'or', 'nor', 'but', 'of', 'in', 'on', 'at', 'to', 'for', 'with', 'by', 'from', 'as', 'is',
  'are', 'vs', 'v', 'de', 'la', 'el', 'los', 'las', 'du', 'der'
])
/** Longest title taken for one: longer title-case runs are headlines quoted as speech. */
const MAX_TITLE_WORDS = 8
/** A book's title with its subtitle after a colon runs longer: "Harbour Lights: A History of …". */
const MAX_SUBTITLED_WORDS = 14
const MAX_TITLE_CHARS = 90

/**
 * Words right before the opening mark that name what follows as a work, programme or campaign
 * (`appeared on`, `the film`, `her book,`), whatever comes after the title.
 */
const WORK_LEAD =
  /\b(?:on|told|interview with|(?:co-)?author of|book|novel|memoir|autobiography|biography|film|movie|documentary|show|programme|program|series|sitcom|song|single|anthem|album|play|musical|column|podcast|broadcast|episode|newsletter|blog|headline|slogan|motto|campaign|operation|initiative|hashtag|called|named),?\s*$/iu
/** A broadcaster's or author's possessive right before the title: `CNN’s “…”`, `Peter Hale's “…”`. */
const POSSESSIVE_LEAD = /\b\p{Lu}[\p{L}.&-]*\s*['’]s?\s*$/u
/** Weaker leads, trusted only when no attribution follows the quote: `in “…”`, `from “…”`. */
const PLACE_LEAD = /\b(?:in|of|at|from|to)\s*$/iu

/**
 * Nouns that a quoted name can stand before as a label (`a “Harbour First” cap`, `the “Ferry Now”
 * campaign`, `“Tide Tables” star`): things branded, staged, worn or broadcast.
 */
// prettier-ignore
const LABELLED_NOUNS = new Set([
  'hat', 'hats', 'cap', 'caps', 'shirt', 'shirts', 't-shirt', 't-shirts', 'sign', 'signs', 'banner', 'banners',
  'sticker', 'stickers', 'button', 'buttons', 'bag', 'bags', 'tote', 'poster', 'posters', 'mug', 'mugs', 'logo',
  'star', 'stars', 'actor', 'actress', 'host', 'hosts', 'author', 'creator', 'producer', 'singer', 'band',
  'tour', 'rally', 'rallies', 'campaign', 'campaigns', 'movement', 'wave', 'slogan', 'slogans', 'chant', 'chants',
  'letter', 'letters', 'memo', 'ad', 'ads', 'advert', 'adverts', 'commercial', 'commercials', 'video', 'videos',
  'song', 'album', 'show', 'shows', 'series', 'program', 'programme', 'segment', 'episode', 'podcast', 'film',
  'movie', 'book', 'column', 'blog', 'website', 'app', 'feature', 'initiative', 'initiatives', 'plan', 'bill',
  'act', 'doctrine', 'strategy', 'coalition', 'caucus', 'pac', 'fund', 'event', 'events', 'pageant', 'award',
  'awards', 'brand', 'franchise', 'party', 'parties', 'contest', 'festival', 'conference', 'summit', 'forum',
  'debate', 'debates', 'bus', 'tv', 'radio'
])

/** Last words of newspapers' names: "The Wall Street Journal", "the Kestrel Bay Courier". */
// prettier-ignore
const NEWSPAPER_ENDS = new Set([
  'Journal', 'Times', 'Post', 'Herald', 'Tribune', 'Gazette', 'Guardian', 'Telegraph', 'Chronicle', 'Observer',
  'Courier', 'Examiner', 'Inquirer', 'Globe', 'Sentinel', 'Dispatch', 'Mercury'
])

/**
 * True when the quoted text[start, end), marks at `open` and `close`, names a work or campaign. `sentences`: the
 * sentences' tokens (sentence-words.ts), the quote's words taken from its sentence's.
 */
export function isQuotedTitle(
  text: string,
  start: number,
  end: number,
  open: number,
  close: number,
  sentences?: SentenceWords
): boolean {
  // Too long even with a subtitle: turned away before the quote's words are read (most quotes are sentences).
  if (end - start > MAX_TITLE_CHARS * 2) return false
  const tokens = sentences ? sentences.within(start, end) : tokenize(text, start, end)
  const words = tokens.filter((t) => t.word)
  const subtitled = tokens.some((t) => t.text === ':')
  if (end - start > MAX_TITLE_CHARS * (subtitled ? 2 : 1)) return false
  if (words.length === 0 || words.length > (subtitled ? MAX_SUBTITLED_WORDS : MAX_TITLE_WORDS)) return false
  if (!isTitleCase(words)) return false
  const lead = text.slice(Math.max(0, open - 40), open)
  if (inHeadline(text, open)) return false
  // `as “The Wall Street Journal” wrote`: a newspaper's name in quote marks is the paper, not its words.
  if (words.length >= 2 && NEWSPAPER_ENDS.has(words[words.length - 1].text)) return true
  if (POSSESSIVE_LEAD.test(lead) || WORK_LEAD.test(lead)) return true
  const after = close >= 0 ? tokenize(text, close + 1, Math.min(text.length, close + 40)) : []
  return creditedWork(after) || labelsNoun(after)
}

/** The weaker test for a quote with no attribution after it: `appeared in “Harbour Talk Tonight”`. */
export function isPlacedTitle(
  text: string,
  start: number,
  end: number,
  open: number,
  sentences?: SentenceWords
): boolean {
  if (end - start > MAX_TITLE_CHARS) return false
  const words = (sentences ? sentences.within(start, end) : tokenize(text, start, end)).filter((t) => t.word)
  if (words.length < 2 || words.length > MAX_TITLE_WORDS) return false
  const last = text[end - 1]
  if (last === '?' || last === '!' || !isTitleCase(words) || inHeadline(text, open)) return false
  return PLACE_LEAD.test(text.slice(Math.max(0, open - 24), open))
}

function isTitleCase(words: readonly Token[]): boolean {
  return words.every((t, i) => OPENS_CAPITAL_OR_DIGIT.test(t.text) || (i > 0 && TITLE_SMALL_WORDS.has(t.lower)))
}

/** The four words before the quote are all capitalised: a headline, where title case is the style. */
function inHeadline(text: string, open: number): boolean {
  const before = tokenize(text, Math.max(0, open - 60), open).filter((t) => t.word)
  const last = before.slice(-4)
  return last.length >= 3 && last.every((t) => OPENS_CAPITAL_OR_DIGIT.test(t.text))
}

/** `“Tide Tables,” by Ines Moreau`: a work followed by its author. */
function creditedWork(after: readonly Token[]): boolean {
  let i = 0
  while (i < after.length && !after[i].word && after[i].text !== '(') i++
  return after[i]?.lower === 'by' && CAPITALISED.test(after[i + 1]?.text ?? '')
}

/** `“Harbour First” caps`: the title stands right before a lower-case noun it labels. */
function labelsNoun(after: readonly Token[]): boolean {
  const next = after[0]
  return next !== undefined && next.word && next.text === next.lower && LABELLED_NOUNS.has(next.lower)
}
