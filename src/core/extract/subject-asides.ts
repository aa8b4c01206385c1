/**
 * What stands between a subject and its verb without being either (claimant-verb-subjects.ts reads past it): an
 * aside between commas ("Hale, for example, said") or dashes ("Hale — a pilot for thirty years — said"), and a
 * time ("Hale on Tuesday said", "Hale earlier Thursday said", "allies have in the past said").
 */
import type { Token } from './tokens'
import type { Subject } from './subjects'
import { DAY_PARTS, PERIODS, WEEKDAYS } from './subject-gaps'

/** A party and state tag: "(D-Ill.)". */
const PARTY_TAG = /^\([RDI]-\p{Lu}/u

/** One-word asides between commas: "Port officials have, however, praised …". */
// prettier-ignore
const ASIDE_WORDS = new Set([
  'however', 'meanwhile', 'though', 'too', 'moreover', 'nonetheless', 'nevertheless', 'therefore', 'instead', 'indeed',
  'likewise', 'similarly', 'also', 'again', 'now', 'still', 'then', 'notably', 'separately', 'meanwhile', 'privately',
  'publicly', 'initially', 'later', 'earlier'
])
/** Asides of a few words, by their opening words: "in fact", "for example", "as well as her party". */
// prettier-ignore
const ASIDE_OPENERS = [
  ['in', 'fact'], ['in', 'turn'], ['in', 'particular'], ['in', 'response'], ['in', 'addition'], ['in', 'contrast'],
  ['for', 'example'], ['for', 'instance'], ['for', 'now'], ['for', 'his', 'part'], ['for', 'her', 'part'],
  ['for', 'their', 'part'], ['for', 'its', 'part'], ['of', 'course'], ['at', 'least'], ['at', 'times'],
  ['after', 'all'], ['by', 'contrast'], ['as', 'well', 'as'], ['along', 'with'], ['together', 'with'], ['like'],
  ['unlike'], ['alongside'], ['including']
]
/** Longest aside skipped between a subject and its verb, in tokens. */
const MAX_ASIDE_TOKENS = 8

/**
 * The index of the comma opening an aside that ends at the comma tokens[k] ("Hale, for example,
 * said", "Officials have, in fact, praised", "Hale herself, as well as her party, has"), or -1.
 */
export function asideStart(tokens: readonly Token[], k: number): number {
  for (let j = k - 1; j >= 1 && k - j <= MAX_ASIDE_TOKENS; j--) {
    if (tokens[j].text === ',') {
      const words = tokens.slice(j + 1, k)
      if (words.length === 0 || words.some((t) => !t.word)) return -1
      if (words.length === 1 && ASIDE_WORDS.has(words[0].lower)) return j
      const opens = ASIDE_OPENERS.some((o) => o.every((w, i) => words[i]?.lower === w))
      return opens ? j : -1
    }
  }
  return -1
}

/** Dashes around an aside; newspapers typed on ASCII write one as a spaced hyphen or two ("Hale - or -- "). */
export const DASHES = new Set(['—', '–', '―', '-'])
/** The first token of the dash right before token `k`, "--" being two hyphens read as one dash; -1 when none is. */
export function dashBefore(tokens: readonly Token[], k: number): number {
  if (k < 1 || !DASHES.has(tokens[k - 1].text)) return -1
  return tokens[k - 1].text === '-' && tokens[k - 2]?.text === '-' ? k - 2 : k - 1
}
/** Longest aside between dashes skipped between a subject and its verb, in tokens. */
const MAX_DASH_ASIDE_TOKENS = 16
/**
 * Longest such aside when it is a relative clause ("Hale — who has been at odds with the ferry union over the
 * levy for the past few weeks — said"): it describes the subject before it, however long, and is no claim's subject.
 */
const MAX_DASH_RELATIVE_TOKENS = 32
const DASH_RELATIVES = new Set(['who', 'whose', 'which'])

/** The index of the dash opening an aside that the dash tokens[k] closes, or -1 (no sentence ends inside it). */
export function dashAsideStart(tokens: readonly Token[], k: number): number {
  // "--" is read as two hyphens: the aside is closed by the second, opened by the first of the pair before it.
  const close = tokens[k].text === '-' && tokens[k - 1]?.text === '-' ? k - 1 : k
  for (let j = close - 1; j >= 1 && close - j <= MAX_DASH_RELATIVE_TOKENS; j--) {
    if (!DASHES.has(tokens[j].text)) continue
    const open = tokens[j].text === '-' && tokens[j - 1]?.text === '-' ? j - 1 : j
    if (close - j > MAX_DASH_ASIDE_TOKENS && !DASH_RELATIVES.has(tokens[j + 1]?.lower ?? '')) return -1
    return open >= 1 && j < close - 1 && tokens[open - 1].word ? open : -1
  }
  return -1
}

/** Words placing a time within its day or period: "earlier Thursday", "late Monday night", "earlier this month". */
export const WITHIN_DAY: ReadonlySet<string> = new Set(['earlier', 'later', 'early', 'late'])

/**
 * "on Tuesday", "on Friday night", "earlier Thursday", "last week", "this month", "in the past": a time between a
 * subject and its verb.
 */
export function timeAdverbialStart(tokens: readonly Token[], k: number): number {
  let j = k
  if (tokens[k].lower === 'past' && tokens[k - 1].lower === 'the' && tokens[k - 2]?.lower === 'in') return k - 2
  if (DAY_PARTS.has(tokens[j].lower)) j--
  if (j >= 1 && WEEKDAYS.has(tokens[j].lower) && tokens[j - 1].lower === 'on') return j - 1
  if (j >= 1 && WEEKDAYS.has(tokens[j].lower) && WITHIN_DAY.has(tokens[j - 1].lower)) return j - 1
  if (j >= 1 && PERIODS.has(tokens[k].lower) && (tokens[k - 1].lower === 'last' || tokens[k - 1].lower === 'this'))
    return k - 1
  // "this past week", "over the past month": "past" between the determiner and the period.
  if (j >= 2 && PERIODS.has(tokens[k].lower) && tokens[k - 1].lower === 'past' && tokens[k - 2].lower === 'this')
    return k - 2
  return -1
}

export function isTimeAdverbial(tokens: readonly Token[], k: number): boolean {
  return timeAdverbialStart(tokens, k) >= 0
}

/**
 * "Sen. Maria Ortiz (D-Calif.)": a name's party tag in brackets, tokens [open, close), kept in the mention as written
 * (not in the mention itself), as a tag after a comma is kept as the description: an epithet ("the California
 * Democrat") is fitted to those words (person-epithets.ts).
 */
export function withTag(subject: Subject | null, text: string, tokens: readonly Token[], open: number, close: number) {
  if (subject?.kind !== 'name' || open >= close || subject.mention.end > tokens[open].start) return subject
  const tag = text.slice(tokens[open].start, tokens[close - 1].end)
  if (PARTY_TAG.test(tag)) subject.written = `${subject.written ?? subject.name} ${tag}`
  return subject
}
