/**
 * The claimant of a sentence of prose: whoever's statement, finding, belief, stance or stated
 * intention it reports (see docs/FORMAT.md, `claims[].claimant`).
 *
 *   The ministry said inflation fell to 2%.            → the ministry (said)
 *   Prices will rise, said Ana Ruiz, an economist.     → Ana Ruiz (said, inverted after a comma)
 *   The plan, which she said would cost £3m, …         → she, resolved to the person met before (said)
 *   Sixty percent of tenants said rents were too high. → Sixty percent of tenants (said)
 *   The union opposes the levy. / Hale plans to run.   → the union (opposes) / Hale (plans)
 *   Okafor: the scheme will fail.                      → Okafor (the colon)
 *
 * The first cue in reading order that has a subject wins: a speech verb (speech-cues.ts) or a
 * claimant cue (claimant-cues.ts). Names and descriptions are resolved against the speakers met so
 * far without changing them; one not met is given as written. A pronoun nobody can be found for
 * gives no claimant rather than a guess.
 */
import type { Claimant, Speaker } from '../../shared/article'
import type { TextRange } from './sentences'
import { isCapitalised, sentenceTokens, type Token } from './tokens'
import { cueAt, VERB_ADVERBS } from './speech-cues'
import { claimantCueAt } from './claimant-cues'
import { classifyPhrase, nameRunEnd, subjectAfter, subjectBefore, type Subject } from './subjects'
import type { SpeakerRegistry } from './speakers'
import { classifyDescription } from './speaker-lexicon'
import { colonAttribution } from './colon-claimants'
import { quantitySubject } from './quantity-subjects'
import { phraseSubject } from './phrase-subjects'
import { headlineAttribution } from './headline-claimants'
import { accordingTo } from './according-to'
import { passiveAgent } from './passive-agents'
import { withoutDateline } from './datelines'
import { writtenSubject } from './written-subjects'

/** How many cues in one sentence are tried for a subject, in reading order. */
const MAX_CUES = 4

/** Words after which a cue word is a noun: a figure, "each", "every", "other", "another". */
const NOUN_MARKERS = new Set(['each', 'every', 'other', 'another'])
const nounMarker = (t: Token | undefined): boolean =>
  t !== undefined && (/\p{N}/u.test(t.text) || NOUN_MARKERS.has(t.lower))
/** Pronouns that can stand for a claimant met earlier; "I", "we" and "you" speak only inside quotes. */
const CLAIMANT_PRONOUNS = new Set(['he', 'she', 'they', 'it'])
/** "he’s", "they’ve", "she'd": a pronoun with an auxiliary attached. */
const CONTRACTED_PRONOUN = /^(he|she|they|it)['’](?:s|ve|d|re|ll)$/u
/** Manner adverbs that sit between a subject and its verb, besides the ones speech-cues.ts lists. */
// prettier-ignore
const MORE_ADVERBS = new Set([
  'strongly', 'openly', 'loudly', 'quietly', 'widely', 'generally', 'largely', 'mostly', 'clearly', 'personally',
  'specifically', 'officially', 'formally', 'consistently', 'vehemently', 'emphatically', 'adamantly', 'fiercely',
  'overwhelmingly', 'narrowly', 'unanimously', 'broadly', 'increasingly', 'apparently', 'reluctantly', 'tacitly',
  'effectively', 'essentially', 'previously', 'ever', 'no', 'longer', 'both', 'all', 'each', 'too', 'yet', 'had',
  'actually', 'really', 'certainly', 'reportedly', 'allegedly', 'seemingly', 'likely', 'probably', 'has', 'have',
  'being', 'be', 'been', 'going', 'to', 'twice', 'thrice'
])
/** Nouns ending in -ly, which are no manner adverb: "the family said". */
// prettier-ignore
const LY_NOUNS = new Set(['family', 'ally', 'assembly', 'rally', 'supply', 'anomaly', 'monopoly', 'reply', 'belly', 'bully', 'homily', 'lily', 'folly', 'jelly', 'melee'])

/** `tokens`: the sentence's sentenceTokens() (tokens.ts), when the caller has them already. */
export function readClaimant(
  text: string,
  range: TextRange,
  registry: SpeakerRegistry,
  sentence: readonly Token[] = sentenceTokens(text, range)
): Claimant | null {
  // "HARBOURTON — The council said …": the dateline's place names no one.
  const tokens = withoutDateline(sentence)
  const sourced = sourceOf(text, tokens, registry)
  if (sourced) return sourced
  let tries = 0
  for (let i = 0; i < tokens.length && tries < MAX_CUES; i++) {
    const speech = cueAt(tokens, i)
    const other = speech ? null : claimantCueAt(tokens, i)
    if (!speech && !other) continue
    const first = i
    const last = (speech ?? other)!.last
    // "port records show", "voter surveys suggest": an -s form before a verb is the noun it is spelt as.
    if (first === last && tokens[i].lower.endsWith('s') && (cueAt(tokens, i + 1) || claimantCueAt(tokens, i + 1)))
      continue
    // "18 states", "each state", "other states": after a figure or a distributive the word is a noun.
    if (other && first === last && (other.bare || /s$/u.test(tokens[i].lower)) && nounMarker(tokens[i - 1])) continue
    i = last
    tries++
    let subject: Subject | null
    let cueEnd = last
    if (speech?.kind === 'lead-in') subject = subjectAfter(text, tokens, last + 1, tokens.length)
    else if (other?.kind === 'event') {
      // "In a CNN poll, …": the poll is named by the phrase itself, so the cue is the word "in".
      subject = documentSubject(text, tokens, first)
      if (subject) cueEnd = first
      else subject = clauseSubject(text, tokens, first, last)
    } else {
      subject = verbSubject(text, tokens, first, last, speech?.invertible ?? false, other?.bare ?? false)
      // "Other unions, including the dockers, have endorsed": a subject with complements, read whole;
      // also when the verb read no one but a pronoun after it ("Port officials, opening …, said it would").
      const unresolved = subject?.kind === 'pronoun' && subject.mention.start > tokens[last].end
      if ((!subject || (unresolved && !registry.peek(subject))) && (speech ?? other)!.kind !== 'lead-in')
        subject = phraseSubject(text, tokens, first, other?.bare ?? false) ?? subject
    }
    // "The outlook is uncertain": a state of mind needs someone to hold it.
    if (subject && other?.holder && !canHold(subject)) subject = null
    if (subject && openingWord(subject, tokens)) subject = null
    const claimant = subject
      ? resolved(text, subject, { start: tokens[first].start, end: tokens[cueEnd].end }, registry)
      : null
    if (claimant) return claimant
  }
  // "Harbour Union Backs Levy": a title-case headline capitalises its verb too.
  const headline = headlineAttribution(text, tokens) ?? colonAttribution(text, tokens)
  return headline ? resolved(text, headline.subject, headline.cue, registry) : null
}

/**
 * "…, according to the housing survey": the source of the whole clause, wherever it stands, claims
 * the sentence before the verbs of belief, stance or finding around it; a speech verb before it
 * ("The agency reported that, according to …") keeps the sentence, the source being inside what it reports.
 */
function sourceOf(text: string, tokens: readonly Token[], registry: SpeakerRegistry): Claimant | null {
  const according = accordingTo(text, tokens)
  if (!according) return null
  for (let i = 0; i < tokens.length && tokens[i].end <= according.cue.start; i++)
    if (cueAt(tokens, i)?.kind === 'verb') return null
  return resolved(text, according.subject, according.cue, registry)
}

/** Words capitalised only for opening a sentence, never a name: "Perhaps …", "Having said that, …". */
const NOT_NAMES_WHEN_OPENING = new Set(['perhaps', 'maybe', 'having', 'let', 'instead', 'indeed', 'still', 'yet'])

/**
 * "Perhaps it is …, given …", "Chastened by the analyses, Trump …": a lone word capitalised because it
 * opens the sentence is an adverb or a participle, not a claimant's name.
 */
function openingWord(subject: Subject, tokens: readonly Token[]): boolean {
  const first = tokens[0]
  if (!first || subject.mention.start !== first.start || subject.mention.end !== first.end) return false
  const lower = first.lower
  // "Chastened by …", "Having said that": a participle takes its complement; "Beijing could" is a name.
  const participle = /^[a-z]+(?:ly|ed|ing)$/u.test(lower) && PARTICIPLE_FOLLOWERS.has(tokens[1]?.lower ?? '')
  return NOT_NAMES_WHEN_OPENING.has(lower) || participle
}
// prettier-ignore
const PARTICIPLE_FOLLOWERS = new Set([
  ',', 'by', 'to', 'that', 'with', 'at', 'on', 'in', 'for', 'the', 'a', 'an', 'his', 'her', 'their', 'its', 'about',
  'from', 'after', 'over', 'out'
])

/** A person or a body, named or described by a noun for people ("tenants", "the union"), not "the outlook". */
function canHold(subject: Subject): boolean {
  if (subject.kind !== 'description') return true
  const head = (subject.name.toLowerCase().match(/[\p{L}-]+/gu) ?? []).pop() ?? ''
  return [head, head.replace(/s$/u, '')].some((word) => {
    const kind = classifyDescription(word)
    return kind.wellFormed && (kind.person || kind.group)
  })
}

/** The subject of the verb at tokens[first..last]: a pronoun before it, a phrase, or after it when inverted. */
function verbSubject(
  text: string,
  tokens: readonly Token[],
  first: number,
  last: number,
  invertible: boolean,
  bare: boolean
): Subject | null {
  // "the proposed deal", "his reported remarks": after a determiner the word is no verb.
  if (DETERMINERS.has(tokens[first - 1]?.lower ?? '')) return null
  const progressive = tokens[first].lower.endsWith('ing')
  let k = first - 1
  let auxiliary = false
  let modal = false
  for (;;) {
    if (k >= 0 && tokens[k].word && isAdverb(tokens[k].lower)) {
      if (BE.has(tokens[k].lower)) auxiliary = true
      if (MODALS.test(tokens[k].lower)) modal = true
      k--
    } else if (k >= 1 && isTimeAdverbial(tokens, k)) k = timeAdverbialStart(tokens, k) - 1
    else break
  }
  // "was endorsed by the union", "are given": the passive names its claimant after "by", if at all.
  if (auxiliary && !progressive) return passiveAgent(text, tokens, last)
  if (k < 0) return null
  const before = tokens[k]
  const pronoun = pronounAt(text, before)
  // "He’s pushing for", "they are urging": an -ing form is a verb only after a form of "be".
  if (progressive && !auxiliary && !/['’](?:s|re)$/u.test(before.lower)) {
    // "Hale rejected the plan, saying it would cost jobs": a participle after a comma is the main clause's.
    return before.text === ',' ? openingSubject(text, tokens, k) : null
  }
  if (pronoun) return pronoun
  // "Monsanto, which opposed the bill", "a senator who wants …": the relative pronoun stands for its antecedent.
  if (RELATIVES.has(before.lower)) return relativeSubject(text, tokens, k)
  // "…, said Ana Ruiz, an economist" / "…,” said the mayor": the subject follows the verb.
  if (!before.word && invertible) {
    const after = subjectAfter(text, tokens, last + 1, tokens.length)
    if (after) return after
  }
  if (!before.word && before.text !== ')') return null
  const quantity = quantitySubject(text, tokens, k + 1)
  if (quantity) return quantity
  const subject =
    subjectBefore(text, tokens, k + 1, 0) ??
    openedSubject(text, tokens, k + 1) ??
    coordinated(text, tokens, k) ??
    phraseBefore(text, tokens, k + 1)
  const owner = subject ? possessor(subject) : null
  if (owner) return owner
  if (!subject || !plausible(text, subject)) return null
  // A bare base form ("support") takes a plural subject: "voters support", never "the tax plan".
  if (bare && subject.kind !== 'pronoun' && !subject.plural && !/s$/u.test(mentionText(text, subject))) {
    // After "does" or a modal the base form is a verb, held by someone: "The Fed does not want", not "the plan would support".
    if (!modal || !canHold(subject)) return null
  }
  return subject
}

/** Words opening a clause before its subject: "While Ramos said …", "… which officials said will …". */
// prettier-ignore
const CLAUSE_OPENERS = new Set([
  'while', 'when', 'as', 'because', 'although', 'though', 'since', 'if', 'whereas', 'but', 'and', 'so', 'yet',
  'which', 'that', 'what', 'where', 'whom', 'after', 'before', 'until', 'unless', 'once'
])
/** Words joining a second verb to the sentence's subject: "Obama met the families and said …". */
const COORDINATORS = new Set(['and', 'but'])

/** The subject after a clause opener: "While Ramos", "which officials", "as Clinton supporters". */
function openedSubject(text: string, tokens: readonly Token[], end: number): Subject | null {
  let start = end
  while (start > 0 && end - start <= 12 && tokens[start - 1].word && !CLAUSE_OPENERS.has(tokens[start - 1].lower))
    start--
  if (start === 0 || !CLAUSE_OPENERS.has(tokens[start - 1].lower) || start === end) return null
  return classifyPhrase(text, tokens, start, end)
}

/** The sentence's opening subject, for a verb coordinated with its first: "Obama met … and said". */
function coordinated(text: string, tokens: readonly Token[], k: number): Subject | null {
  if (k <= 0 || !COORDINATORS.has(tokens[k].lower)) return null
  let start = 0
  while (start < k && (!tokens[start].word || SENTENCE_OPENERS.has(tokens[start].lower))) start++
  const pronoun = tokens[start] ? pronounAt(text, tokens[start]) : null
  if (pronoun) return pronoun
  const end = nameRunEnd(tokens, start, k)
  return end > start + 0 && end < k ? classifyPhrase(text, tokens, start, end) : null
}
const SENTENCE_OPENERS = new Set(['but', 'and', 'so', 'yet', 'still', 'however', 'meanwhile', 'now', 'also', 'then'])

const RELATIVES = new Set(['who', 'which'])
/** Longest phrase read as a relative pronoun's antecedent or a sentence's opening subject, in tokens. */
const MAX_OPENING_TOKENS = 8
/** Words that open a sentence with an adverbial before its subject: "In London, …", "After the vote, …". */
// prettier-ignore
const ADVERBIAL_OPENERS = new Set([
  'in', 'on', 'at', 'after', 'before', 'during', 'for', 'with', 'by', 'since', 'when', 'while', 'as', 'although',
  'though', 'despite', 'following', 'like', 'unlike', 'under', 'over', 'last', 'earlier', 'later', 'still', 'yet'
])
/** Lower-case words that end an opening subject: the verb or its auxiliary. */
// prettier-ignore
const VERB_STARTS = new Set([
  'is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'did', 'does', 'do', 'may',
  'might', 'should', 'must', 'also', 'then', 'later', 'again', 'never', 'not'
])

/**
 * The words from the last break to the verb, read as one noun phrase: "The reports show", "new
 * fundraising reports show", where a word spelt like a speech verb stopped the usual reading.
 */
function phraseBefore(text: string, tokens: readonly Token[], end: number): Subject | null {
  let start = end
  while (start > 0 && end - start < MAX_OPENING_TOKENS && tokens[start - 1].word) start--
  if (start > 0 && tokens[start - 1].word) return null
  while (start < end && CLAUSE_OPENERS.has(tokens[start].lower)) start++
  const phrase = start < end ? classifyPhrase(text, tokens, start, end) : null
  return phrase && plausible(text, phrase) ? phrase : null
}

/** The antecedent of "who"/"which" at token `k`, named where the pronoun stands. */
function relativeSubject(text: string, tokens: readonly Token[], k: number): Subject | null {
  let end = k
  if (end > 0 && tokens[end - 1].text === ',') end--
  let start = end
  while (start > 0 && end - start < MAX_OPENING_TOKENS && tokens[start - 1].word) start--
  let antecedent: Subject | null = null
  let nameStart = end
  while (nameStart > start && isCapitalised(tokens[nameStart - 1])) nameStart--
  if (nameStart < end) antecedent = classifyPhrase(text, tokens, nameStart, end)
  if (!antecedent) {
    const phrase = classifyPhrase(text, tokens, start, end)
    antecedent = phrase && plausible(text, phrase) ? phrase : null
  }
  if (!antecedent || antecedent.kind === 'pronoun') return null
  return { ...antecedent, mention: { start: tokens[k].start, end: tokens[k].end } }
}

/** The subject opening the sentence (after "In London," and the like), for a participle hung on its clause. */
function openingSubject(text: string, tokens: readonly Token[], limit: number): Subject | null {
  let s = 0
  while (s < limit && (!tokens[s].word || SENTENCE_OPENERS.has(tokens[s].lower))) s++
  if (s < limit && ADVERBIAL_OPENERS.has(tokens[s].lower)) {
    const comma = tokens.findIndex((t, i) => i > s && i < limit && t.text === ',')
    if (comma < 0) return null
    s = comma + 1
  }
  if (s >= limit) return null
  const pronoun = pronounAt(text, tokens[s])
  if (pronoun) return pronoun
  const run = nameRunEnd(tokens, s, limit)
  if (run > s) {
    const named = classifyPhrase(text, tokens, s, run)
    return named && plausible(text, named) ? (possessor(named) ?? named) : null
  }
  let end = s
  while (end < limit && end - s < MAX_OPENING_TOKENS && tokens[end].word && !VERB_STARTS.has(tokens[end].lower)) {
    if (end > s && (claimantCueAt(tokens, end) || cueAt(tokens, end) || /ed$/u.test(tokens[end].lower))) break
    end++
  }
  if (end === s || end >= limit) return null
  const phrase = classifyPhrase(text, tokens, s, end)
  return phrase && plausible(text, phrase) ? phrase : null
}

/** Determiners and possessives after which a verb form is a noun or an adjective. */
// prettier-ignore
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'his', 'her', 'their', 'its', 'our', 'my', 'your'])
const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being'])
/** "do" and the modals, with their negations, after which a verb takes its base form whatever its subject. */
const MODALS =
  /^(?:do|does|did|will|would|can|could|may|might|should|must|shall)(?:n['’]t|not)?$|^(?:won|can|don|doesn|didn|wouldn|couldn|shouldn|mustn)['’]t$/u
/** Words a subject never ends with: it would be cut off mid-phrase ("the start of", "an adviser who"). */
// prettier-ignore
const OPEN_ENDS = new Set([
  'the', 'a', 'an', 'of', 'or', 'and', 'to', 'in', 'on', 'at', 'for', 'with', 'by', 'from', 'who', 'which', 'that',
  'his', 'her', 'their', 'its', 'our', 'as', 'than', 'over', 'about'
])
/** Words that make a "subject" a clause of its own: "the council is deeply divided over". */
// prettier-ignore
const CLAUSE_WORDS = new Set([
  'is', 'are', 'was', 'were', 'has', 'have', 'had', 'hasn’t', "hasn't", 'haven’t', "haven't", 'will', 'would', 'who',
  'which', 'when', 'if', 'because'
])
/** Words that open a phrase that is no subject: "In a video posted …", "For voters, …". */
const PREPOSITIONS = new Set(['in', 'on', 'at', 'for', 'with', 'by', 'from', 'during', 'after', 'before', 'of'])
/** Words that open a noun phrase without a determiner: "many voters", "other Republicans". */
// prettier-ignore
const QUANTIFIERS = new Set(['many', 'most', 'some', 'other', 'several', 'few', 'more', 'all', 'both', 'top', 'senior', 'former', 'local', 'federal', 'state'])
/** Longest unknown description accepted as a claimant ("The actress", "the longtime aide"). */
const MAX_PLAIN_DESCRIPTION_WORDS = 10

/**
 * A subject read before a verb is a claimant only when it reads as one: a name that is no possessive
 * ("Trump’s claims" is a noun phrase), a description built on a known noun, or a short determiner
 * phrase ("The actress"); never a clause ("the council is divided over the") or a cut-off phrase.
 */
function plausible(text: string, subject: Subject): boolean {
  if (subject.kind === 'pronoun') return true
  const words = mentionText(text, subject)
    .split(/[^\p{L}\p{N}'’.-]+/u)
    .filter((w) => w !== '')
  const lower = words.map((w) => w.toLowerCase())
  const lastWord = lower[lower.length - 1] ?? ''
  if (/['’]s?$/u.test(lastWord) || OPEN_ENDS.has(lastWord) || PREPOSITIONS.has(lower[0] ?? '')) return false
  if (lower.some((w) => CLAUSE_WORDS.has(w))) return false
  if (subject.kind === 'name') return true
  if (classifyDescription(subject.name).wellFormed) return true
  // "More black Democratic state lawmakers": a phrase ending on a noun for people or bodies.
  const head = classifyDescription(lastWord)
  const opens = /^\p{Lu}/u.test(words[0] ?? '') || DETERMINERS.has(lower[0] ?? '') || QUANTIFIERS.has(lower[0] ?? '')
  if (opens && words.length <= MAX_PLAIN_DESCRIPTION_WORDS && (head.person || head.group) && head.wellFormed)
    return true
  return (
    DETERMINERS.has(lower[0] ?? '') &&
    !['his', 'her', 'their', 'its', 'our', 'my', 'your'].includes(lower[0]) &&
    words.length <= MAX_PLAIN_DESCRIPTION_WORDS
  )
}

/**
 * "Trump’s claims that …", "Hale’s plan to …": a named owner of a reported statement or plan is its
 * claimant, named without the possessive ending.
 */
function possessor(subject: Subject): Subject | null {
  if (subject.kind !== 'name' || subject.nameWords.length === 0) return null
  const words = subject.nameWords
  const last = words[words.length - 1]
  const match = /^(.+)['’]s$/u.exec(last)
  if (!match || NOT_OWNERS.has(match[1].toLowerCase())) return null
  const end = subject.mention.end - (last.length - match[1].length)
  const nameWords = [...words.slice(0, -1), match[1]]
  const name = subject.name.slice(0, subject.name.length - (last.length - match[1].length))
  return { ...subject, mention: { start: subject.mention.start, end }, name, nameWords }
}
/** Possessives that name a section of the page, not an owner of a claim ("Editor’s note:"). */
const NOT_OWNERS = new Set(['editor', 'editors', 'publisher', 'reader', 'readers', 'today', 'yesterday', 'tomorrow'])

function mentionText(text: string, subject: Subject): string {
  return text.slice(subject.mention.start, subject.mention.end)
}

/** Documents that speak for themselves after "in": "in a CNN poll", "in the audit released Monday". */
// prettier-ignore
const DOCUMENT_NOUNS = new Set([
  'poll', 'polls', 'survey', 'surveys', 'study', 'report', 'analysis', 'filing', 'lawsuit', 'memo', 'ruling', 'audit',
  'census', 'data'
])
/** Past participles that go on naming the document: "a poll released Monday", "the report issued this month". */
const DOCUMENT_PARTICIPLE_WORDS = 3

/** "In an early-October CBS poll, she led …", "… ahead in the latest poll": the document is the claimant. */
function documentSubject(text: string, tokens: readonly Token[], cue: number): Subject | null {
  let end = cue + 1
  while (end < tokens.length && end - cue <= MAX_OPENING_TOKENS && tokens[end].word) end++
  const noun = tokens.findIndex((t, i) => i > cue && i < end && DOCUMENT_NOUNS.has(t.lower))
  if (noun < 0) return null
  // An op-ed, a letter or a book "in" a sentence is its writer's speech, not a document's finding.
  let last = noun
  if (tokens[noun + 1]?.word && /ed$/u.test(tokens[noun + 1].lower))
    last = Math.min(end - 1, noun + DOCUMENT_PARTICIPLE_WORDS)
  return writtenSubject(text, { start: tokens[cue + 1].start, end: tokens[last].end }, { plural: false, group: true })
}

/** "In a statement, the ministry denied …", "Hale, in an interview, said …": the clause's own subject. */
function clauseSubject(text: string, tokens: readonly Token[], cue: number, last: number): Subject | null {
  // Before the cue: "The ministry, in a statement on Monday, …".
  if (cue > 0 && tokens[cue - 1].text === ',') {
    const before = subjectBefore(text, tokens, cue - 1, 0)
    if (before) return before
  }
  // After the event phrase: the first subject standing before a verb.
  for (let k = last + 1; k < tokens.length; k++) {
    if (tokens[k].text !== ',') continue
    const start = k + 1
    const pronoun = tokens[start] ? pronounAt(text, tokens[start]) : null
    if (pronoun) return pronoun
    for (let j = start + 1; j < tokens.length && j < start + 8; j++) {
      if (!tokens[j].word) break
      if (!tokens[j].word || isCapitalised(tokens[j])) continue
      const subject = classifyPhrase(text, tokens, start, j)
      return subject && subject.kind !== 'description' ? subject : null
    }
    return null
  }
  return null
}

function pronounAt(text: string, token: Token): Subject | null {
  if (CLAIMANT_PRONOUNS.has(token.lower)) return classifyPhrase(text, [token], 0, 1)
  const contracted = CONTRACTED_PRONOUN.exec(token.lower)
  if (!contracted) return null
  const pronoun: Token = {
    ...token,
    end: token.start + contracted[1].length,
    text: token.text.slice(0, contracted[1].length),
    lower: contracted[1]
  }
  return classifyPhrase(text, [pronoun], 0, 1)
}

/** "on Tuesday", "on Friday night", "last week", "this month": a time between a subject and its verb. */
const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'])
const DAY_PARTS = new Set(['night', 'morning', 'afternoon', 'evening'])
const PERIODS = new Set(['week', 'month', 'year', 'weekend', 'spring', 'summer', 'fall', 'autumn', 'winter'])

function timeAdverbialStart(tokens: readonly Token[], k: number): number {
  let j = k
  if (DAY_PARTS.has(tokens[j].lower)) j--
  if (j >= 1 && WEEKDAYS.has(tokens[j].lower) && tokens[j - 1].lower === 'on') return j - 1
  if (j >= 1 && PERIODS.has(tokens[k].lower) && (tokens[k - 1].lower === 'last' || tokens[k - 1].lower === 'this'))
    return k - 1
  return -1
}

function isTimeAdverbial(tokens: readonly Token[], k: number): boolean {
  return timeAdverbialStart(tokens, k) >= 0
}

function isAdverb(lower: string): boolean {
  if (VERB_ADVERBS.has(lower) || MORE_ADVERBS.has(lower) || /n['’]t$/u.test(lower)) return true
  // "happily retweeted", "disingenuously claimed": a manner adverb (read only before a known cue).
  return lower.length >= 5 && lower.endsWith('ly') && !LY_NOUNS.has(lower)
}

/** The claimant a subject names: a speaker met before, or the subject as written. */
function resolved(text: string, subject: Subject, cue: TextRange, registry: SpeakerRegistry): Claimant | null {
  const known: Speaker | null = registry.peek(subject)
  if (!known && subject.kind === 'pronoun') return null
  const span = (r: TextRange) => ({ start: r.start, end: r.end, text: text.slice(r.start, r.end) })
  return { name: known?.name ?? subject.name, mention: span(subject.mention), cue: span(cue) }
}
