/**
 * Claimants that are several people or bodies, the antecedents of a later "they" (prose-speakers.ts enters them
 * in the speaker registry):
 *
 *   Ferry owners have long opposed the fees. They acknowledge …          → "They" is the ferry owners
 *   Ferry owners pointed at what they called the minister's failure …  → "they" is the ferry owners
 *   Ruiz remains fourth in most surveys.                                 → no one: surveys are documents
 */
import { classifyPhrase, type Subject, subjectShaped } from './subjects'
import type { Token } from './tokens'
import type { SpeakerRegistry } from './speakers'
import { headNoun } from './description-heads'
import { canHold } from './claimant-plausibility'
import { DOCUMENT_HEADS } from './according-to'
import { DOCUMENT_SUBJECTS, phraseSubject } from './phrase-subjects'
import { classifyDescription, isKnownNoun } from './speaker-lexicon'
import { SENTENCE_LINKS, SUBORDINATORS } from './subject-words'
import { nameRunEnd } from './name-runs'
import { isCapitalised } from './tokens'
import { withoutDateline } from './datelines'

/**
 * Whether `subject` is several people or bodies: "Ferry owners", "Sanders’ aides", "the dock unions", "Hale and
 * other councillors". Only people or bodies (canHold: "the rules" is no one), never documents, which the lexicon
 * lets speak for their makers ("most surveys", "the reports") but which no "they" stands for, and only several: a
 * single person named is a candidate for "he" or "she" already (prose-mentions.ts).
 */
export function severalPeople(subject: Subject): boolean {
  if (subject.kind === 'pronoun' || !canHold(subject)) return false
  // "Democrats", "The Republicans", "Millennials": members of a party, a faith, a people or a generation, read as a
  // name for their capital; never "Sanders" or "Reuters", whose ending is no plural's.
  if (subject.kind === 'name' && MEMBERS.test(subject.name)) return true
  // "Trump and other Republicans": people joined by "and" are several; the head is the last one's.
  const joined = subject.name.split(' and ')
  const head = headNoun(joined[joined.length - 1])
  if (DOCUMENT_HEADS.has(head) || DOCUMENT_SUBJECTS.has(head)) return false
  // A description whose head noun is plural (the lexicon marks only a plural determiner or a known plural noun);
  // not "the press", "the census", "the bus".
  return subject.plural || joined.length > 1 || (subject.kind === 'description' && /[^su]s$/u.test(head))
}

/** Capitalised plurals naming members, after an optional determiner: "the Democrats", "Many Conservatives". */
const MEMBERS =
  /^(?:(?:[Tt]he|[Tt]hese|[Tt]hose|[Mm]any|[Mm]ost|[Ss]ome|[Aa]ll|[Ff]ellow|[Oo]ther) )?\p{Lu}\p{Ll}+(?:crats|icans|ians|tives|ists|ials|erals|inos|anics|ims|ites)$/u

/**
 * "Trump and other Republicans pointed at what they called …": a "they" later in its sentence (token `at`) stands
 * for the sentence's own subject when that is several people, but the sentence's people enter the registry only
 * once it is read. The subject opening the sentence, up to its verb (the first lower-case word after it that is
 * no known noun and has the opening phrase for its subject), when it is several people; null otherwise.
 */
export function ownSubjectBefore(text: string, tokens: readonly Token[], at: number): Subject | null {
  // "WASHINGTON — Senate Democrats unveiled …": the dateline's place is no part of the people.
  let first = tokens.length - withoutDateline(tokens).length
  while (first < at && (!tokens[first].word || SENTENCE_LINKS.has(tokens[first].lower))) first++
  // "As the dock unions met on Monday, they proposed …": the clause put first has its own subject, read already.
  if (SUBORDINATORS.has(tokens[first]?.lower ?? '')) return null
  for (let k = first + 1; k < at; k++) {
    const token = tokens[k]
    if (!token.word || token.text !== token.lower || noun(token.lower) || COORDINATORS.has(token.lower)) continue
    const subject = phraseSubject(text, tokens, k, false)
    if (!subject) continue
    // The verb is found. Its subject read from the sentence's start: "Marlow and other councillors", of which
    // phraseSubject reads only the last ("other councillors"); "The minister met ferry owners, who said they …"
    // is about the minister, one person.
    const end = tokens.findIndex((t) => t.start >= subject.mention.end)
    const own = subject.mention.start === tokens[first].start ? subject : classifyPhrase(text, tokens, first, end)
    return own && severalPeople(own) ? own : null
  }
  return null
}
/** A noun the lexicon knows, or its plural: "owners" in "Ferry owners pointed …" is no verb. */
const noun = (word: string): boolean => isKnownNoun(word) || (word.endsWith('s') && isKnownNoun(word.slice(0, -1)))
/** Words joining two subjects, never the verb after them. */
const COORDINATORS = new Set(['and', 'or'])

/**
 * A claimant that is several people or bodies enters the registry as a speaker does, the antecedent of a later
 * "they"; a "they" claimant is recalled, so the people it stands for stay the most recent. Not one body: "it" is
 * too often the weather or a plan for a body read this loosely ("It encouraged people to drive less").
 */
export function enterClaimant(subject: Subject, registry: SpeakerRegistry): void {
  if (subject.kind === 'pronoun') {
    if (subject.name === 'they') registry.recall(subject)
    return
  }
  // Several bodies ("the dock unions") are a "they", never an "it": entered as several, not as one body.
  if (severalPeople(subject)) registry.resolve(subjectShaped({ ...subject, plural: true, group: false }))
}

/**
 * "Dock workers walked out on Monday. They say …": several people opening a sentence that claims nothing of theirs
 * (or is no claim, so its claimant is never read) are still whom the next "they" stands for, nearer than any source
 * met before. The subject opening the sentence up to its verb (ownSubjectBefore), entered as several people; false
 * when it is none, or when the sentence's claimant (the subject `claimed` it was read from) is several people or a
 * "they", entered already (enterClaimant).
 */
export function enterOpeningPeople(
  text: string,
  tokens: readonly Token[],
  claimed: Subject | undefined,
  registry: SpeakerRegistry
): boolean {
  if (claimed && (claimed.kind === 'pronoun' ? claimed.name === 'they' : severalPeople(claimed))) return false
  // Read for every sentence of prose: most open on no plural and no "and" ("He said …", "The council voted …").
  if (!tokens.slice(0, OPENING_WINDOW).some(mayOpenSeveral)) return false
  const own = ownSubjectBefore(text, tokens, tokens.length)
  if (!own || !plainPeople(text, own)) return false
  enterClaimant(own, registry)
  return true
}

/** Words looked at for a plural or an "and" opening the sentence: "Some Republican presidential candidates". */
const OPENING_WINDOW = 6
/** "and", or a plural the lexicon knows ("owners", "unions") or written with a capital ("Democrats"); not "was". */
function mayOpenSeveral(t: Token): boolean {
  if (!t.word) return false
  if (t.lower === 'and') return true
  if (!/[^'’su]s$/u.test(t.lower)) return false
  return t.text !== t.lower || isKnownNoun(t.lower) || isKnownNoun(t.lower.slice(0, -1)) || /ies$/u.test(t.lower)
}

/**
 * Whether a sentence's opening subject, read for no claim of its own, plainly names people: not read across a
 * comma or from a phrase put first ("In interviews, voters", "At a time when voters"), and for a description a
 * plural head the lexicon knows as written ("voters", "unions") or whose singular is a person ("owners"); not
 * "rulings" or "programs", whose singulars it takes for bodies.
 */
function plainPeople(text: string, own: Subject): boolean {
  const phrase = text.slice(own.mention.start, own.mention.end)
  if (phrase.includes(',') || OPENING_PREPOSITIONS.has(phrase.split(' ')[0].toLowerCase())) return false
  // "Ruth Hale and Tomas Ruiz", each a full name; not "Florida and Ohio" or "Moscow and Beijing", places.
  if (own.kind === 'name') return MEMBERS.test(own.name) || own.name.split(' and ').every((p) => FULL_NAME.test(p))
  if (own.name.includes(' and ')) return true
  const head = headNoun(own.name)
  const kind = classifyDescription(head)
  if (kind.wellFormed && (kind.person || kind.group)) return true
  const one = classifyDescription(head.replace(/s$/u, ''))
  return one.wellFormed && one.person
}
const FULL_NAME = /^\p{Lu}\S*(?: \p{Lu}\S*)+$/u
// prettier-ignore
const OPENING_PREPOSITIONS = new Set([
  'at', 'in', 'on', 'for', 'with', 'by', 'from', 'after', 'before', 'during', 'throughout', 'according', 'to', 'under',
  'over', 'among', 'despite', 'like', 'unlike', 'without', 'within', 'since', 'until', 'of', 'about', 'as'
])

/**
 * When `claimant` (the subject a claimant was read from) is a "they" after the sentence's first word, enters the
 * sentence's own subject first if it is several people (ownSubjectBefore); true when it did, and the sentence
 * must be read again for its claimant.
 */
export function enterOwnSubject(
  text: string,
  tokens: readonly Token[],
  claimant: Subject | undefined,
  registry: SpeakerRegistry
): boolean {
  if (claimant?.kind !== 'pronoun' || claimant.name !== 'they') return false
  const at = tokens.findIndex((t) => t.start === claimant.mention.start)
  const own = at > 0 ? ownSubjectBefore(text, tokens, at) : null
  if (own) enterClaimant(own, registry)
  return own !== null
}

/**
 * "Hale and Ruiz, who met the dockers on Monday, bring …": the sentence opens on several people and reports
 * nothing of theirs, yet a reader takes them for the "they" that follows. The names joined by "and" opening the
 * sentence before a verb or an aside, each a person's full name or one `known` (so "Florida and Ohio" are no one);
 * null otherwise (one person or body is a "he", "she" or "it" the mention readers note already).
 */
export function severalOpening(
  text: string,
  tokens: readonly Token[],
  known: (name: Subject) => boolean
): Subject | null {
  let first = 0
  while (first < tokens.length && (!tokens[first].word || SENTENCE_LINKS.has(tokens[first].lower))) first++
  const run = nameRunEnd(tokens, first, tokens.length)
  if (run === first || tokens[run]?.lower !== 'and') return null
  const end = nameRunEnd(tokens, run + 1, tokens.length)
  const next = tokens[end]
  if (end <= run + 1 || next === undefined || !((next.word && !isCapitalised(next)) || next.text === ',')) return null
  const people = [classifyPhrase(text, tokens, first, run), classifyPhrase(text, tokens, run + 1, end)]
  if (!people.every((p) => p?.kind === 'name' && !p.group && (p.nameWords.length >= 2 || known(p)))) return null
  return classifyPhrase(text, tokens, first, end)
}
