/**
 * Words with two readings where only one is the cue a feature or the quote finder is after:
 * "claims" is a speech verb ("the minister claims that…") and a noun ("insurance claims rose");
 * "wage" is a statistic ("the minimum wage") and a verb ("to wage war"). Each rule reads the word
 * next to it and says which reading it is; the lists are short and written out, so a wrong
 * reading can be fixed by a line.
 */

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
/** Words before a verb "wage": "to wage", "will wage", "vowed to wage". */
const BEFORE_VERB_WAGE: ReadonlySet<string> = new Set([
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
  return word === 'wage' && before !== null && BEFORE_VERB_WAGE.has(before)
}
