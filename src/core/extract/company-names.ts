/**
 * Who "the company", "the firm" and "its operator" are when no body the article names carries a company's word
 * ("Ltd", "Group": nameFitsNoun). Drafts name most businesses by their brand alone ("Acme Freight said it would cut
 * 300 jobs. … The company said …"), and a checker saw "The company" listed in the speaker filter and the report
 * beside "Acme Freight", as if two bodies had spoken. Used by nominal-names.ts once the whole article is read.
 *
 *  - "the company" and "the firm" are the business named last before them (a draft about two firms calls each "the
 *    company" after naming it).
 *  - "its operator", "the operator" is the body named last as operating something: "rail operator Westline",
 *    "run by Northgate Terminals", "Northgate Terminals runs the terminal".
 *
 * A business is a name that names no public body, union or outlet ("the Port Authority", "Unite's", "the Courier"),
 * called one ("the oil giant …", "…, the parent company of …") or opening its sentence: a body's name (entities.ts:
 * "Twitter acknowledged …"), or two to four words read as a person's for their speech verb, on no first name, that
 * the sentence goes on to call "it" ("Acme Freight said on Tuesday that it would cut …").
 */
import type { Fact, Span } from '../../shared/article'
import { lastAtOrBefore } from '../sorted-search'
import { COURTESY_TITLES, nameFitsNoun } from './name-words'
import { isKnownFirstName } from './gender'
import { surnamesSaid, type SurnameSaid } from './surnames-said'

/** Words of names that are no business: public bodies, unions, parties, outlets. */
// prettier-ignore
const NOT_BUSINESS_WORDS = new Set([
  'Authority', 'Council', 'Ministry', 'Department', 'Agency', 'Commission', 'Committee', 'Court', 'Police',
  'Government', 'University', 'College', 'School', 'Hospital', 'Board', 'Office', 'Service', 'Bureau',
  'Administration', 'Senate', 'House', 'Congress', 'Parliament', 'Assembly', 'Army', 'Navy', 'Church', 'Union',
  'Party', 'Campaign', 'Association', 'Federation', 'Society', 'Institute', 'Foundation', 'Trust', 'Coalition',
  'Alliance', 'Times', 'Post', 'Journal', 'Herald', 'Tribune', 'Gazette', 'News', 'Courier', 'Telegraph', 'Guardian',
  'Chronicle', 'BBC', 'CNN', 'Reuters', 'Press', 'Constabulary', 'Unite', 'Unison', 'Treasury', 'Cabinet', 'Fund'
])

/** How far before a description, in characters, the business it stands for may be named. */
const MAX_LOOKBACK = 2000

/** A sentence's or a line's start right before a name. */
const SENTENCE_START_RE = /(?:^|\n|[.!?]["”’]?\s+)(?:[Tt]he\s)?$/u
/** An "it" or "its" later in the name's sentence: "Acme Freight said on Tuesday that it would cut …". */
const IT_LATER_RE = /^[^.!?\n]*?\bits?\b/u
/** Nouns a text calls a business by, in an apposition or right before its name (introduced-nouns.ts reads them too). */
// prettier-ignore
export const BUSINESS_NOUNS: ReadonlySet<string> = new Set([
  'company', 'firm', 'giant', 'retailer', 'maker', 'manufacturer', 'carrier', 'airline', 'lender', 'insurer', 'chain',
  'haulier', 'developer', 'supplier', 'conglomerate'
])
const BUSINESS_NOUN = `(?:${[...BUSINESS_NOUNS].join('|')})`
const BUSINESS_BEFORE_RE = new RegExp(`\\b${BUSINESS_NOUN} $`, 'iu')
/** Not "Laurie Guzzinati, a spokeswoman for Nabisco's parent company": the noun of a complement is another's. */
const BUSINESS_AFTER_RE = new RegExp(
  `^,\\s(?:the|a|an|its)\\s(?:(?!(?:for|of|at|by|with|in|from|to)\\s)[\\p{L}'’-]+\\s){0,4}?${BUSINESS_NOUN}\\b`,
  'u'
)
/** Words right before a name that make it something's operator: "rail operator Westline", "run by the …". */
const OPERATOR_BEFORE_RE = /(?:\boperator|\b(?:run|operated|managed) by(?: the)?) $/iu
/** Words right after a name that make it something's operator: ", the operator", " runs the terminal". */
const OPERATOR_AFTER_RE =
  /^(?:,\s(?:the|its|which)\s(?:[\p{L}-]+\s){0,3}?(?:operator|runs|operates)\b|\s(?:runs|operates|manages)\b)/u

/** "its operator", "the operator". */
const OPERATOR_RE = /^(?:[Ii]ts|[Tt]he) operator$/u
/** "The company", "the firm": the description alone, no modifier ("the parent company" is another's). */
const COMPANY_RE = /^[Tt]he (company|firm)$/u
/** "the " or "The " right before a name. */
const THE_BEFORE_RE = /(?:^|\P{L})[Tt]he\s$/u

/**
 * The name to show for a speaker or claimant named `name` at `mention` when it is "the company", "the firm" or "its
 * operator" and the business it stands for is named before; null otherwise, the name being nominal-names.ts's to
 * settle (so also when a body whose name fits the noun, "Harbourline Holdings", is named nearer).
 * `entities`: the article's people, places and organisations, sorted by start.
 */
export function companySettler(
  text: string,
  entities: readonly Fact[]
): (name: string, mention: Span) => string | null {
  // Asked of the last word of every brand-like name before "the company": one pass over the text, not one per surname.
  const said = surnamesSaid(text)
  return (name, mention) => {
    if (OPERATOR_RE.test(name)) {
      // Named as operating something, a name needs no "it" to be a business's.
      const operator = nearestBefore(entities, mention.start, (e) => operates(text, e) && business(text, e, true, said))
      return operator && shownName(text, operator)
    }
    const noun = COMPANY_RE.exec(name)?.[1]
    if (!noun) return null
    const named = nearestBefore(entities, mention.start, (e) => business(text, e, false, said))
    if (!named) return null
    const fits = (e: Fact): boolean => e.kind === 'organisation' && nameFitsNoun(e.text, noun)
    const fitting = nearestBefore(entities, mention.start, fits)
    return fitting && fitting.start >= named.start ? null : shownName(text, named)
  }
}

/**
 * A body's name as a speaker's or claimant's: "The Ashmere Chronicle", as written, where the entity leaves out the
 * article it is written with. Also nominal-names.ts's, for the bodies it settles a description on.
 */
export function shownName(text: string, body: Fact): string {
  return THE_BEFORE_RE.test(text.slice(Math.max(0, body.start - 5), body.start)) ? `The ${body.text}` : body.text
}

function nearestBefore(entities: readonly Fact[], at: number, fits: (e: Fact) => boolean): Fact | null {
  for (let i = lastAtOrBefore(entities, (e) => e.end, at); i >= 0 && entities[i].end >= at - MAX_LOOKBACK; i--)
    if (fits(entities[i])) return entities[i]
  return null
}

/**
 * A lower-case letter. Built once: the bundle (esbuild, target node20) makes a literal with a \p{…} class a `new
 * RegExp(…)` at each use.
 */
const HAS_LOWER = /\p{Ll}/u

/** Whether entity `e` is a business's name; `operating`: the text names it as operating something. */
function business(text: string, e: Fact, operating: boolean, said: SurnameSaid): boolean {
  const words = e.text.split(' ')
  if (words.some((w) => NOT_BUSINESS_WORDS.has(w.replace(/['’]s?$/u, '')))) return false
  // "FULL TEXT.", "CORRECTION APPENDED.": a heading's capitals, not a body's acronym ("IBM").
  if (words.length > 1 && !HAS_LOWER.test(e.text)) return false
  const called = operating || calledBusiness(text, e)
  if (e.kind !== 'organisation' && !maybeBusiness(e, words, called, said)) return false
  if (called) return true
  // "Twitter acknowledged …": a body's brand opens its sentence ("in Wexbury, it said" is where it said so; "news
  // from the Bank of Japan" is what was heard of it). "Acme Freight said on Tuesday that it would cut …": a name
  // read as a person's must be "it" later in that sentence too.
  if (!SENTENCE_START_RE.test(text.slice(Math.max(0, e.start - 6), e.start))) return false
  return e.kind === 'organisation' || IT_LATER_RE.test(text.slice(e.end, e.end + 200))
}

/** "the oil giant Exxon Mobil", "Alphabet, the parent company of Google": the text calls the name a business. */
function calledBusiness(text: string, e: Fact): boolean {
  return (
    BUSINESS_BEFORE_RE.test(text.slice(Math.max(0, e.start - 16), e.start)) ||
    BUSINESS_AFTER_RE.test(text.slice(e.end, e.end + 60))
  )
}

/**
 * A name read as a person's that may be a brand's: two to four words (one, "rail operator Westline", when the text
 * names it as operating something), no first name or title opening it.
 */
function maybeBusiness(e: Fact, words: readonly string[], operating: boolean, said: SurnameSaid): boolean {
  return (
    e.kind === 'person' &&
    words.length >= (operating ? 1 : 2) &&
    words.length <= 4 &&
    !isKnownFirstName(words[0]) &&
    !COURTESY_TITLES.has(words[0]) &&
    !(words.length >= 2 && said(words[words.length - 1]))
  )
}

function operates(text: string, e: Fact): boolean {
  return (
    OPERATOR_BEFORE_RE.test(text.slice(Math.max(0, e.start - 20), e.start)) ||
    OPERATOR_AFTER_RE.test(text.slice(e.end, e.end + 60))
  )
}
