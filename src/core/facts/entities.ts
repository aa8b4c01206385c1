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
 * The whole article is read at once because step 4 needs all of it. Names are found in entity-spans.ts,
 * steps 1–3 are entity-kinds.ts; this module holds steps 4–5 and the entry points.
 */
import type { Fact } from '../../shared/article'
import * as cue from './entity-cues'
import { firstAtOrAfter } from '../sorted-search'
import { writesInLowerCase } from './lower-case-words'
import { isAcronym, capWordEnd, isInsideWord, nextNameHint, readSequence, stickyEnd, type Token } from './entity-spans'
import { wordsBefore } from './name-surroundings'
import { candidateOf, classifyByCues, nextInPlaceList, type Candidate, type EntityKind } from './entity-kinds'
import { PLACE_NAMES } from './places-gazetteer'
import { governedPlaces } from './entity-places'
import { isKnownFirstName } from '../extract/gender'

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
    const end = capWordEnd(text, at)
    if (end < 0) continue
    const tokens = readSequence(text, { start: at, end, text: text.slice(at, end) })
    at = tokens[tokens.length - 1].end - 1
    const candidate = classifyByCues(text, tokens, candidates[candidates.length - 1], writtenInLowerCase)
    if (!candidate) continue
    const owner = candidates[candidates.length - 1]
    if (owner && ownedByPeople(text, owner, candidate))
      candidates[candidates.length - 1] = joined(text, owner, candidate)
    else candidates.push(candidate)
  }
  const known = documentKnowledge(text, candidates)
  const facts: Fact[] = []
  for (const c of candidates) {
    if (c.notEntity) continue
    // "the consultancy Brightwater Marine … Brightwater Marine said": the body described elsewhere speaks here.
    // "A spokesman for Northwind said" after "Northwind Renewables": the firm by its short name, as a surname is
    // the person's; only where nothing but a cue bodies share said "person" (a speech verb, "Northwind adviser …").
    const body =
      c.bySharedCue &&
      (known.bodies.has(c.name) || isShortNameOfBody(c, known.bodyFirstWords) || known.placeBodies.has(c.name))
    // "Wexbury" beside "Wexbury Borough Council" is the town the council runs, whatever "Wexbury said" or a
    // "Wexbury" read as the council's short name made of it; a title's or a role's person stays one.
    const area = (c.kind === null || c.bySharedCue) && known.councilAreas.has(c.name)
    const kind = area
      ? 'place'
      : body
        ? 'organisation'
        : (c.kind ?? classifyByDocument(text, c, known, facts[facts.length - 1]))
    if (kind) facts.push({ kind, start: c.start, end: c.end, text: c.name, value: c.name })
  }
  return facts
}

/** ", which runs the buses": people are "who", so a name "which" describes is a body. Sticky. */
const WHICH_AFTER_RE = /,\swhich\s/y
/** A list going on after a name: ", Y", " and Y", " or Y". Sticky. */
const LIST_GOES_ON_RE = /(?:,\s|\s(?:and|or)\s)\p{Lu}/uy

interface Knowledge {
  kinds: Map<string, EntityKind>
  surnames: Set<string>
  /** Names a noun describes as a body somewhere in the article ("the consultancy X"). */
  bodies: Set<string>
  /** First words of bodies named in full ("Northwind" of "Northwind Renewables"), known places left out. */
  bodyFirstWords: Set<string>
  /** Institutions and companies named without their head ("Carrow General" of "Carrow General Hospital"). */
  placeBodies: Set<string>
  /** Names of two words or more somewhere after "in", "near" … ("in Newton Abbot"), which no cue gave a kind. */
  governedPlaces: Set<string>
  /** Places a council is named for: "Wexbury" of "Wexbury Borough Council". */
  councilAreas: Set<string>
}

/** "the Democrat City Council", "the Welsh County Council": a party or a people, no area, opens it. */
const isPartyOrPeople = (word: string): boolean => PARTY_WORDS.has(word) || cue.DEMONYMS.has(word.toLowerCase())
/** The word before "Council" that says the words before it name the council's area ("Wexbury Borough Council"). */
const COUNCIL_AREA_WORDS = new Set(['Borough', 'County', 'City', 'District', 'Town', 'Parish'])

/** Heads of institutions that a story drops once it has named them in full: "Carrow General" is the hospital. */
const PLACE_BODY_HEADS = new Set(['Hospital', 'Infirmary', 'University', 'College', 'School', 'Academy', 'Airport'])

/** Heads of companies a story drops once it has named them in full: "Harbour Leisure" is the holding company. */
const COMPANY_HEADS = new Set(['Holdings', 'Group', 'Ltd', 'Limited', 'plc', 'PLC', 'Inc', 'Corporation', 'Partners'])

/** What the article itself established by cues: "Le Figaro" is a newspaper, "Barotte" is Nicolas Barotte. */
function documentKnowledge(text: string, candidates: Candidate[]): Knowledge {
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
  // "the Bush White House": a run ending on two or more words of a body the article names is that body, named for
  // whoever opens it, and its last word is no surname ("House" alone stays the chamber, never a man).
  for (const c of candidates) {
    if (c.kind || c.notEntity || c.tokens.length < 3 || kinds.has(c.name)) continue
    for (let j = 1; j < c.tokens.length - 1; j++)
      if (kinds.get(c.name.slice(c.tokens[j].start - c.start)) === 'organisation') kinds.set(c.name, 'organisation')
  }
  for (const c of candidates) {
    if (c.kind || c.notEntity || c.tokens.length < 2 || !isPlainName(c.tokens)) continue
    if (kinds.get(c.name) === 'organisation') continue
    surnames.add(c.tokens[c.tokens.length - 1].text) // default people (step 5) name surnames too
  }
  for (const name of notSurnames) surnames.delete(name)
  const bodies = new Set(candidates.filter((c) => c.described).map((c) => c.name))
  // "Acme Freight says …" in a headline, then "Acme Freight, the largest haulier, said": a person's kind only a
  // speech verb gave is the body's the article describes (the speaking candidates themselves turn in findEntities).
  const personByCue = new Set(candidates.filter((c) => c.kind === 'person' && !c.bySharedCue).map((c) => c.name))
  for (const name of bodies) if (kinds.get(name) === 'person' && !personByCue.has(name)) kinds.set(name, 'organisation')
  const bodyFirstWords = new Set<string>()
  const placeBodies = new Set<string>()
  const councilAreas = new Set<string>()
  for (const c of candidates) {
    if (c.kind !== 'organisation' || c.tokens.length < 2) continue
    const n = c.tokens.length
    if (n >= 3 && c.tokens[n - 1].text === 'Council' && COUNCIL_AREA_WORDS.has(c.tokens[n - 2].text))
      if (!isPartyOrPeople(c.tokens[0].text)) councilAreas.add(c.name.slice(0, c.tokens[n - 3].end - c.start))
    const first = c.tokens[0].text
    if (!PLACE_NAMES.has(first.toLowerCase())) bodyFirstWords.add(first)
    // "Colin Marsh Holdings" is named for a man: "Colin Marsh" stays him.
    const company = COMPANY_HEADS.has(c.tokens[n - 1].text) && !isKnownFirstName(first)
    if (n >= 3 && (PLACE_BODY_HEADS.has(c.tokens[n - 1].text) || company))
      placeBodies.add(c.name.slice(0, c.tokens[n - 2].end - c.start))
  }
  // "Trump" of "Donald Trump" or "Mr. Trump" stays the man beside "Trump Organization": a surname read any way
  // but a cue bodies share after one word alone ("Northwind said"; "Brightwell adviser").
  for (const c of candidates) {
    const last = c.tokens[c.tokens.length - 1].text
    if (c.kind === 'person' ? !(c.bySharedCue && c.tokens.length === 1) : !c.kind && c.tokens.length >= 2)
      bodyFirstWords.delete(last)
  }
  // "Brightwell Pharmacy … Brightwell adviser Jo Hale … shares in Brightwell": a body's short name that only such a
  // cue made a person (it turns in readEntities) is no surname, nor a person's name elsewhere.
  for (const c of candidates) {
    if (!c.bySharedCue || !isShortNameOfBody(c, bodyFirstWords)) continue
    surnames.delete(c.name)
    if (kinds.get(c.name) === 'person' && !personByCue.has(c.name)) kinds.set(c.name, 'organisation')
  }
  const governed = governedPlaces(text, candidates)
  return { kinds, surnames, bodies, bodyFirstWords, placeBodies, governedPlaces: governed, councilAreas }
}

/** A possessive between two names: "’s " or, after a plural, "’ ". */
const POSSESSIVE_GAP = /^['’]s? $/
/** Plurals for people, whose possessive opens a body's name: "Fishermen’s", "Women’s", "Children’s". */
const PEOPLE_PLURAL_END = /(?:men|ren|people)$/i

/** Heads of bodies named for the people they serve: "Teachers’ Union", "Women’s Institute", "Children’s Hospital". */
// prettier-ignore
const PEOPLES_BODY_HEADS = new Set([
  'Association', 'Union', 'Council', 'Club', 'College', 'Party', 'Front', 'Federation', 'League', 'Institute',
  'Society', 'Trust', 'Alliance', 'Hospital', 'Center', 'Centre', 'Movement', 'Fund', 'Guild', 'Coalition', 'Forum'
])

/**
 * "the Kestrel Bay Fishermen’s Association", "the Teachers’ Union": a body named after the people it is for, one
 * name across the possessive. Not "Britain’s Conservative Party" ("Britain" names no people in the plural) nor
 * "Democrats’ Senate" (a senate is no body of the people it belongs to).
 */
function ownedByPeople(text: string, owner: Candidate, body: Candidate): boolean {
  if (body.kind !== 'organisation' || (owner.kind !== null && owner.kind !== 'organisation')) return false
  if (!PEOPLES_BODY_HEADS.has(body.tokens[body.tokens.length - 1].text)) return false
  const gap = text.slice(owner.end, body.start)
  if (!POSSESSIVE_GAP.test(gap)) return false
  const last = owner.tokens[owner.tokens.length - 1].text
  return gap.length === 2 ? /s$/.test(last) : PEOPLE_PLURAL_END.test(last)
}

function joined(text: string, owner: Candidate, body: Candidate): Candidate {
  return candidateOf(text, [...owner.tokens, ...body.tokens], 'organisation')
}

/** Party words that open a party's bodies' names ("Republican National Committee") and also describe a person. */
const PARTY_WORDS = new Set(['Republican', 'Democratic', 'Democrat', 'Labour', 'Conservative', 'Liberal', 'Green'])

/**
 * "Northwind" after "Northwind Renewables": one word opening a body's name, and no person's surname in the
 * article ("Trump" stays the man beside "Trump Organization") nor a party's adjective ("Republican").
 */
function isShortNameOfBody(c: Candidate, bodyFirstWords: ReadonlySet<string>): boolean {
  if (c.tokens.length !== 1 || !bodyFirstWords.has(c.name)) return false
  return !PARTY_WORDS.has(c.name)
}

function classifyByDocument(
  text: string,
  c: Candidate,
  known: Knowledge,
  previous: Fact | undefined
): EntityKind | null {
  const kind = known.kinds.get(c.name)
  if (kind) return kind
  if (known.placeBodies.has(c.name)) return 'organisation'
  if (c.tokens.length === 1 && known.surnames.has(c.name)) return 'person'
  if (c.common) return null // a common noun unless the article names it elsewhere (a surname "Young")
  if (cue.PLACE_PREPOSITIONS.has(wordsBefore(text, c.start, 1)[0] ?? '') || known.governedPlaces.has(c.name))
    return 'place'
  // "the libraries in Fenwick, Holt Cross and Marlow Green": inside a list of places, a place. The list must go on
  // past the name, so "In Fenwick, Jo Hale said" keeps its person.
  // "in Devon and Cornwall": after "and" or "or" the list's last name, which no person's name follows that way.
  if (nextInPlaceList(text, previous, c.start) && (stickyEnd(LIST_GOES_ON_RE, text, c.end) > 0 || listEnds(text, c)))
    return 'place'
  if (stickyEnd(WHICH_AFTER_RE, text, c.end) > 0) return 'organisation'
  if (c.tokens.length >= 2 && c.tokens.length <= 4 && isPlainName(c.tokens)) return 'person'
  return null
}

/** " and " or " or " right before the name, with no comma: "Devon and Cornwall", not "In Fenwick, Jo Hale". */
function listEnds(text: string, c: Candidate): boolean {
  return / (?:and|or) $/u.test(text.slice(Math.max(0, c.start - 5), c.start))
}

/** Words a personal name is made of: capitalised, not acronyms, not calendar words. */
function isPlainName(tokens: Token[]): boolean {
  return tokens.every((t) => !isAcronym(t.text) && !cue.CALENDAR_WORDS.has(t.text.toLowerCase()) && !/\d/.test(t.text))
}
