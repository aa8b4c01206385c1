/**
 * The word sets and limits the subject readers share (subjects.ts, subject-before.ts, subject-after.ts,
 * opening-subjects.ts): one list each, so the readers before and after a cue agree on what a pronoun, a relative
 * pronoun or a clause break is.
 */
import { isCapitalised, type Token } from './tokens'
import { ROLE_WORDS } from './name-words'

/** Longest aside in brackets skipped between a subject and its verb: "(R-Ga.)", "(pictured)". */
export const MAX_ASIDE_TOKENS = 8
/** Longest subject we accept, in tokens: attribution subjects are short. */
export const MAX_SUBJECT_TOKENS = 14
/**
 * Longest description set off by commas before the verb: "Dr Amara Whitfield, a water engineer at
 * Coastal Institute of Technology who has studied treatment plants in the region, said" (16 words).
 * The commas bound it, so it may be longer than a bare subject.
 */
export const MAX_APPOSITIVE_TOKENS = 40
export const NAME_PREPOSITIONS = new Set(['of', 'at', 'from', 'for', 'with'])
export const RELATIVE_PRONOUNS = new Set(['who', 'which', 'whose', 'whom'])
/** Determiners opening a description a relative pronoun refers to: "the ministry, which". */
export const DETERMINERS = new Set(['the', 'a', 'an'])
/** Longest such description, in words: "the state's election commission". */
export const MAX_DESCRIPTION_WORDS = 5
/** Relative pronouns that may be the subject of the verb right after them. */
export const SUBJECT_RELATIVES = new Set(['who', 'which'])
/**
 * Relative pronouns that may be the object of the clause's verb, its subject following: "which the mayor said";
 * "who" too, as news copy writes it for "whom" ("Reed, who Hale on Monday called …").
 */
export const OBJECT_RELATIVES = new Set(['which', 'whom', 'who'])
/** Words opening a sentence before its subject: "But a city official said", "Meanwhile, the ministry said". */
export const SENTENCE_LINKS = new Set([
  'both',
  'but',
  'and',
  'so',
  'yet',
  'still',
  'however',
  'meanwhile',
  'now',
  'also',
  'then',
  'instead',
  'indeed',
  'separately',
  'earlier',
  'later'
])
/**
 * Focus words, which pick out a subject without being part of its name: "Even the port's critics say", "Only
 * the pilots believe", "Just two members voted", "Both the mayor and the board said". Read past only before more
 * words ("All of them" keeps "All"); "both" and "all" with no "and" after them quantify the group and are part of it
 * ("both parties say", "all three councillors argued").
 */
export const FOCUS_WORDS = new Set(['even', 'only', 'just', 'also', 'both', 'all'])
const GROUP_DETERMINERS = new Set(['the', 'these', 'those', 'his', 'her', 'their', 'its', 'our', 'my', 'your'])
export const focusWordAt = (tokens: readonly Token[], at: number, end: number): boolean =>
  FOCUS_WORDS.has(tokens[at]?.lower ?? '') &&
  at + 1 < end &&
  tokens[at + 1].word &&
  tokens[at + 1].lower !== 'of' &&
  !quantifiesGroup(tokens, at, end)

/**
 * "both parties", "all three unions": "both" or "all" right before its noun or number, with no "and" after it before
 * `end`. Before a determiner it is read past as before: "all the experts I interviewed" are "the experts …".
 */
function quantifiesGroup(tokens: readonly Token[], at: number, end: number): boolean {
  const lower = tokens[at].lower
  if ((lower !== 'both' && lower !== 'all') || GROUP_DETERMINERS.has(tokens[at + 1].lower)) return false
  for (let k = at + 1; k < end; k++) if (tokens[k].lower === 'and') return false
  return true
}

/**
 * Words opening a subordinate clause or an absolute phrase before its subject: "when she said",
 * "as one employee told the paper", "because they said", "with the union calling it …".
 */
// prettier-ignore
export const SUBORDINATORS = new Set([
  'when', 'as', 'because', 'if', 'while', 'after', 'before', 'since', 'though', 'although', 'once', 'until',
  'whereas', 'with', 'where'
])
export const PRONOUNS = new Set(['he', 'she', 'they', 'it'])
/**
 * Pronouns that stand for the person or people a clause is about ("it" is mostly a thing, the weather or the
 * situation): the clause readers' one list (nearer-pronouns, colon-subjects, opening-subjects, coordinated-subjects).
 */
export const PERSON_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'they'])
/** The singular ones, for a lead clause, where "they" too often stands for things (lead-clauses.ts). */
export const SINGULAR_PERSON_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she'])
export const QUOTE_MARKS = new Set(['“', '”', '"', '«', '»', '„', '‘', '’'])
/** The writer speaking of themself: a subject like "he", resolved to the writer (speakers.ts). */
export const FIRST_PERSON = 'I'
const CLAUSE_BREAKS = new Set([
  ',',
  ':',
  ';',
  '.',
  '—',
  '–',
  '―',
  '(',
  ')',
  '[',
  ']',
  '“',
  '”',
  '"',
  '«',
  '»',
  '„',
  '!',
  '?'
])

export const isBreak = (t: Token): boolean => !t.word && CLAUSE_BREAKS.has(t.text)

/**
 * A break at tokens[k]: also a hyphen spaced as a dash, as newspapers typed on ASCII write one ("the union - which
 * backs Okafor - said", "Kall -- co-editor of …"), each side a space or the other hyphen of "--"; not one joined to a
 * word ("a D.C.-based host", "R -S.C.").
 */
export function isBreakAt(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]
  if (t.text !== '-' || t.word) return isBreak(t)
  const before = tokens[k - 1]
  const after = tokens[k + 1]
  const openBefore = !before || before.end < t.start || before.text === '-'
  return openBefore && (!after || after.start > t.end || after.text === '-')
}

/**
 * A state's abbreviation closing a place: "Tex.", "Md." in "a rally in Beaumont, Tex.," or "Ann Hale, of Ashton,
 * Md., said" (a capitalised word, not a role's, and its full stop at token `word + 1`).
 */
export function stateAbbreviationAt(tokens: readonly Token[], word: number): boolean {
  const t = tokens[word]
  return (
    t !== undefined &&
    isCapitalised(t) &&
    word + 1 < tokens.length &&
    tokens[word + 1].text === '.' &&
    !ROLE_WORDS.has(t.text)
  )
}

/**
 * Things that carry written words, which speak for whoever wrote them: "a sign that read …", "the message said
 * …", "T-shirts that said …". After one of them, "that" before a verb of saying is its relative pronoun.
 */
// prettier-ignore
export const INSCRIBED = new Set([
  'message', 'messages', 'sign', 'signs', 'banner', 'banners', 'placard', 'placards', 'poster', 'posters', 'billboard',
  'billboards', 'note', 'notice', 'label', 'sticker', 'stickers', 'shirt', 'shirts', 't-shirt', 't-shirts', 'caption',
  'inscription', 'plaque', 'hat', 'hats', 'cap', 'caps', 'button', 'buttons'
])

/** Nouns for people that are plural without an -s: "Police announce", "Older people say", "Some men feel". */
export const PLURALS_WITHOUT_S: ReadonlySet<string> = new Set([
  'police',
  'people',
  'men',
  'women',
  'children',
  'clergy',
  'staff',
  'public'
])
