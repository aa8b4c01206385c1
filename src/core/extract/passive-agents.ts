/**
 * A claimant verb in the passive names its claimant after "by": "The issue was first reported by The
 * Harbour Herald", "He has been called a cowboy by fellow captains", "The plan is backed by the union".
 * Without "by" ("The plan was endorsed in May") the passive names no one. The agent is the noun phrase after
 * "by" only: "by the union on Monday", "by the traders but backed by the port", "by the mayor in her speech"
 * name the union, the traders, the mayor; when and where they did it is no part of who they are.
 */
import { JOINING_HEADS } from '../facts/entity-cues'
import { isCapitalised, type Token } from './tokens'
import { BE } from './speech-cues'
import { subjectAfter } from './subject-after'
import { plausibleSubject } from './subject-plausibility'
import { type Subject } from './subjects'

/** Most words between the verb and "by": "called a cowboy by", "endorsed last week by". */
const MAX_OBJECT_TOKENS = 4

/** Most tokens of an amount after "at": "at between £20bn and £30bn". */
const MAX_AMOUNT_TOKENS = 7
/** Signs inside an amount, tokens of their own: "£", "%", the point of "4.5". */
const AMOUNT_SIGNS = new Set(['£', '$', '€', '%', '.'])
/** Words that may open an amount: "at between £20bn and £30bn", "at about 4%". */
// prettier-ignore
const AMOUNT_OPENERS = new Set(['between', 'about', 'around', 'some', 'roughly', 'nearly', 'almost', 'over', 'under'])

/**
 * "a gap estimated at £20bn by the IFS", "The cost was put at $4 million by the council": a participle giving a
 * measure its amount after "at" is a passive, whatever stands before it. Its claimant is the agent after "by", or no
 * one; never the noun before it ("the Budget will fill a gap estimated at …" is no claim of the Budget's). "Officials
 * estimated at least 300" and "estimated at the time" are active: no amount follows "at".
 */
export function measuredParticiple(tokens: readonly Token[], last: number): boolean {
  // "put at £4m" is the measure's own idiom; "put" is no participle before "by" elsewhere.
  if (tokens[last + 1]?.lower !== 'at' || !(isParticiple(tokens[last].lower) || tokens[last].lower === 'put'))
    return false
  const k = AMOUNT_OPENERS.has(tokens[last + 2]?.lower ?? '') ? last + 3 : last + 2
  return k < tokens.length && /^[\d£$€]/u.test(tokens[k].text)
}

/** Words that end the agent's noun phrase: "as" ("described by officials as"), a contrast, a time or a setting. */
// prettier-ignore
const AGENT_ENDS = new Set([
  'as', 'but', 'yet', 'on', 'in', 'at', 'during', 'after', 'before', 'since', 'last', 'this', 'earlier', 'when',
  'while', 'because', 'to', 'for', 'over', 'about'
])

/** Most tokens of a quoted phrase between the verb and "by": "has been called “a betrayal of island families” by". */
const MAX_QUOTED_TOKENS = 24

/**
 * The agent after "by" following the passive verb ending at tokens[last], or null. A quoted phrase the verb governs
 * may stand before "by" ("was described as “reckless” by Ms Ross"): it counts as one word of the object.
 */
export function passiveAgent(text: string, tokens: readonly Token[], last: number): Subject | null {
  // Asked first, in a function of its own under 81 bytes of bytecode that V8 compiles at its first tick: run by the
  // hundred a pass, most with no "by" after the verb, the reader whole was compiled late in a warm run (the third
  // pass over 300 articles, and dear: the agent's readers inlined).
  return byAfter(tokens, last) ? agentAfterBy(text, tokens, last) : null
}

/** Whether a "by" follows token `last` in the sentence: the passive's agent follows one or none. */
function byAfter(tokens: readonly Token[], last: number): boolean {
  for (let k = last + 1; k < tokens.length; k++) if (tokens[k].lower === 'by') return true
  return false
}

/** passiveAgent's agent, once a "by" follows the verb. */
function agentAfterBy(text: string, tokens: readonly Token[], last: number): Subject | null {
  const measured = measuredParticiple(tokens, last)
  let reach = measured ? MAX_AMOUNT_TOKENS + 1 : MAX_OBJECT_TOKENS
  for (let k = last + 1; k < tokens.length && k <= last + reach + 1; k++) {
    const close = governedQuote(tokens, last, k) ? quotedPhraseEnd(tokens, k) : -1
    if (close > 0) {
      reach += close - k
      k = close
      continue
    }
    if (!tokens[k].word && !(measured && AMOUNT_SIGNS.has(tokens[k].text))) return null
    if (tokens[k].lower !== 'by') continue
    const agent = subjectAfter(text, tokens, k + 1, agentEnd(tokens, k + 1))
    return agent && agent.kind !== 'pronoun' && plausibleSubject(agent) ? agent : null
  }
  return null
}

/** Marks opening a quoted phrase, with the mark that closes each. */
const CLOSING_MARK = new Map([
  ['“', '”'],
  ['‘', '’'],
  ['"', '"']
])
const OPENING_MARKS = new Set(CLOSING_MARK.keys())

/**
 * Whether a quoted phrase opening at tokens[k] is what the passive verb at tokens[last] names: right after it or
 * after its "as" ("called “…” by", "described as “…” by"). Not a quote further into the object: "reported in a
 * “hit piece” by the paper" quotes someone else's words for the report, and its agent reported, not called.
 */
const governedQuote = (tokens: readonly Token[], last: number, k: number): boolean =>
  OPENING_MARKS.has(tokens[k].text) && (k === last + 1 || (k === last + 2 && tokens[last + 1].lower === 'as'))

/** The index of the mark closing the quoted phrase opened at tokens[open], or -1 when it does not close soon. */
function quotedPhraseEnd(tokens: readonly Token[], open: number): number {
  const closing = CLOSING_MARK.get(tokens[open].text)
  for (let k = open + 1; k < tokens.length && k <= open + MAX_QUOTED_TOKENS + 1; k++)
    if (tokens[k].text === closing) return k
  return -1
}

/**
 * Where the agent's noun phrase starting at `from` ends: at a word of AGENT_ENDS, or at "and" opening a second
 * passive ("opposed by the traders and backed by the port"); "of" and "and" between nouns stay in it, and so does
 * a name's own "in" ("claimed by the Islamic State in the Greater Sahara").
 */
function agentEnd(tokens: readonly Token[], from: number): number {
  let end = from + 1
  while (
    end < tokens.length &&
    (!AGENT_ENDS.has(tokens[end].lower) || joinsName(tokens, end)) &&
    !secondPassive(tokens, end) &&
    !chargeComplement(tokens, end)
  )
    end++
  return end
}

/**
 * "State in the Greater Sahara", "Front for the Liberation …": "in the" or "for the" and a capital after a head that
 * names carry them after, as the organisation reader joins them (entity-spans.ts). Not "on" ("the Board on Monday"),
 * nor without "the" ("the Council in Leeds"); after another word ("the Herald in London", "the traders in a
 * letter") it says where or how the agent acted.
 */
function joinsName(tokens: readonly Token[], k: number): boolean {
  const lower = tokens[k].lower
  // "the Institute for Fiscal Studies", "the Department for Education": a remit after "for" needs no "the".
  const direct = lower === 'for' && tokens[k + 1] !== undefined && isCapitalised(tokens[k + 1])
  if (!direct && ((lower !== 'in' && lower !== 'for') || tokens[k + 1]?.lower !== 'the')) return false
  const next = tokens[direct ? k + 1 : k + 2]
  return next !== undefined && isCapitalised(next) && JOINING_HEADS.has(tokens[k - 1].text)
}

/** "accused by islanders of “treating us like cargo”", "of wasting": what the agent charged, not a name's "of". */
const chargeComplement = (tokens: readonly Token[], k: number): boolean =>
  tokens[k].lower === 'of' && (QUOTE_OPENERS.has(tokens[k + 1]?.text ?? '') || /ing$/u.test(tokens[k + 1]?.lower ?? ''))
/** The marks that open a quoted phrase, and the straight single quote, which opens a charge but is no pair's opener. */
const QUOTE_OPENERS = new Set([...OPENING_MARKS, "'"])

const secondPassive = (tokens: readonly Token[], k: number): boolean =>
  tokens[k].lower === 'and' && isParticiple(tokens[k + 1]?.lower ?? '') && tokens[k + 2]?.lower === 'by'

/** Whether the verb ending at tokens[last] is a participle with "by" right after it: "a practice criticized by". */
export const participleWithBy = (tokens: readonly Token[], last: number): boolean =>
  isParticiple(tokens[last].lower) && tokens[last + 1]?.lower === 'by'

/** Participles of claimant verbs not ending in -ed: "written by", "shown by", "seen by", "found by". */
// prettier-ignore
const IRREGULAR_PARTICIPLES = new Set(['written', 'shown', 'seen', 'drawn', 'given', 'known', 'held', 'thought',
  'found'])

/** Whether a word is a past participle that "by" can follow: "backed", "written". */
export function isParticiple(lower: string): boolean {
  return /ed$/u.test(lower) || IRREGULAR_PARTICIPLES.has(lower)
}

/** Participles saying what someone is held to have done: "suspected of", "accused of", "alleged to". */
const CHARGE_PARTICIPLES = new Set(['suspected', 'accused', 'alleged', 'convicted', 'charged', 'cleared'])
/** Auxiliaries that make such a participle the sentence's own passive verb: "she was accused of". */
// prettier-ignore
const PASSIVE_AUXILIARIES = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'get',
  'gets', 'got'])

/**
 * "… to arrest migrants suspected of crossing the border illegally", "a man accused of fraud": a participle of a
 * charge after a noun, before "of", describes that noun, so reports nobody's claim (the sentence's subject is not its
 * claimant). "She was widely suspected of …" and "who he accused of …" keep their reading as a verb.
 */
export function chargeAfterNoun(tokens: readonly Token[], at: number): boolean {
  if (!CHARGE_PARTICIPLES.has(tokens[at].lower) || tokens[at + 1]?.lower !== 'of') return false
  let k = at - 1
  while (k >= 0 && tokens[k].word && /ly$/u.test(tokens[k].lower)) k--
  return k < 0 || !(PASSIVE_AUXILIARIES.has(tokens[k].lower) || SUBJECT_PRONOUNS.has(tokens[k].lower))
}
/** Pronouns that make the participle an active verb: "the field, who he accused of preying on …". */
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'you', 'it', 'who'])

/** Adverbs between "be" and its participle that do not end in "-ly": "has long been described", "was also called". */
const PASSIVE_ADVERBS = new Set(['also', 'often', 'once', 'even', 'never', 'long', 'since', 'later', 'again', 'not'])

/** Passive participles whose subject still speaks: the one asked answers, the one quoted said it. */
// prettier-ignore
const SUBJECT_SPEAKS = new Set(['asked', 'questioned', 'pressed', 'quizzed', 'interviewed', 'challenged', 'quoted',
  'cited', 'retweeted', 'paraphrased'])

/**
 * Whether tokens[first] is a passive participle whose subject does not speak (a form of "be" before it, adverbs
 * aside): reads only what comes before, so a caller can ask it before reading the words after the governor.
 */
export function passiveDecides(tokens: readonly Token[], first: number): boolean {
  const lower = tokens[first].lower
  if (!isParticiple(lower) || SUBJECT_SPEAKS.has(lower)) return false
  let k = first - 1
  while (k >= 0 && tokens[k].word && (/ly$/u.test(tokens[k].lower) || PASSIVE_ADVERBS.has(tokens[k].lower))) k--
  return k >= 0 && BE.has(tokens[k].lower)
}

/**
 * Who speaks through a quote governed by the word at tokens[first..last] when that word is a passive (a participle
 * after a form of "be", adverbs aside): "The firm was described by inspectors as “a danger”" is the
 * inspectors', "was described as “a danger”" no one's, never the firm's. Undefined when the passive does not decide
 * it and its subject speaks as before: the one asked or quoted ("was asked …, and said", "was quoted as saying"), a
 * report of their words ("is reported to have called them “free riders”", "is said to have"), or no passive at all.
 */
export function passiveSpeaker(
  text: string,
  tokens: readonly Token[],
  first: number,
  last: number
): Subject | null | undefined {
  return passiveDecides(tokens, first) ? decidedPassiveSpeaker(text, tokens, last) : undefined
}

/**
 * passiveSpeaker once passiveDecides(tokens, first) has said yes: for a caller that asked it already (it reads only
 * the words before the governor, so the caller asks it before reading those after), not to ask it twice.
 */
export function decidedPassiveSpeaker(
  text: string,
  tokens: readonly Token[],
  last: number
): Subject | null | undefined {
  const agent = passiveAgent(text, tokens, last)
  return agent ?? (tokens[last + 1]?.lower === 'to' ? undefined : null)
}
