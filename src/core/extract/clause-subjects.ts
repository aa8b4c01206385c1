/**
 * Who speaks through a word of saying that has no subject beside it:
 *
 *  - a participle hung on a main clause whose verb is not one of saying: `Trump shot back in a
 *    statement, saying he had “made money in down markets”`, `The mayor ended her list by saying
 *    “Too many.”` → the main clause's subject;
 *  - a participle after its own subject in an absolute phrase: `with Senator Hale telling reporters
 *    he was “not surprised”` → Hale; after the main verb's object, the main clause's subject:
 *    `Hale posted a video on Friday saying …` → Hale;
 *  - a noun of saying with an owner: `Hale’s claim that “…”` → Hale (subject-links.ts);
 *  - a verb that only governs a quoted phrase (quote-governors.ts), read like an attribution verb:
 *    `Chancellor Ada Berg heralded the deal as a “breakthrough.”` → Ada Berg.
 *
 * Only clear subjects count: a pronoun, a name, or a description built on a known noun. Anything
 * else leaves the quote without a speaker, as before.
 */
import type { TextRange } from './sentences'
import { isCapitalised, tokenize, type Token } from './tokens'
import { cueAt, isVerbAdverb, readsAsVerb } from './speech-cues'
import { classifyDescription } from './speaker-lexicon'
import { possessiveOwner } from './subject-links'
import { relativeCall } from './quote-governors'
import { decidedPassiveSpeaker, passiveDecides } from './passive-agents'
import { classifyPhrase, type Subject } from './subjects'
import { coordinatedSubject, openingSubjectOf, subordinatePronoun } from './opening-subjects'
import { nameRunEnd } from './name-runs'
import { plausibleSubject } from './subject-plausibility'
import { DETERMINERS, INSCRIBED, SUBORDINATORS } from './subject-words'
import { subjectBefore } from './subject-before'

/** How far back in the sentence a governing word's subject is read, in characters. */
const SUBJECT_REACH = 400
/** How far after a passive governing word its agent is read, in characters: "by the Maritime and Coastguard Agency". */
const AGENT_REACH = 160
/** Longest description set off by commas after a sentence-opening name: "Ada Berg, the port's chief, …". */
const MAX_APPOSITIVE_TOKENS = 30
/** Words before a participle that hang it on the main clause: `…, saying`, `by saying`. */
const PARTICIPLE_LINKS = new Set([',', 'by', '—', '–'])
/** Prepositions opening a participle's phrase between commas: `Hale, despite admitting …, backed the bill`. */
const PHRASE_PREPOSITIONS = new Set(['despite', 'after', 'before', 'while', 'since', 'without', 'besides', 'upon'])
/** Forms of "be" making a participle the sentence's verb: "is pledging", "were urging". */
const PROGRESSIVE_AUXILIARIES = new Set(['is', 'are', 'was', 'were'])
/** Clause marks that end the main clause read back from a participle. */
const CLAUSE_MARKS = new Set([',', ';', ':', '—', '–', '(', ')', '“', '”', '"'])
/** Nouns of saying that govern a quote (`his claim that “…”`): only their owner speaks (subject-links.ts). */
const NOT_VERB_GOVERNORS =
  /^(?:claims?|assertions?|accusations?|allegations?|argument|statement|warnings?|promises?|pledge|vow|insistence|suggestion|charges?|admission|contention|complaints?|prediction|declaration|announcement|remarks?|comments?|boast|assurances?|insinuation|testimony|tweets?|message|threat|calls?|demand|plea|chants?|cries|cry|shouts|chorus)$/u

/** Longest aside in brackets read past: "(D-Leeds)", "(pictured, left)". */
const MAX_ASIDE_TOKENS = 8

/** The index of the "(" opening the aside that `close` (a ")") ends, when it is short and follows a word; else -1. */
function asideOpening(tokens: readonly Token[], close: number, floor: number): number {
  for (let k = close - 1; k > floor && close - k <= MAX_ASIDE_TOKENS; k--) {
    if (tokens[k].text === '(') return tokens[k - 1].word ? k : -1
    if (tokens[k].text === ')') return -1
  }
  return -1
}

/** Most words in a noun phrase naming a thing that carries words: "a Donald Trump campaign hat". */
const MAX_THING_TOKENS = 6

/** The noun phrase opened by a determiner and ending on the noun at `head` ("a sign"), as a description; or null. */
function inscribedBefore(text: string, tokens: readonly Token[], head: number, floor: number): Subject | null {
  for (let k = head; k >= floor && head - k < MAX_THING_TOKENS; k--) {
    if (!tokens[k].word) return null
    if (!DETERMINERS.has(tokens[k].lower)) continue
    const thing = classifyPhrase(text, tokens, k, head + 1)
    return thing?.kind === 'description' ? thing : null
  }
  return null
}

/**
 * A participle in lower case ("shouting"). Built once: the bundle (esbuild, target node20) makes a literal with a \p{…}
 * class a `new RegExp(…)` at each use.
 */
const LOWER_ING = /^\p{Ll}+ing$/u

/** The subject of the participle at token `k`, from the clause it hangs on; null when none is clear. */
export function participleSubject(text: string, tokens: readonly Token[], k: number, floor = 0): Subject | null {
  let j = k - 1
  while (j > floor && isVerbAdverb(tokens[j])) j--
  if (j < floor) return null
  // "Ruth Hale, celebrating a win at home, is pledging …": after a form of "be" the participle is the
  // sentence's verb, and its subject is read as any verb's (past the appositive, which holds no verb of its own).
  if (tokens.slice(j + 1, k).some((t) => PROGRESSIVE_AUXILIARIES.has(t.lower))) {
    const own = subjectBefore(text, tokens, k, floor)
    if (own && own.kind !== 'description' && clear(own)) return own
  }
  const link = tokens[j]
  // "held up a sign saying “…”", "wore a campaign hat reading “…”": the thing carrying the words says them.
  const thing = link.word && INSCRIBED.has(link.lower) ? inscribedBefore(text, tokens, j, floor) : null
  if (thing) return thing
  // "Tom Berg, R-Ky., despite admitting …": a phrase set off by commas after the subject it describes.
  if (link.word && PHRASE_PREPOSITIONS.has(link.lower) && j - 1 > floor && tokens[j - 1].text === ',') {
    const described = subjectBefore(text, tokens, j, floor) ?? subjectBefore(text, tokens, j - 1, floor)
    if (described && described.kind !== 'description' && clear(described)) return described
  }
  // "with Senator Hale telling reporters": the name right before the participle is its subject.
  if (link.word && !PARTICIPLE_LINKS.has(link.lower)) {
    const subject = subjectBefore(text, tokens, j + 1, floor)
    if (subject?.kind === 'name' && plausibleSubject(subject)) return subject
    // "He’s claiming": a pronoun with its auxiliary.
    if (subject?.kind === 'pronoun' && j === k - 1) return subject
  }
  // The main clause: back to the previous clause mark, else the sentence's opening subject.
  let clause = j
  for (;;) {
    while (clause > floor && !CLAUSE_MARKS.has(tokens[clause - 1].text)) clause--
    // "Sen. Ada Berg (D-Leeds) joined the group, calling …": an aside in brackets closes no clause.
    const open = clause > floor && tokens[clause - 1].text === ')' ? asideOpening(tokens, clause - 1, floor) : -1
    if (open <= floor) break
    clause = open
  }
  // "…, when islanders interrupted her speech, shouting “…”": the clause's subject follows its subordinator.
  if (clause > floor && clause + 1 < j && SUBORDINATORS.has(tokens[clause].lower)) clause++
  // "…, about 200 protesters gathered, holding signs and chanting “…”": a clause opening on an earlier participle
  // hangs on the same main clause; that participle's subject is this one's.
  if (clause > floor && clause < k && LOWER_ING.test(tokens[clause].text))
    return participleSubject(text, tokens, clause, floor)
  const inner = subordinatePronoun(text, tokens, Math.max(clause, floor), j)
  if (inner) return inner
  const subject =
    (clause > floor ? openingSubjectOf(text, tokens, clause, j) : null) ??
    openingSubjectOf(text, tokens, floor, j) ??
    appositiveOpening(text, tokens, floor, j)
  return subject && clear(subject) ? subject : null
}

/**
 * The speaker read for a word that governs a quoted phrase but stood in no attribution clause:
 * `governor` is that word's range in the sentence starting at `sentenceStart`.
 */
export function governorSubject(
  text: string,
  sentenceStart: number,
  governor: TextRange,
  afterQuote = false
): Subject | null {
  const tokens = tokenize(text, Math.max(sentenceStart, governor.start - SUBJECT_REACH), governor.end)
  const k = tokens.findIndex((t) => t.start === governor.start)
  if (k <= 0) return null
  const word = tokens[k]
  const cue = cueAt(tokens, k)
  // "Hale’s claim that …", "his promise of …": a noun of saying speaks for its owner.
  // "what it calls “…”", "Hale and Berg call them “…”" (quote-governors.ts chose it): a verb after its subject.
  const calling = (word.lower === 'call' || word.lower === 'calls') && readsAsVerb(tokens, k)
  if (NOT_VERB_GOVERNORS.test(word.lower) && !cue && !calling && !relativeCall(tokens, k))
    return possessiveOwner(tokens, k, (start, end) => classifyPhrase(text, tokens, start, end))
  if (word.lower.endsWith('ing')) return participleSubject(text, tokens, k)
  // "The operator was accused by the harbour board of “…”": who was accused did not say it.
  // The agent lies after the governor: read those words only when the governor is such a passive.
  if (passiveDecides(tokens, k)) {
    const passive = decidedPassiveSpeaker(text, tokenize(text, tokens[0].start, governor.end + AGENT_REACH), k)
    if (passive !== undefined) return passive
  }
  const subject = subjectBefore(text, tokens, k, 0) ?? coordinatedSubject(text, tokens, k)
  if (!subject || !clear(subject)) return null
  // After the quote, "…, as the yearly report shows": only a verb of saying proper credits a description.
  return afterQuote && !cue?.invertible && subject.kind === 'description' ? null : subject
}

/** "Ada Berg, the port's chief, ended …": a name opening the sentence, its description, then its verb. */
function appositiveOpening(text: string, tokens: readonly Token[], floor: number, limit: number): Subject | null {
  const end = nameRunEnd(tokens, floor, limit)
  if (end === floor || tokens[end]?.text !== ',') return null
  let close = end + 1
  while (close < limit && close <= end + MAX_APPOSITIVE_TOKENS && tokens[close].text !== ',') close++
  const verb = close + 1
  if (tokens[close]?.text !== ',' || verb >= limit || !tokens[verb].word || isCapitalised(tokens[verb])) return null
  const subject = subjectBefore(text, tokens, verb, floor)
  return subject && subject.mention.start === tokens[floor].start ? subject : null
}

/** A pronoun, a name that is not a possessive, or a description built on a known noun. */
function clear(subject: Subject): boolean {
  if (!plausibleSubject(subject)) return false
  return subject.kind !== 'description' || classifyDescription(subject.name).wellFormed
}
