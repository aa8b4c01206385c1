/**
 * A person called by an epithet after being named: "Senate Minority Leader Mitch McConnell … the Kentucky
 * Republican said", "Former Gov. Nikki Haley … the former governor said". The epithet's head is an office
 * ("governor", "senator", "minister") or a party ("Republican", "Labour MP"); its other words a state or a word
 * such as "former". The people named so far who fit are found, and the epithet names one only when exactly one
 * fits: first among those whose own words confirm every word of it (the office in their title, the state and the
 * party in "R-Ohio" or "a West Virginia Democrat"), else among those whose words contradict none of it; a state in
 * the epithet must always be in their words. Two or more
 * leave the epithet as written, never a guess. speakers.ts asks here before comparing descriptions.
 */
import type { Subject } from './subjects'
import { charAt, isLetterChar } from './char-classes'

/** Most characters kept of a person's mentions and descriptions, for fitting an epithet. */
const MAX_WRITTEN = 240

/** `written` with a later mention's words and description added when they say more ("Joni Ernst, R-Iowa"). */
export function withWords(written: string, subject: Subject): string {
  const words = subject.description ? `${subject.written ?? ''} ${subject.description}` : (subject.written ?? '')
  return written.includes(words) || written.length + words.length > MAX_WRITTEN ? written : `${written} ${words}`
}

/** What the registry knows of a person named so far: the mention as written (titles in) and the description. */
export interface NamedPerson {
  written: string
  description: string | null
}

/** Office nouns heading an epithet, and the title words that show a person holds the office. */
const OFFICES: ReadonlyMap<string, RegExp> = new Map([
  ['governor', /\b(?:gov\.|governor)/iu],
  ['senator', /\b(?:sen\.|senator)/iu],
  ['congressman', /\b(?:rep\.|representative|congressman)/iu],
  ['congresswoman', /\b(?:rep\.|representative|congresswoman)/iu],
  ['lawmaker', /\b(?:sen\.|senator|rep\.|representative|congress(?:wo)?man|assembly(?:wo)?man|MP|MSP|MEP)\b/u],
  ['mayor', /\bmayor\b/iu],
  ['minister', /\bminister\b/iu],
  ['chancellor', /\bchancellor\b/iu],
  ['mp', /\bMP\b/u]
])
/** Any elected or party office: a party's epithet ("the Ohio Republican") is said of a politician. */
const POLITICIAN =
  /\b(?:gov\.|governor|sen\.|senator|rep\.|representative|congress(?:wo)?man|leader|speaker|mayor|minister|whip)/iu
/** A party and state tag after a name ("R-Ky.", "D-N.Y."), or an MP: a politician too. */
const POLITICIAN_TAG = /\b(?:[RDI]-[A-Z]|MP\b)/u

/** Party words, each to its party: "Republican", "GOP", "Democratic", "Tory". */
// prettier-ignore
const PARTIES: ReadonlyMap<string, string> = new Map([
  ['republican', 'R'], ['gop', 'R'], ['democrat', 'D'], ['democratic', 'D'], ['independent', 'I'],
  ['conservative', 'C'], ['tory', 'C'], ['labour', 'L'], ['snp', 'S']
])

/** US states and their AP abbreviations ("R-Ky.", "D-N.Y."), for the state in an epithet or a party tag. */
// prettier-ignore
const STATES: ReadonlyMap<string, string> = new Map(Object.entries({
  alabama: 'ala.', alaska: 'alaska', arizona: 'ariz.', arkansas: 'ark.', california: 'calif.', colorado: 'colo.',
  connecticut: 'conn.', delaware: 'del.', florida: 'fla.', georgia: 'ga.', hawaii: 'hawaii', idaho: 'idaho',
  illinois: 'ill.', indiana: 'ind.', iowa: 'iowa', kansas: 'kan.', kentucky: 'ky.', louisiana: 'la.', maine: 'maine',
  maryland: 'md.', massachusetts: 'mass.', michigan: 'mich.', minnesota: 'minn.', mississippi: 'miss.',
  missouri: 'mo.', montana: 'mont.', nebraska: 'neb.', nevada: 'nev.', 'new hampshire': 'n.h.', 'new jersey': 'n.j.',
  'new mexico': 'n.m.', 'new york': 'n.y.', 'north carolina': 'n.c.', 'north dakota': 'n.d.', ohio: 'ohio',
  oklahoma: 'okla.', oregon: 'ore.', pennsylvania: 'pa.', 'rhode island': 'r.i.', 'south carolina': 's.c.',
  'south dakota': 's.d.', tennessee: 'tenn.', texas: 'texas', utah: 'utah', vermont: 'vt.', virginia: 'va.',
  washington: 'wash.', 'west virginia': 'w.va.', wisconsin: 'wis.', wyoming: 'wyo.'
}))

/** Each state's name and abbreviation as written: "West Virginia", "-W.Va." in "D-W.Va.". */
const STATE_FORMS = [...STATES].map(([state, abbreviation]) => ({ state, tagged: `-${abbreviation}` }))

/**
 * Whether `name` stands in `lower` as words of its own, no letter of any script just before or after it ("texas",
 * not "texasgate"). Searched, not matched: one Unicode regular expression per state was fifty to compile, and their
 * compiling cost more than all the searches of an article.
 */
function standsAlone(lower: string, name: string): boolean {
  for (let at = lower.indexOf(name); at >= 0; at = lower.indexOf(name, at + 1))
    if (!letterBefore(lower, at) && !isLetterChar(charAt(lower, at + name.length))) return true
  return false
}

/** A letter just before `index`, read whole when it is a surrogate pair. */
function letterBefore(text: string, index: number): boolean {
  if (index <= 0) return false
  const pairEnd =
    isLowSurrogate(text.charCodeAt(index - 1)) && index >= 2 && isHighSurrogate(text.charCodeAt(index - 2))
  return isLetterChar(charAt(text, pairEnd ? index - 2 : index - 1))
}

const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff
const isLowSurrogate = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff

/** The states a person's words name: "a West Virginia Democrat", "D-N.Y.", "of South Carolina". */
function statesIn(words: string): Set<string> {
  const lower = words.toLowerCase()
  const found = new Set<string>()
  for (const { state, tagged } of STATE_FORMS) if (standsAlone(lower, state) || lower.includes(tagged)) found.add(state)
  // "West Virginia" names one state, not Virginia too.
  if (found.has('west virginia') && !/(?<!west )virginia/u.test(lower)) found.delete('virginia')
  return found
}

/** What separates words: built once (a `\p{…}` literal in a function is rebuilt at every call). */
const NOT_LETTERS = /\P{L}+/u

/** The parties a person's words name: "a West Virginia Democrat", "R-Ohio", "Democratic strategist". */
function partiesIn(words: string): Set<string> {
  const found = new Set<string>()
  for (const word of words.toLowerCase().split(NOT_LETTERS)) {
    const party = PARTIES.get(word.replace(/s$/u, ''))
    if (party) found.add(party)
  }
  const tag = /\b([RDI])-[A-Z]/u.exec(words)
  if (tag) found.add(tag[1])
  return found
}

/**
 * Another politician named by title as the object of a person's words: "a strategist who took aim at Senator Ana
 * Ruiz of Ohio", "an aide to Gov. Tom Hale". The office and the state are that politician's, not the person's.
 */
const TITLED_OBJECT =
  /\b(?:at|to|for|with|against|by|of|from|on|under|than)\s+(?:the\s+)?(?:Sen\.|Senator|Rep\.|Representative|Gov\.|Governor|Mayor|Congress(?:wo)?man)\s+(?:\p{Lu}[\p{L}'’.-]*\s*){1,4}(?:of\s+\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?)?/gu

/** How a person fits an epithet: 'confirmed' (every word shown), 'compatible' (none contradicted) or 'no'. */
function fit(epithet: readonly string[], head: string, person: NamedPerson): 'confirmed' | 'compatible' | 'no' {
  const words = `${person.written} ${person.description ?? ''}`.replace(TITLED_OBJECT, ' ')
  const office = OFFICES.get(head)
  const party = PARTIES.get(head)
  // A party's epithet needs an office, or a party in the description ("a West Virginia Democrat"): not the name
  // itself ("Senate Republicans" is several people).
  if (
    office
      ? !office.test(words)
      : !POLITICIAN.test(words) && !POLITICIAN_TAG.test(words) && partiesIn(person.description ?? '').size === 0
  )
    return 'no'
  // "the former governor" is no one in office; "the governor" may still be said of someone who was one.
  const former = /\b(?:former|ex-)/iu.test(words)
  if (epithet.includes('former') && !former) return 'no'
  let confirmed = !former || epithet.includes('former')
  const parties = partiesIn(words)
  if (party) {
    if (parties.size > 0 && !parties.has(party)) return 'no'
    confirmed &&= parties.has(party)
  }
  // "the Florida senator" is no senator whose state was never given: a state in the epithet must be one of theirs
  // (a guess from the office alone gave a senator of another state the Florida senator's words).
  return statesFit(epithet.join(' '), words) ? (confirmed ? 'confirmed' : 'compatible') : 'no'
}

/** Whether every state an epithet names ("the florida senator") is among those a person's words name. */
export function statesFit(epithet: string, words: string): boolean {
  const named = statesIn(epithet)
  if (named.size === 0) return true
  const states = statesIn(words)
  for (const state of named) if (!states.has(state)) return false
  return true
}

/** Whether a description with this head noun may be a person's epithet: an office or a party. */
export function epithetHead(head: string): boolean {
  return OFFICES.has(head) || PARTY_HEADS.has(head)
}

/** Party words that head a person's epithet: "the Ohio Republican"; "the GOP", "the Independent" name no one. */
const PARTY_HEADS = new Set(['republican', 'democrat'])

/**
 * The one person among `people` (most recent first) the epithet `phrase` ("the kentucky republican", lower case)
 * with head noun `head` names; -1 when it is no person's epithet or not exactly one person fits.
 */
export function epithetPerson(phrase: string, head: string, people: readonly NamedPerson[]): number {
  if (!epithetHead(head)) return -1
  const words = phrase.split(/\s+/u)
  // "the governor's office", "the senator and his aide": an epithet is a short phrase ending on its head.
  if (words.length > 4 || words[words.length - 1] !== head) return -1
  let confirmed = -1
  let compatible = -1
  let confirmedCount = 0
  let compatibleCount = 0
  for (let i = 0; i < people.length; i++) {
    const how = fit(words, head, people[i])
    if (how === 'no') continue
    compatibleCount++
    if (compatible < 0) compatible = i
    if (how === 'confirmed') {
      confirmedCount++
      if (confirmed < 0) confirmed = i
    }
  }
  if (confirmedCount === 1) return confirmed
  return confirmedCount === 0 && compatibleCount === 1 ? compatible : -1
}
