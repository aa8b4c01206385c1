/**
 * The speech cues that tie a quote to its speaker, and where each expects its subject.
 *
 *  - 'verb'        said, wrote, told … The subject stands before it ("Barotte wrote") or, for the
 *                  invertible ones, after it ("wrote Nicolas Barotte"). "told" is never inverted:
 *                  what follows it is the listener ("told the newspaper").
 *  - 'participle'  warning, adding, saying … A clause hung on the main verb; its subject is the main
 *                  clause's ("Barotte wrote, warning that …" → Barotte).
 *  - 'lead-in'     according to, in a statement: the source follows ("according to a spokesperson").
 */
import { claimsIsNoun } from '../checkworthiness/word-senses'
import { namesAction } from './action-senses'
import { namesDeed } from './deed-senses'
import { wordsAt, type Token } from './tokens'
import { capitalisedCue } from './capitalised-cues'

export type CueKind = 'verb' | 'participle' | 'lead-in'

export interface CueMatch {
  /** Index of the cue's first and last token (inclusive). */
  first: number
  last: number
  kind: CueKind
  invertible: boolean
}

// prettier-ignore
const INVERTIBLE_VERBS = [
  'said', 'says', 'say', 'wrote', 'writes', 'added', 'adds', 'asked', 'asks', 'explained', 'explains', 'insisted',
  'insists', 'continued', 'continues', 'replied', 'replies', 'answered', 'noted', 'notes', 'warned', 'warns', 'argued',
  'argues', 'claimed', 'claims', 'stated', 'states', 'declared', 'recalled', 'recalls', 'remarked', 'observed',
  'commented', 'responded', 'concluded', 'conceded', 'cautioned', 'admitted', 'acknowledged', 'stressed', 'emphasised',
  'emphasized', 'tweeted', 'posted', 'suggested', 'predicted', 'promised', 'vowed', 'shouted', 'joked', 'quipped',
  'whispered', 'exclaimed', 'announced', 'testified', 'confirmed', 'insist', 'argue', 'warn', 'write', 'ask',
  'explain', 'add', 'urged', 'urges', 'pleaded', 'countered', 'retorted', 'denied', 'alleged', 'demanded', 'demands',
  'wondered', 'wonders', 'sings', 'chanted',
  // voices raised or lowered: "“Out!” the crowd yelled", "cried a woman at the back"
  'yelled', 'cried', 'screamed', 'beamed', 'sighed', 'snapped', 'boomed', 'roared', 'muttered', 'murmured',
  'interjected', 'responds', 'barked', 'opined', 'opines', 'mused', 'muses', 'riffed', 'answers', 'reasoned',
  'reasons', 'recounted',
  // the other tenses of those voices: "“Get out!” she yells", "confessed the driver"
  'yells', 'yell', 'shouts', 'shout', 'screams', 'mutters', 'murmurs', 'whispers', 'exclaims', 'quips', 'jokes',
  'interjects', 'confessed', 'confesses', 'demurred',
  // manners of speaking and of replying, from the general English classes of verbs of saying (manner of
  // speaking, complaining, replying): "“Not now,” she groaned", "“Is it fair?” the host pressed"
  'growled', 'grumbled', 'grumbles', 'groaned', 'hissed', 'hollered', 'moaned', 'mumbled', 'rasped', 'shrieked',
  'stammered', 'stuttered', 'wailed', 'whined', 'drawled', 'crowed', 'gasped', 'blurted', 'confided', 'objected',
  'protested', 'clarified', 'teased', 'marveled', 'marvelled', 'elaborated', 'surmised', 'pressed', 'reacted',
  'remembered', 'ventured', 'griped', 'groused', 'scoffed', 'sniped', 'gushed', 'fumed', 'thundered', 'declares',
  'announces', 'recounts', 'concludes', 'cautions',
  // thinking aloud and asking, from the same classes: "“Who will pay?” she pondered", "he speculated"
  'pondered', 'ponders', 'speculated', 'speculates', 'theorized', 'theorised', 'posited', 'posits', 'inquired',
  'enquired',
  // what a document or sign says in the past tense: "“…,” read the email", "“…,” it read"
  'read',
  // a news outlet or a document after the quote: "“…,” reported Reuters"
  'reported'
]

/**
 * German and French verbs for quotes carried over in the original language (`„…“, sagte Müller`,
 * `« … », a écrit Barotte`): all take the inverted order.
 */
// prettier-ignore
const FOREIGN_VERBS = [
  'sagte', 'sagt', 'schrieb', 'schreibt', 'erklärte', 'betonte', 'warnte', 'fragte', 'meinte', 'dit', 'écrit',
  'déclaré', 'ajouté', 'affirmé', 'expliqué', 'estime', 'souligné', 'déclare', 'ajoute'
]

/**
 * Verbs whose next words are the listener or the thing spoken of, never the speaker: "told the
 * court", "called the proposal “a bill for years of neglect”", "described the plan as “reckless”".
 * ("calls" is left out: "the group calls itself “the Guardians”" names, it does not quote.)
 */
const PLAIN_VERBS = ['told', 'tells', 'tell', 'informed', 'assured', 'reminded', 'called', 'described', 'describes']

/** States of mind reported like speech ("expected “a proper conversation”"): held, not said. */
// prettier-ignore
const BELIEF_VERBS = [
  'believes', 'believed', 'thinks', 'thought', 'feels', 'felt', 'fears', 'feared', 'hopes', 'hoped', 'expects',
  'expected'
]
const BELIEFS: ReadonlySet<string> = new Set(BELIEF_VERBS)

/** True for a cue word naming a state of mind, not an act of saying: "hoped", "expected". */
export const isBeliefCue = (word: string): boolean => BELIEFS.has(word.toLowerCase())

/** Verbs that give a quoted phrase a name rather than report a statement: "called it “a farce”", "labelled". */
// prettier-ignore
const CHARACTERISING = new Set([
  'called', 'calls', 'described', 'describes', 'dubbed', 'dubs', 'labelled', 'labeled', 'labels', 'termed', 'terms'
])

/** True for a cue word that names what a quoted phrase is called ("described as", "called"), not what was said. */
export const isCharacterisingCue = (word: string): boolean => CHARACTERISING.has(word.toLowerCase())

/** Verbs that report a statement as a whole: "said", "told", "wrote", "noted" (not a participle or a lead-in). */
const STATEMENTS: ReadonlySet<string> = new Set([...INVERTIBLE_VERBS, 'told', 'tells', 'informed', 'assured'])

/** True for a cue word that reports a statement: "said", "told", "warned"; not "hoping", "in a statement". */
export const isStatementCue = (word: string): boolean => STATEMENTS.has(word.toLowerCase())

/**
 * Verbs that report what someone said, wrote, found or holds without being "said" itself: a
 * quoted phrase in their object is that subject's words (`criticised the levy as “a tax on
 * visitors”`, `the survey found that …`). Never inverted: what follows is the object.
 * Grouped by what they report, so a newsroom can see why a word is here.
 */
// prettier-ignore
const REPORTING_VERBS = [
  // statements and their manner
  'sang', 'proclaimed', 'proclaims', 'pledged', 'pledges', 'asserted',
  'asserts', 'contended', 'contends', 'maintained', 'maintains', 'reiterated', 'reiterates', 'boasted', 'boasts',
  'bragged', 'complained', 'complains', 'lamented', 'laments', 'bemoaned', 'charged', 'mentioned', 'disclosed',
  'revealed', 'reveals', 'indicated', 'indicates', 'signalled', 'signaled', 'blamed', 'blames', 'threatened',
  'threatens', 'implored', 'exhorted', 'begged', 'raved', 'ranted', 'remarks', 'retweeted', 'emailed', 'texted',
  'messaged', 'questioned', 'questions', 'disputed', 'disputes', 'rejected', 'rejects',
  'dismissed', 'dismisses',
  // judgements on someone or something, often with the quoted words as the verdict
  'criticised', 'criticized', 'criticises', 'criticizes', 'blasted', 'blasts', 'slammed', 'slams', 'condemned',
  'condemns', 'denounced', 'denounces', 'likened', 'likens', 'compared', 'compares', 'labelled', 'labeled', 'labels',
  'characterised', 'characterized', 'characterizes', 'deemed', 'deems', 'accused', 'accuses', 'mocked', 'mocks',
  'ridiculed', 'praised', 'praises', 'hailed', 'hails', 'touted', 'touts', 'lauded', 'applauded', 'thanked',
  'attacked', 'attacks', 'rated', 'rates', 'ruled', 'rules', 'pounding', 'decried', 'decries', 'derided', 'derides',
  'lambasted', 'excoriated', 'chided', 'scolded',
  // rebuking and disparaging, from the general English classes of judgement verbs ("ripped the plan as “…”")
  'ripped', 'rips', 'knocked', 'knocks', 'berated', 'berates', 'castigated', 'castigates', 'chastised', 'chastises',
  'rebuked', 'rebukes', 'reprimanded', 'reprimands', 'upbraided', 'admonished', 'admonishes', 'scolds', 'chides',
  'lambastes', 'excoriates', 'skewered', 'skewers', 'trashed', 'trashes', 'taunted', 'taunts', 'belittled',
  'belittles', 'disparaged', 'disparages', 'ridicules', 'assailed', 'assails', 'savaged', 'heckled', 'jeered',
  // documents, surveys and investigations; "“…,” the letter reads"
  'reads', 'reports', 'found', 'finds', 'showed', 'shows', 'estimated', 'estimates', 'counted',
  'calculated', 'projected', 'projects', 'forecast', 'forecasts', 'recorded',
  // beliefs and intentions (attributed, like speech, to the one who holds them)
  ...BELIEF_VERBS, 'agreed', 'agrees', 'disagreed', 'disagrees', 'encouraged', 'encourages',
  // stands taken and plans announced: "She wants to triple the programme", "The union opposes the bill"
  'wants', 'wanted', 'intends', 'intended', 'cited', 'cites', 'opposes', 'opposed',
  'supports', 'supported', 'endorsed', 'endorses', 'proposed', 'proposes', 'discussed', 'echoed', 'echoes'
]

// prettier-ignore
const PARTICIPLES = [
  'saying', 'adding', 'warning', 'writing', 'telling', 'noting', 'explaining', 'insisting', 'claiming', 'arguing',
  'stating', 'asking', 'declaring', 'stressing', 'cautioning', 'acknowledging', 'admitting', 'recalling',
  'concluding', 'predicting', 'promising', 'vowing', 'emphasising', 'emphasizing', 'calling', 'describing', 'urging',
  'conceding', 'suggesting',
  // the voice or turn taken: "…, shouting “Lock her up!”", "she shot back, quipping that …"
  'shouting', 'yelling', 'screaming', 'interjecting', 'quipping', 'joking', 'replying', 'responding', 'confessing'
]

const FOREIGN: ReadonlySet<string> = new Set(FOREIGN_VERBS)

const SINGLE_WORD = new Map<string, { kind: CueKind; invertible: boolean }>([
  ...[...INVERTIBLE_VERBS, ...FOREIGN_VERBS].map((w) => [w, { kind: 'verb' as const, invertible: true }] as const),
  ...[...PLAIN_VERBS, ...REPORTING_VERBS].map((w) => [w, { kind: 'verb' as const, invertible: false }] as const),
  ...PARTICIPLES.map((w) => [w, { kind: 'participle' as const, invertible: false }] as const)
])

/** Words after which a cue word is a noun or adjective; never a subject ("This shows …", "That said, …" stay out). */
// prettier-ignore
const DETERMINERS = new Set([
  'the', 'a', 'an', 'these', 'those', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'such', 'new', 'recent',
  'initial', 'latest'
])

/** Multi-word cues, matched on lower-cased words. */
const PHRASES: { words: string[]; kind: CueKind }[] = [
  { words: ['according', 'to'], kind: 'lead-in' },
  { words: ['in', 'a', 'statement'], kind: 'lead-in' },
  { words: ['selon'], kind: 'lead-in' },
  { words: ['laut'], kind: 'lead-in' },
  { words: ['pointed', 'out'], kind: 'verb' },
  { words: ['points', 'out'], kind: 'verb' },
  { words: ['went', 'on'], kind: 'verb' },
  { words: ['put', 'it'], kind: 'verb' },
  { words: ['referred', 'to'], kind: 'verb' },
  { words: ['refers', 'to'], kind: 'verb' },
  { words: ['pointed', 'to'], kind: 'verb' },
  { words: ['called', 'for'], kind: 'verb' },
  { words: ['calls', 'for'], kind: 'verb' },
  { words: ['took', 'to', 'twitter'], kind: 'verb' },
  // a reply in kind: "“You did it first,” Hale shot back", "fired back the mayor"
  { words: ['shot', 'back'], kind: 'verb' },
  { words: ['fired', 'back'], kind: 'verb' },
  { words: ['wrote', 'back'], kind: 'verb' },
  { words: ['chimed', 'in'], kind: 'verb' }
]

/**
 * The multi-word cues by their first word, each list in PHRASES' order: one look-up gives the few phrases a token
 * can start, instead of a comparison with every phrase.
 */
const PHRASES_BY_FIRST_WORD = new Map<string, (typeof PHRASES)[number][]>()
for (const phrase of PHRASES) {
  const started = PHRASES_BY_FIRST_WORD.get(phrase.words[0])
  if (started) started.push(phrase)
  else PHRASES_BY_FIRST_WORD.set(phrase.words[0], [phrase])
}

/** Every word a cue can start with: one look-up turns away the other words, most of a sentence, instead of three. */
export const CUE_FIRST_WORDS: ReadonlySet<string> = new Set([...PHRASES_BY_FIRST_WORD.keys(), ...SINGLE_WORD.keys()])

/** For a token that starts no phrase: one shared empty list, not a new one per call. */
const NO_PHRASES: (typeof PHRASES)[number][] = []

/** An owner's possessive ("Leeds’s", "the mayors’"), not a pronoun's contraction ("he’s" is "he has"). */
const OWNER = /^(?!(?:he|she|it|who|that)['’]s$).*(?:['’]s|s['’])$/u

/** The cue starting at token `i`, or null. Single-word verbs must be written in lower case ("States" is a name). */
export function cueAt(tokens: readonly Token[], i: number): CueMatch | null {
  const token = tokens[i]
  if (!token || !token.word || !CUE_FIRST_WORDS.has(token.lower)) return null
  for (const phrase of PHRASES_BY_FIRST_WORD.get(token.lower) ?? NO_PHRASES) {
    if (wordsAt(tokens, i, phrase.words) && !namesDeed(tokens, i))
      return { first: i, last: i + phrase.words.length - 1, kind: phrase.kind, invertible: false }
  }
  if (token.text !== token.lower && !capitalisedCue(tokens, i)) return null
  // "insurance claims", "claims adjusters", "Leeds’s claims" (after an owner): the noun is no speech verb.
  const before = tokens[i - 1]?.lower ?? null
  const after = i + 1 < tokens.length ? tokens[i + 1].lower : null // not read past the end: that deoptimised cueAt
  if (token.lower === 'claims' && (claimsIsNoun(before, after) || OWNER.test(before ?? ''))) return null
  if (!readsAsVerb(tokens, i)) return null
  const entry = SINGLE_WORD.get(token.lower)
  return entry ? { first: i, last: i, kind: entry.kind, invertible: entry.invertible } : null
}

/**
 * False when the word at `i` cannot be a verb of saying here: after a determiner it is a noun or an adjective
 * ("five of those states", "the first reports of", "the charged term"), "say" between commas is an aside ("no
 * higher than, say, the fee in Leeds"), and it may name an action (action-senses.ts: "adds £94", "claimed £900").
 */
export function readsAsVerb(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1]
  // "a écrit" is French's perfect, not an article.
  if (before?.word && DETERMINERS.has(before.lower) && !(before.lower === 'a' && FOREIGN.has(tokens[i].lower)))
    return false
  if (tokens[i].lower === 'say' && before?.text === ',' && tokens[i + 1]?.text === ',') return false
  // "The Fed is widely expected to hold rates": a passive; who expects it goes unnamed, the subject is who is to act.
  if (tokens[i].lower === 'expected' && tokens[i + 1]?.lower === 'to' && afterBe(tokens, i)) return false
  return !namesAction(tokens, i)
}

/** Forms of "be": "is expected to", "was endorsed by". */
export const BE: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being'])

/** Whether a form of "be" ("is", "’s"), maybe with one adverb ("is widely"), stands right before token `i`. */
function afterBe(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1]
  if (!before) return false
  if (BE.has(before.lower) || /^['’]s$/u.test(before.text)) return true
  return isVerbAdverb(before) && BE.has(tokens[i - 2]?.lower ?? '')
}

/** The last cue whose first token lies in [from, to), scanning backwards. */
export function lastCueIn(tokens: readonly Token[], from: number, to: number): CueMatch | null {
  for (let i = Math.min(to, tokens.length) - 1; i >= from; i--) {
    const cue = cueAt(tokens, i)
    if (cue) return cue
  }
  return null
}

/** Words that may sit between a subject and its verb: "Smith later said", "he has since written". */
// prettier-ignore
export const VERB_ADVERBS = new Set([
  'also', 'later', 'then', 'previously', 'earlier', 'once', 'recently', 'separately', 'further', 'has', 'had', 'have',
  'was', 'were', 'would', 'will', 'since', 'again', 'repeatedly', 'subsequently', 'simply', 'only', 'just', 'had',
  'reportedly', 'publicly', 'privately', 'bluntly', 'flatly', 'firmly',
  // "Clinton now says", "Trump is demanding", "she has long argued", "he did not say"
  'now', 'is', 'are', 'been', 'also', 'already', 'still', 'even', 'often', 'frequently', 'openly', 'long', 'never',
  'not', 'did', 'does', 'do', 'will', 'would', 'could', 'can', 'may', 'might', 'should', 'must', 'first', 'initially',
  'finally', 'ultimately', 'quickly', 'immediately', 'directly', 'explicitly', 'sharply', 'angrily', 'steadily',
  'falsely', 'wrongly', 'pointedly', 'cynically', 'once', 'again', 'yesterday', 'today', 'tonight', 'seldom', 'rarely',
  'always', 'usually',
  // a linking adverb set off without commas: "Carter however said", "the union has nevertheless called for"
  'however', 'nevertheless', 'nonetheless',
  // "officials there said", "critics soon noted", "aides here say"
  'there', 'here', 'soon'
])

/** Words in -ly that are nouns or adjectives, not adverbs: "the family said", "an ally said". */
// prettier-ignore
const NOT_ADVERBS = new Set([
  'family', 'ally', 'rally', 'supply', 'assembly', 'reply', 'daily', 'weekly', 'monthly', 'quarterly', 'elderly',
  'only', 'early', 'likely', 'holy', 'belly', 'bully', 'lily', 'italy', 'july', 'fly', 'apply', 'deputy'
])

/** A word that may sit between a subject and its verb: the list above, or an adverb in -ly ("he angrily denied"). */
export function isVerbAdverb(token: Token): boolean {
  if (!token.word) return false
  if (VERB_ADVERBS.has(token.lower)) return true
  return (
    token.lower.length > 4 && token.lower.endsWith('ly') && !NOT_ADVERBS.has(token.lower) && token.text === token.lower
  )
}

/** Auxiliaries of the French and German perfect ("a écrit", "hat gesagt") that may open an inverted attribution. */
export const LEADING_AUXILIARIES = new Set(['a', 'ont', 'hat', 'haben'])
