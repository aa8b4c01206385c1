/**
 * The nouns an article introduces a body with, so a later "the <noun>" is named after it: "Acme Freight, the largest
 * haulier in the town, said …" then "The haulier said …"; "The regulator, Ofwat, said …"; "Unite, which represents
 * dock workers, said …" then "The union said …". A checker saw "The haulier" and "The union" listed beside the names
 * as if other bodies had spoken: the name carries no word of the noun (nameFitsNoun), only the sentence that
 * introduces it does. Used by nominal-names.ts once the whole article is read.
 *
 * Only a body's noun counts (BODY_NOUNS, or a business's: "haulier", "retailer"): "Helen Okafor, the chief executive"
 * introduces a person, whom the speaker registry follows; "Kim, the staff letter noted" is a document's. A later
 * description's other words must be the introduction's: "the online retail giant" is not "the oil giant Exxon".
 */
import type { Fact } from '../../shared/article'
import { BUSINESS_NOUNS } from './company-names'

/** Singular nouns of bodies a text introduces a name with; no document's, nor "campaign" ("the Hale campaign"). */
// prettier-ignore
const BODY_NOUNS = new Set([
  'ministry', 'department', 'office', 'bureau', 'agency', 'government', 'group', 'party', 'council', 'committee',
  'commission', 'union', 'organisation', 'organization', 'association', 'bank', 'board', 'utility', 'institute',
  'university', 'hospital', 'trust', 'foundation', 'authority', 'corporation', 'regulator', 'watchdog', 'port',
  'airport', 'school', 'college', 'charity', 'network', 'federation', 'coalition', 'alliance', 'consortium', 'insurer',
  'newspaper', 'paper', 'magazine', 'broadcaster', 'outlet', 'website', 'site', 'station', 'channel', 'publication',
  'court', 'operator'
])

/** Whether a later "the <noun>" may be named after a body the text introduced with the noun. */
export const isIntroducingNoun = (noun: string): boolean => BODY_NOUNS.has(noun) || BUSINESS_NOUNS.has(noun)

/** How much text after a name is read for its apposition ("…, the largest haulier operating out of …"). */
const AFTER_WINDOW = 80
/** How much text before a name is read for a noun right before it ("The regulator, Ofwat", "the haulier Acme"). */
const BEFORE_WINDOW = 40

/** ", the largest haulier …": the apposition's words after its determiner ("the campaign's" is no apposition). */
const APPOSITION_AFTER_RE = /^,\s(?:the|a|an|its)\s((?:[\p{Ll}-]+(?:\s|(?=,))){1,4})/u
/** Words that end an apposition's head noun phrase: a complement, a clause, or a participle ("operating out of"). */
// prettier-ignore
const PHRASE_ENDS = new Set([
  'of', 'at', 'for', 'in', 'from', 'with', 'on', 'to', 'by', 'behind', 'near', 'over', 'under', 'across', 'outside',
  'inside', 'against', 'after', 'before', 'between', 'among', 'about', 'into', 'within', 'around', 'beyond', 'like',
  'who', 'which', 'that', 'whose', 'whom', 'where'
])
/**
 * A participle after the head noun: "the largest haulier operating out of …", "a charity based in …". Of the past
 * ones only those that describe: ", the company reported on Friday" is a sentence's own verb.
 */
const PARTICIPLE_RE = /(?:ing|^(?:based|owned|founded|headquartered|run|funded|backed|listed|registered|set))$/u
/**
 * "The regulator, Ofwat, said": a sentence opening with a determiner and the noun, then a comma, right before the
 * name or its own "the" ("A second regulator, the Office of Rail and Road, opened"). "According to the results,
 * Clinton …" is no apposition: the phrase does not open the sentence.
 */
const APPOSITION_BEFORE_RE =
  /(?:^|\n|[.!?]["”’]?\s)(?:The|An?|Its)\s((?:[\p{Ll}-]+\s){0,2}?([\p{Ll}-]+)),\s(?:the\s)?$/u
/** "the haulier Acme Freight", "rail operator Westline": the noun right before the name, a determiner before it. */
const NOUN_BEFORE_RE = /(?:^|\P{L})(?:[Tt]he|[Aa]n?|[Ii]ts)\s((?:[\p{Ll}-]+\s){0,2}?([\p{Ll}-]+))\s$/u
/** "Unite, which represents dock workers": what a union is, said of it rather than called. */
const REPRESENTS_RE = /^,\s(?:which|who|that)\s(?:represents|speaks for)\s/u

/** Per noun, the bodies the text introduces with it (in article order), each with the introducing phrase's words. */
export type IntroducedBodies = ReadonlyMap<string, ReadonlyMap<Fact, readonly string[]>>

/** Reads, once per article, which body the text introduces with which noun. `entities`: sorted by start. */
export function introducedBodies(text: string, entities: readonly Fact[]): IntroducedBodies {
  const bodies = new Map<string, Map<Fact, readonly string[]>>()
  for (const e of entities) {
    if (e.kind !== 'person' && e.kind !== 'organisation') continue
    for (const words of phrasesOf(text, e)) {
      const noun = words[words.length - 1]
      if (!isIntroducingNoun(noun)) continue
      const list = bodies.get(noun) ?? new Map<Fact, readonly string[]>()
      list.set(e, [...(list.get(e) ?? []), ...words])
      bodies.set(noun, list)
    }
  }
  return bodies
}

/** The noun phrases (words up to the head noun) the text introduces entity `e` with, right after or before it. */
function phrasesOf(text: string, e: Fact): string[][] {
  const phrases: string[][] = []
  const after = text.slice(e.end, e.end + AFTER_WINDOW)
  const head = appositionHead(after)
  if (head) phrases.push(head)
  if (REPRESENTS_RE.test(after)) phrases.push(['union'])
  const before = text.slice(Math.max(0, e.start - BEFORE_WINDOW), e.start)
  // Singular only: "one of the lobbying firms Manafort worked with" names no firm.
  const called = APPOSITION_BEFORE_RE.exec(before) ?? NOUN_BEFORE_RE.exec(before)
  if (called && !called[2].endsWith('s')) phrases.push(called[1].trim().split(' '))
  return phrases
}

/**
 * The words of an apposition after a name up to its head noun: "largest haulier" of ", the largest haulier operating
 * out of …,". The phrase must end at a comma, a complement, a clause or a participle: ", the airline said" is a
 * sentence's subject, not the name's apposition.
 */
function appositionHead(after: string): string[] | null {
  const match = APPOSITION_AFTER_RE.exec(after)
  if (!match) return null
  const words = match[1].trim().split(' ')
  let end = 0
  while (end < words.length && !PHRASE_ENDS.has(words[end]) && !(end > 0 && PARTICIPLE_RE.test(words[end]))) end++
  if (end === 0) return null
  const closed = end < words.length || after.charAt(match[0].length) === ','
  return closed ? words.slice(0, end) : null
}
