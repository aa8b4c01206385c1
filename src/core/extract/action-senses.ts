/**
 * Verbs of saying spelt like an action, read by both cue readers (speech-cues.ts for quotes, cue-senses.ts for
 * claimants): adding an amount ("adds £94"), "all told", writing off a debt, "rates" as a noun or a rating received,
 * claiming a benefit or a due, promoting someone to a post, finding oneself somewhere ("found himself in"), founding
 * something ("decided to found a bank"), a reporter's credit ("reported from Leeds"), keeping something up ("maintained
 * a 10-point lead", "records maintained by the firm"), the idioms of saying that report
 * no one's words ("it goes without saying", "needless to say"), and going on to a deed or arriving somewhere
 * (deed-senses.ts: "continues to trail", "went on to win", "showed up"). Each names something done, or no one's
 * statement (docs/FORMAT.md: plain actions are not claimants), so neither a quote's speaker nor a claim's claimant may
 * hang on it.
 */
import { ratesIsNoun } from '../checkworthiness/word-senses'
import { namesDeed } from './deed-senses'
import { REFLEXIVES } from './subject-gaps'
import { isCapitalised, type Token } from './tokens'

/** Whether the verb-like word at `i` names an action here, not a statement. */
export function namesAction(tokens: readonly Token[], i: number): boolean {
  return (
    allTold(tokens, i) ||
    addsAmount(tokens, i) ||
    ratesNothing(tokens, i) ||
    writesOff(tokens, i) ||
    promotesSomeone(tokens, i) ||
    sayingIdiom(tokens, i) ||
    namesDeed(tokens, i) ||
    findsSelf(tokens, i) ||
    foundsSomething(tokens, i) ||
    reportsFromAPlace(tokens, i) ||
    maintainsSomething(tokens, i) ||
    (CLAIM_FORMS.has(tokens[i].lower) && claimsEntitlement(tokens, i))
  )
}

const SAY_FORMS = new Set(['say', 'saying'])
const GO_FORMS = new Set(['go', 'goes', 'went', 'going', 'gone'])
/** Words right before "to say" that make it the writer's aside: "needless to say", "suffice it to say". */
const ASIDE_BEFORE_TO_SAY = new Set(['needless', 'it', 'is'])
/**
 * "It goes without saying that …", "Needless to say, …", "Suffice it to say …", "That is to say, …": the writer's
 * own emphasis, no one's words (the subject before them, "It" or a sentence's opening word, was read as a claimant).
 */
function sayingIdiom(tokens: readonly Token[], i: number): boolean {
  if (!SAY_FORMS.has(tokens[i].lower) || i < 2) return false
  const before = tokens[i - 1].lower
  if (before === 'without') return GO_FORMS.has(tokens[i - 2].lower)
  if (before !== 'to' || !ASIDE_BEFORE_TO_SAY.has(tokens[i - 2].lower)) return false
  const aside = tokens[i - 2].lower
  // "it to say" only after "suffice", "is to say" only after "that": "Hale is to say more" is hers.
  return aside === 'needless' || (i >= 3 && tokens[i - 3].lower === (aside === 'it' ? 'suffice' : 'that'))
}

/** The forms of "find", read here and by cue-senses.ts findsNothing. */
export const FIND_FORMS: ReadonlySet<string> = new Set(['find', 'finds', 'found', 'finding'])
/**
 * "Okafor found himself defending the levy", "the council has found itself at the centre of the row": where one ends
 * up, not what one found out ("the audit found that …", "found 23 spills").
 */
const findsSelf = (tokens: readonly Token[], i: number): boolean =>
  FIND_FORMS.has(tokens[i].lower) && REFLEXIVES.has(tokens[i + 1]?.lower ?? '')

/** Words before a bare "found", read past: "did not, however, personally found it". */
const FOUND_GAP = /^(?:not|never|n['’]t|however|,|[a-z]+ly)$/u
/** Most words read past before a bare "found": "not , however , personally". */
const MAX_FOUND_GAP = 6
/** Words after which "found" is the bare verb "to found" (set up): "decided to found a bank", "did not found it". */
// prettier-ignore
const BARE_BEFORE = new Set([
  'to', 'did', 'does', 'do', "didn't", "doesn't", "don't", 'will', 'would', 'could', 'can', 'should', 'may', 'might'
])
/**
 * "decided to found a bank", "did not personally found it": the bare verb "to found", setting something up ("the audit
 * found that …", "found 23 spills" are findings). Not "found ways to …": PolNeAR gives what the way was found for
 * ("found ways to cast herself as …") to the finder.
 */
function foundsSomething(tokens: readonly Token[], i: number): boolean {
  if (tokens[i].lower !== 'found') return false
  let k = i - 1
  while (k > 0 && i - k <= MAX_FOUND_GAP && FOUND_GAP.test(tokens[k].lower)) k--
  // "Its last report, in May, found that …": a capitalised "May" is the month.
  const bare = tokens[k]
  return k >= 0 && bare.text === bare.lower && BARE_BEFORE.has(bare.lower.replace('’', "'"))
}

const REPORT_FORMS = new Set(['reported', 'reporting'])
/** How far after "reported from Leeds" a "that" is looked for: "reported from Kyiv on Monday that …" is a report. */
const REPORT_REACH = 8
/**
 * "Lerer reported from Los Angeles.", "has reported from every state": where a reporter worked, the credit line at a
 * story's foot. Not after a quote ("“It is over,” she reported from Kyiv") nor before "that" (a report).
 */
function reportsFromAPlace(tokens: readonly Token[], i: number): boolean {
  if (!REPORT_FORMS.has(tokens[i].lower) || tokens[i + 1]?.lower !== 'from') return false
  const place = tokens[i + 2]
  if (place === undefined || !(isCapitalised(place) || place.lower === 'every')) return false
  for (let k = i + 3; k < tokens.length && k <= i + REPORT_REACH; k++) if (tokens[k].lower === 'that') return false
  for (let k = 0; k < i; k++) if (!tokens[k].word && QUOTE_MARK.test(tokens[k].text)) return false
  return true
}
const QUOTE_MARK = /["“”]/u

const ADD_FORMS = new Set(['add', 'adds', 'added', 'adding'])
/** Words that may lead an amount: "adding about £150", "added another 3,000 jobs", "adds an extra £40 million". */
// prettier-ignore
const AMOUNT_LEADS = new Set([
  'about', 'around', 'nearly', 'almost', 'roughly', 'some', 'over', 'approximately', 'another', 'an', 'extra',
  'estimated', 'more', 'than'
])
/** Words opening what is added to: "adding to his lead", "added to the confusion" (not "added to reporters"). */
const ADDED_TO_OPENERS = new Set(['his', 'her', 'its', 'their', 'the', 'a', 'an', 'this', 'that'])
/** Most words leading an amount: "an estimated", "more than", "an extra". */
const MAX_AMOUNT_LEADS = 2
/**
 * "which adds £94 to a typical bill", "added 3,000 jobs", "adds up", "…, adding about £150 a year to the typical
 * bill", "…, adding to her lead": adding an amount or to something, not a remark.
 */
const addsAmount = (tokens: readonly Token[], i: number): boolean => {
  if (!ADD_FORMS.has(tokens[i].lower)) return false
  let next = i + 1
  while (next - i <= MAX_AMOUNT_LEADS && AMOUNT_LEADS.has(tokens[next]?.lower ?? '')) next++
  const amount = tokens[next]?.text ?? ''
  if (next === i + 1 && amount === 'up') return true
  // "…, adding to her delegate lead", "adds to the confusion": increasing something, not a remark.
  if (next === i + 1 && amount === 'to' && ADDED_TO_OPENERS.has(tokens[next + 1]?.lower ?? '')) return true
  // "…, adding 3,000 people had signed up": the amount opens what was added, a clause with its own verb.
  return /^[\d£$€]/u.test(amount) && !tokens.slice(next + 1, next + 1 + AMOUNT_CLAUSE_REACH).some(isClauseVerb)
}
/** How far after the amount a clause's verb is looked for: "3,000 people in the county had". */
const AMOUNT_CLAUSE_REACH = 5
const isClauseVerb = (token: Token): boolean => CLAUSE_VERBS.has(token.lower)

/** "All told, the group raised $4 million": "all told" opening a clause means "in total". */
const allTold = (tokens: readonly Token[], i: number): boolean =>
  tokens[i].lower === 'told' &&
  i > 0 &&
  tokens[i - 1].lower === 'all' &&
  i + 1 < tokens.length &&
  tokens[i + 1].text === ',' &&
  (i < 2 || !tokens[i - 2].word)

const WRITE_FORMS = new Set(['write', 'writes', 'wrote', 'written', 'writing'])
/** "to write off the costs", "wrote off the loan": cancelling a debt, not writing. */
const writesOff = (tokens: readonly Token[], i: number): boolean =>
  tokens[i + 1]?.lower === 'off' && WRITE_FORMS.has(tokens[i].lower)

const RATE_FORMS = new Set(['rated', 'ranked'])
const PASSIVE_AUXILIARIES = new Set(['been', 'be', 'being', 'is', 'are', 'was', 'were'])
/** "The home has since been rated good" (after a passive's auxiliary) and "interest rates rose" rate nothing. */
const ratesNothing = (tokens: readonly Token[], i: number): boolean =>
  RATE_FORMS.has(tokens[i].lower)
    ? PASSIVE_AUXILIARIES.has(tokens[i - 1]?.lower ?? '')
    : ratesIsNoun(tokens[i].lower, tokens[i - 1]?.lower ?? '', tokens[i + 1]?.word ? tokens[i + 1].lower : null)

const CLAIM_FORMS = new Set(['claim', 'claims', 'claimed', 'claiming'])
/** How many words after "claim" what is claimed is looked for: "claimed the housing element of Universal Credit". */
const ENTITLEMENT_REACH = 5
/** What one claims as one's due, not as true: benefits, expenses, asylum, damages; "claimed the lives of 12". */
// prettier-ignore
const ENTITLEMENTS = new Set([
  'benefit', 'benefits', 'credit', 'expenses', 'asylum', 'compensation', 'refund', 'refunds', 'rebate', 'rebates',
  'pension', 'pensions', 'allowance', 'allowances', 'damages', 'welfare', 'lives', 'life'
])
/** Words after what is claimed that make it the subject of a clause claimed true: "claimed benefits would be cut". */
// prettier-ignore
const CLAUSE_VERBS = new Set([
  'would', 'will', 'were', 'was', 'are', 'is', 'had', 'have', 'has', 'could', 'should', 'can', 'may', 'might', 'must',
  'rose', 'fell', 'cost', 'went'
])

/**
 * "6.5 million people claim Universal Credit", "she claimed £900 in expenses", "the storm claimed 12 lives":
 * claiming a benefit or a due is an action, no statement (docs/FORMAT.md); "claimed that benefits would be cut",
 * "claimed benefits would be cut" and "claimed credit for the fall" keep their cue ("credit" only as a benefit's
 * name, capitalised).
 */
function claimsEntitlement(tokens: readonly Token[], i: number): boolean {
  for (let k = i + 1; k <= i + ENTITLEMENT_REACH && k < tokens.length; k++) {
    const t = tokens[k]
    if (t.lower === 'that' || t.lower === 'to' || (!t.word && !/^[£$€]/u.test(t.text))) return false
    if (!ENTITLEMENTS.has(t.lower) || (t.lower === 'credit' && t.text === t.lower)) continue
    return !CLAUSE_VERBS.has(tokens[k + 1]?.lower ?? '')
  }
  return false
}

const PROMOTE_FORMS = new Set(['promote', 'promotes', 'promoted', 'promoting'])
/** Words read past between "promoted" and whom: "promoting a senior adviser", "promoted his longtime deputy". */
const PROMOTED_GAP = 3
/** Staff one raises to a post; not candidates or causes, whose promotion is support ("promoting its candidates"). */
// prettier-ignore
const STAFF = new Set([
  'adviser', 'advisor', 'aide', 'deputy', 'officer', 'official', 'staffer', 'manager', 'director', 'assistant',
  'employee', 'lieutenant', 'executive', 'strategist', 'spokesman', 'spokeswoman', 'spokesperson'
])

/**
 * "hiring a new chief and promoting a senior adviser", "promoted Ms. Conway to campaign manager": raising someone to
 * a post is an action; "promoting the levy", "promoting a plan to cut fares" keep their cue.
 */
function promotesSomeone(tokens: readonly Token[], i: number): boolean {
  if (!PROMOTE_FORMS.has(tokens[i].lower)) return false
  if (tokens[i + 1] && isCapitalised(tokens[i + 1]) && tokens.slice(i + 2, i + 6).some((t) => t.lower === 'to'))
    return true
  for (let k = i + 1; k <= i + PROMOTED_GAP && tokens[k]?.word; k++)
    if (STAFF.has(tokens[k].lower) || STAFF.has(tokens[k].lower.replace(/s$/u, ''))) return true
  return false
}

const MAINTAIN_FORMS = new Set(['maintain', 'maintains', 'maintained', 'maintaining'])
/** Words opening the thing kept up after "maintain": "maintained a lead", "maintains her status". */
const KEPT_OPENERS = new Set(['a', 'an', 'the', 'his', 'her', 'its', 'their', 'our', 'my', 'your'])
/** Nouns whose keeping is a stance, within the thing's first words: "maintained his innocence", "… her silence on". */
// prettier-ignore
const KEPT_STANCES = new Set([
  'innocence', 'silence', 'position', 'stance', 'view', 'views', 'line', 'opposition', 'support', 'claim', 'claims',
  'belief', 'denial', 'denials', 'insistence', 'objection', 'objections', 'neutrality'
])
/** How many words after the opener are read for a stance noun: "his long public silence". */
const KEPT_REACH = 4
/**
 * "Hale maintained a 10-point lead", "she maintained an energetic pace", "voter files maintained by the firm": keeping
 * something up, not maintaining that something is so ("has long maintained that …", "maintains Hale will win"). Not
 * a stance kept ("maintained his innocence", "has maintained her silence on the race").
 */
function maintainsSomething(tokens: readonly Token[], i: number): boolean {
  if (!MAINTAIN_FORMS.has(tokens[i].lower)) return false
  const next = tokens[i + 1]?.lower ?? ''
  if (next === 'by') return true
  if (!KEPT_OPENERS.has(next)) return false
  for (let k = i + 2; k < tokens.length && k <= i + 1 + KEPT_REACH && tokens[k].word; k++)
    if (KEPT_STANCES.has(tokens[k].lower)) return false
  return true
}
