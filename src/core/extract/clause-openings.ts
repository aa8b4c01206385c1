/**
 * Where a second clause's subject and cue stand in it, for clause-claims.ts's readers: within a subject's length of the
 * clause's start ("…, and the harbour board's new chair said …"), after a word or short phrase of time ("…, but then
 * he argued", "…; hours later, she warned"), after a description of the person named ("…, while union leader Tom
 * Berg warned"), or a participle of saying after the clause's predicate ("…, and the guild has sued the council over
 * the fees, saying …"). Read from tokens and the claimant read only.
 */
import type { Claimant } from '../../shared/article'
import type { TextRange } from './sentences'
import type { Token } from './tokens'
import { CUE_FIRST_WORDS } from './speech-cues'
import { CUE_FIRST } from './claimant-cues'
import { CAPITALISED } from './char-classes'
import { classifyDescription } from './speaker-lexicon'
import { DAY_PARTS, PERIODS, WEEKDAYS } from './subject-gaps'

/** Tokens a clause's subject may take between its start and its cue ("The harbour board's new chair, Ada Ruiz, said"). */
export const MAX_SUBJECT_TOKENS = 12

/** Most clauses after ", and" hold no cue near their start: one look-up a word turns them away unread. */
export const cueNear = (tokens: readonly Token[], first: number): boolean =>
  tokens
    .slice(first, first + MAX_SUBJECT_TOKENS + 1)
    .some((t) => CUE_FIRST_WORDS.has(t.lower) || CUE_FIRST.has(t.lower))

/** Whether the cue read for a clause opening at token `first` stands within a subject's length of its start. */
export function cueWithin(tokens: readonly Token[], first: number, cue: TextRange): boolean {
  const upToCue = tokens.slice(first).findIndex((t) => t.start >= cue.start)
  return upToCue >= 0 && upToCue <= MAX_SUBJECT_TOKENS
}

/**
 * "…, and the dockers' union has sued the port over the fees, saying they break the charter": a participle of saying
 * after a comma is done by its clause's subject (claimant-verb-subjects.ts), however long the clause's predicate
 * before it; the subject must still open the clause and stay within a subject's length.
 */
export const participle = (tokens: readonly Token[], cue: TextRange): boolean => {
  const at = tokens.findIndex((t) => t.start === cue.start)
  return at > 0 && tokens[at - 1].text === ',' && tokens[at].lower.endsWith('ing')
}
/** Whether a participle of saying after a comma (", saying") stands in the clause opening at `first`, before `end`. */
export const participleIn = (tokens: readonly Token[], first: number, end: number): boolean =>
  tokens.some(
    (t, k) =>
      k > first &&
      t.start < end &&
      tokens[k - 1].text === ',' &&
      t.lower.endsWith('ing') &&
      CUE_FIRST_WORDS.has(t.lower)
  )
/** Whether the claimant's mention ends within a subject's length of the clause's first token. */
export function subjectWithin(tokens: readonly Token[], first: number, claimant: Claimant): boolean {
  const end = tokens.slice(first).findIndex((t) => t.start >= claimant.mention.end)
  return end >= 0 && end <= MAX_SUBJECT_TOKENS
}

/** Tokens a description of a person may take before their name: "her rival", "the union's new leader". */
const MAX_DESCRIPTION_TOKENS = 4

/**
 * A possessive's ending with no letter after it. Built once: the bundle (esbuild, target node20) makes a literal with a
 * \p{…} class a `new RegExp(…)` at each use.
 */
const POSSESSIVE_AFTER = /^['’]s?(?!\p{L})/u

/**
 * "…, while union leader Tom Berg has threatened …": the claimant read is the name, and the words between the
 * clause's start (`from`) and it describe a person (speaker-lexicon.ts), with nothing but words between.
 */
export function describedName(text: string, tokens: readonly Token[], from: number, claimant: Claimant): boolean {
  const first = tokens.findIndex((t) => t.start >= from)
  const name = tokens.findIndex((t) => t.start >= claimant.mention.start)
  if (first < 0 || name <= first || name - first > MAX_DESCRIPTION_TOKENS) return false
  // "Gov. Hale's endorsement": an owner, not a subject; "…, and that Hale might …": what the speaker before said.
  const owner = POSSESSIVE_AFTER.test(text.slice(claimant.mention.end, claimant.mention.end + 3))
  if (!CAPITALISED.test(claimant.mention.text) || owner || /['’]s?$/u.test(claimant.mention.text)) return false
  if (COMPLEMENTISERS.has(tokens[first].lower) || tokens.slice(first, name).some((t) => !t.word)) return false
  const described = classifyDescription(text.slice(tokens[first].start, tokens[name - 1].end))
  return described.person && described.wellFormed
}
/** Words opening what a speaker said, not a description: "…, and that union leader Tom Berg would …". */
const COMPLEMENTISERS = new Set(['that', 'whether', 'if'])

/** Whether a comma stands between offsets `from` and `to`. */
export const commaBetween = (tokens: readonly Token[], from: number, to: number): boolean =>
  tokens.some((t) => t.text === ',' && t.start >= from && t.end <= to)

/** Whether a word stands between offsets `from` and `to`. */
export const wordBetween = (tokens: readonly Token[], from: number, to: number): boolean =>
  tokens.some((t) => t.word && t.start >= from && t.end <= to)

/** Words of time that may open a clause before its subject: "…, but then he argued", "…, and now some allies say". */
// prettier-ignore
const TIME_WORDS = new Set([
  'then', 'later', 'now', 'soon', 'again', 'instead', 'still', 'afterward', 'afterwards', 'meanwhile', 'ago'
])
/** First words of a short phrase of time closed by a comma before the subject: "last week, she …", "on Monday, he …". */
const TIME_PHRASE_STARTS = new Set(['last', 'this', 'on', 'earlier', 'late', 'early'])
/** Days and periods that may close a phrase of time before a subject pronoun with no comma: "late Saturday he". */
const TIME_NOUNS = new Set([...WEEKDAYS, ...DAY_PARTS, ...PERIODS])
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i'])
/** Tokens a phrase of time may take before its comma: "hours later,", "a few days ago,", "on Monday,". */
const MAX_TIME_PHRASE = 4

/**
 * Where the subject of the clause opening at token `first` may start after a word or short phrase of time ("then",
 * "hours later,", "last week,"); `first` when the clause opens on none.
 */
export function introEnd(tokens: readonly Token[], first: number): number {
  if (TIME_WORDS.has(tokens[first]?.lower ?? '')) return tokens[first + 1]?.text === ',' ? first + 2 : first + 1
  // "…, but late Saturday he announced …": with no comma, a day or period named right before a subject pronoun.
  const opensTime = TIME_PHRASE_STARTS.has(tokens[first]?.lower ?? '') || TIME_NOUNS.has(tokens[first]?.lower ?? '')
  for (let k = first + 1; opensTime && k <= first + MAX_TIME_PHRASE && tokens[k]?.word; k++)
    if (SUBJECT_PRONOUNS.has(tokens[k].lower) && TIME_NOUNS.has(tokens[k - 1].lower)) return k
  for (let k = first + 1; k <= first + MAX_TIME_PHRASE && k < tokens.length; k++) {
    if (tokens[k].text === ',')
      return TIME_WORDS.has(tokens[k - 1].lower) || (k > first + 1 && TIME_PHRASE_STARTS.has(tokens[first].lower))
        ? k + 1
        : first
    if (!tokens[k].word) return first
  }
  return first
}
