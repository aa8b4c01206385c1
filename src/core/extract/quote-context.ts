/**
 * What the words around a quote say about it, beyond its own attribution clause:
 *
 *  - a credit after a dash closing the paragraph: `“…” ― Carla Mendes, a nurse in Leeds`;
 *  - the speaker named in the next sentence: `“…” That was how Ms Okafor put it.`;
 *  - where the attribution clause after a quote ending in ? or ! lies: `“Why now?” Mr. Reyes asked.`
 *    is split in two by the sentence splitter, but the second half is the first's attribution;
 *  - a cue right before a quote's opening mark (`a docker shouted, “…”`), which outranks a credit after it
 *    that opens the sentence's next quote.
 */
import type { TextRange } from './sentences'
import { isSpaceCode } from './char-classes'
import { tokenize, type Token } from './tokens'
import { cueAt, type CueMatch } from './speech-cues'
import { attributionAfter, attributionBefore, type Attribution } from './attribution'
import { creditAt } from './blockquote-credits'
import type { RangeIndex } from './range-index'
import { classifyPhrase } from './subjects'
import { nameRunEnd } from './name-runs'
import { plausibleSubject } from './subject-plausibility'
import { isCapitalised } from './tokens'

/** A lower-case -ing form: "adding". */
const ING_FORM = /\p{Ll}ing$/u

/** Opening words of a next sentence that points back at a quote: "That was how …", "So said …". */
const POINTERS = new Set(['that', 'this', 'so', 'such', 'those', 'these'])
/** A sentence naming the previous quote's speaker is short. */
const MAX_POINTER_TOKENS = 14
/** `“… missing.” Hale said on Tuesday.`: a sentence that is only an attribution is this short. */
const MAX_TAIL_SENTENCE_TOKENS = 10
/** How far before a colon the name crediting a quote may start, in characters. */
const COLON_NAME_REACH = 80
/** How many words before the name are searched for a preposition. */
const COLON_LEAD_WORDS = 4
/** Words before a name that make it the listener or the thing spoken of, not the speaker. */
const COLON_OBJECT_LEADS = new Set([
  'to',
  'with',
  'at',
  'for',
  'from',
  'on',
  'by',
  'about',
  'against',
  'quotes',
  'quoted',
  'quoting',
  'cites',
  'cited'
])
/** Longest last clause after a quote that may be its attribution: `” for the victory, Sanders said on Tuesday.` */
const MAX_TAIL_CLAUSE_TOKENS = 12
/** Words that open reported content, so the short sentence says something of its own: `He said that …`. */
const CONTENT_OPENERS = new Set(['that', 'if', 'whether', 'it', 'this', 'there', 'no', 'yes'])

/** The credit after a dash between a quote's closing mark and `end`: `” ― Carla Mendes, a nurse`. */
export function trailingCredit(text: string, close: number, end: number): TextRange | null {
  let k = close + 1
  while (k < end && isSpaceCode(text.charCodeAt(k))) k++
  if (k >= end || !'—―–-'.includes(text[k])) return null
  const credit = creditAt(text, k, end)
  if (!credit) return null
  // Only a name credits a quote inside prose: `” — a promise he kept` is an aside.
  const tokens = tokenize(text, credit.start, credit.end)
  const run = nameRunEnd(tokens, 0, tokens.length)
  return run >= 2 && (run === tokens.length || tokens[run].text === ',') ? credit : null
}

/**
 * `“…”` as a paragraph of its own, then `- Sanders.` or `— Ana Ruiz, a nurse` as the next: the credit
 * line under a quote set apart, as fact-check lists and pull quotes print it. Only a name credits it.
 */
export function nextBlockCredit(
  text: string,
  open: number,
  close: number,
  block: TextRange,
  next: TextRange | undefined
): TextRange | null {
  if (!next || !onlyBetween(text, block.start, open, '') || !onlyBetween(text, close + 1, block.end, '.,')) return null
  const credit = creditAt(text, next.start, next.end, true)
  if (!credit) return null
  const tokens = tokenize(text, credit.start, credit.end)
  const run = nameRunEnd(tokens, 0, tokens.length)
  return run >= 1 && (run === tokens.length || tokens[run].text === ',') ? credit : null
}

/** True when text[start, end) holds only spaces and the characters of `marks`; stops at the first other one. */
function onlyBetween(text: string, start: number, end: number, marks: string): boolean {
  for (let k = start; k < end; k++) if (!isSpaceCode(text.charCodeAt(k)) && !marks.includes(text[k])) return false
  return true
}

/** Closing marks of a quote nested at the very end of another. */
export const INNER_CLOSERS = '’\'"”»'

/** Where the attribution after a quote may end: the next sentence too when the quote ended on ?, ! or a trailing-off ellipsis. */
export function attributionEnd(
  text: string,
  units: RangeIndex,
  quoteEnd: number,
  close: number,
  sentenceEnd: number,
  blockEnd: number
): number {
  // A quote ending on a question inside it (`“… ‘What can we do?’” Hale said.`) ends like that question.
  let e = quoteEnd
  while (e > 1 && INNER_CLOSERS.includes(text[e - 1])) e--
  const last = text[e - 1]
  // `“I am going to look at…” Hale said.`: a quote trailing off on an ellipsis ends its sentence as a question does.
  if ((last !== '?' && last !== '!' && last !== '…') || sentenceEnd > close + 1) return sentenceEnd
  let k = close + 1
  while (k < blockEnd && isSpaceCode(text.charCodeAt(k))) k++
  const next = k < blockEnd ? units.containing(k) : null
  return next && next.end <= blockEnd ? next.end : sentenceEnd
}

/**
 * `attribution` read after a quote, unless it lies past the quote's own sentence (ending at `ownEnd`, after ?, ! or
 * …) in a sentence that reports something of its own: `“…?” The trust noted that spending doubled.` is no credit.
 */
export function creditPast(text: string, ownEnd: number, end: number, attribution: Attribution | null) {
  if (!attribution || attribution.cue.start < ownEnd) return attribution
  return creditOnly(tokenize(text, ownEnd, end), attribution)
}

/** The speaker named by a short next sentence pointing back at the quote: "That was how Ms Okafor put it." */
export function pointerAttribution(
  text: string,
  units: RangeIndex,
  close: number,
  blockEnd: number
): Attribution | null {
  const next = nextSentence(text, units, close, blockEnd)
  if (!next) return null
  const tokens = tokenize(text, next.start, next.end)
  if (tokens.length > MAX_POINTER_TOKENS || !POINTERS.has(tokens[0]?.lower ?? '')) return null
  return attributionAfter(text, tokens[1].start, next.end)
}

/**
 * `“We will win.” Hale said.`: a quote closed by a full stop, followed in its paragraph by a short
 * sentence that is nothing but its attribution (a subject, the cue and a time or place). A sentence
 * with content of its own (`He said that …`, `Hale said no.`) is not one.
 */
export function tailSentenceAttribution(
  text: string,
  units: RangeIndex,
  close: number,
  blockEnd: number
): Attribution | null {
  const next = nextSentence(text, units, close, blockEnd)
  if (!next || next.end > blockEnd) return null
  const tokens = tokenize(text, next.start, next.end)
  if (tokens.length > MAX_TAIL_SENTENCE_TOKENS || tokens.some((t) => '“”"«»:'.includes(t.text))) return null
  const attribution = attributionAfter(text, next.start, next.end)
  // A verb of saying proper: "Rubio disagreed." is a statement of its own, not a credit.
  return attribution && cueOf(tokens, attribution)?.invertible ? creditOnly(tokens, attribution) : null
}

/** The sentence opening after a quote's closing mark in the same block, or null. */
function nextSentence(text: string, units: RangeIndex, close: number, blockEnd: number): TextRange | null {
  let k = close + 1
  while (k < blockEnd && isSpaceCode(text.charCodeAt(k))) k++
  const next = k < blockEnd ? units.containing(k) : null
  return next && next.start >= close ? next : null
}

function cueOf(tokens: readonly Token[], attribution: Attribution): CueMatch | null {
  return cueAt(
    tokens,
    tokens.findIndex((t) => t.start === attribution.cue.start)
  )
}

/** The attribution, unless words after its cue report something of their own ("He said that …", "said no"). */
function creditOnly(tokens: readonly Token[], attribution: Attribution): Attribution | null {
  const after = tokens.find((t) => t.start >= attribution.cue.end && t.end > attribution.subject.mention.end)
  return after && CONTENT_OPENERS.has(after.lower) ? null : attribution
}

/**
 * `“… battle of niches” Grubbs said.`, `“…” for the victory, Sanders said.`, `“…” said Ana Ruiz, a
 * spokeswoman.`: a quote that does not end like speech, whose sentence still closes on its
 * attribution: the last clause after it (or all the words after it, when no comma parts them) holds
 * a subject and its speech cue and nothing reported of its own.
 */
export function tailClauseAttribution(text: string, close: number, sentenceEnd: number): Attribution | null {
  const tokens = tokenize(text, close + 1, sentenceEnd)
  if (tokens.length === 0 || tokens.some((t) => '“”"«»:;'.includes(t.text))) return null
  let from = 0
  for (let i = tokens.length - 1; i >= 0; i--)
    if (tokens[i].text === ',') {
      from = i + 1
      break
    }
  // "said Ana Ruiz, a spokeswoman …" right after the quote, or after a comma further on (`“…” for the
  // bloc, said Ana Ruiz, founder of …`): the inverted verb opens its attribution, the rest is its subject.
  const opening = cueAt(tokens, 0)?.invertible === true ? 0 : invertedCueAfterComma(tokens)
  const inverted = opening >= 0
  if (inverted) from = opening
  const clause = tokens.slice(from)
  const start = clause[0]?.start
  if (start === undefined || (!inverted && clause.length > MAX_TAIL_CLAUSE_TOKENS)) return null
  const attribution = attributionAfter(text, start, sentenceEnd) ?? creditBeforeParticiple(text, tokens)
  if (!attribution || !plausibleSubject(attribution.subject)) return null
  // "… as his top shows.": a verb that is not one of saying proper needs a person's name or pronoun.
  if (!cueOf(tokens, attribution)?.invertible && attribution.subject.kind === 'description') return null
  return creditOnly(tokens, attribution)
}

/**
 * `“…” to lift the price, she said, citing …`: a short clause between commas holding a subject and its
 * verb of saying proper, with a participle phrase hung on it after the second comma. Null when none.
 */
function creditBeforeParticiple(text: string, tokens: readonly Token[]): Attribution | null {
  for (let close = tokens.length - 2; close > 0; close--) {
    if (tokens[close].text !== ',' || !ING_FORM.test(tokens[close + 1].text)) continue
    let open = close - 1
    while (open >= 0 && tokens[open].text !== ',') open--
    if (open < 0 || close - open - 1 > MAX_TAIL_CLAUSE_TOKENS || close - open < 3) continue
    const attribution = attributionAfter(text, tokens[open + 1].start, tokens[close].start)
    if (attribution && plausibleSubject(attribution.subject) && cueOf(tokens, attribution)?.invertible)
      return attribution
  }
  return null
}

/** The first of the sentence's last words that is an invertible verb of saying right after a comma, or -1. */
function invertedCueAfterComma(tokens: readonly Token[]): number {
  for (let i = 1; i < tokens.length; i++)
    if (tokens[i - 1].text === ',' && cueAt(tokens, i)?.invertible === true) return i
  return -1
}

/**
 * `The result did not surprise pollster Dana Shaw: “…”`, `Rep. Tom Hale (R-Ore.): “…”`: a name ending its clause on the colon that
 * opens the quote, with no verb of saying anywhere, is the speaker; the colon is the cue. Only a
 * person's name counts ("From the report:", "three things:" name no one).
 */
export function colonCredit(text: string, sentenceStart: number, open: number): Attribution | null {
  let colon = open - 1
  while (colon > sentenceStart && isSpaceCode(text.charCodeAt(colon))) colon--
  // Most quotes open after no colon: the reading of a name before one is a function of its own, so that this front
  // is compiled early and the rest only if it is ever hot (cue-nouns.ts modifiedNoun says why).
  return text[colon] === ':' ? nameBeforeColon(text, sentenceStart, colon) : null
}

/** colonCredit for the colon at `colon`. */
function nameBeforeColon(text: string, sentenceStart: number, colon: number): Attribution | null {
  const tokens = tokenize(text, Math.max(sentenceStart, colon - COLON_NAME_REACH), colon)
  const end = affiliationStart(tokens)
  let start = end
  while (start > 0 && tokens[start - 1].word && isCapitalised(tokens[start - 1])) start--
  if (start === end || nameRunEnd(tokens, start, end) !== end) return null
  // "a blunt message to Trump:", "with Clinton:", "to the weekly Harbour Herald:": a name after a
  // preposition (and a short description) is spoken to or of.
  const lead = tokens.slice(Math.max(0, start - COLON_LEAD_WORDS), start)
  if (lead.some((t) => COLON_OBJECT_LEADS.has(t.lower))) return null
  const subject = classifyPhrase(text, tokens, start, end)
  if (!subject || subject.kind !== 'name' || subject.group || !plausibleSubject(subject)) return null
  return { cue: { start: colon, end: colon + 1 }, subject }
}

/** Most tokens inside the brackets after a name before its colon: "(R-Ore.)", "(D., Mass.)". */
const MAX_AFFILIATION_TOKENS = 6

/**
 * `Rep. Tom Hale (R-Ore.): “…”`: where the words before the colon end on a short bracketed affiliation
 * (no lower-case word in it), the name ends before its opening bracket; else at the colon.
 */
function affiliationStart(tokens: readonly Token[]): number {
  const last = tokens.length - 1
  if (tokens[last]?.text !== ')') return tokens.length
  for (let k = last - 1; k >= 0 && last - k <= MAX_AFFILIATION_TOKENS; k--) {
    if (tokens[k].text === '(') return k
    if (tokens[k].word && !isCapitalised(tokens[k])) break
  }
  return tokens.length
}

/**
 * The attribution before a quote whose subject and cue end right at the opening mark, only a comma or a colon
 * between (`When a docker shouted, “Sell it,” Hale joked, “…”`), or null.
 */
export function cueRightBefore(text: string, start: number, open: number): Attribution | null {
  if (open < 0) return null
  const found = attributionBefore(text, start, open)
  if (!found || found.subject.mention.end > found.cue.start) return null
  return /^[\s,:]*$/u.test(text.slice(found.cue.end, open)) ? found : null
}
