/**
 * What makes someone a claim's claimant beyond "said": the verbs that report a finding, a belief, a
 * stance or a stated intention, so that the claim is theirs rather than the article's.
 *
 *   The survey found that …             (document, survey, evidence)
 *   The union believes the cuts …       (belief)
 *   Hale opposes the levy / urges …     (stance)
 *   The mayor plans to / vowed to …     (stated intention, promise, refusal)
 *
 * This module reads a cue at a token: a verb of the lexicon (claimant-verbs.ts, where its classes and forms
 * are), a verb with its particle ("called for"), a light verb with a noun of saying ("issued a statement"), a
 * state of mind (state-cues.ts) or a speech event ("in a statement"), and the senses in which a word spelt like
 * a cue is none ("firms like Sentinel", "declined by 4%": cue-senses.ts).
 */
import { isCapitalised, wordsAt, type Token } from './tokens'
import { STATE_CUE_FIRST_WORDS, stateCueEnd } from './state-cues'
import { SAYING_NOUNS, STATEMENT_NOUN_FORMS } from './claimant-nouns'
import { hasContent } from './noun-complements'
import { senseHolds } from './cue-senses'
import { SINGLE, type ClaimantCueClass } from './claimant-verbs'
import { barePollNoun, POLLS_OPEN, TIME_BREAKS } from './according-to'
import { CUE_FIRST_WORDS } from './speech-cues'
import { jointName, pollAverage } from './poll-names'
import { DOCUMENT_SUBJECTS } from './phrase-subjects'
import { PHRASAL_BY_FIRST } from './claimant-phrasal-cues'

/** Speech events named by a noun: "in a statement", "in an interview with …", "in his speech". */
// prettier-ignore
const SPEECH_EVENT_NOUNS = new Set([
  'statement', 'interview', 'speech', 'remarks', 'address', 'letter', 'op-ed', 'essay', 'column', 'tweet', 'tweets',
  'post', 'posts', 'email', 'e-mail', 'memo', 'report', 'filing', 'lawsuit', 'complaint', 'testimony', 'briefing',
  'conference', 'appearance', 'message', 'video', 'ad', 'advertisement', 'book', 'memoir', 'article', 'editorial',
  'podcast', 'broadcast', 'release', 'announcement', 'debate', 'rally', 'radio', 'televised', 'note', 'response',
  'reply', 'comments', 'comment', 'ruling', 'opinion', 'decision', 'survey', 'poll', 'study', 'analysis',
  'polls', 'audit', 'census', 'surveys', 'studies'
])

/**
 * Verbs that say something only with a noun of saying after them: "made comments about", "issued a
 * statement", "launched an attack on", "raised concerns", "sounded a call for". Not "filed" ("he
 * filed a complaint" is an action the article reports).
 */
// prettier-ignore
const LIGHT_VERBS = new Set([
  'make', 'makes', 'made', 'making', 'issue', 'issues', 'issued', 'issuing', 'deliver', 'delivers', 'delivered',
  'delivering', 'give', 'gives', 'gave', 'given', 'giving', 'release', 'releases', 'released', 'releasing', 'sent',
  'send', 'sends', 'level', 'levels', 'leveled', 'levelled', 'launch', 'launches', 'launched', 'launching', 'unleash',
  'unleashed', 'unleashes', 'mount', 'mounted', 'mounts', 'renew', 'renewed', 'renews', 'raise', 'raises', 'raised',
  'raising', 'take', 'takes', 'took', 'taking', 'share', 'shares', 'shared', 'sharing', 'offer', 'offers', 'offered',
  'put', 'puts', 'putting', 'sound', 'sounds', 'sounded', 'sounding'
])
/** Words allowed between a light verb and its noun: "made several controversial comments", "sent out a statement". */
const LIGHT_VERB_GAP = 3
/** Words in that gap that are no modifier of the noun: the noun belongs to another clause. */
const LIGHT_VERB_BREAKS = new Set([
  'that',
  'which',
  'who',
  'to',
  'and',
  'or',
  'but',
  'by',
  'from',
  'with',
  'sure',
  'certain'
])

/**
 * "made comments about", "issued a sharp statement that": the index of the noun of saying after the
 * light verb when the noun goes on to what was said ("made his remarks during the breakfast" says
 * nothing checkable), or -1.
 */
function lightVerbNoun(tokens: readonly Token[], i: number): number {
  if (!LIGHT_VERBS.has(tokens[i].lower)) return -1
  for (let k = i + 1; k < tokens.length && k <= i + 1 + LIGHT_VERB_GAP; k++) {
    const t = tokens[k]
    if (!t.word || t.text !== t.lower || LIGHT_VERB_BREAKS.has(t.lower)) return -1
    if (SAYING_NOUNS.has(t.lower)) return hasContent(tokens, k) ? k : -1
    // "is making an impassioned case that …", "makes the conservative case for …": arguing, not a court case.
    if (t.lower === 'case' && MAKE_FORMS.has(tokens[i].lower))
      return CASE_OPENERS.has(tokens[k + 1]?.lower ?? '') ? k : -1
  }
  return -1
}
const MAKE_FORMS = new Set(['make', 'makes', 'made', 'making'])
/** What follows a case made for something: "for", "against", "that", "to" (someone). */
const CASE_OPENERS = new Set(['for', 'against', 'that', 'to'])

/** Forms of "use" that put an occasion of speaking to a purpose: "used his speech to call for …". */
const USE_FORMS = new Set(['use', 'uses', 'used', 'using'])
/** Words between the owner and the occasion: "used his acceptance speech", "used her first televised address". */
const OCCASION_GAP = 3

/**
 * "used his acceptance speech to call for …", "uses her column to argue …": the occasion's noun (its index) when
 * an owner's speech event is put to what the infinitive after it says; -1 otherwise ("used his car to …").
 */
function usedOccasion(tokens: readonly Token[], i: number): number {
  if (!USE_FORMS.has(tokens[i].lower) || !OWNERS.has(tokens[i + 1]?.lower ?? '')) return -1
  for (let k = i + 2; k < tokens.length && k <= i + 2 + OCCASION_GAP; k++) {
    if (!tokens[k].word) return -1
    if (SPEECH_EVENT_NOUNS.has(tokens[k].lower)) return tokens[k + 1]?.lower === 'to' ? k : -1
  }
  return -1
}
const OWNERS = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your'])

/** Every word a claimant verb cue can start with; "in" opens an event phrase ("in a statement"), read apart. */
export const CUE_FIRST: ReadonlySet<string> = new Set([
  ...PHRASAL_BY_FIRST.keys(),
  ...LIGHT_VERBS,
  ...USE_FORMS,
  ...STATE_CUE_FIRST_WORDS,
  ...SINGLE.keys()
])

/**
 * Every word a speech or claimant cue can start with ("in": "in a statement"), with bits for the readers whose cues
 * it opens: one look-up turns away most words of a sentence (claimants.ts) and spares a call to a reader with none.
 */
export const SPEECH_CUE = 1 // cueAt
export const CLAIMANT_CUE = 2 // claimantCueAt
export const CUE_OPENERS: ReadonlyMap<string, number> = new Map(
  [...CUE_FIRST_WORDS, ...CUE_FIRST, 'in'].map((word) => [
    word,
    (CUE_FIRST_WORDS.has(word) ? SPEECH_CUE : 0) | (CUE_FIRST.has(word) || word === 'in' ? CLAIMANT_CUE : 0)
  ])
)

/** What a cue starting at a word can be: its phrasal cues, the readers it can open, its single-word entry. */
interface CueStart {
  phrasal: readonly string[][]
  light: boolean
  occasion: boolean
  state: boolean
  single: { cls: ClaimantCueClass; bare: boolean } | undefined
}
/**
 * Each word of CUE_FIRST with what it can start: one look-up where claimantCueAt, run at every cue opener of every
 * sentence, made six of the same word; a reader below is asked only when the word opens one of its cues.
 */
const CUE_STARTS = new Map<string, CueStart>(
  [...CUE_FIRST].map((word) => [
    word,
    {
      phrasal: PHRASAL_BY_FIRST.get(word) ?? [],
      light: LIGHT_VERBS.has(word),
      occasion: USE_FORMS.has(word),
      state: STATE_CUE_FIRST_WORDS.has(word),
      single: SINGLE.get(word)
    }
  ])
)

/** Nouns and adjectives that are also verb forms here, and read as a noun after these words ("the report", "a call"). */
const NOUN_BEFORE = new Set(['the', 'a', 'an', 'this', 'that', 'his', 'her', 'their', 'its', 'our', 'my', 'your'])

/**
 * "the polls that show Hale ahead", "recent surveys that find …": "that" after a document's head, itself after a
 * determiner or a modifier, is a relative, and the word after it the document's verb, not a noun "that" determines.
 * Not after a head that is also a verb ("officials report that claims …": "that" is the conjunction there).
 */
function documentsThat(tokens: readonly Token[], i: number): boolean {
  if (i < 3 || tokens[i - 1].lower !== 'that') return false
  const head = tokens[i - 2].lower
  if (!DOCUMENT_SUBJECTS.has(head) || VERB_DOCUMENTS.has(head)) return false
  // "The polls that", "the new surveys that": the head's phrase opens on a determiner, at most one modifier between;
  // a longer run may hold a verb ("The Herald provides exit poll results that show …").
  const opener = tokens[i - 3].lower
  return DOCUMENT_PHRASE_OPENERS.has(opener) || (i > 3 && DOCUMENT_PHRASE_OPENERS.has(tokens[i - 4].lower))
}
/**
 * Words that open a document's phrase before its head: determiners and a few modifiers ("the new surveys").
 * document-subjects.ts keeps determiners alone, for a document read through its link ("polls by …").
 */
// prettier-ignore
const DOCUMENT_PHRASE_OPENERS = new Set([
  'the', 'a', 'an', 'these', 'those', 'his', 'her', 'their', 'its', 'our', 'new', 'recent', 'latest', 'other', 'some'
])
/** Document heads spelt like a verb that takes "that": "they report that …", "analysts estimate that …". */
const VERB_DOCUMENTS = new Set(['report', 'reports', 'estimate', 'estimates', 'forecast', 'forecasts', 'project'])

/** Words only a noun phrase follows: "another listed company", "every rated home". */
const ADJECTIVE_BEFORE = new Set(['another', 'every', 'each'])

export interface ClaimantCue {
  first: number
  last: number
  /** A verb has its claimant as subject; a speech-event phrase ("in a statement") belongs to the clause's subject. */
  kind: 'verb' | 'event'
  cls: ClaimantCueClass
  /** The bare base form ("support"): its subject must be plural or a pronoun. */
  bare: boolean
  /** A state of mind ("is confident", "see … as"): only a person or a body can hold it. */
  holder?: boolean
  /** A poll without a determiner ("ahead in polls"): claims only when nothing else does (claimants.ts). */
  lastResort?: boolean
}

/** The claimant cue starting at token `i`, or null. Verbs must be written in lower case. */
export function claimantCueAt(tokens: readonly Token[], i: number): ClaimantCue | null {
  const token = tokens[i]
  if (!token || !token.word) return null
  // "In a statement, …" opens sentences: the event phrase is read in either case.
  const noun = token.lower === 'in' ? speechEventNoun(tokens, i + 1) : -1
  if (noun > 0) {
    const lastResort = !NOUN_BEFORE.has(tokens[i + 1].lower)
    return { first: i, last: noun, kind: 'event', cls: 'statement', bare: false, lastResort }
  }
  const start = token.text === token.lower ? CUE_STARTS.get(token.lower) : undefined
  if (!start) return null // most words: no cue starts with them
  for (const words of start.phrasal) {
    if (wordsAt(tokens, i, words))
      return { first: i, last: i + words.length - 1, kind: 'verb', cls: 'stance', bare: false }
  }
  // "made comments", "issued a statement": the light verb and its noun are one cue of saying.
  const light = start.light ? lightVerbNoun(tokens, i) : -1
  if (light > 0 && !NOUN_BEFORE.has(tokens[i - 1]?.lower ?? ''))
    return { first: i, last: light, kind: 'verb', cls: 'statement', bare: false }
  const occasion = start.occasion ? usedOccasion(tokens, i) : -1
  if (occasion > 0) return { first: i, last: occasion, kind: 'verb', cls: 'statement', bare: false }
  const state = start.state ? stateCueEnd(tokens, i) : -1
  if (state >= 0) return { first: i, last: state, kind: 'verb', cls: 'belief', bare: false, holder: true }
  const entry = start.single
  if (!entry) return null
  // "the report", "a call", "his support": a determiner makes the word a noun, not the verb; so does an owner
  // ("Okafor's show"), read as the claimant only of a noun of saying ("Hale's plan would …", claimants.ts).
  const before = tokens[i - 1]?.lower ?? ''
  if ((NOUN_BEFORE.has(before) && !documentsThat(tokens, i)) || ADJECTIVE_BEFORE.has(before)) return null
  if (possessive(tokens[i - 1]) && !ownedSaying(tokens, i)) return null
  if (!senseHolds(tokens, i)) return null
  return { first: i, last: i, kind: 'verb', cls: entry.cls, bare: entry.bare }
}

/**
 * After an owner, a noun of saying reads as the owner's claim ("Hale's plan would …"); one for words said only
 * when it goes on to what was said: "Ryan's comments came a day after the vote" names the occasion, no claim
 * (docs/FORMAT.md), while "Hale's comments on the levy", "Hale's claims were false" and "Hale's comment
 * highlighted …" do.
 */
function ownedSaying(tokens: readonly Token[], i: number): boolean {
  const lower = tokens[i].lower
  // "Hale's support fell", "Ruiz's support from councillors": the backing a candidate has, not the owner's stance;
  // the owner's own only with what is backed ("Hale's support for the levy") or when a body owns it ("the union's").
  if (lower === 'support') return OWN_SUPPORT.has(tokens[i + 1]?.lower ?? '') || !isCapitalised(tokens[i - 1])
  if (!SAYING_NOUNS.has(lower) || !STATEMENT_NOUN_FORMS.has(lower)) return SAYING_NOUNS.has(lower)
  // "Hale's comments Tuesday on the levy": a day between the noun and its content.
  if (hasContent(tokens, WHEN_SAID.has(tokens[i + 1]?.lower ?? '') ? i + 1 : i)) return true
  // "Hale's comment highlighted the silence …": the words said, saying something themselves.
  return claimantCueAt(tokens, i + 1)?.kind === 'verb'
}
/** What an owner's own support goes on to: "Hale's support for the levy", "the board's support of the plan". */
const OWN_SUPPORT = new Set(['for', 'of'])
// prettier-ignore
const WHEN_SAID = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tonight',
  'earlier', 'recently'
])

/** Words whose "'s" is "is" or "has": "he's said", "it's shown", "that's why". */
const CONTRACTED = new Set(['he', 'she', 'it', 'that', 'there', 'what', 'who', 'here', 'where', 'let', 'one'])

/** "Okafor's", "the council’s": an owner, after which a verb form is a noun. */
function possessive(t: Token | undefined): boolean {
  const owner = t?.word ? /^(.+)['’]s$/u.exec(t.lower) : null
  return owner !== null && !CONTRACTED.has(owner[1])
}

/** "in a statement", "in an interview", "in his speech", "in a televised address": the noun's index, or -1. */
function speechEventNoun(tokens: readonly Token[], from: number): number {
  const det = tokens[from]
  if (!det || !NOUN_BEFORE.has(det.lower)) return det ? barePollNoun(tokens, from) : -1
  let last = from + 4
  for (let k = from + 1; k <= last && k < tokens.length; k++) {
    // "in an NBC News/Wall Street Journal poll": pollsters joined by a slash are one name, counted as one word.
    const joined = jointName(tokens, k)
    if (joined > k) {
      last += joined - k
      k = joined
      continue
    }
    // "in the day after polls closed": the noun after a preposition is no longer the event "in" names.
    if (!tokens[k].word || TIME_BREAKS.has(tokens[k].lower)) return -1
    if (SPEECH_EVENT_NOUNS.has(tokens[k].lower)) return POLLS_OPEN.has(tokens[k + 1]?.lower ?? '') ? -1 : k
    if (pollAverage(tokens, k)) return k
  }
  return -1
}
