/**
 * Words at the start of a claimant's subject that are no part of who claims: an opening preposition or adverbial
 * ("During Tuesday's arguments", "This year, …") and a focus word ("Even the pilots", "Only three senators").
 * claimants.ts trims each claimant's subject with these before naming it. Also a lone word capitalised only for
 * opening the sentence ("Perhaps", "Chastened by …"), which is no claimant's name at all (openingWord), and an "it"
 * that stands for nothing ("It is possible that …", emptyIt).
 */
import type { Token } from './tokens'
import { subjectShaped, type Subject } from './subjects'
import { focusWordAt } from './subject-words'
import { cueAt } from './speech-cues'
import { claimantCueAt } from './claimant-cues'
import { WITHIN_DAY } from './subject-asides'

/** Words opening an adverbial before the subject, besides OPENING_PREPOSITIONS: "Outside the city, …". */
// prettier-ignore
const PLACE_OPENERS = new Set([
  'outside', 'inside', 'across', 'beyond', 'near', 'around', 'behind', 'along', 'against', 'toward', 'towards', 'like'
])
/** "This year, …", "Last week, …": a time before the subject. */
const TIME_OPENERS = new Set(['this', 'last', 'next', 'that'])
// prettier-ignore
const PERIODS = new Set([
  'year', 'week', 'month', 'day', 'morning', 'afternoon', 'evening', 'night', 'spring', 'summer', 'fall', 'autumn',
  'winter', 'weekend', 'time', 'season', 'decade'
])
// prettier-ignore
const OPENING_PREPOSITIONS = new Set([
  'during', 'after', 'before', 'since', 'in', 'on', 'at', 'for', 'with', 'under', 'over', 'despite', 'following',
  'amid', 'unlike', 'by', 'from', 'through', 'throughout', 'within', 'without', 'between', 'among', 'across', 'until'
])
/**
 * "During Tuesday’s arguments", "Despite Mr. Trump’s claims", "Despite polls showing": a preposition opening the
 * sentence is capitalised, never the first word of who makes the claim; the words after it are read without it.
 */
export function withoutOpeningPreposition(subject: Subject, tokens: readonly Token[]): Subject | null {
  const at = tokens.findIndex((t) => t.start === subject.mention.start)
  const word = tokens[at]
  if (!word || tokens.slice(0, at).some((t) => t.word)) return subject
  const after = tokens.find((t) => t.start >= subject.mention.end)
  // "Outside the campaign, an increasing number of Democrats …", "This year, he …": an opening adverbial.
  const time = TIME_OPENERS.has(word.lower) && PERIODS.has(tokens[at + 1]?.lower ?? '')
  const opener = time || OPENING_PREPOSITIONS.has(word.lower) || PLACE_OPENERS.has(word.lower)
  if (after?.text === ',' && opener) return null
  if (!OPENING_PREPOSITIONS.has(word.lower)) return subject
  if (word.lower === 'at' && /^(?:least|most)$/u.test(tokens[at + 1]?.lower ?? '')) return subject // "At least four …"
  const next = tokens[at + 1]
  if (!next?.word || next.start >= subject.mention.end) return null
  return withoutFirstWord(subject, word.text, next, { trimUnmatchedName: true })
}

/** Words after which a determiner is still inside the opening adverbial: "On the advice of the board". */
// prettier-ignore
const ADVERBIAL_LINKS = new Set([...OPENING_PREPOSITIONS, 'of', 'to', 'and', 'or', 'than', 'as', 'into', 'about', 'least'])
/** Words opening a clause inside an adverbial: "Amid what the papers called a rough week". */
const WH_WORDS = new Set(['what', 'which', 'who', 'whom', 'whose', 'where', 'when', 'how', 'why'])
/** Determiners a subject opens on after an opening adverbial. */
const SUBJECT_DETERMINERS = new Set(['the', 'a', 'an', 'this', 'these'])

/**
 * "In March the union argued", "Last week the council said", "After the vote the board agreed": an adverbial
 * opening the sentence with no comma after it ends at its noun, and the subject opens on the determiner after it.
 * Its token index, or -1 when tokens[start..end) is no such adverbial and subject.
 */
export function subjectAfterOpener(tokens: readonly Token[], first: number, end: number): number {
  // Only an adverbial opening the sentence: "passages including the amendment highlighted" runs on from a clause.
  for (let k = 0; k < first; k++) if (tokens[k].word) return -1
  // "Earlier this year the charity claimed": a word placing the time within its period goes before it.
  const start =
    WITHIN_DAY.has(tokens[first].lower) && TIME_OPENERS.has(tokens[first + 1]?.lower ?? '') ? first + 1 : first
  const word = tokens[start]
  const time = TIME_OPENERS.has(word.lower) && PERIODS.has(tokens[start + 1]?.lower ?? '')
  if (!time && !OPENING_PREPOSITIONS.has(word.lower) && !PLACE_OPENERS.has(word.lower)) return -1
  for (let j = start + 2; j < end - 1; j++) {
    // "In what might be the first time the union agreed": a clause, whose words run on into the subject.
    if (!tokens[j].word || WH_WORDS.has(tokens[j - 1].lower)) return -1
    const before = tokens[j - 1].lower
    if (SUBJECT_DETERMINERS.has(tokens[j].lower) && !ADVERBIAL_LINKS.has(before) && !SUBJECT_DETERMINERS.has(before))
      return j
  }
  return -1
}

/** Auxiliaries a question opens on, before its subject: "Did the council say …?", "Does Hale think …?". */
// prettier-ignore
const QUESTION_AUXILIARIES = new Set([
  'does', 'did', 'do', 'is', 'are', 'was', 'were', 'has', 'have', 'had', 'can', 'could', 'will', 'would', 'should'
])

/** "Did the council say the fees would rise?": the auxiliary opening a question is no part of its subject. */
export function withoutQuestionAuxiliary(subject: Subject, tokens: readonly Token[]): Subject {
  const at = tokens.findIndex((t) => t.start === subject.mention.start)
  const word = tokens[at]
  const next = tokens[at + 1]
  if (!word || !QUESTION_AUXILIARIES.has(word.lower) || tokens.slice(0, at).some((t) => t.word)) return subject
  if (!next?.word || next.start >= subject.mention.end || tokens[tokens.length - 1]?.text !== '?') return subject
  return withoutFirstWord(subject, word.text, next, { trimUnmatchedName: true })
}

/** "Even Corey Lewandowski", "Only three senators": a focus word picks the claimant out and is no part of it. */
export function withoutFocusWord(subject: Subject, tokens: readonly Token[]): Subject {
  const at = tokens.findIndex((t) => t.start === subject.mention.start)
  const end = tokens.findIndex((t) => t.start >= subject.mention.end)
  if (at < 0 || !focusWordAt(tokens, at, end < 0 ? tokens.length : end)) return subject
  const next = tokens[at + 1]
  // "All ran counter to …": a lone lower-case word left that is no plural noun ("Even critics") is no phrase, so
  // the focus word was the subject itself.
  if (next.end >= subject.mention.end && next.text === next.lower && !next.lower.endsWith('s')) return subject
  return withoutFirstWord(subject, tokens[at].text, next, { trimUnmatchedName: false })
}

/**
 * The subject read from `next` on: its mention starts there, and its name and name words lose `word` where they open
 * on it. A name that does not open on the word is kept, trimmed at its start when `trimUnmatchedName` says so.
 */
function withoutFirstWord(
  subject: Subject,
  word: string,
  next: Token,
  { trimUnmatchedName }: { trimUnmatchedName: boolean }
): Subject {
  const opensOnWord = subject.name.startsWith(word)
  const rest = opensOnWord ? subject.name.slice(word.length) : subject.name
  const name = opensOnWord || trimUnmatchedName ? rest.trimStart() : rest
  const nameWords = subject.nameWords[0] === word ? subject.nameWords.slice(1) : subject.nameWords
  return subjectShaped({ ...subject, mention: { start: next.start, end: subject.mention.end }, name, nameWords })
}

/** Words capitalised only for opening a sentence, never a name: "Perhaps …", "Having said that, …", "Looks like …". */
// prettier-ignore
const NOT_NAMES_WHEN_OPENING = new Set([
  'perhaps', 'maybe', 'having', 'let', 'instead', 'indeed', 'still', 'yet', 'what', 'across', 'outside', 'looks', 'seems',
  'even', 'more', 'despite'
])

/**
 * "Perhaps it is …, given …", "Chastened by the analyses, Trump …": a lone word capitalised because it
 * opens the sentence is an adverb or a participle, not a claimant's name.
 */
export function openingWord(subject: Subject, tokens: readonly Token[]): boolean {
  // "(Having said that, …": brackets and quotation marks before the first word.
  const at = tokens.findIndex((t) => t.word)
  const first = tokens[at]
  if (!first || subject.mention.start !== first.start) return false
  if (subject.mention.end !== first.end) return false
  const lower = first.lower
  // "Chastened by …", "Having said that": a participle takes its complement; "Beijing could" is a name.
  const participle = /^[a-z]+(?:ly|ed|ing)$/u.test(lower) && PARTICIPLE_FOLLOWERS.has(tokens[at + 1]?.lower ?? '')
  return NOT_NAMES_WHEN_OPENING.has(lower) || participle || ingClause(tokens, at)
}

/** Verbs after which the word before them is their subject, never a participle. */
// prettier-ignore
const AUXILIARIES = new Set([
  'is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'could', 'can', 'may', 'might', 'should', 'must',
  'does', 'did', 'do', 'also', 'now', 'still'
])

/**
 * "Facing mounting criticism from both parties, Hale released …", "Arriving upon the scene, police …": an -ing
 * word opening the sentence, going on in lower case (not a verb: "Ewing said, however, …" and "Beijing could …" are names) up
 * to a comma, opens a participle clause.
 */
function ingClause(tokens: readonly Token[], at: number): boolean {
  const next = tokens[at + 1]
  if (!/^[a-z]+ing$/u.test(tokens[at].lower) || !next?.word || next.text !== next.lower) return false
  // "Beijing could also declare …": a name before its verb.
  if (AUXILIARIES.has(next.lower)) return false
  if (cueAt(tokens, at + 1) || claimantCueAt(tokens, at + 1)) return false
  return tokens.some((t, k) => k > at + 1 && t.text === ',')
}
// prettier-ignore
const PARTICIPLE_FOLLOWERS = new Set([
  ',', 'by', 'to', 'that', 'with', 'at', 'on', 'in', 'for', 'the', 'a', 'an', 'his', 'her', 'their', 'its', 'about',
  'from', 'after', 'over', 'out'
])

/** Verbs of being after an empty "it": "It is possible that …", "It seemed unlikely to …". */
const EMPTY_IT_VERBS = new Set(['is', 'was', 'seems', 'seemed', 'remains', 'remained'])
/** "it" with its verb of being run into it. */
const IT_IS = new Set(["it's", 'it’s'])
/** What an empty "it"'s adjective goes on to: the clause it stands in for. */
const EMPTY_IT_CLAUSES = new Set(['that', 'to', 'whether'])

/**
 * "It is possible that Hale …", "It's impossible to spend a year on it and not find fault": an "it" before a verb of
 * being and one adjective going on to "that" or "to" stands for the clause after it, no one who claims. An adjective
 * spelt like a participle is left out: "It is expected to endorse the levy" is the body "it" names.
 */
export function emptyIt(subject: Subject, tokens: readonly Token[]): boolean {
  // Most subjects are no "it": turned away before the token search.
  if (subject.kind !== 'pronoun' || subject.mention.end - subject.mention.start !== 2) return false
  const at = tokens.findIndex((t) => t.start === subject.mention.start)
  // "It's" is one token, the subject only its "It".
  if (at < 0 || subject.mention.end > tokens[at].end) return false
  let k = at + 1
  if (!IT_IS.has(tokens[at].lower)) {
    if (tokens[at].lower !== 'it' || !EMPTY_IT_VERBS.has(tokens[k]?.lower ?? '')) return false
    k++
  }
  const adjective = tokens[k]
  if (!adjective?.word || adjective.text !== adjective.lower || /(?:ed|ing)$/u.test(adjective.lower)) return false
  return EMPTY_IT_CLAUSES.has(tokens[k + 1]?.lower ?? '')
}
