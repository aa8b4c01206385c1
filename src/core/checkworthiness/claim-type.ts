/**
 * Full Fact's claim types, one per claim, by cue words and the facts already found. A sentence can
 * fit several types; the first that fires wins, in this order, because it names the hardest part to
 * check:
 *   1. personal experience — first person (I, we) telling what happened to them: only they can say (a "we"
 *      said for a body is not: "we have lost our margin", from a chief executive, is the company's record);
 *   2. prediction — will, expected to, forecast, could/would: cannot be checked yet, only its basis;
 *   3. correlation/causation — because, led to, due to, resulted in: the link is the claim;
 *   4. laws/rules — law, bill, ban, illegal, court, constitution: checked against the text of the rule;
 *   5. quantity — a figure with its unit, or a comparison of amounts (doubled, more than, record);
 *   6. other.
 * "following" is not a causal cue: in news it is nearly always temporal ("following the return of …").
 * "linked to" / "tied to" a name is affiliation ("linked to Al-Qaeda"), not correlation.
 * A photo caption is no quantity claim: its figures describe the picture ("a four-month tour of duty", "a
 * 12-storey block"), checked with the rest of it (who, where, when) against the picture's source, the steps of
 * "other" (primary source, context), not against a table with a unit and a base year.
 */
import type { ClaimType, Fact } from '../../shared/article'
import { tokenize } from './features-tokens'
import { TriggerWords } from './trigger-words'
import { billIsNoLaw } from './bill-sense'
import { NOUN_AFTER_DUE_TO, SCHEDULED_AFTER_DUE_TO } from './word-senses'

const PAST_VERBS =
  'was|were|had|saw|seen|went|met|felt|heard|told|lived|worked|spent|lost|knew|came|left|took|got|became|' +
  'ran|fled|found|paid|sent|wrote|said|thought|won|began|fell|grew up|watched|[a-z]{3,}ed'

/** A first-person `subject` with a past verb close behind. */
const experienceRe = (subject: string): RegExp =>
  new RegExp(
    String.raw`(?:^|\P{L})${subject}(?:['’](?:ve|d))?(?:\s+(?:had|have|has|were|was|just|never|also|all|both|then|once|first|still|always|really|ourselves|myself|personally)){0,3}\s+(?:${PAST_VERBS})\b`,
    'u'
  )
/** "I was", "we had never seen", "I’ve lived". */
export const PERSONAL_EXPERIENCE_RE = experienceRe('(?:I|[Ww]e)')
/** "I was", not "we": the experience of a speaker whose "we" is a body's (body-voices.ts). */
const OWN_EXPERIENCE_RE = experienceRe('I')

/**
 * Future and conditional forms; "political will", "the will of" are nouns, "could not be reached" is past, and so is
 * "could not" after its subject pronoun ("patients who could not get an appointment", "I could not sit").
 */
const PREDICTION_RE = new RegExp(
  [
    String.raw`(?<!\b(?:political|the|free|good|ill|own|his|her|their|popular)\s)\bwill\b(?!\s+of\b)`,
    String.raw`\bwon['’]t\b`,
    String.raw`\b(?:I|we|you|they|he|she|it)['’]ll\b`,
    String.raw`\bshall\b`,
    String.raw`\b(?:is|are|was|were)\s+(?:expected|set|likely|unlikely|poised|projected|forecast|predicted|going)\s+to\b`,
    String.raw`\b(?:is|are|was|were)\s+due\s+to\s+(?!(?:${NOUN_AFTER_DUE_TO})\b)`,
    String.raw`\b(?:forecasts?|forecasting|predicts?|predicted|predicting|projects?\s+that|projections?)\b`,
    String.raw`\b(?:would|might)\b(?!\s+not\s+be\s+reached)(?!\s+have\b)`,
    String.raw`\bcould\b(?!\s+not\s+be\s+reached)(?!\s+have\b)(?!(?<=\b(?:who|that|which|I|we|he|she|they)\s+could)\s+not\b)`,
    String.raw`\bin\s+the\s+(?:coming|next)\s+(?:days|weeks|months|years|decades?)\b`,
    String.raw`\bby\s+20[3-9]\d\b`
  ].join('|'),
  'i'
)

/** "due to" before a verb is a schedule ("is due to appear"), typed a prediction above. */
const CAUSATION_RE = new RegExp(
  String.raw`\b(?:because|caused|causes|causing|cause\s+of|led\s+to|leads\s+to|leading\s+to|due\s+to(?!\s+(?:${SCHEDULED_AFTER_DUE_TO})\b)|resulted\s+in|results\s+in|resulting\s+in|result\s+in|as\s+a\s+result|blamed\s+(?:on|for)|thanks\s+to|owing\s+to|contributed\s+to|contributes\s+to|contributing\s+to|triggered|sparked|fuell?ed|driven\s+by|associated\s+with|correlated\s+with|correlation|attributed\s+to|that\s+is\s+why|therefore|consequently)\b`,
  'i'
)
/** Case-sensitive on purpose: "linked to Al-Qaeda" (a capital follows) is affiliation. */
const LINKED_RE = /\b(?:[Ll]inked|[Tt]ied|[Cc]onnected)\s+to\s+(?!(?:the\s+)?\p{Lu})/u

/** "ruled out" and "ruling party" are not about rules; named Acts are. A bill is read by its sense: billIsLaw. */
const LAWS_RE =
  /\b(?:laws?|legislation|legislative|illegal(?:ly)?|unlawful(?:ly)?|lawful|legal(?:ly)?|regulations?|regulatory|bans?|banned|banning|rules?(?!\s+out)|ruled(?!\s+out)|ruling(?!\s+(?:party|coalition|class|elite))|constitution(?:al)?|courts?|statut(?:e|es|ory)|decrees?|sanctions|treaty|treaties|prohibit(?:s|ed|ion)?|permitted|licen[cs]es?|mandatory|compulsory|obliged|entitled\s+to)\b|\b\p{Lu}\p{L}+\s+Act\b/u
/** A sentence that may hold "bill" or "bills" as a word (not "billion"), the only ones billIsLaw reads. */
const BILL_RE = /\bbills?\b/i

/** "declined to comment" is a refusal, not a fall in a quantity. */
const QUANTITY_RE =
  /\b(?:doubled|tripled|trebled|halved|quadrupled|increased|decreased|rose|risen|fell|fallen|dropped|grew|shrank|declined(?!\s+to\s+(?:comment|say|respond|elaborate|discuss|answer|speak|be|give|name|disclose|confirm|reveal|release|provide|identify)\b)|surged|soared|plummeted|plunged|slumped|more\s+than|less\s+than|fewer\s+than|higher\s+than|lower\s+than|larger\s+than|smaller\s+than|(?:the\s+)?(?:highest|lowest|largest|smallest|biggest|fewest)|record\s+(?:high|low|number|level)|majority|average|proportion|per\s+cent|percent)\b/i

/**
 * The patterns above with, for each, lower-case words of which every match holds one: a sentence
 * holding none of them is not searched with it (one scan finds them all: trigger-words.ts). Stems
 * stand for their forms ('caus' for because, caused, causing; 'result' for resulted … as a result).
 */
export const CLAIM_TYPE_PATTERNS = {
  prediction: {
    re: PREDICTION_RE,
    triggers: [
      ...['will', "won't", 'won’t', "'ll", '’ll', 'shall', 'expected', 'set', 'likely', 'due', 'poised'],
      ...['projected', 'forecast', 'predicted', 'going', 'predict', 'project', 'could', 'would', 'might'],
      ...['coming', 'next', '20']
    ]
  },
  causation: {
    re: CAUSATION_RE,
    triggers: [
      ...['caus', 'led', 'lead', 'due', 'result', 'blamed', 'thanks', 'owing', 'contribut', 'triggered'],
      ...['sparked', 'fuel', 'driven', 'associated', 'correlat', 'attributed', 'why', 'therefore', 'consequently']
    ]
  },
  linked: { re: LINKED_RE, triggers: ['linked', 'tied', 'connected'] },
  laws: {
    re: LAWS_RE,
    triggers: [
      ...['law', 'legislat', 'legal', 'regulat', 'ban', 'rule', 'ruling', 'constitution', 'court', 'statut'],
      ...['decree', 'sanctions', 'treat', 'prohibit', 'permitted', 'licen', 'mandatory', 'compulsory'],
      ...['obliged', 'entitled', 'act']
    ]
  },
  quantity: {
    re: QUANTITY_RE,
    triggers: [
      ...['doubled', 'tripled', 'trebled', 'halved', 'quadrupled', 'increased', 'decreased', 'rose', 'risen'],
      ...['fell', 'fallen', 'dropped', 'grew', 'shrank', 'declined', 'surged', 'soared', 'plummeted', 'plunged'],
      ...['slumped', 'than', 'highest', 'lowest', 'largest', 'smallest', 'biggest', 'fewest', 'record'],
      ...['majority', 'average', 'proportion', 'per']
    ]
  }
} as const satisfies Record<string, { re: RegExp; triggers: readonly string[] }>
type PatternName = keyof typeof CLAIM_TYPE_PATTERNS
const PATTERN_NAMES = Object.keys(CLAIM_TYPE_PATTERNS) as PatternName[]
/** Each pattern's place in PATTERN_NAMES (its trigger list's number), looked up once here, not per claim. */
const PATTERN_INDEX = Object.fromEntries(PATTERN_NAMES.map((name, i) => [name, i])) as Record<PatternName, number>
const TRIGGERS = new TriggerWords(PATTERN_NAMES.map((name) => CLAIM_TYPE_PATTERNS[name].triggers))
const triggered = new Uint8Array(PATTERN_NAMES.length)

/**
 * The claim type of `sentence`, given the facts found in it; `caption` when it is a photo caption's; `forBody` when
 * its speaker speaks for a body, whose "we" tells what the body did, checkable in its records, not experience.
 */
export function classifyClaim(
  sentence: string,
  facts: Fact[],
  caption = false,
  forBody = false,
  lower?: string
): ClaimType {
  if (mayBeFirstPerson(sentence) && (forBody ? OWN_EXPERIENCE_RE : PERSONAL_EXPERIENCE_RE).test(sentence))
    return 'personal experience'
  triggered.fill(0)
  TRIGGERS.mark(lower ?? sentence.toLowerCase(), triggered)
  const matches = (name: PatternName): boolean =>
    triggered[PATTERN_INDEX[name]] === 1 && CLAIM_TYPE_PATTERNS[name].re.test(sentence)
  if (matches('prediction') || facts.some(isFutureDate)) return 'prediction'
  if (matches('causation') || matches('linked')) return 'correlation/causation'
  if (matches('laws') || billIsLaw(sentence)) return 'laws/rules'
  if (!caption && (facts.some((f) => f.kind === 'number') || matches('quantity'))) return 'quantity'
  return 'other'
}

/**
 * Whether the sentence holds "I", "we" or "We" followed by an apostrophe or a space, as every match of the
 * first-person pattern does: without one that pattern cannot match, so it is not run. (Only looking for the
 * letters let it run on most sentences: "It", "In", "were", "between", "power".)
 */
export const FIRST_PERSON_HINT = /(?:I|[Ww]e)['’\s]/
function mayBeFirstPerson(sentence: string): boolean {
  return FIRST_PERSON_HINT.test(sentence)
}

/**
 * Whether the sentence holds a bill that is a law ("the bill passed the Senate", "the Online Safety Bill"), not
 * money owed ("a $48 million repair bill", "water bills") nor a first name ("President Bill Clinton"): the sense
 * the check-worthiness feature for laws reads (word-senses.ts).
 */
function billIsLaw(sentence: string): boolean {
  if (!BILL_RE.test(sentence)) return false
  const tokens = tokenize(sentence)
  return tokens.some((t, k) => (t.lower === 'bill' || t.lower === 'bills') && !billIsNoLaw(tokens, k))
}

/** "next year", "tomorrow", "in the coming weeks": the sentence is about the future. */
function isFutureDate(fact: Fact): boolean {
  return (
    fact.kind === 'relative-date' &&
    /^(?:next|tomorrow|(?:in|over|during|within)\s+the\s+(?:coming|next))\b/i.test(fact.text)
  )
}
