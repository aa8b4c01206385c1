/**
 * A description's head noun and the words before it, for telling whom a later description refers to
 * (speakers.ts): "the utility's chief executive" → "executive"; "the Florida governor" is not "the former
 * governor". Kept apart from the registry so either can be read, and grown, on its own.
 */
import { isParticiple } from './passive-agents'
import { packedMap } from '../packed-map'
import { NOT_NAMES } from './name-words'
import { CAPITALISED, HAS_LETTER } from './char-classes'

/** An acronym: "RNC". */
const ACRONYM = /^\p{Lu}{2,5}$/u
/** What a head noun drops: punctuation, apostrophes. */
const NOT_HEAD_CHARS = /[^\p{L}\p{N}-]+/gu

/** Determiners and owners before a head, no part of what tells two descriptions apart. */
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'his', 'her', 'their', 'our'])

/**
 * Whether two descriptions with the same head may name one person or thing. With words before the head on both
 * sides, one must be shared ("the 50-state poll" is not "the new poll", "the GOP leaders" not "Democratic
 * leaders"; "the RNC member" is "a Republican National Committee member"). A named person's title (`titled`) is
 * looser: only "former" against other words ("the former president" is not "Vice President" Joe Biden) or two
 * different names ("the Florida governor" is not "Texas Governor" Greg Abbott) tell them apart, so "the two-term
 * president" may be "US President" Barack Obama.
 */
export function modifiersAgree(a: string, b: string, head: string, titled = false): boolean {
  const left = ownModifiers(a, head)
  const right = ownModifiers(b, head)
  if (left.length === 0 || right.length === 0) return true
  const lower = (words: readonly string[]): string[] => packedMap(words, (w) => w.toLowerCase())
  const [l, r] = [lower(left), lower(right)]
  if (l.some((m) => r.includes(m))) return true
  const named = (words: readonly string[]): string[] => words.filter((w) => CAPITALISED.test(w))
  const [ln, rn] = [named(left), named(right)]
  if (ln.some((m) => initialsOf(m, r)) || rn.some((m) => initialsOf(m, l))) return true
  if (!titled || l.includes('former') || r.includes('former')) return false
  return ln.length === 0 || rn.length === 0
}

/** Whether an acronym ("RNC") is the initials of words in a row among `words`: "republican national committee". */
function initialsOf(acronym: string, words: readonly string[]): boolean {
  if (!ACRONYM.test(acronym)) return false
  const initials = packedMap(words, (w) => w[0]).join('')
  return initials.includes(acronym.toLowerCase())
}

/** The words before a description's head as written, without determiners and owners' 's. */
function ownModifiers(phrase: string, head: string): string[] {
  const words = packedMap(phrase.split(/[\s,]+/u), (w) => w.replace(/['’]s$/u, ''))
  const at = words.findIndex((w) => w.toLowerCase() === head)
  return at > 0 ? words.slice(0, at).filter((w) => !DETERMINERS.has(w.toLowerCase())) : []
}

/** Words after which a description's head noun is over: "the governor [of Gao]", "an engineer [at …]". */
const HEAD_ENDS = new Set('of at for in from with on who which that whose whom to and by'.split(' '))

/** Words opening a relative description ("who runs the group"); not "that", also a determiner ("that minister"). */
const RELATIVE_OPENERS = new Set(['who', 'whose', 'whom', 'which'])
const COPULAS = new Set(['is', 'was', 'became', 'remains'])

/** The words between a description's determiner and its head, possessives without their 's: "city", "electoral". */
export function modifiersOf(phrase: string, head: string): string[] {
  const words = packedMap(phrase.split(/[\s,]+/u), (w) => w.replace(/['’]s$/u, ''))
  const at = words.indexOf(head, 1)
  return at > 1 ? words.slice(1, at) : []
}

/**
 * The head noun of a description, lower-cased: "the utility's chief executive" → "executive" (not
 * "utility", which is only the possessor), "the defense correspondent for Le Figaro" → "correspondent".
 */
export function headNoun(phrase: string): string {
  let words = phrase
    .toLowerCase()
    .split(/[\s,]+/u)
    .filter((w) => HAS_LETTER.test(w))
  // A relative description says what the person does, not what they are: "who runs the group" makes nobody
  // "the group" (a body named later is not this person); "who is the party's treasurer" does name a role.
  if (RELATIVE_OPENERS.has(words[0] ?? '')) {
    if (!COPULAS.has(words.length > 1 ? words[1] : '')) return ''
    words = words.slice(2)
  }
  // "a harbour pilot backed by the union": a participle with "by" ends the noun phrase, as "of" does.
  const end = words.findIndex(
    (w, i) => i > 0 && (HEAD_ENDS.has(w) || (isParticiple(w) && i + 1 < words.length && words[i + 1] === 'by'))
  )
  const head = (end === -1 ? words : words.slice(0, end)).pop() ?? ''
  return head.replace(NOT_HEAD_CHARS, '')
}

/** Words after a head that open its remit: "the Department for Transport", "the government in Beijing". */
const REMIT_LINKS = new Set(['for', 'of', 'in'])

/**
 * The remit a description names after its head ("for", "of" or "in" and name words, not a day or month):
 * ["Transport"] of "the Department for Transport", ["Beijing"] of "the government in Beijing"; [] for "the
 * department" or "the report in March". Read once per description, then compared with each body met (remitFits).
 */
export function remitOf(description: string, head: string): string[] {
  const words = description.split(/[\s,]+/u)
  const at = words.findIndex((w) => w.toLowerCase() === head)
  if (at < 0 || !REMIT_LINKS.has(words[at + 1] ?? '')) return []
  const remit: string[] = []
  for (let k = at + 2; k < words.length && CAPITALISED.test(words[k]) && !NOT_NAMES.has(words[k]); k++)
    remit.push(words[k])
  return remit
}

/**
 * Whether a body's name `own` holds a description's `remit` (remitOf): "the Department for Transport" is not the
 * "Department for Education" met before, nor "the government in Beijing" the German one.
 */
export function remitFits(own: string, remit: readonly string[]): boolean {
  if (remit.length === 0) return true
  const ownWords = own.split(/[\s,]+/u)
  return remit.every((w) => ownWords.includes(w))
}
