/**
 * Words spelt like a claimant cue that are one only in one sense: "firms like Sentinel" is no liking, "declined by 4%"
 * no refusal, "found himself in trouble" no finding, "approved the £3.2m wall" a decision rather than a stance,
 * "proved costly" no proof (giving, speaking and voting with nothing said are contentless-cues.ts').
 * claimant-cues.ts asks senseHolds before it takes a single-word verb of its lexicon as a cue.
 */
import type { Token } from './tokens'
import { FIND_FORMS, namesAction } from './action-senses'
import { reportsNothing } from './contentless-cues'
import { DOCUMENT_HEADS } from './according-to'
import { BE } from './claimant-verb-words'
import { OPENS_DIGIT } from './char-classes'

/** Words before "like" that make it the verb: "they like", "voters don't like", "would like". */
// prettier-ignore
const LIKE_SUBJECTS = new Set([
  'i', 'you', 'we', 'they', 'do', 'does', 'did', 'would', 'not', 'really', 'also', 'still', 'to', 'who', 'genuinely'
])
const BACK_ADVERB_VERBS =
  /^(?:c[oa]me|comes|coming|went|go|goes|going|got|get|gets|pull(?:s|ed)?|scal(?:e|es|ed)|roll(?:s|ed)?|step(?:s|ped)?|turn(?:s|ed)?|bounc(?:e|es|ed)|look(?:s|ed)?|cut|set|held|hold|brought|bring|walk(?:s|ed)?)$/u
/** What follows "decline" when it is a fall, not a refusal: "declined by 4%", "declined sharply", "over time". */
// prettier-ignore
const FALL_CONTEXT = new Set([
  'by', 'from', 'over', 'in', 'during', 'since', 'among', 'further', 'and', 'as', 'after', 'at', 'each', 'every',
  'year', 'last'
])

/**
 * Words spelt like a cue that are one only in one sense: "firms like Sentinel" (after a noun "like" is
 * a preposition unless "to" follows: "voters like to cite"), "the mission's reputation declined over
 * time" (a fall, not a refusal, when a measure or a time follows), "write off the costs" (cancelling, not writing),
 * "approved the £3.2m wall" (deciding on works, not a stance: approvesWorks below).
 */
export function senseHolds(tokens: readonly Token[], i: number): boolean {
  const lower = tokens[i].lower
  const before = tokens[i - 1]?.lower ?? ''
  if (lower === 'like') return LIKE_SUBJECTS.has(before) || /n['’]t$/u.test(before) || tokens[i + 1]?.lower === 'to'
  if (namesAction(tokens, i) || reportsNothing(tokens, i)) return false
  // "came back clear", "pulled back", "scaled back": after a verb of motion "back" is an adverb, not support.
  if (lower === 'back' && BACK_ADVERB_VERBS.test(before)) return false
  // "Council approves £3.2m harbour wall": a decision, an action; "approved a motion condemning …" a stance.
  if (/^approv(?:e|es|ed|ing)$/u.test(lower)) return !approvesWorks(tokens, i)
  if (FIND_FORMS.has(lower)) return !findsNothing(tokens, i)
  if (PROVE_FORMS.has(lower)) return provesSomething(tokens[i + 1])
  // "a 2020 study published in the BMJ": after a document's noun the participle describes it, and no one publishes.
  if (lower === 'published' && DOCUMENT_HEADS.has(before) && !PUBLISHED_OBJECTS.has(tokens[i + 1]?.lower ?? ''))
    return false
  // "…, ruling that the county had failed", "was ruling on": a verb after a comma or "be"; "a lower court ruling",
  // "the ruling party" are nouns.
  if (lower === 'ruling') return before === ',' || BE.has(before)
  // "did not rule out", "will rule on": the base form after an auxiliary; "a strong blending rule" is a noun.
  if (lower === 'rule') {
    const auxiliary = before === 'not' ? (tokens[i - 2]?.lower ?? '') : before
    return NOT_YET.has(auxiliary) || /n['’]t$/u.test(auxiliary)
  }
  if (CHARGE_FORMS.has(lower)) return accuses(tokens, i)
  // "what the figures mean for interest rates", "it is unclear what the ruling means.": what a thing implies, asked
  // about, is no one's stated intention; "the figures mean families will pay more" keeps its cue.
  if (MEAN_FORMS.has(lower)) return tokens[i + 1]?.word === true && tokens[i + 1].lower !== 'for'
  if (/^declin(?:e|es|ed|ing)$/u.test(lower)) {
    const next = tokens[i + 1]?.lower ?? ''
    return !FALL_CONTEXT.has(next) && !(next.length > 4 && next.endsWith('ly'))
  }
  return true
}

const MEAN_FORMS = new Set(['mean', 'means', 'meant'])
/** "the report published the figures": a determiner or an object after "published" makes it the verb. */
const PUBLISHED_OBJECTS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'new', 'figures', 'data'])
const CHARGE_FORMS = new Set(['charge', 'charges', 'charging'])
/**
 * Words after "charges" that make it a price, a noun: "parking charges at the car parks", "charges for garden
 * waste", "charges rose". An accusation goes on with its object, "that" or "against".
 */
// prettier-ignore
const AFTER_PRICE = new Set([
  'at', 'for', 'on', 'of', 'in', 'to', 'and', 'or', 'were', 'are', 'have', 'had', 'will', 'would', 'rose', 'fell', 'from'
])

/** What a price is charged as: "charges freight customers a fuel surcharge". */
const PRICES = new Set(['fee', 'fees', 'surcharge', 'surcharges', 'levy', 'rent', 'interest', 'commission', 'premium'])
/** How far after "charges" a price is looked for. */
const PRICE_REACH = 5

/**
 * "charges" as a verb of accusing ("the lawsuit charges that …"), not a price ("a rise in parking charges at …",
 * "Harbourline charges freight customers a fuel surcharge").
 */
function accuses(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1]
  if (next === undefined || !next.word || AFTER_PRICE.has(next.lower)) return false
  for (let k = i + 1; k <= i + PRICE_REACH && k < tokens.length; k++) if (PRICES.has(tokens[k].lower)) return false
  return true
}

/**
 * "will find little sympathy", "began to find his voice": to find something in the future reports no finding; "the
 * survey found", "polls find that …" do ("found himself in trouble" is action-senses.ts').
 */
function findsNothing(tokens: readonly Token[], i: number): boolean {
  return tokens[i].lower === 'find' && NOT_YET.has(tokens[i - 1]?.lower ?? '')
}
/** Words before a base form that puts it in the future or an intention: "will find", "to find", "did find". */
// prettier-ignore
const NOT_YET = new Set(['to', 'will', 'would', 'could', 'can', 'may', 'might', 'should', 'must', 'did', 'won’t', "won't"])

const PROVE_FORMS = new Set(['prove', 'proves', 'proved', 'proven', 'proving'])
/** What opens the thing a proof shows: "proved that …", "proved the point", "proves him wrong". */
// prettier-ignore
const PROOF_OPENERS = new Set([
  'that', 'the', 'a', 'an', 'this', 'these', 'those', 'his', 'her', 'their', 'its', 'it', 'him', 'them', 'what',
  'how', 'why', 'whether', 'nothing', 'beyond'
])

/**
 * "The plan proved costly", "Syria proved to be resistant", "has proved difficult": "prove" as a link to what
 * something turned out to be reports no finding; "the audit proved that …" and "proved the figures wrong" do.
 */
function provesSomething(next: Token | undefined): boolean {
  if (!next?.word) return false
  return PROOF_OPENERS.has(next.lower) || next.text !== next.lower || OPENS_DIGIT.test(next.text)
}

/** Most words read after "approved" for what was approved: "approved a £3.2m extension to the harbour wall". */
const MAX_APPROVED_WORDS = 6
/**
 * Things built, bought or spent on, and moves ordered, whose approval is a decision: "approved 300 homes", "approves
 * harbour wall", "approved the withdrawal of all troops".
 */
// prettier-ignore
const WORKS = new Set([
  'wall', 'walls', 'bridge', 'road', 'roads', 'homes', 'houses', 'housing', 'flats', 'building', 'buildings', 'depot',
  'extension', 'project', 'projects', 'scheme', 'schemes', 'plan', 'plans', 'application', 'budget', 'spending',
  'funding', 'grant', 'loan', 'contract', 'purchase', 'expansion', 'development', 'redevelopment', 'works', 'repairs',
  'upgrade', 'construction', 'tunnel', 'terminal', 'runway', 'pier', 'station', 'stadium',
  'withdrawal', 'deployment', 'closure', 'sale', 'merger', 'takeover', 'evacuation'
])

/**
 * "Council approves £3.2m harbour wall", "the board approved 300 homes": approving a thing to build or an
 * amount to spend is a decision, an action (docs/FORMAT.md: plain actions are not claimants), unlike approving
 * a bill or a resolution, which is voting for it, a stance. "Voters approve of the levy" is a stance too.
 */
export function approvesWorks(tokens: readonly Token[], i: number): boolean {
  for (let k = i + 1; k <= i + MAX_APPROVED_WORDS && k < tokens.length; k++) {
    const t = tokens[k]
    if (t.lower === 'of' && k === i + 1) return false
    // "£3.2m", "$4 million": an amount to spend (the symbol may be a token of its own).
    if (/^[£$€]/u.test(t.text)) return true
    if (!t.word || PHRASE_END.has(t.lower)) return false
    if (WORKS.has(t.lower)) return true
  }
  return false
}
/** Words ending what "approved" takes: "approved a bill that …", "approved it on Monday". */
const PHRASE_END = new Set([
  'that',
  'which',
  'who',
  'on',
  'in',
  'by',
  'after',
  'before',
  'to',
  'for',
  'as',
  'and',
  'but'
])
