/**
 * Is a short quoted phrase someone's words, or the writer's scare quotes? It is someone's words when
 * a word of saying or thinking governs it within its sentence, even when no subject can be read
 * beside that word (`McConnell … said this week that Trump looked “very competitive”`, `and
 * says he voted “uncommitted”`, `calling them “corporate welfare”`, `his claim that “profit-making”
 * drove the change`, `“a small handful” of firms stayed away, Gilbert said.`). With nothing of the
 * kind in its sentence (`the largest “neo-Panamax” vessels`, `Locals call the ferry the “slow
 * boat”`) it stays a scare quote.
 *
 * The speech cues of speech-cues.ts govern; so do, here only, the forms of those verbs that never
 * stand beside a speaker in an attribution clause ("would denounce", "echoing", "portrayed … as")
 * and a few nouns of saying when their complement follows ("the claim that", "chants of"). These
 * extra words decide whether a phrase is a quote; they are never read as an attribution's cue.
 */
import type { TextRange } from './sentences'
import { tokenize, type Token } from './tokens'
import type { SentenceWords } from './sentence-words'
import { cueAt, readsAsVerb } from './speech-cues'

/** How far before a quote its governing word may stand, in characters (a long "that" clause). */
const GOVERNOR_REACH = 240
/** Longest attribution tail closing the sentence after a quote: `, a spokesman for the mayor said.` */
const MAX_TAIL_TOKENS = 12

/** Words that cannot stand between an earlier quote and its own attribution's verb. */
const NOT_IN_ATTRIBUTION = new Set(['and', 'but', 'or', 'who', 'which', 'that', 'while', 'whose', 'whom', 'when'])
/** Marks that close the clause of an attribution verb before a later quote. */
const CLAUSE_ENDS = ',;—–('
/** Between an earlier quote's closing mark and its attribution's verb: `,” the mayor of Leeds said`. */
const MAX_ATTRIBUTION_GAP_CHARS = 60

/** Forms of verbs of saying, thinking and judging that are not attribution cues themselves. */
// prettier-ignore
const VERB_FORMS = new Set([
  // bare forms after an auxiliary or "to": "would denounce", "refused to describe"
  'denounce', 'describe', 'criticize', 'criticise', 'condemn', 'praise', 'mock', 'dismiss', 'reject', 'portray',
  'characterize', 'characterise', 'label', 'insist', 'claim', 'predict', 'suggest', 'assure', 'promise', 'pledge',
  'vow', 'declare', 'announce', 'admit', 'concede', 'deny', 'repeat', 'echo', 'urge', 'think', 'believe', 'hope',
  'fear', 'wonder', 'recall', 'joke', 'shout', 'chant', 'yell', 'scream', 'mutter', 'mouth',
  // participles of the verbs that speech-cues.ts knows only in their finite forms
  'echoing', 'chanting', 'shouting', 'yelling', 'screaming', 'muttering', 'mouthing', 'repeating', 'labeling',
  'labelling', 'branding', 'accusing', 'blasting', 'slamming', 'criticizing', 'criticising', 'condemning',
  'denouncing', 'praising', 'mocking', 'dismissing', 'rejecting', 'questioning', 'decrying', 'deriding',
  'portraying', 'characterizing', 'characterising', 'asserting', 'boasting', 'bragging', 'complaining',
  'lamenting', 'bemoaning', 'pledging', 'announcing', 'tweeting', 'posting', 'replying', 'responding', 'joking',
  'quipping', 'proclaiming', 'touting', 'hailing', 'demanding', 'denying', 'reiterating', 'assuring', 'thinking',
  'believing', 'hoping', 'fearing', 'wondering', 'comparing', 'likening', 'dubbing', 'singing',
  // finite forms missing there: "repeated", "portrayed", "the sign read"
  'repeated', 'repeats', 'portrayed', 'portrays', 'assures', 'suggests', 'urge', 'worries', 'worried', 'read',
  'reads', 'yelled', 'screamed', 'muttered', 'mouthed', 'chants', 'shouts', 'jokes', 'quips', 'insists', 'vows',
  'pledges', 'promises', 'predicts', 'admits', 'concedes', 'denies', 'recalled', 'recalls', 'wonders', 'heralded',
  'heralds', 'reading', 'defended', 'defends', 'defending', 'identified', 'identifies', 'framed', 'frames', 'framing',
  'pronounced', 'implied', 'implies', 'implying', 'emphasizes', 'emphasises', 'emphasizing', 'emphasising',
  'referenced', 'references', 'referencing', 'referring', 'crying', 'coined', 'hinted', 'hints', 'hinting',
  'groused', 'grousing', 'hammering', 'responds', 'responding', 'branded', 'brands'
])

/** Nouns of saying whose content follows "that": `his claim that “…”`, `her warning that …`. */
// prettier-ignore
const NOUNS_BEFORE_THAT = new Set([
  'claim', 'claims', 'assertion', 'assertions', 'accusation', 'accusations', 'allegation', 'allegations',
  'argument', 'statement', 'warning', 'warnings', 'promise', 'promises', 'pledge', 'vow', 'insistence',
  'suggestion', 'charge', 'charges', 'admission', 'contention', 'complaint', 'complaints', 'prediction',
  'declaration', 'announcement', 'remark', 'remarks', 'comment', 'comments', 'boast', 'assurance', 'assurances',
  'insinuation', 'testimony', 'tweet', 'tweets', 'message'
])

/** Nouns of undertakings whose content follows "to": `his promise to be “neutral”`. */
const NOUNS_BEFORE_TO = new Set(['promise', 'promises', 'pledge', 'vow', 'threat', 'call', 'calls', 'demand', 'plea'])

/** Nouns of voices whose words follow "of": `chants of “…”`, `his promise of “free college”`. */
const NOUNS_BEFORE_OF = new Set(['chant', 'chants', 'cries', 'cry', 'shouts', 'calls', 'chorus', 'promise', 'pledge'])

/** Where a quote and its sentence lie, and where the quote kept before it closed (-1 when none). */
export interface QuotePlace {
  open: number
  close: number
  sentence: TextRange
  earlierClose: number
  /** The sentences' tokens, made once for the quote and the prose readers. */
  words: SentenceWords
}

/**
 * The word governing the quote opening at `open`, read back to the start of its sentence, or after
 * its closing mark when its sentence closes on an attribution.
 */
export function governingCue(text: string, place: QuotePlace): TextRange | null {
  return governorBefore(text, place) ?? tailCue(place.words, place.close, place.sentence.end)
}

function governorBefore(text: string, place: QuotePlace): TextRange | null {
  const tokens = place.words.within(Math.max(place.sentence.start, place.open - GOVERNOR_REACH), place.open)
  for (let i = tokens.length - 1; i >= 0; i--) {
    const t = tokens[i]
    // A semicolon or a colon ends the clause the quote belongs to.
    if (!t.word && (t.text === ';' || t.text === ':')) return null
    if (!t.word || t.text !== t.lower) continue
    if (nounGoverns(tokens, i)) return { start: t.start, end: t.end }
    const cue = cueAt(tokens, i)
    const found = cue
      ? { start: tokens[cue.first].start, end: tokens[cue.last].end }
      : (VERB_FORMS.has(t.lower) && readsAsVerb(tokens, i)) || relativeCall(tokens, i)
        ? { start: t.start, end: t.end }
        : null
    if (!found) continue
    // A participle after an earlier quote (`,” calling it …`) hangs on the main clause; it attributes nothing.
    const participle = cue ? cue.kind === 'participle' : t.lower.endsWith('ing')
    return !participle && isEarlierQuotesAttribution(text, found, place) ? null : found
  }
  return null
}

/**
 * The cue right after the quote before, that quote having ended like speech, with a comma closing
 * the cue's clause before this quote, is that quote's attribution (`“…,” said Ramos, whose book
 * features “rebellious” people`): it governs nothing after it. When its complement runs on to this
 * quote (`“…,” Hale said the council had “no idea”`) it governs this one too.
 */
export function isEarlierQuotesAttribution(text: string, cue: TextRange, place: QuotePlace): boolean {
  const mark = place.earlierClose
  if (mark < 0 || mark >= cue.start || cue.start - mark > MAX_ATTRIBUTION_GAP_CHARS) return false
  if (!',?!'.includes(text[mark - 1] ?? '_') || text.slice(mark, cue.start).includes('\n')) return false
  // Only a subject stands between: no comma first (`"Unifier?", concludes`), no clause, no other verb.
  const gap = tokenize(text, mark + 1, cue.start)
  if (gap[0]?.text === ',') return false
  if (gap.some((t, k) => '.?!;'.includes(t.text) || NOT_IN_ATTRIBUTION.has(t.lower) || cueAt(gap, k))) return false
  // A clause closes after the verb and another begins before this quote; `writes back, “…”` introduces it.
  const after = tokenize(text, cue.end, place.open)
  const clauseEnd = after.findIndex((t) => CLAUSE_ENDS.includes(t.text))
  return clauseEnd >= 0 && after.slice(clauseEnd + 1).some((t) => t.word)
}

/** Words before "calls" that make it naming in someone's words: "what it calls “…”", "which Hale calls “…”". */
const CALL_RELATIVES = new Set(['what', 'which', 'whom'])
/** Most words between such a relative and "calls": "which the ferry union's own leader calls". */
const MAX_CALL_SUBJECT_TOKENS = 6

/** Object pronouns after "call" that make the quoted phrase the caller's word: "call them “lone wolves”". */
const CALLED_PRONOUNS = new Set(['them', 'it', 'him', 'her', 'me', 'us', 'you'])

/**
 * "calls" is no cue ("the group calls itself “the Guardians”", "locals call the ferry the “slow
 * boat”" name), but in a relative clause whose object is the quoted phrase it is someone's word for
 * it ("what it calls “sensible laws”"), and so with a pronoun object right before the quote ("Hale
 * and Berg call them “floating excuses”"). `tokens` end at the quote's opening mark.
 */
export function relativeCall(tokens: readonly Token[], i: number): boolean {
  if (tokens[i].lower !== 'calls' && tokens[i].lower !== 'call') return false
  if (i + 2 === tokens.length && CALLED_PRONOUNS.has(tokens[i + 1].lower)) return true
  for (let k = i - 1; k >= 0 && i - k <= MAX_CALL_SUBJECT_TOKENS; k--) {
    if (!tokens[k].word) return false
    if (CALL_RELATIVES.has(tokens[k].lower)) return k < i - 1
  }
  return false
}

function nounGoverns(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1]?.lower
  const word = tokens[i].lower
  return (
    (next === 'that' && NOUNS_BEFORE_THAT.has(word)) ||
    (next === 'of' && NOUNS_BEFORE_OF.has(word)) ||
    (next === 'to' && NOUNS_BEFORE_TO.has(word))
  )
}

/** `…, Gilbert said.` / `…, according to the report.`: a short last clause of the sentence with a speech cue. */
function tailCue(words: SentenceWords, close: number, sentenceEnd: number): TextRange | null {
  if (close < 0 || sentenceEnd <= close + 1) return null
  const tokens = words.within(close + 1, sentenceEnd)
  let comma = -1
  for (let i = tokens.length - 1; i >= 0; i--) {
    if (tokens[i].text === ',') {
      comma = i
      break
    }
    if (!tokens[i].word && '“”"«»'.includes(tokens[i].text)) return null
  }
  if (comma < 0 || tokens.length - comma - 1 > MAX_TAIL_TOKENS) return null
  for (let i = comma + 1; i < tokens.length; i++) {
    const cue = cueAt(tokens, i)
    if (cue && cue.kind !== 'participle') return { start: tokens[cue.first].start, end: tokens[cue.last].end }
  }
  return null
}
