/**
 * Words spelt like a cue that the words beside them make a noun or a naming participle, so that no
 * claimant is read from them:
 *
 *   the Clinton campaign, the Paris summit      → a base form after "the" and a name is that name's noun
 *   the Paris attacks were …, southern states   → an -s form before an auxiliary, or after an adjective
 *   30 states, council reports shows           → or after a figure, or before a verb
 *   a company called Wealth-X                   → naming, not saying
 *
 * "Democrats support …", "the Kremlin attacks the plan", "which Hale denies," keep their verbs.
 */
import { isCapitalised, type Token } from './tokens'
import { classifyDescription } from './speaker-lexicon'
import { cueAt, isVerbAdverb } from './speech-cues'
import { DOCUMENT_SUBJECTS } from './phrase-subjects'
import { claimantCueAt } from './claimant-cues'
import { DOCUMENT_HEADS } from './according-to'
import { DEMONYMS } from '../facts/entity-cues'
import { headOfNounPhrase, stateAsNoun, statesAsNoun } from './cue-noun-phrases'
import {
  DOMAIN_ADVERBS,
  GROWING,
  ING_VERB_BEFORE,
  OBJECT_VERBS,
  PAST_VERBS,
  STAFF_NOUNS,
  VERB_ONLY_FORMS
} from './cue-noun-words'

const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'his', 'her', 'their', 'its', 'our'])
/** Auxiliaries after which an -s form is a noun subject: "the attacks were", "the states have". */
// prettier-ignore
const AFTER_NOUN = new Set([
  'is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'could', 'can', 'may', 'might', 'should', 'must'
])
/**
 * Adjective endings ("murderous attacks", "southern states", "several swing states"), on words of 6 letters or
 * more, and compound modifiers ("zero-interest rates", "long-term plans").
 */
const ADJECTIVE = /^(?:[a-z]{2,}(?:ous|ern|ful|less|able|ible|ary|ial|nal|ral|ical)|[a-z]+-[a-z]+)$/u
/** Cardinals, after which an -s form counts things: "two reports", "30 states", "a dozen posts". */
// prettier-ignore
const CARDINALS = new Set([
  'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'twenty', 'fifty',
  'hundred', 'thousand', 'million', 'billion', 'dozen', 'dozens', 'hundreds', 'thousands', 'millions', 'several',
  'many', 'few'
])
const isCardinal = (t: Token): boolean => CARDINALS.has(t.lower) || /^\p{N}[\p{N},.]*$/u.test(t.text)
/**
 * "two coastal states wins", "both campaigns in the race": an -s form after a count of more than one (or "both") and
 * at most one plain word is the counted noun; a plural subject would take the bare verb ("both campaign", "three
 * early voters say"). Not after a word of time ("two years ago says" is someone's verb after an aside).
 */
function countedNoun(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1]
  // "Ruiz both documents … and blames …": after a subject "both" pairs two verbs.
  if (before.lower === 'both') return !subjectAt(tokens, i - 2)
  // "over the last three days shows": a plural noun after the count ends the phrase; the verb's subject is longer.
  const plain =
    before.text === before.lower &&
    !before.lower.endsWith('s') &&
    !PREPOSITIONS.has(before.lower) &&
    !NOT_COUNTED.has(before.lower)
  return plain && i > 1 && COUNT_WORDS.test(tokens[i - 2].lower) && !PREPOSITIONS.has(tokens[i - 3]?.lower ?? '')
}
const NOT_COUNTED = new Set(['ago', 'later', 'earlier', 'more', 'less', 'or', 'and', 'of', 'to', 'who', 'that'])
/** A name or a pronoun at `k`; a link capitalised for opening the sentence ("And both …") is no name. */
const subjectAt = (tokens: readonly Token[], k: number): boolean =>
  k >= 0 &&
  tokens[k].word &&
  ((isCapitalised(tokens[k]) && !LINKS.has(tokens[k].lower)) || PRONOUNS.has(tokens[k].lower))
const LINKS = new Set(['and', 'but', 'yet', 'so', 'or', 'as', 'while'])
/** Number words counting more than one, written out; a figure may be a year ("a 2019 memo shows"). */
const COUNT_WORDS = /^(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)$/u
const PREPOSITIONS = new Set(['in', 'of', 'for', 'with', 'without', 'from', 'under', 'amid', 'about', 'into'])
const NOUN_DETERMINERS = new Set(['such', 'these', 'those', 'any', 'no'])
/** Words that do not follow a bare verb of saying or intending: "the tax plan until …", "the rail plan was …". */
// prettier-ignore
const NOT_AFTER_VERB = new Set([
  'until', 'was', 'is', 'would', 'will', 'has', 'had', 'could', 'should', 'might', 'before', 'after', 'since', 'during'
])
/** Marks ending a noun phrase right after a bare form: "after his initial tweet, …". */
const OWNED_NOUN_ENDS = new Set([',', '.', ';', ':', ')'])
/** Pronouns, which an -s form after them makes a verb: "she states", "it supports". */
const PRONOUNS = new Set(['he', 'she', 'it', 'who', 'that', 'which', 'one'])
/** Participles that name rather than say: "a program called BleachBit", "a group named Fair Fares". */
const NAMING = new Set(['called', 'named', 'dubbed', 'titled', 'entitled', 'nicknamed'])

/** Words after a document's head that name its owner or its making: "figures from", "estimates published by". */
const DOCUMENT_LINKS = new Set(['from', 'by', 'published', 'released', 'compiled'])

/** True when the single-word cue at tokens[i] reads as a noun or a naming participle here. */
export function spelledAsNoun(tokens: readonly Token[], i: number, bare: boolean): boolean {
  const lower = tokens[i].lower
  // "…, regulator says": a headline's bare noun before a form no noun is spelt as ("voter fears" is a noun).
  if (VERB_ONLY_FORMS.has(lower)) return false
  if (lower === 'states' && statesAsNoun(tokens, i)) return true
  if (lower === 'state') return stateAsNoun(tokens, i)
  // "port records show", "an analysis of council reports shows": an -s form before a verb is its subject noun;
  // before a speech event it is the verb ("Hale says in a statement that …").
  if (lower.endsWith('s') && verbNext(tokens, i + 1)) return true
  const before = tokens[i - 1]
  if (!before?.word) return false
  // "in support of", "with the support", "such attacks", "these claims": after a preposition or such a
  // determiner the word is a noun ("by saying" is a verb: an -ing form after a preposition is a gerund).
  const preposition = PREPOSITIONS.has(before.text) && !lower.endsWith('ing')
  // "those supporting the mayor": an -ing form after "those" is a verb, said of the people "those" stands for.
  const those = before.lower === 'those' && lower.endsWith('ing')
  if (preposition || (NOUN_DETERMINERS.has(before.lower) && !those)) return true
  // "drew rebukes from the Pentagon", "faced mounting attacks", "has won support from": a verb taking an object, or
  // a word for growth before it, leaves no room for a second verb.
  if (!lower.endsWith('ing') && (OBJECT_VERBS.has(before.lower) || GROWING.has(before.lower))) return true
  if (NAMING.has(lower)) return naming(tokens, i)
  // "an emotionally charged revolt", "a racially charged dismissal": a participle on a domain adverb, before its noun.
  if (DOMAIN_ADVERBS.has(before.lower) && lower.endsWith('ed') && !clauseNext(tokens[i + 1])) return true
  // "New figures from Ofgem show", "the latest figures published by the ONS": a document's head before the link
  // naming its owner is the noun the verb after it has for subject ("she figures from experience" keeps its verb).
  if (DOCUMENT_HEADS.has(lower) && DOCUMENT_LINKS.has(tokens[i + 1]?.lower ?? '') && !PRONOUNS.has(before.lower))
    return true
  // "a vote on the tax plan until next month": a bare form after a determiner's noun, before a word no verb of
  // saying or intending takes next, is that noun's head ("the voters want change", "the unions plan to" keep theirs).
  if (bare && before.text === before.lower && DETERMINERS.has(tokens[i - 2]?.lower ?? '') && !peopleNoun(before.lower))
    if (NOT_AFTER_VERB.has(tokens[i + 1]?.lower ?? '')) return true
  // "after his initial tweet, …", "on her first visit.": a bare form ending the phrase of an owner or a determiner and
  // a modifier is that phrase's noun; a verb there has a subject of its own ("as the figures suggest," keeps it).
  if (bare && before.text === before.lower && OWNED_NOUN_ENDS.has(tokens[i + 1]?.text ?? '.'))
    if (
      DETERMINERS.has(tokens[i - 2]?.lower ?? '') &&
      !peopleNoun(before.lower) &&
      !DOCUMENT_SUBJECTS.has(before.lower)
    )
      return true
  // "controversial remarks by her opponent", "direct mail attacks by conservative groups": an -s form with "by" after
  // it is the noun whose maker "by" names; the verb takes its object first.
  if (lower.endsWith('s') && tokens[i + 1]?.lower === 'by' && !PRONOUNS.has(before.lower)) return true
  // "the Sanders campaign said", "Sanders campaign manager Tom Reyes", "the Sanders campaign was": a bare form after a
  // name, before a verb, an auxiliary or a noun for staff, is the name's noun; no bare verb after a subject takes
  // another verb after it ("the Greens campaign for …" keeps it). Not after an owner ("Hale's plan would …").
  if (bare && isCapitalised(before) && !/['’]s?$/u.test(before.text) && nounAfterName(tokens, i)) return true
  if (bare && isCapitalised(before) && i > 1) {
    // "the Clinton campaign"; not "China and Russia support", "the Germans announce", "the U.S. cite", nor a
    // document's owner before its verb: "figures from the DfE show".
    const owner = DOCUMENT_LINKS.has(tokens[i - 3]?.lower ?? '') && DOCUMENT_HEADS.has(tokens[i - 4]?.lower ?? '')
    const surname = !/[.s]$/u.test(before.text) || pastVerbAfter(tokens, i)
    return DETERMINERS.has(tokens[i - 2]?.lower ?? '') && surname && !owner
  }
  // "The harbour rules that …", "at 85 percent support among …": the head of a noun phrase (cue-noun-phrases.ts).
  if (headOfNounPhrase(tokens, i)) return true
  if (bare || !lower.endsWith('s') || PRONOUNS.has(before.lower)) return false
  if (peoplesAdjectiveBefore(tokens, i)) return true
  // "needs at least seven Democratic votes": a figure, then a party or a people's adjective, counts the things.
  if (isCapitalised(before) && i > 1 && isCardinal(tokens[i - 2])) return true
  // "began taking calls from …", "was fielding questions": the object of an -ing verb after "began" or "was".
  if (/^[a-z]+ing$/u.test(before.text) && ING_VERB_BEFORE.has(tokens[i - 2]?.lower ?? '')) return true
  // "Hospital waiting lists hit …", "NHS housing lists": an -ing word between a capitalised modifier and the -s
  // form makes one noun of the three, unless a clause follows ("Exit polling shows he won", "… states that").
  if (/^[a-z]+ing$/u.test(before.text) && i > 1 && isCapitalised(tokens[i - 2]) && !clauseNext(tokens[i + 1]))
    return true
  if (AFTER_NOUN.has(tokens[i + 1]?.lower ?? '')) return !gapBefore(tokens, i)
  if (isCardinal(before) || countedNoun(tokens, i)) return true
  if (modifiedNoun(tokens, i)) return true
  return before.text === before.lower && ADJECTIVE.test(before.lower) && !peopleNoun(before.lower)
}

/**
 * After a bare form at tokens[i]: a verb of saying or a claimant verb, a noun for staff, or an auxiliary when a
 * determiner opens the name ("the Sanders campaign was"; "a tactic Democrats hope will work" is a clause).
 */
function nounAfterName(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1]?.lower ?? '.'
  if (AFTER_NOUN.has(next)) return DETERMINERS.has(tokens[i - 2]?.lower ?? '')
  return STAFF_NOUNS.has(next) || verbNext(tokens, i + 1)
}

/**
 * "The Reyes campaign spent $2 million": a past form after a bare form after a name in -s is the verb of that name's
 * noun; a plural people's name takes the bare form as its own verb and no second one ("the Germans announce plans").
 */
function pastVerbAfter(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1].lower
  if (DEMONYMS.has(before.replace(/s$/u, '')) || peopleNoun(before)) return false
  const next = tokens[i + 1]
  return next !== undefined && next.text === next.lower && (/[a-z]ed$/u.test(next.text) || PAST_VERBS.has(next.text))
}

/** Words opening the clause a verb of saying or showing takes: "shows he won", "states that …", "finds the …". */
// prettier-ignore
const CLAUSE_OPENERS = new Set([
  'that', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'the', 'a', 'an', 'there', 'this', 'these', 'those', 'most'
])
const clauseNext = (t: Token | undefined): boolean =>
  t === undefined || !t.word || CLAUSE_OPENERS.has(t.lower) || isCapitalised(t) || /^\p{N}/u.test(t.text)

/** Whether a verb of saying or a claimant verb starts at tokens[at]; not a speech event ("in a statement"). */
function verbNext(tokens: readonly Token[], at: number): boolean {
  const next = cueAt(tokens, at) ?? claimantCueAt(tokens, at)
  return next !== null && next.kind !== 'lead-in' && next.kind !== 'event'
}

/** What ends a noun phrase and never opens what a verb of saying or stance takes: "battleground states, …". */
// prettier-ignore
const PHRASE_ENDS = new Set([',', '.', ';', ':', '—', '–', ')', '?', '!', 'and', 'or', 'in', 'on', 'of', 'like', 'since'])

/**
 * "in battleground states, …", "after the Paris attacks.", "the 9/11 terrorist attacks in …": an -s form after a
 * modifier, with the phrase ending right after it, is the noun the modifier describes. A verb there has a
 * subject before it that is a person or a body ("the union objects.", "Hale disagrees,") or a relative clause's gap
 * ("which Hale denies,"), and is left alone.
 */
function modifiedNoun(tokens: readonly Token[], i: number): boolean {
  // Most words have more of their phrase after them. The reading past this test is a function of its own: V8
  // optimises a function once it has run enough of its own bytecode, early returns included, so one function
  // holding both was compiled mid-run (the fourth pass of bench/news-speed.ts); this front compiles in the first.
  return PHRASE_ENDS.has(i + 1 < tokens.length ? tokens[i + 1].lower : '.') && modifiedNounAtEnd(tokens, i)
}

/** modifiedNoun for an -s form at the end of its phrase. */
function modifiedNounAtEnd(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1]
  if (gapBefore(tokens, i)) return false
  // "the Paris attacks.": a name between a determiner and the word modifies it; "Hale disagrees." is a subject.
  if (isCapitalised(before)) return DETERMINERS.has(tokens[i - 2]?.lower ?? '') && !/[.s]$/u.test(before.text)
  // "one slide says.", "the evidence indicates,", "Kaine now says,": a speech verb, a document or an adverb before.
  if (before.text !== before.lower || isVerbAdverb(before) || DOCUMENT_SUBJECTS.has(before.lower)) return false
  if (INDEFINITE_PEOPLE.has(before.lower)) return false
  // "the union objects.", "a local spokesman insists,": a person or a body after a determiner is the subject;
  // "… to stoke voter fears.": a bare noun for people before the word modifies it.
  return !(peopleNoun(before.lower) && determinedBefore(tokens, i - 1))
}

/** Whether a determiner or an owner stands among the few words before tokens[at], inside its phrase. */
function determinedBefore(tokens: readonly Token[], at: number): boolean {
  for (let k = at - 1; k >= 0 && at - k <= DETERMINER_REACH; k--) {
    const t = tokens[k]
    if (!t.word) return false
    if (DETERMINERS.has(t.lower) || /['’]s?$/u.test(t.lower)) return true
  }
  return false
}
/** How far back the determiner of a subject's head is looked for: "the harbour workers' local union". */
const DETERMINER_REACH = 3
/** Pronouns for people that take a verb's -s form: "not everyone agrees on …". */
// prettier-ignore
const INDEFINITE_PEOPLE = new Set(['everyone', 'everybody', 'someone', 'somebody', 'anyone', 'anybody', 'one', 'nobody'])

/** Relative words whose clause may leave the verb's object out: "which the agency says had …". */
const RELATIVES = new Set(['which', 'that', 'who', 'whom', 'whose', 'what'])
/** How far back a relative word is looked for, in tokens. */
const GAP_WINDOW = 10

/** "which the agency says had the highest", "what Hale hopes will pass": the verb's clause has a gap. */
function gapBefore(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && i - k <= GAP_WINDOW; k--) if (RELATIVES.has(tokens[k].lower)) return true
  return false
}

/** "a company called Wealth-X", "a slogan dubbed “…”": an indefinite noun, then the name. */
function naming(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1]
  const next = tokens[i + 1]
  if (!before.word || before.text !== before.lower || !next) return false
  const indefinite =
    ['a', 'an'].includes(tokens[i - 2]?.lower ?? '') || ['a', 'an'].includes(tokens[i - 3]?.lower ?? '')
  if (indefinite && (isCapitalised(next) || /^["“‘']$/u.test(next.text))) return true
  // "a move called the boneless", "a movement called the Harbour Party": a thing, never a caller, then its name;
  // "a spokesman called the plan reckless" is a person's words.
  return indefinite && next.lower === 'the' && !peopleNoun(before.lower)
}

function peopleNoun(word: string): boolean {
  return [word, word.replace(/s$/u, '')].some((w) => {
    const kind = classifyDescription(w)
    return kind.wellFormed && (kind.person || kind.group)
  })
}

/** Capitalised words for a party or a creed that only ever modify a noun; -ic words but the oceans are such too. */
const GROUP_ADJECTIVES = new Set(['democratic', 'republican', 'conservative', 'liberal', 'progressive'])
const NOT_ADJECTIVES = new Set(['atlantic', 'pacific', 'arctic'])

/**
 * "solidly Democratic states, like …", "his Islamophobic remarks loomed", "in many Asian states,": an -s form right
 * after a people's, a party's or a creed's adjective is the noun it describes. Not where a clause or "to" follows
 * ("a Republican argues that …", "one Canadian wants to …"), nor after a first name ("Mark Cuban notes").
 */
function peoplesAdjectiveBefore(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1]
  const twoBefore = tokens[i - 2]
  const firstName = twoBefore && isCapitalised(twoBefore) && !DETERMINERS.has(twoBefore.lower)
  if (!isCapitalised(before) || (firstName && !PREPOSITIONS.has(twoBefore.lower))) return false
  const lower = before.lower
  const adjective =
    DEMONYMS.has(lower) || GROUP_ADJECTIVES.has(lower) || (/[a-z]{4}ic$/u.test(lower) && !NOT_ADJECTIVES.has(lower))
  const next = tokens[i + 1]
  return adjective && !(next?.word && (clauseNext(next) || next.lower === 'to'))
}
