/**
 * "bill" is a law ("the bill passed the Senate", "the Online Safety Bill"), money owed ("a repair bill", "energy
 * bills are still far higher") and a first name ("President Bill Clinton"). The check-worthiness feature for laws
 * (features.ts) and the claim type (claim-type.ts) read it by the words around it; any bill no rule here reads as
 * money or a name stays a law, the common reading in debate and politics.
 */
import type { Token } from './features-tokens'
import { BEFORE_VERB } from './word-senses'

/**
 * Words before "bill"/"bills" that make it money owed: what the bill is for ("a repair bill", "water bills",
 * "medical bills") or how it weighs ("higher bills", "unpaid bills"). Left out on purpose, being as often a
 * law's name in debates and news: tax, health, care, farm, credit, spending, pension, energy and food in the
 * singular ("the energy bill passed the Senate"; "energy bills" are money, below).
 */
const MONEY_BILL_BEFORE: ReadonlySet<string> = new Set(
  `repair repairs maintenance damage cleanup clean-up water electricity electric power gas heating fuel phone
  telephone mobile cable internet broadband utility utilities household grocery medical hospital doctor's doctors
  dental vet vet's restaurant hotel tuition wage payroll salary interest import card unpaid overdue outstanding
  monthly quarterly annual higher lower rising soaring hefty whopping`.split(/\s+/)
)
/** Words that make only "bills" money: "energy bills" are paid, "the energy bill" is debated. */
const MONEY_BILLS_BEFORE: ReadonlySet<string> = new Set(['energy', 'food'])
/** Verbs whose object is money owed: "pay the bills", "foot the bill", "meet their bills". */
const PAY_VERBS: ReadonlySet<string> = new Set(
  `pay pays paid paying foot foots footed footing settle settles settled settling meet meets afford owe owes owed
  split`.split(/\s+/)
)
/** Words between such a verb and "bill": "pay the bill", "paid their bills". */
const BILL_DETERMINERS: ReadonlySet<string> = new Set(
  'the a their your our my his her its those these any all'.split(' ')
)
/** Words after "bill(s)" that only money owed does: "bills rose", "bill payers", "the bill levied on the firm". */
const MONEY_BILL_AFTER: ReadonlySet<string> = new Set(
  `rise rises rose risen rising soar soared payer payers payment payments levied owed totalling totaling totalled
  totaled`.split(/\s+/)
)
/** Words before "on" that make the bills after it money owed: "behind on its bills", "caught up on his bills". */
const BEHIND_ON: ReadonlySet<string> = new Set(['behind', 'up'])
/** Nouns after a bare "bill" that make it a compound of money: "bill increases of 7%" (not "the bill increases"). */
const MONEY_BILL_COMPOUND: ReadonlySet<string> = new Set(['increase', 'increases', 'hike', 'hikes'])
/** What a bill "for" or "of" can be charged for: "a bill for years of neglect", "a bill for repairs". */
const BILLED_FOR: ReadonlySet<string> = new Set(['years', 'months', 'decades', 'weeks', 'repairs', 'damage', 'damages'])

/**
 * Whether "bill"/"bills" at tokens[k] is no law: money owed ("a $48 million repair bill", "higher bills", "pay
 * the bills", "bill increases", "a bill for years of neglect", "a bill of $300"), "a clean bill of health", the
 * verb ("will bill customers", "bills itself as") or a first name ("Bill Clinton", "her husband Bill"). Any other
 * bill stays a law, the common reading in debate and politics ("the bill passed the Senate", "a bill to ban …").
 */
export function billIsNoLaw(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]
  const next = tokens[k + 1]
  const before = k > 0 ? tokens[k - 1].lower : null
  const after = next?.lower ?? null
  if (t.text === 'Bill') return billIsName(tokens[k - 1], t, next)
  // The verb: "the town bills itself as the gateway to the lakes".
  if (after !== null && REFLEXIVES.has(after)) return true
  if (before !== null) {
    if (MONEY_BILL_BEFORE.has(before) || BEFORE_VERB.has(before) || PAY_VERBS.has(before)) return true
    if (t.lower === 'bills' && MONEY_BILLS_BEFORE.has(before)) return true
    const [two, three] = [tokens[k - 2]?.lower, tokens[k - 3]?.lower]
    if (BILL_DETERMINERS.has(before) && (PAY_VERBS.has(two) || (two === 'on' && BEHIND_ON.has(three)))) return true
  }
  if (after === null) return false
  if (MONEY_BILL_AFTER.has(after)) return true
  if (t.lower === 'bills' && (amountMoves(tokens, k) || (after === 'down' && before !== null && LOWERING.has(before))))
    return true
  if (MONEY_BILL_COMPOUND.has(after) && (before === null || !BILL_DETERMINERS.has(before))) return true
  const then = tokens[k + 2]?.lower
  if (then === undefined) return false
  // "a clean bill of health" is an idiom for a finding of no fault.
  if (after === 'of' && then === 'health') return true
  // "cut bills by £300": a sum of money, not a tally ("passed the bills by 52 votes to 48").
  if (t.lower === 'bills' && after === 'by' && isSum(then) && tokens[k + 3]?.lower !== 'votes') return true
  return (after === 'for' || after === 'of') && (isSum(then) || BILLED_FOR.has(then))
}

/** Verbs of an amount moving by itself: "bills have fallen", "bills to keep rising" (not "the bills were dropped"). */
const AMOUNT_MOVES: ReadonlySet<string> = new Set(
  'fall falls fell fallen falling rise rises rising climb climbs climbed climbing'.split(' ')
)
/** Comparatives of an amount, after a form of "be" only: "bills are still far higher", not "bills to lower taxes". */
const AMOUNT_COMPARATIVES: ReadonlySet<string> = new Set(['higher', 'lower', 'cheaper', 'dearer'])
const BE_FORMS: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'be', 'been'])
/** Words that may come between "bills" and such a verb: auxiliaries, "to keep", "expected to", degree adverbs. */
const BEFORE_MOVE: ReadonlySet<string> = new Set(
  `is are was were be been will would could may might should have has had to keep kept continue continued still far
  much even set expected likely`.split(/\s+/)
)
/** At most this many such words: "bills are still far higher". */
const MAX_BEFORE_MOVE = 3
/** Verbs before "bills down" that lower an amount: "bring bills down" (not "voted the bills down"). */
const LOWERING: ReadonlySet<string> = new Set(
  'bring brings bringing brought get gets getting got keep keeping'.split(' ')
)

/**
 * Whether the bills at tokens[k] go up or down by themselves, as an amount does: "bills have fallen", "expect bills
 * to keep falling", "bills are still far higher than they were". A law passes, fails and is amended; it does not fall
 * by 5%. Plural only: "the bill fell" is a law that failed in Parliament.
 */
function amountMoves(tokens: readonly Token[], k: number): boolean {
  let afterBe = false
  for (let j = k + 1; j < tokens.length && j <= k + 1 + MAX_BEFORE_MOVE; j++) {
    const word = tokens[j].lower
    if (AMOUNT_MOVES.has(word) || (afterBe && AMOUNT_COMPARATIVES.has(word))) return true
    if (!BEFORE_MOVE.has(word)) return false
    afterBe ||= BE_FORMS.has(word)
  }
  return false
}

/** Words after a verb "bills" that are its object: "bills itself as …". */
const REFLEXIVES: ReadonlySet<string> = new Set(['itself', 'himself', 'herself', 'themselves'])

/**
 * A capitalised "Bill" is a first name ("President Bill Clinton", "her husband, Bill, said", "Bill and Hillary
 * Clinton") unless it names a law: after a capitalised word or "the" ("the Online Safety Bill", "the Bill
 * returns to the Commons"), or before "of" ("the Bill of Rights"); a capitalised word right after it is a
 * surname whatever comes before ("Former President Bill Clinton").
 */
function billIsName(previous: Token | undefined, bill: Token, next: Token | undefined): boolean {
  if (next !== undefined && next.capital && next.start === bill.end + 1) return true
  if (next?.lower === 'of') return false
  return previous === undefined || !(previous.capital || previous.lower === 'the')
}

/** A figure that is no year: "a bill for $300", not "a bill for 2025". */
const isSum = (lower: string): boolean => /^\d/.test(lower) && !/^(?:1[89]|20)\d\d$/.test(lower)
