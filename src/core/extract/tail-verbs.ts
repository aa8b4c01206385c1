/**
 * `“…,” agrees Maria Lopes, 31, of Leeds.`, `“…,” Ruiz started.`, `“…,” Holt is quoted as saying.`: a
 * quote ending like speech whose sentence closes on an attribution clause built on a verb the cue lexicon
 * (speech-cues.ts) does not know. After a quote ending on a comma, a question or an exclamation inside its
 * marks, the words up to the full stop are its attribution when they are nothing but a subject and a verb,
 * in either order, with a short stretch of when and where after them; the verb is the cue.
 */
import type { TextRange } from './sentences'
import { tokenize, type Token } from './tokens'
import type { Attribution } from './attribution'
import { subjectAfter } from './subject-after'
import { subjectBefore } from './subject-before'
import { plausibleSubject } from './subject-plausibility'

/** A lower-case -ed form: "quoted". */
const ED_FORM = /^\p{Ll}+ed$/u
/** A lower-case -ing form: "saying". */
const ING_FORM = /^\p{Ll}+ing$/u

/** Longest attribution clause read here, in tokens: a subject with an aside, the verb, and when or where. */
const MAX_CLAUSE_TOKENS = 24
/** Longest stretch after the verb ("matter-of-factly as the room emptied"), in tokens. */
const MAX_AFTER_VERB_TOKENS = 8
/** A finite verb's shape: "agrees", "exhorted", "started", "reads" (lower-case, at least four letters). */
const VERB_SHAPE = /^\p{Ll}{2,}(?:ed|s)$/u
/** Auxiliaries before a participle that make one verb with it: "is quoted", "was heard". */
const AUXILIARIES = new Set(['is', 'was', 'has', 'had'])
/** Words of that shape that are no verb: "news", "this", "always", "across", "its", "was" alone. */
// prettier-ignore
const NOT_VERBS = new Set([
  'news', 'this', 'thus', 'always', 'perhaps', 'across', 'unless', 'plus', 'less', 'yes', 'its', 'his', 'hers',
  'ours', 'yours', 'theirs', 'was', 'has', 'is', 'does', 'goes', 'times', 'years', 'days', 'weeks', 'months',
  'hours', 'minutes', 'minus', 'bus', 'gas', 'towards', 'afterwards', 'sometimes', 'nevertheless', 'needed'
])
/** Words after the verb that start reported content of its own: `“…,” Ruiz started that …`. */
const CONTENT_OPENERS = new Set(['that', 'if', 'whether', 'to'])

/** The attribution in text[start, end), the words after a quote's closing mark up to its sentence's end. */
export function tailVerbAttribution(text: string, range: TextRange): Attribution | null {
  const tokens = tokenize(text, range.start, range.end)
  let i = 0
  while (i < tokens.length && tokens[i].text === ',') i++
  let last = tokens.length
  while (last > i && !tokens[last - 1].word && '.!?'.includes(tokens[last - 1].text)) last--
  if (i >= last || last - i > MAX_CLAUSE_TOKENS || tokens.slice(i, last).some((t) => '“”"«»:;'.includes(t.text)))
    return null
  // "agrees Maria Lopes, 31, of Leeds": the verb first, its subject all the rest.
  const first = verbAt(tokens, i)
  if (first >= 0) {
    const subject = subjectAfter(text, tokens, first + 1, last)
    if (subject && subject.mention.start === tokens[first + 1].start && plausibleSubject(subject))
      return { cue: span(tokens, i, first), subject }
    return null
  }
  // "Ruiz started", "an angry Hale retaliated on Friday": the subject from the first word, then the verb.
  for (let k = i + 1; k < last; k++) {
    const verbEnd = verbAt(tokens, k)
    if (verbEnd < 0) continue
    const subject = subjectBefore(text, tokens, k, i)
    if (!subject || subject.mention.start !== tokens[i].start || !plausibleSubject(subject)) return null
    const rest = tokens.slice(verbEnd + 1, last)
    if (rest.length > MAX_AFTER_VERB_TOKENS || CONTENT_OPENERS.has(rest[0]?.lower ?? '')) return null
    return { cue: span(tokens, k, verbEnd), subject }
  }
  return null
}

/** The last token of the verb starting at `k` ("agrees", "is quoted as saying"), or -1 when none starts there. */
function verbAt(tokens: readonly Token[], k: number): number {
  const t = tokens[k]
  if (!t?.word) return -1
  if (AUXILIARIES.has(t.lower) && tokens[k + 1] && ED_FORM.test(tokens[k + 1].text)) {
    // "is quoted as saying": the participle's complement of saying is part of the verb.
    const as = tokens[k + 2]?.lower === 'as' && ING_FORM.test(tokens[k + 3]?.text ?? '')
    return as ? k + 3 : k + 1
  }
  return VERB_SHAPE.test(t.text) && !NOT_VERBS.has(t.lower) ? k : -1
}

function span(tokens: readonly Token[], first: number, last: number): TextRange {
  return { start: tokens[first].start, end: tokens[last].end }
}
