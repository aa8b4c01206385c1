/**
 * Beliefs and stances written as a state rather than a verb: "is confident that", "remain skeptical
 * of", "are increasingly worried", "isn't sure", and "see … as" ("voters see him as a threat"). They
 * report what someone holds true or stands for, like "believes" or "opposes" (docs/FORMAT.md), so
 * their subject is the claimant; only a person or a body can hold them ("The outlook is uncertain"
 * names no one).
 */
import type { Token } from './tokens'

/** Forms of "be" and of the verbs that work like it before an adjective. */
// prettier-ignore
const COPULAS = new Set([
  'is', 'are', 'was', 'were', 'am', 'be', 'been', 'remain', 'remains', 'remained', 'seem', 'seems', 'seemed', 'appear',
  'appears', 'appeared', 'become', 'becomes', 'became', 'grew', 'grow', 'grows', 'feel', 'feels', 'felt', 'stay',
  'stays', 'stayed', 'isn’t', "isn't", 'aren’t', "aren't", 'wasn’t', "wasn't", 'weren’t', "weren't"
])
/** "came away convinced", "comes away skeptical": what a meeting or a visit left someone believing. */
const COME_FORMS = new Set(['come', 'comes', 'came', 'coming'])
/** Words between the copula and the adjective: "is not sure", "are still deeply worried", "were both critical". */
// prettier-ignore
const BETWEEN = new Set([
  'not', 'also', 'still', 'now', 'so', 'very', 'less', 'more', 'most', 'quite', 'far', 'too', 'both', 'all', 'growing'
])
/** Most words allowed between the copula and the adjective. */
const MAX_BETWEEN = 2
/**
 * Adjectives of belief and stance, with the word that must follow when the adjective alone would
 * describe something else ("critical" of someone, not a critical vote). Written from general usage.
 */
// prettier-ignore
const STATE_ADJECTIVES = new Map<string, string | null>([
  ['confident', null], ['convinced', null], ['certain', null], ['sure', null], ['skeptical', null],
  ['sceptical', null], ['doubtful', null], ['unsure', null], ['uncertain', 'whether'], ['worried', null],
  ['concerned', null], ['fearful', null], ['afraid', null], ['optimistic', null], ['pessimistic', null],
  ['hopeful', null], ['wary', null], ['adamant', null], ['determined', null], ['eager', null], ['keen', null],
  ['reluctant', null], ['unwilling', null], ['willing', null], ['aware', null], ['angry', null], ['furious', null],
  ['frustrated', null], ['upset', null], ['disappointed', null], ['dissatisfied', null], ['outraged', null],
  ['alarmed', null], ['enthusiastic', null], ['happy', 'with'], ['unhappy', null], ['pleased', null],
  ['nervous', null], ['anxious', null], ['critical', 'of'], ['supportive', 'of'], ['opposed', 'to'], ['open', 'to'], ['committed', 'to'], ['proud', 'of'],
  ['hostile', 'to'], ['sympathetic', 'to'], ['receptive', 'to'], ['resistant', 'to'],
  // taken aback or ill at ease, as "alarmed" and "upset" are: "were surprised and dismayed at", "are still uneasy about"
  ['uneasy', null], ['uncomfortable', null], ['leery', null], ['shocked', null], ['surprised', null],
  ['dismayed', null], ['irritated', null], ['startled', null], ['fond', 'of'], ['appreciative', 'of'],
  // taken with something or tired of it, or set on doing it: "are enamored of the plan", "is sick of the delays"
  ['enamored', 'of'], ['enamoured', 'of'], ['infatuated', 'with'], ['thrilled', null], ['delighted', null],
  ['incensed', null], ['miffed', null], ['sick', 'of'], ['tired', 'of'], ['intent', 'on'], ['hungry', 'for'],
  // moved, pleased or put off by something, a passive in form: "was troubled by the ruling", "are heartened by"
  ['impressed', null], ['unimpressed', null], ['troubled', null], ['disturbed', null], ['heartened', null],
  ['encouraged', 'by'], ['intrigued', null], ['saddened', null], ['appalled', null], ['horrified', null],
  ['disgusted', null], ['offended', null], ['annoyed', null], ['puzzled', null], ['baffled', null],
  ['mystified', null], ['perplexed', null], ['bewildered', null], ['exasperated', null], ['elated', null],
  ['ecstatic', null], ['overjoyed', null], ['livid', null], ['irate', null], ['indignant', null], ['enraged', null],
  ['infuriated', null], ['disillusioned', null], ['disenchanted', null], ['discouraged', null],
  ['disheartened', null], ['reassured', null], ['relieved', null], ['grateful', null], ['thankful', null],
  ['displeased', null], ['unconvinced', null], ['ambivalent', null], ['embarrassed', 'by'], ['ashamed', 'of'],
  ['excited', 'about|by'], ['inspired', 'by'], ['satisfied', 'with'], ['content', 'with'], ['comfortable', 'with'],
  // holding a view of something, or together on one: "is upbeat about", "were divided over", "is mistrustful of"
  ['upbeat', 'about|on'], ['bullish', 'about|on'], ['gloomy', 'about'], ['sanguine', 'about'], ['cautious', 'about'],
  ['mistrustful', 'of'], ['distrustful', 'of'], ['suspicious', 'of'], ['dismissive', 'of'], ['contemptuous', 'of'],
  ['weary', 'of'], ['conscious', 'of'], ['mindful', 'of'], ['persuaded', 'of|that'],
  ['divided', 'on|over|about|between'], ['unified', 'on|behind'], ['united', 'on|behind|against'],
  ['unanimous', 'in|that'], ['clear', 'about'], ['hesitant', null]
])
/**
 * Nouns for someone by the stance they hold, with the word that must follow: "is a supporter of the levy", "has
 * been an outspoken critic of", "remains a proponent of", "were supporters of". Being a critic of something is
 * criticising it (docs/FORMAT.md: stances); without the word after it the noun names a role ("is a critic at the
 * Herald").
 */
const STANCE_NOUNS = new Map<string, readonly string[]>()
// prettier-ignore
for (const [noun, ...particles] of [
  ['supporter', 'of'], ['critic', 'of'], ['opponent', 'of'], ['proponent', 'of'], ['advocate', 'of', 'for'],
  ['backer', 'of'], ['defender', 'of'], ['champion', 'of', 'for'], ['foe', 'of'], ['skeptic', 'of'], ['sceptic', 'of'],
  ['believer', 'in'],
  // speaking for a cause: "became a voice for the dockers", "is a tireless campaigner for the levy"
  ['voice', 'for'], ['campaigner', 'for', 'against']
])
  for (const form of [noun, `${noun}s`]) STANCE_NOUNS.set(form, particles)
/** Articles opening the stance noun's phrase: "a supporter", "an outspoken critic", "the fiercest opponent". */
const STANCE_ARTICLES = new Set(['a', 'an', 'the'])
/** Most words between the article and the stance noun: "a more dedicated", "an early and vocal" ("and" not counted). */
const MAX_STANCE_MODIFIERS = 2
/** Words joining two modifiers of a stance noun: "a consistent and outspoken supporter". */
const MODIFIER_JOINERS = new Set(['and', 'or'])
/** "see", "saw", "seen", "sees", "seeing" count as belief only with "as" after their object, or "that" and a clause. */
const SEE_FORMS = new Set(['see', 'sees', 'saw', 'seen', 'seeing'])
/** "cast the levy as a tax": a characterisation, read like "see … as". */
const CAST_FORMS = new Set(['cast', 'casts', 'casting'])
/** Words after "saw that" that make "that" open a clause ("saw that the port …"), not point at a thing ("saw that film"). */
// prettier-ignore
const CLAUSE_OPENERS = new Set([
  'the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'it', 'he', 'she', 'they', 'we', 'i', 'you', 'there', 'this'
])
/** How far after "see" its "as" may stand: "see the levy on cruise visitors as". */
const MAX_SEE_OBJECT_TOKENS = 6

/** The last token of a state cue starting at token `i` (the copula, or "see"), or -1. */
/** The words a state cue can start with ("is", "see" …): a reader may skip a word that is none of these. */
export const STATE_CUE_FIRST_WORDS: ReadonlySet<string> = new Set([
  ...COPULAS,
  ...SEE_FORMS,
  ...CAST_FORMS,
  ...COME_FORMS
])

export function stateCueEnd(tokens: readonly Token[], i: number): number {
  const token = tokens[i]
  if (!token?.word || token.text !== token.lower) return -1
  const see = SEE_FORMS.has(token.lower)
  if (see || CAST_FORMS.has(token.lower)) {
    // "voters saw that the levy would pass": what they perceived.
    if (see && tokens[i + 1]?.lower === 'that' && seeThatClause(tokens[i + 2])) return i
    // "what she sees as a tax on jobs": the object stands before the subject.
    if (tokens[i + 1]?.lower === 'as') return whatBefore(tokens, i) ? i : -1
    for (let k = i + 1; k < tokens.length && k <= i + MAX_SEE_OBJECT_TOKENS + 1; k++) {
      if (!tokens[k].word) return -1
      if (tokens[k].lower === 'as') return k > i + 1 ? i : -1
    }
    return -1
  }
  const away = COME_FORMS.has(token.lower) && tokens[i + 1]?.lower === 'away'
  if (!COPULAS.has(token.lower) && !away) return -1
  let k = away ? i + 2 : i + 1
  while (k < tokens.length && k <= i + MAX_BETWEEN && (BETWEEN.has(tokens[k].lower) || isAdverb(tokens[k]))) k++
  const adjective = tokens[k]
  if (!adjective?.word) return -1
  if (!STATE_ADJECTIVES.has(adjective.lower)) return stanceNounEnd(tokens, k)
  const particle = STATE_ADJECTIVES.get(adjective.lower)
  if (particle && !particle.split('|').includes(tokens[k + 1]?.lower ?? '')) return -1
  return k
}

/**
 * "is an outspoken supporter of", "were critics of": the index of the word after the stance noun ("of"), read from
 * token `k` after the copula, or -1.
 */
function stanceNounEnd(tokens: readonly Token[], k: number): number {
  let at = k
  if (STANCE_ARTICLES.has(tokens[at].lower)) {
    at++
    // "an early and vocal critic": the word joining two modifiers is none of them.
    let modifiers = 0
    while (tokens[at]?.word && !stanceNoun(tokens[at])) {
      if (!MODIFIER_JOINERS.has(tokens[at].lower) && ++modifiers > MAX_STANCE_MODIFIERS) break
      at++
    }
  }
  const noun = tokens[at]
  if (!noun || !stanceNoun(noun)) return -1
  return STANCE_NOUNS.get(noun.lower)!.includes(tokens[at + 1]?.lower ?? '') ? at + 1 : -1
}

/** A stance noun written in lower case, singular or plural: "supporter", "critics". */
function stanceNoun(token: Token): boolean {
  return token.word && token.text === token.lower && STANCE_NOUNS.has(token.lower)
}

function isAdverb(token: Token): boolean {
  return token.word && token.lower.length > 4 && token.lower.endsWith('ly')
}

/** "saw that the …", "saw that Hale …": a clause, not "saw that film". */
function seeThatClause(next: Token | undefined): boolean {
  if (!next?.word) return false
  return CLAUSE_OPENERS.has(next.lower) || (next.text !== next.lower && next.lower !== 'i')
}

/** "what she sees as", "what many critics saw as": "what" a few words before the verb, words only between. */
function whatBefore(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 4; k--) {
    if (!tokens[k].word) return false
    if (tokens[k].lower === 'what') return k < i - 1
  }
  return false
}
