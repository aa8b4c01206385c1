/**
 * Who a clause's subject is beside the clause before it, for clause-claims.ts's cuts: the same person or body again
 * ("Hale", "Ann Hale"), someone else, or a pronoun that stands for the speaker before ("Hale said …, but she argued
 * …", "Hale spoke over the jeers as she thanked …"). Read from the two claimants and the tokens between them only.
 */
import type { Claimant } from '../../shared/article'
import type { Boundary } from './clause-boundaries'
import { isCapitalised, type Token } from './tokens'
import { genderOf, pronounGender } from './gender'
import { NOT_NAMES } from './name-words'
import { classifyDescription } from './speaker-lexicon'

/** Two readings naming the same person or body: one name's words all in the other's ("Hale", "Ann Hale"). */
export function sameClaimant(a: Claimant, b: Claimant): boolean {
  const words = (name: string) => name.toLowerCase().split(/\s+/u)
  const [x, y] = [words(a.name), words(b.name)]
  const within = (some: string[], all: string[]) => some.every((w) => all.includes(w))
  return within(x, y) || within(y, x)
}

/**
 * Whether a clause's subject is someone other than the clause before's: a name or description not the same
 * ("Hale", "Ann Hale"); a pronoun only when it cannot stand for the subject before ("He proposes …; she backs …"),
 * as "Hale said …, but he argued …" is most often Hale again, whoever the registry last met.
 */
export function otherPerson(claimant: Claimant, before: Claimant): boolean {
  if (sameClaimant(claimant, before)) return false
  const word = claimant.mention.text.toLowerCase()
  if (!PRONOUNS.has(word)) return true
  // "When I emailed Ruiz …, she replied …": the writer and a third person are never one.
  if (FIRST_PERSON.has(before.mention.text.toLowerCase()) !== FIRST_PERSON.has(word)) return true
  const pronoun = pronounGender(word)
  const earlier = pronounGender(before.mention.text.toLowerCase()) ?? genderOf(before.name, null)
  return pronoun !== null && earlier !== null && pronoun !== earlier
}
export const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you'])
const FIRST_PERSON = new Set(['i', 'we'])

/**
 * Whether a clause after "after", "because" … is an attribution of its own: "… after Ruiz, the harbour master,
 * warned"; "Hale pledged to close the pier, after she argued …" (the main clause's speaker again, named "she": see
 * samePronoun; "because" as "after": the pronoun may be the main clause's object, "Okafor attacked Hale because she
 * said", but then that object is named between and the sentence stays whole). Not "… after a recent appearance
 * during which callers asked", a relative clause's cue, whose subject read is no speaker.
 */
export function subordinateSpeaker(
  tokens: readonly Token[],
  claimant: Claimant,
  before: Claimant,
  cut: Boundary
): boolean {
  if (PRONOUNS.has(claimant.mention.text.toLowerCase())) return samePronoun(tokens, claimant, before, cut)
  const cue = claimant.cue
  const between = cue ? tokens.filter((t) => t.start >= claimant.mention.end && t.end <= cue.start) : []
  return !between.some((t) => RELATIVE_WORDS.has(t.lower))
}

/**
 * "Hale pledged to close the pier, after she argued that …", "Berg spoke over boos as he congratulated …": after a
 * subordinator ("after", "as", "since", "when", "because" …), "he" or "she" is the main clause's speaker when that
 * speaker is one person of the pronoun's gender, and "they" when it is several people ("dock workers said …, as they
 * bristled at …", severalBefore), and no one else is named between the two ("Okafor attacked Hale after she said …"
 * stays whole: "she" may be Hale; a month or day is no one, NOT_NAMES, nor a place or a preposition's object,
 * placeOrObject, nor a name of the other gender, otherGenderName), nor a subject pronoun ("Hale said she was angry
 * when she …": what she said).
 */
function samePronoun(tokens: readonly Token[], claimant: Claimant, before: Claimant, cut: Boundary): boolean {
  const word = claimant.mention.text.toLowerCase()
  const at = tokens[cut.next - 1]
  if (word === 'they') {
    if (!severalBefore(before)) return false
  } else {
    const wanted = pronounGender(word)
    if (!wanted) return false
    const gender = pronounGender(before.mention.text.toLowerCase()) ?? genderOf(before.name, null)
    if (gender !== wanted) return false
  }
  // "Morency said he was angry when he called …": a subject between the cue and the subordinator opens what was
  // said, and the clause after it is part of that, not a claim beside it.
  const from = Math.max(before.mention.end, before.cue?.end ?? 0)
  const first = tokens.findIndex((t) => t.start >= from)
  for (let k = first; k >= 0 && tokens[k].end <= at.start; k++) {
    const t = tokens[k]
    if (PRONOUNS.has(t.lower)) return false
    if (!t.word || !CAPITAL_RE.test(t.text) || NOT_NAMES.has(t.text) || placeOrObject(tokens, k, first)) continue
    const end = otherGenderName(tokens, k, at.start, word)
    if (end < 0) return false
    k = end
  }
  return true
}

/**
 * "Teske is backing Ann Ruiz because he worries …": a name between the two of a known gender not the pronoun's is
 * not whom the pronoun stands for; the index of its last word, or -1 (a name that may be theirs, or "they").
 */
function otherGenderName(tokens: readonly Token[], k: number, before: number, pronoun: string): number {
  let end = k
  while (end + 1 < tokens.length && tokens[end + 1].end <= before && isCapitalised(tokens[end + 1])) end++
  const name = tokens.slice(k, end + 1).map((t) => t.text)
  const wanted = pronounGender(pronoun)
  const gender = wanted && genderOf(name.join(' '), null)
  return gender && gender !== wanted ? end : -1
}

/**
 * "… his win over Ted Berg on Monday as he urged …", "… at a rally in South Carolina when he told …": a name after a
 * preposition is no subject the clause after it could continue, the main clause's is; not one owning something ("in
 * Berg's home town as he …": he may be Berg), nor one opening a clause ("… that Berg mentioned when he …").
 */
function placeOrObject(tokens: readonly Token[], k: number, floor: number): boolean {
  let start = k
  while (start > floor && (isCapitalised(tokens[start - 1]) || tokens[start - 1].text === '.')) start--
  let end = k
  while (end + 1 < tokens.length && isCapitalised(tokens[end + 1])) end++
  const owner = /['’]s?$/u.test(tokens[end].text) || /^['’]s?$/u.test(tokens[end + 1]?.text ?? '')
  return !owner && start > floor && OBJECT_PREPOSITIONS.has(tokens[start - 1].lower)
}
const OBJECT_PREPOSITIONS = new Set(['in', 'at', 'on', 'over', 'with', 'against', 'to', 'from', 'for', 'about', 'of'])
const CAPITAL_RE = /^\p{Lu}/u
const RELATIVE_WORDS = new Set(['which', 'who', 'whom', 'that', 'whose'])

/**
 * "Dock workers said …, as they …": the clause before names several people ("they", or a phrase whose last word the
 * lexicon knows as a plural of people: "workers", "Democrats"), whom "they" stands for; not a name ("Sanders").
 */
function severalBefore(before: Claimant): boolean {
  const words = before.mention.text.split(/\s+/u)
  return (
    (words.length === 1 && words[0].toLowerCase() === 'they') || classifyDescription(words[words.length - 1]).plural
  )
}
