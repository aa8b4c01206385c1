/**
 * Claims reported through a noun of saying rather than a verb: the noun's owner is the claimant.
 *
 *   Hale’s claim that the levy is legal …          → Hale (the possessive)
 *   His criticism of the 2019 budget …             → he, resolved to the person met before
 *   The report’s finding that rents rose 12% …     → the report (a document or a body owns it too)
 *   An allegation from the port’s auditor that …   → the port’s auditor (after "from" or "by")
 *
 * A noun of saying names a statement, a belief, a stance or a stated intention, the same kinds as
 * the verbs in claimant-verbs.ts. Nouns of plain action ("decision", "vote", "signature") are not
 * here: what someone did is the article's own claim about them. The nouns are written from general
 * English usage, grouped so a newsroom can see why a word is in.
 */
import type { TextRange } from './sentences'
import type { Token } from './tokens'
import { classifyPhrase, type Subject } from './subjects'
import { subjectAfter } from './subject-after'
import { plausibleSubject } from './subject-plausibility'
import { possessiveOwner, pronounSubject } from './subject-links'
import { classifyDescription } from './speaker-lexicon'
import { writtenSubject } from './written-subjects'
import { DOCUMENT_HEADS } from './according-to'
import { ownsNothing } from './claimant-plausibility'
import { isPeoplePlural } from './phrase-subjects'
import { hasContent } from './noun-complements'

// prettier-ignore
const STATEMENT_NOUNS = [
  'claim', 'assertion', 'statement', 'remark', 'comment', 'argument', 'suggestion', 'warning', 'announcement',
  'allegation', 'accusation', 'admission', 'acknowledgement', 'acknowledgment', 'denial', 'insistence', 'contention',
  'prediction', 'declaration', 'testimony', 'explanation', 'answer', 'reply', 'response', 'retort', 'boast',
  'assurance', 'complaint', 'finding', 'conclusion', 'estimate', 'assessment', 'description', 'characterization',
  'characterisation', 'message', 'rhetoric', 'tweet'
]
// prettier-ignore
const BELIEF_NOUNS = [
  'belief', 'view', 'opinion', 'position', 'stance', 'conviction', 'fear', 'hope', 'doubt', 'concern', 'expectation',
  'impression', 'suspicion', 'worry'
]
// prettier-ignore
const STANCE_NOUNS = [
  'criticism', 'critique', 'attack', 'support', 'opposition', 'endorsement', 'praise', 'objection', 'rejection',
  'condemnation', 'defense', 'defence', 'backing', 'approval', 'disapproval', 'call', 'demand', 'plea', 'push',
  'advocacy', 'swipe', 'broadside', 'rebuke', 'denunciation', 'dismissal'
]
// prettier-ignore
const INTENTION_NOUNS = [
  'promise', 'pledge', 'vow', 'proposal', 'plan', 'threat', 'refusal', 'commitment', 'intention', 'intent', 'wish'
]

/** Nouns for words said, singular and plural ("comments", "remarks"): after an owner they name the occasion unless
 * they go on to what was said ("Hale's comments came a day after …" names no claim). */
export const STATEMENT_NOUN_FORMS: ReadonlySet<string> = new Set(STATEMENT_NOUNS.flatMap((n) => [n, pluralOf(n)]))

/** Every noun of saying, singular and plural ("claims", "criticisms", "speeches"). */
export const SAYING_NOUNS = new Set(
  [...STATEMENT_NOUNS, ...BELIEF_NOUNS, ...STANCE_NOUNS, ...INTENTION_NOUNS].flatMap((n) => [n, pluralOf(n)])
)

function pluralOf(noun: string): string {
  if (/(?:s|sh|ch|x)$/u.test(noun)) return `${noun}es`
  return `${noun}s`
}

/**
 * Anything that can mark an owner: a possessive ending or pronoun, "by"/"from" after the noun, or "of" after a
 * stance someone was given ("won the endorsement of the union").
 */
const OWNER_MARK = /['’]|\b(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|by|from|endorsements? of|backing of|support of)\b/u

/** Words after which an owner is named behind the noun: "a claim by the union", "criticism from Hale". */
const AGENT_LINKS = new Set(['by', 'from'])
/** Words that end the owner named after "by" or "from": "a claim by the union that …", "… to cut the levy". */
// prettier-ignore
const AGENT_ENDS = new Set([
  'to', 'that', 'which', 'who', 'was', 'were', 'is', 'are', 'has', 'have', 'had', 'will', 'would', 'for', 'about',
  'over', 'against', 'after', 'before', 'during'
])
/** Adjectives allowed between a lower-case owner and the noun: "the report’s central finding". */
const MAX_MODIFIERS = 3
/** Longest lower-case owner before its possessive mark: "the harbour board’s". */
const MAX_OWNER_TOKENS = 4
const POSSESSIVE_END = /['’]s?$/u
const OWNER_DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that'])

/** The first noun of saying in the sentence that has an owner: its owner and the noun as the cue. */
export function nounAttribution(text: string, tokens: readonly Token[]): { subject: Subject; cue: TextRange } | null {
  if (tokens.length === 0) return null
  // Most sentences name no owner at all: one native scan of the words spares reading each token.
  if (!OWNER_MARK.test(text.slice(tokens[0].start, tokens[tokens.length - 1].end))) return null
  for (let i = 0; i < tokens.length; i++) {
    if (!tokens[i].word || !SAYING_NOUNS.has(tokens[i].lower)) continue
    // "Hale’s claim that …", "his criticism of …": the noun must go on to what was said; "her remarks came
    // the day after …" names the occasion, not the claim.
    if (!hasContent(tokens, i) && !AGENT_LINKS.has(tokens[i + 1]?.lower ?? '')) continue
    if (heldBacking(tokens, i)) continue
    const owner = ownerOf(text, tokens, i)
    if (owner) return { subject: owner, cue: { start: tokens[i].start, end: tokens[i].end } }
  }
  return null
}

/**
 * Stances that are also what a candidate holds: "Hale's support among women". Not "backing": "with their backing,
 * Hale …" is theirs, given.
 */
const HELD_STANCES = new Set(['support', 'supports'])
/** Stances a poll rates someone by: "approval rating", "disapproval numbers". */
const RATED_STANCES = new Set(['approval', 'disapproval'])
/** The nouns that make a rated stance a poll's figure. */
const POLL_FIGURES = new Set(['rating', 'ratings', 'numbers', 'figures', 'score', 'scores'])
/** What an owner's own support goes on to: "Hale's support for the levy", "the board's support of the plan". */
const BACKED_OPENERS = new Set(['for', 'of', 'to', 'behind'])
/** Possessive determiners and pronouns that own the noun: "his new support from …". */
const POSSESSIVE_WORD = /^(?:his|her|their|its|.+['’]s?)$/u

/**
 * "Hale's support against Okafor", "Okafor's 34 percent support is lower", "his new support from Pryce": with an
 * owner before it and no "for"/"of" after it, support is the backing the owner has (a poll share), not the owner's
 * stance; "support from harbour traders" with no owner before it stays the traders' (ownerOf reads it). An approval
 * rating is a poll's figure too.
 */
function heldBacking(tokens: readonly Token[], noun: number): boolean {
  // "Hale's approval rating": a poll's figure for the owner, not the owner's approval of anything.
  if (RATED_STANCES.has(tokens[noun].lower) && POLL_FIGURES.has(tokens[noun + 1]?.lower ?? '')) return true
  if (!HELD_STANCES.has(tokens[noun].lower) || BACKED_OPENERS.has(tokens[noun + 1]?.lower ?? '')) return false
  for (let k = noun - 1; k >= 0 && noun - k <= MAX_MODIFIERS + 1 && tokens[k].word; k--)
    if (POSSESSIVE_WORD.test(tokens[k].lower)) return true
  return false
}

/** Possessive determiners and the pronoun each stands for, also opening a sentence ("Her criticism …"). */
const POSSESSIVE_PRONOUNS = new Map([
  ['his', 'he'],
  ['her', 'she'],
  ['their', 'they'],
  ['its', 'it']
])

/** Words that end the modifiers read back from a noun: "her base of support" is not her support. */
const NOT_MODIFIERS = new Set([
  'of',
  'in',
  'for',
  'to',
  'on',
  'at',
  'with',
  'the',
  'a',
  'an',
  'and',
  'or',
  'from',
  'by'
])

function ownerOf(text: string, tokens: readonly Token[], noun: number): Subject | null {
  // "his sharp criticism", not "her base of support": only modifiers stand between the owner and the noun.
  for (
    let k = noun - 1;
    k >= 0 && noun - k <= MAX_MODIFIERS && tokens[k].word && !NOT_MODIFIERS.has(tokens[k].lower);
    k--
  ) {
    const pronoun = POSSESSIVE_PRONOUNS.get(tokens[k].lower)
    if (pronoun) return pronounSubject({ start: tokens[k].start, end: tokens[k].end }, pronoun)
  }
  // "Without Mr. Murdoch’s support", "Until Monday’s announcement": a capitalised opener is no part of the owner.
  const named = possessiveOwner(tokens, noun, (start, end) =>
    start === 0 && NOT_MODIFIERS.has(tokens[0].lower) ? null : classifyPhrase(text, tokens, start, end)
  )
  // "Tuesday's attacks", "last year's report": a time owns nothing said (possessor() in claimant-plausibility.ts).
  if (named && ownsNothing(named.nameWords.at(-1) ?? '')) return null
  if (named) return named
  const described = describedOwner(text, tokens, noun)
  if (described) return described
  // "a claim by the union", "criticism from Hale": the owner after the noun, never a pronoun ("by him" is an object).
  if (!AGENT_LINKS.has(tokens[noun + 1]?.lower ?? '') && !givenStance(tokens, noun)) return null
  let end = noun + 2
  while (
    end < tokens.length &&
    (tokens[end].word || pluralPossessive(tokens, end)) &&
    !AGENT_ENDS.has(tokens[end].lower)
  )
    end++
  // "taking calls from listeners": a call from people with no name is as often a telephone call as a demand.
  const bare = tokens[noun].lower === 'call' || tokens[noun].lower === 'calls' ? null : bareAgent
  const agent =
    subjectAfter(text, tokens, noun + 2, end) ??
    classifyPhrase(text, tokens, noun + 2, end) ??
    bare?.(text, tokens, noun + 2, end) ??
    null
  return agent && agent.kind !== 'pronoun' && plausibleSubject(agent) ? agent : null
}

/** "the harbour traders’ union": the mark after a plural's "s" joins it to the noun it owns, no break. */
function pluralPossessive(tokens: readonly Token[], k: number): boolean {
  const [before, mark, after] = [tokens[k - 1], tokens[k], tokens[k + 1]]
  return (
    POSSESSIVE_MARKS.has(mark.text) &&
    before?.word === true &&
    before.lower.endsWith('s') &&
    before.end === mark.start &&
    after?.word === true &&
    after.start > mark.end
  )
}
const POSSESSIVE_MARKS = new Set(["'", '’'])

/** Longest bare plural read as an owner after "by" or "from": "local firms and harbour board members". */
const MAX_BARE_AGENT_TOKENS = 6
/** Words ending a bare plural owner: "support from boat owners in May", "criticism from dockers since 2019". */
// prettier-ignore
const BARE_AGENT_ENDS = new Set([
  'in', 'on', 'at', 'since', 'during', 'across', 'amid', 'as', 'into', 'with', 'this', 'last', 'earlier', 'when'
])

/**
 * "criticism from harbour traders", "a claim by dockers that …": a plural noun for people with no determiner,
 * as written. Only lower-case words, so that a name after "from" stays the name readers' to judge.
 */
function bareAgent(text: string, tokens: readonly Token[], start: number, limit: number): Subject | null {
  let end = start
  while (end < limit && tokens[end].text === tokens[end].lower && !BARE_AGENT_ENDS.has(tokens[end].lower)) end++
  if (end === start || end - start > MAX_BARE_AGENT_TOKENS) return null
  if (end < limit && !BARE_AGENT_ENDS.has(tokens[end].lower)) return null
  if (!isPeoplePlural(tokens[end - 1].lower)) return null
  return writtenSubject(text, { start: tokens[start].start, end: tokens[end - 1].end }, { plural: true, group: false })
}

/** Stances one is given: "the endorsement of the union" after a verb of receiving is the union's endorsement. */
const GIVEN_STANCES = new Set(['endorsement', 'endorsements', 'backing', 'support'])
/**
 * Verbs of receiving or holding what someone gives: "won the endorsement of", "picked up the backing of", "has the
 * support of". After any other verb "of" names what the stance is about ("her endorsement of Ruiz", "ended the
 * support of farms"), so only these make the words after "of" its owner.
 */
// prettier-ignore
const RECEIVING = new Set([
  'win', 'wins', 'won', 'winning', 'receive', 'receives', 'received', 'receiving', 'earn', 'earns', 'earned', 'earning',
  'secure', 'secures', 'secured', 'securing', 'gain', 'gains', 'gained', 'gaining', 'get', 'gets', 'got', 'getting',
  'land', 'lands', 'landed', 'landing', 'snag', 'snags', 'snagged', 'snagging', 'have', 'has', 'had', 'having',
  'enjoy', 'enjoys', 'enjoyed', 'enjoying', 'lose', 'loses', 'lost', 'losing', 'up' // "picked up", "racked up"
])
/** Between the verb and the noun: a determiner and at most two modifiers ("won the crucial early backing of"). */
const MAX_GIVEN_GAP = 3

/** "won the endorsement of the union": a stance noun after a verb of receiving, "of" right after it. */
function givenStance(tokens: readonly Token[], noun: number): boolean {
  if (tokens[noun + 1]?.lower !== 'of' || !GIVEN_STANCES.has(tokens[noun].lower)) return false
  let k = noun - 1
  while (k >= 0 && noun - k <= MAX_GIVEN_GAP && tokens[k].word && !RECEIVING.has(tokens[k].lower)) k--
  if (k < 0 || !RECEIVING.has(tokens[k].lower) || noun - k > MAX_GIVEN_GAP) return false
  // "the" or "an" opens what was received: "has support of" is rare, "the support of" the shape.
  return tokens[k + 1].lower === 'the' || tokens[k + 1].lower === 'an'
}

/** "the report’s finding", "the union’s central claim": a body or a document owning the noun, without the mark. */
function describedOwner(text: string, tokens: readonly Token[], noun: number): Subject | null {
  let k = noun - 1
  while (k > 0 && noun - k <= MAX_MODIFIERS && tokens[k].word && !POSSESSIVE_END.test(tokens[k].text)) k--
  const mark = tokens[k]
  if (!mark?.word || !POSSESSIVE_END.test(mark.text) || mark.text !== mark.lower) return null
  let start = k
  while (
    start > 0 &&
    k - start < MAX_OWNER_TOKENS &&
    tokens[start - 1].word &&
    !OWNER_DETERMINERS.has(tokens[start].lower)
  )
    start--
  if (!OWNER_DETERMINERS.has(tokens[start].lower)) return null
  const head = mark.lower.replace(POSSESSIVE_END, '')
  const kind = classifyDescription(head)
  if (!DOCUMENT_HEADS.has(head) && !(kind.wellFormed && (kind.person || kind.group))) return null
  const end = mark.end - (mark.text.length - mark.text.replace(POSSESSIVE_END, '').length)
  return writtenSubject(text, { start: tokens[start].start, end }, { plural: /s$/u.test(head), group: kind.group })
}
