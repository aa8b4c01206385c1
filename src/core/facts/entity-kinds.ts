/**
 * Steps 1–3 of entities.ts (offices in names: entity-offices.ts): a name's kind from the name itself (known organisations, organisation heads, the
 * gazetteer, acronyms; again after leading demonyms are dropped), a title in front ("President Macron" → person
 * "Macron"), and the words around it ("newspaper Le Figaro", "the towns of X, Y, and Z", "X wrote"). A candidate
 * these leave open (kind null) is decided with the whole article in view (entities.ts).
 */
import type { FactKind } from '../../shared/article'
import { PLACE_NAMES } from './places-gazetteer'
import { isKnownFirstName } from '../extract/gender'
import * as cue from './entity-cues'
import { isAcronym, capWordEnd, headBeforeRemit, stickyEnd, type Token } from './entity-spans'
import { appositionWord, inBracketedLawTitle, wordsBefore } from './name-surroundings'
import { isOffice, officeEnd, officeHolder } from './entity-offices'
import { isDatelinePlace, isSentenceStart } from './sentence-starts'
import { addressAfterAge, placeNounAfter } from './entity-places'

/** What joins an office's title to its remit: "Secretary of State", "Minister for Energy". */
const OFFICE_JOINTS = new Set([' of ', ' for '])

export type EntityKind = Extract<FactKind, 'person' | 'place' | 'organisation'>

/**
 * common: a lone sentence-initial word the article also writes in lower case ("Water use rose…").
 * notEntity: a name that is no person, place or organisation ("Storm Henk"); it is dropped, and its
 * last word alone is not taken for a surname.
 */
export interface Candidate {
  start: number
  end: number
  name: string
  tokens: Token[]
  kind: EntityKind | null
  common: boolean
  notEntity: boolean
  /**
   * A person only by a cue bodies share: the speech verb after it ("Brightwater Marine said"), or an adviser or an
   * aide after it ("Brightwell adviser"); a body where the article names one by it.
   */
  bySharedCue: boolean
  /** An organisation by a noun describing it: "the consultancy X", "X, a consultancy". */
  described: boolean
}

/** The one mark, if any, a candidate carries beside its kind (the booleans of Candidate). */
export type CandidateMark = 'common' | 'notEntity' | 'bySharedCue' | 'described' | null

/**
 * Every candidate is built here, its marks always set and in one order. Built by spreading ({ ...make(), common:
 * true }), each mark gave its candidates a hidden class of their own, and readEntities' owner test, which meets
 * them all, was deoptimised ("wrong map") and compiled again articles into a run.
 */
export function candidateOf(
  text: string,
  tokens: Token[],
  kind: EntityKind | null,
  mark: CandidateMark = null
): Candidate {
  const start = tokens[0].start
  const end = tokens[tokens.length - 1].end
  return {
    start,
    end,
    name: text.slice(start, end),
    tokens,
    kind,
    common: mark === 'common',
    notEntity: mark === 'notEntity',
    bySharedCue: mark === 'bySharedCue',
    described: mark === 'described'
  }
}

/** Steps 1–3 of the module comment; null kind means "decide with the whole article in view". */
export function classifyByCues(
  text: string,
  all: Token[],
  previous: Candidate | undefined,
  writtenInLowerCase: (word: string) => boolean
): Candidate | null {
  // Where the name starts, then one slice: a copy per dropped word, and one more for nothing, were made for every
  // capitalised run of the article.
  let from = 0
  const sentenceStart = isSentenceStart(text, all[0].start)
  if (sentenceStart) {
    while (from < all.length && !isAcronym(all[from].text) && cue.SENTENCE_STOPWORDS.has(all[from].text.toLowerCase()))
      from++
  }
  if (from < all.length && cue.NOT_ORG_CAPS.has(all[from].text)) from++
  // "Former Brightwell pharmacist Linda Cho": a word for what someone was is no part of a name ("Former Brightwell"
  // was a person, and "Brightwell" then every lone Brightwell's surname).
  if (from < all.length - 1 && NAME_OPENING_MODIFIERS.has(all[from].text)) from++
  let tokens = from === 0 ? all : all.slice(from)
  if (tokens.length === 0) return null
  if (tokens.length === 1 && cue.CALENDAR_WORDS.has(tokens[0].text.toLowerCase())) return null
  if (
    tokens.length === 1 &&
    cue.MONTH_ABBREVIATIONS.has(tokens[0].text) &&
    /^\.?\s?\d/.test(text.slice(tokens[0].end, tokens[0].end + 3))
  )
    return null
  const make = (ts: Token[], kind: EntityKind | null, mark: CandidateMark = null): Candidate =>
    candidateOf(text, ts, kind, mark)

  if (
    sentenceStart &&
    tokens.length === 1 &&
    tokens[0] === all[0] &&
    (cue.PEOPLE_PLURALS_AT_START.has(tokens[0].text.toLowerCase()) ||
      isCommonWordAtStart(tokens[0], writtenInLowerCase))
  ) {
    return make(tokens, null, 'common')
  }

  if (sentenceStart && isDatelinePlace(text, tokens)) return make(tokens, 'place')
  // "Transport Secretary Fiona Hale", "Bank of England Governor Andrew Bailey": the office, then the person.
  const holder = officeHolder(text, tokens)
  if (holder) return make(holder, 'person')
  // "the Energy Minister said": an office with no name after it is nobody's name (as "the President said").
  if (isOffice(text, tokens)) return null
  if (namesNoEntity(tokens) || inBracketedLawTitle(text, tokens)) return make(tokens, null, 'notEntity')
  const strong = strongKind(text, tokens)
  if (strong) return make(tokens, strong)
  // "for South East Cornwall": the words before the name as written, compass words and demonyms included.
  const written = tokens
  let demonyms = 0
  while (demonyms < tokens.length && cue.DEMONYMS.has(tokens[demonyms].text.toLowerCase())) demonyms++
  if (demonyms > 0) tokens = tokens.slice(demonyms)
  if (tokens.length === 0) return null
  const stripped = demonyms > 0 ? strongKind(text, tokens) : null // none: the same tokens it turned away above
  if (stripped) return make(tokens, stripped)

  // "Liam Corrigan, 34, of Newton Abbot": where a person named with their age lives; "near the Countess Wear
  // roundabout": a name before a road's or district's noun. Places, before a title or two words call them people.
  if (addressAfterAge(text, tokens[0].start) || placeNounAfter(text, tokens[0].start, tokens[tokens.length - 1].end))
    return make(tokens, 'place')

  const titled = tokens.findIndex((t) => !cue.TITLES.has(t.text))
  if (titled > 0) {
    const holder = officeEnd(text, tokens, titled, 1)
    // "the Secretary of State said": the office's remit after "of" or "for", and no holder named after it ("Mr. de
    // Vos" is his name's particle).
    const joint = tokens[holder].start - tokens[holder - 1].end
    if (joint >= 4 && joint <= 5 && OFFICE_JOINTS.has(text.slice(tokens[holder - 1].end, tokens[holder].start)))
      return null
    return make(tokens.slice(holder), 'person')
  }
  if (titled < 0) return null // a title alone: "the President said"

  const start = tokens[0].start
  const end = tokens[tokens.length - 1].end
  const [last = '', second = '', third = ''] = wordsBefore(text, start, 3)
  const orgListed =
    (last === 'like' && cue.ORG_LIST_NOUNS.has(second)) ||
    (last === 'as' && second === 'such' && cue.ORG_LIST_NOUNS.has(third))
  // "an analyst at Peel Hunt": where someone of a profession works is a firm; "the regulator, Ofwat, fined …": a body's
  // noun the name is in apposition to, a body ("the party, Ada Berg," is hers).
  const bodyCue =
    (last === 'at' && cue.ROLE_WORDS_BEFORE.has(second)) ||
    (cue.ORG_WORDS_BEFORE.has(appositionWord(text, start, end)) && !isKnownFirstName(tokens[0].text))
  if (cue.ORG_WORDS_BEFORE.has(last) || orgListed || bodyCue || stickyEnd(cue.ORG_APPOSITION_AFTER_RE, text, end) > 0)
    return make(tokens, 'organisation', 'described')
  if (hasOrgNounAfter(text, end)) return make(tokens, 'organisation')
  if (last === 'of' && cue.PLACE_NOUNS_BEFORE_OF.has(second)) return make(tokens, 'place')
  if (last === 'to' && cue.ROUTE_NOUNS_BEFORE_TO.has(second)) return make(tokens, 'place')
  if (nextInPlaceList(text, previous, start)) return make(tokens, 'place')
  if (cue.ROLE_WORDS_BEFORE.has(last) || stickyEnd(cue.PERSON_ROLE_AFTER_RE, text, end) > 0)
    return make(tokens, 'person')
  // "Trump adviser Steve Bannon": whom an adviser or an aide serves is a person, unless the article names a body
  // opening with the word ("Brightwell Pharmacy … Brightwell adviser Jo Hale"), as after a speech verb.
  if (tokens.length === 1 && stickyEnd(PERSONAL_STAFF_AFTER_RE, text, end) > 0)
    return make(tokens, 'person', 'bySharedCue')
  // "The firm behind a plant near Corby said": a name a preposition governs is that preposition's object, never
  // the speech verb's subject; a place preposition decides it (step 5) unless the article says otherwise.
  // "the MP for South East Cornwall, said": a region named by compass words after "for" is a seat, not a speaker.
  const before = written === tokens ? '' : (wordsBefore(text, written[0].start, 1)[0] ?? '')
  const governed = cue.GOVERNING_PREPOSITIONS.has(last) || cue.GOVERNING_PREPOSITIONS.has(before) || before === 'for'
  if (stickyEnd(cue.SPEECH_AFTER_RE, text, end) > 0 && !governed) return make(tokens, 'person', 'bySharedCue')
  // "Damon Hill" said it; "Hyde Park" is where it happened: after the person cues, a place, unless a first name
  // opens it ("Susan Marsh, whose father …").
  if (
    tokens.length > 1 &&
    cue.AMBIGUOUS_PLACE_HEADS.has(tokens[tokens.length - 1].text) &&
    !isKnownFirstName(tokens[0].text)
  )
    return make(tokens, 'place')
  return make(tokens, null)
}

/** Someone who serves a person and their name, right after a name: "Trump adviser Steve Bannon". Sticky. */
const PERSONAL_STAFF_AFTER_RE =
  /[ \u00a0](?:adviser|advisor|aide|speechwriter|confidant|ally|loyalist)s?[ \u00a0]\p{Lu}/uy

/** Capitalised at a sentence's start, words describing the person named after them: "Former", "Longtime". */
const NAME_OPENING_MODIFIERS = new Set(['Former', 'Longtime'])

/** Most characters between two names of one list: ", and ", " or ". */
const MAX_LIST_GAP = 6

/** "the towns of Gao, Kidal and …": a name at `start` right after a place, across a list's comma or "and". */
export function nextInPlaceList(
  text: string,
  previous: { kind: string | null; end: number } | undefined,
  start: number
): boolean {
  return (
    previous?.kind === 'place' &&
    start - previous.end <= MAX_LIST_GAP &&
    cue.LIST_SEPARATOR_RE.test(text.slice(previous.end, start))
  )
}

/**
 * A lone capitalised word opening a sentence that is a common noun there: the article also writes it in lower case
 * ("Water use rose…" beside "drinking water"), or it is only a head ("Council", "Energy", "Harbour") with nothing it
 * heads. Known places and organisations, acronyms excepted.
 */
function isCommonWordAtStart(token: Token, writtenInLowerCase: (word: string) => boolean): boolean {
  const lower = token.text.toLowerCase()
  if (isAcronym(token.text) || PLACE_NAMES.has(lower) || cue.KNOWN_ORGANISATIONS.has(lower)) return false
  return cue.ORGANISATION_HEADS.has(token.text) || cue.PLACE_HEADS_LAST.has(token.text) || writtenInLowerCase(lower)
}

/**
 * "the Wagner group", "the Barkhane force": an organisation's noun right after the name. Not when
 * another name follows the noun: in "Consumer group Fair Water Kestrel" the noun is the next name's.
 */
function hasOrgNounAfter(text: string, end: number): boolean {
  const after = stickyEnd(cue.ORG_CUE_AFTER_RE, text, end)
  if (after < 0) return false
  return !((text[after] === ' ' || text[after] === '\u00a0') && capWordEnd(text, after + 1) > 0)
}

/**
 * A body's acronym, three to six capitals ("NHS", "BBC"). Built once: the bundle (esbuild, target node20) makes a
 * literal with a \p{…} class a `new RegExp(…)` at each use, and strongKind asks this of some 9,500 names a pass.
 */
const SHORT_CAPITALS = /^\p{Lu}{3,6}$/u

/** Kinds that need no context: known names, organisation heads, the gazetteer, acronyms. */
function strongKind(text: string, tokens: Token[]): EntityKind | null {
  const lower = text.slice(tokens[0].start, tokens[tokens.length - 1].end).toLowerCase()
  if (tokens.length === 1 && cue.KNOWN_ORGANISATIONS.has(lower)) return 'organisation'
  if (tokens.length > 1 && cue.KNOWN_ORGANISATION_PREFIXES.some((prefix) => namePrefix(lower, prefix)))
    return 'organisation'
  if (PLACE_NAMES.has(lower)) return 'place'
  // A name's head is its last word ("Kestrel Bay Water" is the utility, "Water Street" a street);
  // in "Bank of England", "Bay of Bengal" it comes before the "of".
  const head = tokens[tokens.length - 1].text
  // "Rachel Power", "Samantha Power", "Ray Chambers": a known first name, then a body's head that is also a surname.
  if (tokens.length === 2 && cue.SURNAME_HEADS.has(head) && isKnownFirstName(tokens[0].text)) return 'person'
  if (cue.ORGANISATION_HEADS.has(head)) return 'organisation'
  // "Office of Rail and Road": a body's head before its remit outranks a place word closing the remit.
  if (tokens.length > 2 && cue.PLACE_HEADS_LAST.has(head)) {
    const remitHead = headBeforeRemit(text, tokens)
    if (remitHead !== null && cue.ORGANISATION_HEADS.has(remitHead)) return 'organisation'
  }
  if (tokens.length > 1 && cue.PLACE_HEADS_LAST.has(head)) return 'place'
  if (tokens.some((t) => cue.ORGANISATION_HEADS.has(t.text))) return 'organisation'
  if (isBodyOfPeople(tokens)) return 'organisation'
  // "Friends of Ellery Park": a supporters' group, whatever the place it is named after.
  if (tokens.length > 1 && tokens[0].text === 'Friends') return 'organisation'
  if (tokens.length > 1 && cue.COUNTRY_BRANCH_ENDS.has(head)) return 'organisation'
  // "NHS England", "BBC Scotland": a body's acronym, then the country of its branch.
  if (
    tokens.length === 2 &&
    SHORT_CAPITALS.test(tokens[0].text) &&
    !cue.NOT_ORG_CAPS.has(tokens[0].text) &&
    PLACE_NAMES.has(head.toLowerCase())
  )
    return 'organisation'
  if (tokens.length > 1 && cue.PLACE_HEADS_FIRST.has(tokens[0].text)) return 'place'
  if (tokens.every((t) => isAcronym(t.text) && !cue.NOT_ORG_CAPS.has(t.text))) return 'organisation'
  return null
}

/** `lower` is `prefix` or begins with it and a space ("islamic state group"): no string built per prefix and name. */
function namePrefix(lower: string, prefix: string): boolean {
  return lower.startsWith(prefix) && (lower.length === prefix.length || lower.charCodeAt(prefix.length) === 32)
}

/** "Doctors Without Borders": a plural noun, then a capitalised preposition (BODY_NAME_LINKS), then the rest. */
function isBodyOfPeople(tokens: Token[]): boolean {
  return tokens.length > 2 && tokens[0].text.endsWith('s') && cue.BODY_NAME_LINKS.has(tokens[1].text)
}

/**
 * Names of no person, place or body: a storm ("Storm Henk"), a category's head and its letter or numeral ("Band D",
 * "Grade II"), a law's title ("the Proceeds of Crime Act"), an event, a day, an award or a scheme ("Election Day",
 * "the Paris Agreement": EVENT_AND_SCHEME_HEADS) unless a first name opens it ("Laura Day") or a body's head is in
 * it ("Commission on Presidential Debates"), and a word describing a firm ("Kestrel Bay-based").
 */
function namesNoEntity(tokens: Token[]): boolean {
  const last = tokens[tokens.length - 1].text
  if (tokens.length > 1 && (cue.WEATHER_HEADS.has(tokens[0].text) || last === 'Act')) return true
  if (tokens.length > 1 && cue.EVENT_AND_SCHEME_HEADS.has(last) && !isKnownFirstName(tokens[0].text))
    // "Commission on Presidential Debates" is the body that holds them.
    return !tokens.some((t) => cue.ORGANISATION_HEADS.has(t.text))
  if (last.endsWith('-based')) return true
  return tokens.length === 2 && cue.CATEGORY_HEADS.has(tokens[0].text) && /^(?:\p{Lu}|[IVX]+)$/u.test(last)
}
