/**
 * A cue verb in an infinitive whose subject is the object of the verb before it: "requires the firm
 * to publish", "led harbour officials to warn". Two kinds of verb take such an object, and they say
 * opposite things about whether the object spoke:
 *
 *   A law requires Coastal Freight Ltd to publish …   an obligation, an order, a request: what the
 *   The court ordered the airline to report …         object is to do, not what it said; no claimant
 *                                                     (the verb's own subject is read at the verb
 *                                                     when it is a cue: "The council urged …").
 *   The storm led harbour officials to warn that …    a cause or a permission: the object did speak,
 *   The ruling prompted critics to argue that …       and is the claimant.
 *
 * An infinitive after a ranked or counted group ("was the first councillor to back …") is its subject's: below.
 */
import { isCapitalised, type Token } from './tokens'
import { classifyPhrase, type Subject } from './subjects'
import { nounForPeople } from './claimant-plausibility'
import { verbSubject } from './claimant-verb-subjects'

/** Obligation, order, request, permission to come: the infinitive has not happened. Base forms. */
// prettier-ignore
const OBLIGING = new Set([
  'require', 'order', 'force', 'ask', 'tell', 'told', 'urge', 'compel', 'oblige', 'obligate', 'direct', 'instruct',
  'invite', 'pressure', 'press', 'push', 'want', 'expect', 'need', 'mandate', 'authorize', 'authorise', 'challenge',
  'dare', 'beg', 'implore', 'advise', 'remind', 'warn', 'call', 'pay', 'paid', 'hire', 'appoint', 'train', 'teach',
  'taught', 'entitle', 'forbid', 'forbade', 'ban', 'prohibit', 'bar', 'summon', 'commission', 'recruit', 'task',
  'charge'
])
/** Cause and permission: the infinitive is reported as done ("led voters to say", "allows her to offer"). */
// prettier-ignore
const CAUSING = new Set([
  'lead', 'led', 'prompt', 'cause', 'allow', 'permit', 'enable', 'get', 'got', 'help', 'encourage', 'inspire',
  'persuade', 'convince', 'drive', 'drove', 'driven', 'spur', 'spurred', 'provoke', 'leave', 'left'
])
const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'us', 'me', 'you', 'it'])
/** Longest object between such a verb and "to", in tokens: "requires Coastal Freight Ltd to". */
const MAX_OBJECT_TOKENS = 6

/** "required" → "require", "leads" → "lead", "prompting" → "prompt": the base form as listed. */
function listed(lower: string, set: ReadonlySet<string>): boolean {
  if (set.has(lower)) return true
  const stem = lower.replace(/(?:ing|ed|es|s)$/u, '')
  return set.has(stem) || set.has(`${stem}e`) || set.has(stem.replace(/(.)\1$/u, '$1'))
}

/** Longest aside in commas between the object and "to", in tokens. */
const MAX_ASIDE_TOKENS = 30

/** The comma opening the aside that the comma at tokens[k] closes, or -1. */
function asideOpening(tokens: readonly Token[], k: number): number {
  for (let j = k - 1; j > 0 && k - j <= MAX_ASIDE_TOKENS; j--) if (tokens[j].text === ',') return j
  return -1
}

export type Controlled = { obliged: true } | { obliged: false; subject: Subject | null }

/**
 * When the cue at tokens[first] is such an infinitive: obliged (no one said it), or the object as
 * its subject (null when the object does not read as a claimant). null when it is no such infinitive.
 */
export function controlledInfinitive(text: string, tokens: readonly Token[], first: number): Controlled | null {
  if (tokens[first - 1]?.lower !== 'to') return null
  // "Hale was the first councillor to back the levy": the copula's subject (rankedInfinitiveSubject below).
  const ranked = rankedInfinitiveSubject(text, tokens, first)
  if (ranked) return { obliged: false, subject: ranked }
  let aside = 0
  let objectEnd = first - 1
  for (let k = first - 2; k >= 0 && first - 2 - k - aside <= MAX_OBJECT_TOKENS; k--) {
    const t = tokens[k]
    // "forced Stumpf, who was under questioning, to admit": an aside in commas after the object.
    if (t.text === ',' && k === first - 2) {
      const open = asideOpening(tokens, k)
      if (open < 0) return null
      aside = k - open + 1
      objectEnd = open
      k = open
      continue
    }
    if (!t.word) return null
    // The verb comes before its object: at least one word stands between them.
    if (t.text !== t.lower || k + 1 >= objectEnd) continue
    if (listed(t.lower, OBLIGING)) return { obliged: true }
    if (!listed(t.lower, CAUSING)) continue
    // "led him to say": an object pronoun is not read (the registry resolves subject pronouns only).
    const object = OBJECT_PRONOUNS.has(tokens[k + 1].lower) ? null : classifyPhrase(text, tokens, k + 1, objectEnd)
    // The object's place makes it the infinitive's subject: "led some to speculate" is read as "some".
    return { obliged: false, subject: object }
  }
  return null
}

/*
 * A cue verb in an infinitive after a ranked or counted group that the sentence's subject is said to belong to:
 *
 *   Ruth Hale was the first councillor to back the levy.          → Ruth Hale (back)
 *   Tom Bell and Ada Ruiz were the only pilots to vote against it. → Tom Bell and Ada Ruiz (vote against)
 *   She is one of 12 dockers to oppose the toll.                   → she, resolved (oppose)
 *
 * The infinitive says what the group's members did, and the subject of the copula is such a member, so it is
 * the claimant, named where the sentence names it. Read only when the words between the copula and "to" open
 * on a rank or a count ("the first", "the only", "one of", "among") and hold a noun for people or a name:
 * "the only way to support the port" is a means, not a person who supported it.
 */

/** Verbs saying what the subject is or became: "was the first", "became one of". */
// prettier-ignore
const COPULAS = new Set(['is', 'was', 'are', 'were', 'became', 'becomes', 'become', 'remains', 'remained'])
/** Adverbs between the copula and the rank: "is perhaps the only", "was also among". */
const COPULA_ADVERBS = new Set(['perhaps', 'also', 'now', 'still', 'probably', 'reportedly', 'again'])
/** Words ranking a group or picking its members out: "the first", "the only", "the last". */
// prettier-ignore
const RANKS = new Set([
  'first', 'only', 'last', 'earliest', 'latest', 'lone', 'sole', 'second', 'third', 'few', 'handful'
])
/** Longest phrase between the copula and "to", in tokens: "one of only a dozen Democratic senators in the House". */
const MAX_GROUP_TOKENS = 10

/** The claimant of the infinitive cue at tokens[first], the copula's subject; null when it is no such infinitive. */
export function rankedInfinitiveSubject(text: string, tokens: readonly Token[], first: number): Subject | null {
  const to = first - 1
  if (tokens[to]?.lower !== 'to') return null
  const copula = copulaAtOrBefore(tokens, to)
  if (copula < 1 || !COPULAS.has(tokens[copula].lower)) return null
  let open = copula + 1
  while (open < to && COPULA_ADVERBS.has(tokens[open].lower)) open++
  if (open >= to - 1 || !ranked(tokens, open, to)) return null
  // "the first councillor", "one of 12 dockers", "the only Republicans": the group is people, named or described.
  let people = false
  for (let k = open + 1; k < to; k++) people ||= isCapitalised(tokens[k]) || nounForPeople(tokens[k].lower)
  return people ? verbSubject(text, tokens, copula, copula, false, false) : null
}

/**
 * The copula read back from the word before "to" at tokens[to], or where the read stopped. A function of its own,
 * under 81 bytes of bytecode, so that V8 compiles it at its first tick, and rankedInfinitiveSubject (run at every
 * infinitive cue, most with no copula before them) runs too few bytes of its own to be compiled late in a warm run
 * (with this loop in it, the third pass over 300 articles).
 */
function copulaAtOrBefore(tokens: readonly Token[], to: number): number {
  let copula = to - 1
  while (copula > 0 && to - copula <= MAX_GROUP_TOKENS && tokens[copula].word && !COPULAS.has(tokens[copula].lower))
    copula--
  return copula
}

/** Whether the phrase at tokens[open] opens on a rank or a count: "the first", "one of", "among 25". */
function ranked(tokens: readonly Token[], open: number, to: number): boolean {
  const word = tokens[open].lower
  const next = tokens[open + 1]?.lower ?? ''
  if (word === 'among' || (word === 'one' && next === 'of')) return true
  return word === 'the' && RANKS.has(next) && open + 2 < to
}
