/**
 * Cue words that a noun phrase's own words make its head noun, so that no claimant is read from them (cue-nouns.ts
 * asks these after its own tests):
 *
 *   The harbour rules that took effect …     → a determiner and a modifier before the word: its noun phrase
 *   the strong jobs report has …             → two modifiers
 *   … sits at 85 percent support among …     → a share, then a preposition: the share's noun
 *   … from industrial and coal states …      → modifiers after a preposition
 *   … a set of Clean Air Act rules that …     → names after a preposition or an owner
 *   … Rust Belt states that have lost …      → "states" with no statement after it and no speaker before it
 *
 * A verb there would have the words before it for subject, and a subject that is no person, body or document
 * ("the harbour", "the strong jobs") can hold no claim (docs/FORMAT.md): reading the word as a noun loses no
 * claimant and keeps a wrong one off the claim. "The harbour board says", "the new mayor wants", "the latest
 * polls show" and "42 percent support the levy" keep their verbs.
 */
import { isCapitalised, type Token } from './tokens'
import { classifyDescription } from './speaker-lexicon'
import { DOCUMENT_SUBJECTS } from './phrase-subjects'
import { OPENS_DIGIT } from './char-classes'

/** Determiners opening the phrase; not "that" (a relative: "the plan that many support") nor "this" ("this week"). */
// prettier-ignore
const PHRASE_DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your'])
/**
 * Words that stand for people or a document after a determiner: "the latter says", "the other wants", "the public
 * supports" (read with the noun dropped).
 */
// prettier-ignore
const HEADS_ON_THEIR_OWN = new Set([
  'latter', 'former', 'other', 'others', 'first', 'second', 'last', 'rest', 'majority', 'minority', 'public', 'same',
  'poor', 'rich', 'young', 'elderly', 'accused'
])
/** Words of time, after which a verb follows a subject named earlier: "A Herald poll this week shows …". */
// prettier-ignore
const TIME_WORDS = new Set([
  'week', 'month', 'year', 'day', 'morning', 'afternoon', 'evening', 'night', 'weekend', 'spring', 'summer',
  'autumn', 'fall', 'winter', 'time', 'decade', 'season', 'term'
])
/**
 * Cue forms that are also nouns ("the new rules", "a campaign", "growing support"); a form only a verb has ("argues",
 * "believes") has its subject before it whatever that is.
 */
// prettier-ignore
const NOUN_SPELT = new Set([
  'support', 'rules', 'rule', 'report', 'reports', 'push', 'attack', 'attacks', 'state', 'states', 'plan', 'plans',
  'campaign', 'campaigns', 'call', 'calls', 'show', 'shows', 'vote', 'votes', 'claim', 'claims', 'comment',
  'comments', 'remarks', 'demand', 'demands', 'target', 'targets', 'request', 'requests', 'offer', 'offers', 'pledge',
  'pledges', 'promise', 'promises', 'appeal', 'appeals', 'protest', 'protests', 'estimate',
  'estimates', 'forecast', 'forecasts', 'count', 'list', 'rate', 'rates', 'record', 'records', 'post', 'posts',
  'tweet', 'tweets', 'answer', 'answers', 'reply', 'charge', 'charges', 'backing', 'challenge',
  'challenges', 'pressure', 'praise'
])
/** Prepositions that only a noun goes on to after a share: "85 percent support among …", "a 9 percent drop in". */
// prettier-ignore
const AFTER_SHARE_NOUN = new Set(['among', 'from', 'for', 'in', 'across', 'with', 'at', 'on', 'since', 'than'])

/** Whether the single-word cue at tokens[i] heads the noun phrase before it. */
export function headOfNounPhrase(tokens: readonly Token[], i: number): boolean {
  if (!NOUN_SPELT.has(tokens[i].lower)) return false
  const before = tokens[i - 1]
  if (!before?.word) return false
  // "at 85 percent support among": a share goes on to its noun; "42 percent support the levy" keeps the verb.
  if (before.lower === 'percent' || before.text === '%') return AFTER_SHARE_NOUN.has(tokens[i + 1]?.lower ?? '')
  if (objectNext(tokens, i + 1)) return false
  if (isCapitalised(before)) return NAME_MODIFIED.has(tokens[i].lower) && namesModify(tokens, i - 1)
  // "the strong jobs report", "from industrial and coal states": up to three modifiers, joined or not by "and".
  let k = i - 1
  while (k >= 0 && i - k <= MAX_MODIFIERS && (modifier(tokens[k]) || (tokens[k].lower === 'and' && k < i - 1))) k--
  if (k === i - 1 || k < 0 || tokens[k + 1].lower === 'and') return false
  // "all three state polls", "a 2019 campaign": a count or a year before the modifiers.
  if (COUNTS.test(tokens[k].lower)) return true
  if (!OPENERS.has(tokens[k].lower)) return false
  // "from coal states": no subject follows a preposition; a determiner's phrase opens its clause ("people briefed
  // on the situation say" has a longer subject around it).
  return PREPOSITIONS.has(tokens[k].lower) || clauseStart(tokens[k - 1])
}
const COUNTS = /^(?:\p{N}[\p{N},.]*|two|three|four|five|six|seven|eight|nine|ten|dozen|several)$/u
/** Most modifiers read before the word. */
const MAX_MODIFIERS = 3

/**
 * Forms that a name before them modifies far more often than it does them ("in Super Tuesday states", "her Wall
 * Street remarks"); "Fox News reports", "the Kremlin attacks" are a body's verbs.
 */
const NAME_MODIFIED = new Set(['states', 'rules', 'targets', 'remarks', 'comments', 'plans', 'campaign'])
/** Most capitalised words in the run before the noun: "a set of Clean Air Act rules". */
const MAX_NAME_RUN = 4

/**
 * "of Clean Air Act rules that …", "in Rust Belt states where …", "her Wall Street remarks": a run of names after a
 * preposition or an owner's determiner modifies the word after it; a name opening its clause ("Hale states that")
 * or an owner ("Hale's comments") is someone's.
 */
function namesModify(tokens: readonly Token[], last: number): boolean {
  let k = last
  while (k >= 0 && last - k < MAX_NAME_RUN && isCapitalised(tokens[k]) && !/['’]s?$/u.test(tokens[k].text)) k--
  if (k < 0 || k === last || isCapitalised(tokens[k])) return false
  return PREPOSITIONS.has(tokens[k].lower) || OWNERS.has(tokens[k].lower)
}
const OWNERS = new Set(['his', 'her', 'their', 'its', 'our'])

/** What a verb takes next and a noun does not: "the suit claims that the …", "the board states the …". */
function objectNext(tokens: readonly Token[], at: number): boolean {
  const next = tokens[at]
  if (!next?.word) return false
  // "rules that took effect", "rules that could …": a relative, then its verb; "claims that the council …" goes on
  // to a clause.
  if (next.lower === 'that') return objectNext(tokens, at + 1)
  return OBJECT_OPENERS.has(next.lower) || next.text !== next.lower || OPENS_DIGIT.test(next.text)
}
// prettier-ignore
const OBJECT_OPENERS = new Set([
  'the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'he', 'she', 'they', 'it', 'we', 'i', 'you', 'to', 'him',
  'them', 'us', 'this', 'these', 'those', 'there'
])
/** Prepositions opening a phrase whose head no subject can be: "from coal states", "in battleground states". */
// prettier-ignore
const PREPOSITIONS = new Set(['in', 'from', 'to', 'across', 'among', 'of', 'for', 'with', 'into', 'under', 'over'])
const OPENERS = new Set([...PHRASE_DETERMINERS, ...PREPOSITIONS])
/** Words a clause's subject may follow: none, a mark, or a link opening the clause. */
// prettier-ignore
const CLAUSE_LINKS = new Set([
  'and', 'but', 'that', 'as', 'while', 'because', 'when', 'if', 'although', 'though', 'after', 'since', 'so', 'or',
  'whether', 'where'
])
const clauseStart = (t: Token | undefined): boolean => t === undefined || !t.word || CLAUSE_LINKS.has(t.lower)

/** A lower-case word that modifies a head noun and could be no subject's head that holds a claim. */
function modifier(t: Token | undefined): boolean {
  if (!t?.word) return false
  const lower = t.lower
  if (t.text !== lower || !/^[a-z][a-z-]*$/u.test(lower) || lower.endsWith('ly')) return false
  if (HEADS_ON_THEIR_OWN.has(lower) || TIME_WORDS.has(lower) || DOCUMENT_SUBJECTS.has(lower)) return false
  if (FUNCTION_WORDS.has(lower)) return false
  if (DEGREE.has(lower)) return true // "the most delegate-rich state": never a subject's head itself here
  return !heldByPeople(lower)
}

/** Auxiliaries, adverbs and links, which a verb may follow: "the plan would support", "the fund also backs". */
// prettier-ignore
const FUNCTION_WORDS = new Set([
  'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must', 'do', 'does', 'did', 'has', 'have', 'had', 'is',
  'are', 'was', 'were', 'be', 'been', 'not', 'also', 'still', 'now', 'never', 'then', 'always', 'often', 'just',
  'only', 'even', 'and', 'or', 'but', 'that', 'which', 'who', 'what', 'to', 'so', 'too', 'again', 'already'
])
const DEGREE = new Set(['most', 'more', 'least', 'less'])
/** A noun for people or a body, in the singular or the plural: "the union", "the dockers", "the parties". */
function heldByPeople(word: string): boolean {
  for (const w of [word, word.replace(/ies$/u, 'y'), word.replace(/e?s$/u, '')]) {
    const kind = classifyDescription(w)
    if (kind.wellFormed && (kind.person || kind.group)) return true
  }
  return false
}

/**
 * "Rust Belt states that have lost jobs", "the other states voting Tuesday", "Western states this week": "states"
 * says something only when what it states follows it ("that" opening a clause, not a relative's verb; a colon or a
 * quotation mark) or when a pronoun, a person, a body or a written text stands before it ("the memo states, …",
 * "the board states the …"); otherwise it is the plural of "state", and no claimant is read from it.
 */
export function statesAsNoun(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1]
  const next = tokens[i + 1]
  if (!before?.word || STATING_SUBJECTS.has(before.lower) || next === undefined) return false
  if (next.lower === 'that') return AUXILIARIES.has(tokens[i + 2]?.lower ?? '')
  if (STATEMENT_MARKS.has(next.text)) return false
  const lower = before.lower
  return before.text !== lower || !(heldByPeople(lower) || DOCUMENT_SUBJECTS.has(lower) || WRITTEN_TEXTS.has(lower))
}
/** Pronouns that are a subject of "states": "it states to …", "which states that". */
const STATING_SUBJECTS = new Set(['he', 'she', 'it', 'who', 'which', 'this', 'one'])
/** After "that", a relative's verb: "states that have …" are the states themselves. */
// prettier-ignore
const AUXILIARIES = new Set([
  'is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'could', 'can', 'may', 'might', 'should', 'do',
  'did', 'voted', 'vote', 'hold', 'held', 'backed', 'went', 'lean', 'leaned'
])
/** Marks that open what is stated: "states: …", "states “…”". */
const STATEMENT_MARKS = new Set([':', '"', '“'])
/** Written texts that state things besides the documents of phrase-subjects.ts: "the law states", "the page states". */
// prettier-ignore
const WRITTEN_TEXTS = new Set([
  'law', 'bill', 'policy', 'constitution', 'website', 'site', 'page', 'rule', 'amendment', 'section', 'clause',
  'text', 'manual', 'platform', 'contract', 'order', 'verse', 'article', 'post', 'note', 'release', 'notice'
])

/**
 * "the most conservative state on the calendar", "state party chairs", "from state to state", "Illinois state Rep.":
 * "state" is a noun far more often than a verb, and a verb only after its subject, a pronoun ("they state their goal
 * is …") or a plural ("the Saudis state in the paper …") with what it states, or how, next ("that", a colon or a
 * quotation mark, a determiner, "in"), or after "to" or an auxiliary ("declined to state", "did not state").
 */
export function stateAsNoun(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1]
  if (!before?.word) return true
  if (STATE_SUBJECTS.has(before.lower) || STATE_AUXILIARIES.has(before.lower)) return false
  const next = tokens[i + 1]
  const stating = next !== undefined && (STATED_NEXT.has(next.lower) || STATEMENT_MARKS.has(next.text))
  return !(stating && /[^su]s$/u.test(before.lower))
}
/** Subject pronouns before the verb "state". */
const STATE_SUBJECTS = new Set(['they', 'we', 'you', 'i', 'who', 'which'])
/** "to state", "did not state", "will state", "also state". */
// prettier-ignore
const STATE_AUXILIARIES = new Set([
  'to', 'not', 'do', 'did', 'does', 'will', 'would', 'can', 'could', 'may', 'might', 'must', 'should', 'also'
])
/** What may follow the verb "state": what is stated or where ("state that …", "state in the report", "state their"). */
// prettier-ignore
const STATED_NEXT = new Set([
  'that', 'in', 'the', 'a', 'an', 'their', 'its', 'our', 'his', 'her', 'it', 'clearly', 'plainly', 'flatly', 'publicly'
])
