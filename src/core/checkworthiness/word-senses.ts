/**
 * Words with two readings where only one is the cue a feature or the quote finder is after:
 * "claims" is a speech verb ("the minister claims that…") and a noun ("insurance claims rose");
 * "wage" is a statistic ("the minimum wage") and a verb ("to wage war"), and so is "votes" ("52% of the
 * votes", "before it votes"); "raised" is a change ("raised taxes") and not ("raised concerns"); "charged" is an accusation ("charged with
 * arson") and a price ("charged for garden waste"). Each rule reads the word next to it and says
 * which reading it is; the lists are short and written out, so a wrong reading can be fixed by a line. "bill" has
 * its own module (bill-sense.ts).
 */
import type { Token } from './features-tokens'

/**
 * Words before "claims" that make it a noun: determiners, numbers, adjectives and the nouns of
 * compounds ("insurance claims"), prepositions ("of claims") and verbs that take claims as their
 * object ("expect claims", "rejected claims").
 */
const BEFORE_NOUN_CLAIMS: ReadonlySet<string> = new Set(
  `the a an any some these those such no all more fewer many most few several new false fraudulent pending
  unpaid outstanding total its their his her our your my whose of for on in with about against over under
  and or by from insurance benefit benefits expense expenses damage damages injury compensation asylum
  disability warranty patent land territorial legal flood storm accident liability tax refund jobless
  unemployment expect expects expected file files filed process processes processed reject rejects rejected
  deny denies denied dismiss dismisses dismissed dispute disputes disputed investigate investigates
  investigated settle settles settled pay pays paid receive receives received handle handles handled submit
  submits submitted lodge lodges lodged make made raise raised repeat repeated echo echoed backed
  such unverified unfounded baseless wild similar these two three four five six seven eight nine ten`.split(/\s+/)
)

/** Words after "claims" that make it a noun ("claims from farmers", "claims rose", "claims handler"). */
const AFTER_NOUN_CLAIMS: ReadonlySet<string> = new Set(
  `from of for against by had have has were are was is rose fell increased decreased doubled reached
  totalled totaled topped hit jumped soared climbed dropped handler handlers adjuster adjusters process
  processing department team backlog data rate rates court tribunal office made filed paid lodged
  worth totalling totaling over under in on`.split(/\s+/)
)

/**
 * "claims" as a noun, given the words around it (lower case; null at a sentence edge). A sentence
 * that opens with "Claims" has no subject for a verb: a noun too.
 */
export function claimsIsNoun(before: string | null, after: string | null): boolean {
  if (before === null) return true
  if (after === 'that') return false
  return BEFORE_NOUN_CLAIMS.has(before) || /^\d/.test(before) || (after !== null && AFTER_NOUN_CLAIMS.has(after))
}

/** Words after "rates" that make it a noun: "interest rates for first-time buyers", "rates rose", "rates will fall". */
// prettier-ignore
const AFTER_NOUN_RATES: ReadonlySet<string> = new Set([
  'at', 'for', 'on', 'of', 'in', 'to', 'and', 'or', 'were', 'are', 'was', 'is', 'have', 'has', 'had', 'will', 'would',
  'could', 'may', 'might', 'should', 'must', 'rose', 'fell', 'from', 'remain', 'remained', 'stayed', 'than', 'but'
])

/**
 * "rates" as a noun (false for any other word), given the words around it (lower case; `after` null when none
 * follows): "what the figures mean for interest rates.", "rates for older drivers", "rates rose", "held rates near
 * zero"; the verb takes what it rates ("the poll rates Hale ahead").
 */
export function ratesIsNoun(word: string, before: string, after: string | null): boolean {
  if (word !== 'rates' && word !== 'rate') return false
  return after === null || AFTER_NOUN_RATES.has(after) || RATE_SETTING_VERBS.has(before)
}

/** Verbs whose object "rates" is: "The Fed held rates near zero", "the bank cut rates twice". */
// prettier-ignore
const RATE_SETTING_VERBS: ReadonlySet<string> = new Set([
  'held', 'hold', 'holds', 'kept', 'keep', 'keeps', 'cut', 'cuts', 'raised', 'raise', 'raises', 'lowered', 'lower',
  'lowers', 'left', 'leave', 'leaves', 'hiked', 'hike', 'hikes', 'set', 'sets', 'froze', 'freeze', 'freezes'
])

/** What one wages: "to wage war", "waging a campaign", "wages a battle against…". */
const WAGED_THINGS: ReadonlySet<string> = new Set([
  'war',
  'wars',
  'battle',
  'battles',
  'campaign',
  'campaigns',
  'struggle',
  'jihad',
  'insurgency'
])
/** Words before a verb "wage" or "bill": "to wage", "will wage", "vowed to wage", "will bill customers". */
export const BEFORE_VERB: ReadonlySet<string> = new Set([
  'to',
  'will',
  'would',
  'can',
  'could',
  'must',
  'should',
  'shall',
  'may',
  'might',
  "won't",
  'cannot'
])

/** "wage"/"wages" as the verb (no statistic), given the words around it (lower case; null at an edge). */
export function wageIsVerb(word: string, before: string | null, after: string | null): boolean {
  if (word !== 'wage' && word !== 'wages') return false
  if (after !== null && WAGED_THINGS.has(after)) return true
  return word === 'wage' && before !== null && BEFORE_VERB.has(before)
}

/** Subjects a verb "votes" follows: "before it votes on the rise", "a member who votes against". */
const VOTING_SUBJECTS: ReadonlySet<string> = new Set(['it', 'he', 'she', 'who', 'which'])

/** "votes" as the verb (no statistic): "the council meets before it votes", not "won 52% of the votes". */
export function votesIsVerb(word: string, before: string | null): boolean {
  return word === 'votes' && before !== null && VOTING_SUBJECTS.has(before)
}

/** Possessives of time before "vote": "Thursday's vote", "next week's vote", "tonight's vote". */
const TIME_POSSESSIVES: ReadonlySet<string> = new Set(
  `monday's tuesday's wednesday's thursday's friday's saturday's sunday's today's tonight's tomorrow's
  yesterday's week's weekend's month's year's morning's afternoon's evening's night's`.split(/\s+/)
)
/** Prepositions of time before "the vote": "before the vote", "ahead of the vote", "after the vote". */
const TIME_BEFORE_THE: ReadonlySet<string> = new Set(['before', 'after', 'until', 'since', 'during', 'following'])
/** Words after "vote on" that date it: "the vote on Thursday", not "the vote on the budget". */
const DATING_WORDS: ReadonlySet<string> = new Set(
  `monday tuesday wednesday thursday friday saturday sunday today tonight tomorrow`.split(/\s+/)
)

/**
 * "vote" as an occasion, a time the sentence is set by (no law or rule): "before Thursday's vote", "ahead of the
 * vote", "the vote on Friday". Any other vote stays a decision a checker verifies ("the council vote", "the vote on
 * the levy", "a vote to ban …").
 */
export function voteIsOccasion(tokens: readonly Token[], k: number): boolean {
  if (tokens[k].lower !== 'vote' || k === 0) return false
  const before = tokens[k - 1].lower
  if (TIME_POSSESSIVES.has(before)) return true
  const next = tokens[k + 1]?.lower
  if (next === 'on' && DATING_WORDS.has(tokens[k + 2]?.lower ?? '')) return true
  if (before !== 'the' || k < 2) return false
  const two = tokens[k - 2].lower
  return TIME_BEFORE_THE.has(two) || (two === 'of' && tokens[k - 3]?.lower === 'ahead')
}

/** Words after "charged" that make it a price: "charged for garden waste", "charged £45", "charged residents". */
const PRICE_AFTER_CHARGED: ReadonlySet<string> = new Set(
  `for per up customers residents households patients users drivers motorists passengers tenants families
  students parents members interest fees vat rent`.split(/\s+/)
)
/** Before "charged for", the passive of an accusation: "two men were charged for the attack". */
const PASSIVE_BEFORE: ReadonlySet<string> = new Set(['was', 'were', 'been', 'being', 'be', 'is', 'are'])

/**
 * "charged" as a price asked (no law or rule), given the words around it: "71% of councils charged for garden
 * waste", "the firm charged £45"; "police charged a man", "charged with fraud" stay an accusation.
 */
export function chargedIsPrice(word: string, before: string | null, after: string | null): boolean {
  if (word !== 'charged' || after === null) return false
  if (after === 'for') return before === null || !PASSIVE_BEFORE.has(before)
  return PRICE_AFTER_CHARGED.has(after) || /^[£$€\d]/.test(after)
}

/** What is raised with no amount changing: "raised concerns", "the questions raised by …", "raised the issue". */
const RAISED_MATTERS: ReadonlySet<string> = new Set(
  `concern concerns question questions doubt doubts fear fears objection objections issue issues alarm awareness
  eyebrows hopes complaint complaints point points matter prospect possibility`.split(/\s+/)
)

/**
 * "raised" saying nothing changed in amount (no change verb), given the word before it and the two after it:
 * "concerns raised by staff", "raised concerns", "raised the question", "raised serious doubts".
 */
export function raisedIsNoChange(
  word: string,
  before: string | null,
  after: string | null,
  afterNext: string | undefined
): boolean {
  if (word !== 'raised') return false
  const matter = (w: string | null | undefined): boolean => w != null && RAISED_MATTERS.has(w)
  return matter(before) || matter(after) || matter(afterNext)
}

/**
 * "due to" is a cause before a noun ("cancelled due to fog", "the delay was due to staff shortages") and a
 * schedule before a verb ("He is due to appear in court", "The turbines are due to turn in 2029"): these base
 * verbs of scheduled events, as a regular-expression alternation, mark the schedule.
 */
export const SCHEDULED_AFTER_DUE_TO = `be appear start begin open reopen close end finish arrive land leave depart
  return meet sit stand take give make hold face sign launch publish report vote rule retire expire lapse resume run
  come go visit attend speak testify deliver announce complete undergo receive hear decide move travel fly sail play
  enter reach conclude debate discuss consider submit release issue unveil present become stay remain serve step
  hand pay rise fall turn switch kick get set debut air premiere`
  .split(/\s+/)
  .join('|')
/**
 * Words that open a noun phrase after "due to" ("was due to a pulled muscle", "is due to the fact that", "were due
 * to rising costs"): a cause, however the sentence's tense reads. A word in neither list keeps the schedule reading
 * after "is/was due to" ("They were due to stick to …").
 */
export const NOUN_AFTER_DUE_TO =
  'the|a|an|his|her|its|their|our|my|your|this|that|these|those|some|several|many|much|more|less|fewer|higher|lower|\\d|\\w+ing'
