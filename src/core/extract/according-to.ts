/**
 * "According to X" attributes the whole clause it stands in, wherever it is placed, so it outranks
 * the verbs around it as the sentence's claimant:
 *
 *   Rents rose 12 percent, largely in port towns, according to the housing survey.   → the housing survey
 *   According to early results of the exit poll, Marsh led among women.              → early results of the exit poll
 *   Two in three tenants now view the levy favourably, according to a poll last week. → a poll
 *   As reported by the Harbour Herald, the council spent $4 million.                → the Harbour Herald
 *   The levy was, in the words of one skipper, “a tax on the sea”.                   → one skipper
 *
 * The source is the phrase after "to", up to the clause's end; a long one (the usual "early results of
 * exit polls conducted for …") is kept whole when its head is a document or names people, without the time
 * that closes it ("papers published by the council on Tuesday" → "papers published by the council").
 */
import type { TextRange } from './sentences'
import { isCapitalised, isDoubleQuoteMark, type Token } from './tokens'
import { subjectAfter } from './subject-after'
import { type Subject, subjectShaped } from './subjects'
import { classifyDescription } from './speaker-lexicon'
import { writtenSubject } from './written-subjects'
import { DASHES, timeAdverbialStart, WITHIN_DAY } from './subject-asides'
import { pronounSubject } from './subject-links'
import { DOCUMENT_HEADS } from './document-heads'

// The claimant readers import it from here; it has a file of its own so that the workspace can read it alone.
export { DOCUMENT_HEADS }

/** Longest source phrase kept whole after "according to", in tokens. */
const MAX_SOURCE_TOKENS = 24
/** Words ending the head of the source phrase. */
const HEAD_ENDS = new Set(['of', 'from', 'by', 'for', 'in', 'on', 'at', 'with', 'conducted', 'released', 'published'])

/** A source after "according to": `through` is where its phrase ends, the time closing it included. */
export interface AccordingTo {
  subject: Subject
  cue: TextRange
  through: number
}

/** The source named after "according to" in the sentence, and the cue, or null. */
export function accordingTo(text: string, tokens: readonly Token[]): AccordingTo | null {
  let quotes = 0
  for (let i = 0; i + 2 < tokens.length; i++) {
    if (isDoubleQuoteMark(tokens[i])) quotes++
    // Inside a quotation the words are the quoted speaker's, attributed with the quote.
    if (quotes % 2 === 1) continue
    const after =
      tokens[i].lower === 'according' && tokens[i + 1].lower === 'to'
        ? i + 2
        : Math.max(reportedBy(tokens, i), per(tokens, i), wordsOf(tokens, i))
    if (after < 0) continue
    const read =
      objectPronoun(tokens, after) ??
      subjectAfter(text, tokens, after, tokens.length) ??
      sourcePhrase(text, tokens, after)
    const cue = { start: tokens[i].start, end: tokens[after - 1].end }
    if (read) return { subject: withoutTime(text, tokens, after, read), cue, through: read.mention.end }
  }
  return null
}

/**
 * "…, according to the survey." or "…, according to Crowdpac, the most of any candidate.": "according to" after a
 * comma closing the sentence is the outer attribution, whatever verbs came before it (its source, or null).
 * `last`: only when no word follows the source but a relative clause on it ("…, that, according to an audit, £2m was
 * missing" is inside).
 */
export function closingAccordingTo(
  text: string,
  tokens: readonly Token[],
  last = false,
  according: AccordingTo | null = accordingTo(text, tokens)
): AccordingTo | null {
  if (!according) return null
  const at = tokens.findIndex((t) => t.start === according.cue.start)
  const after = tokens.find((t) => t.start >= according.through)
  const ends = !after || !tokens.some((t) => t.start >= after.start && t.word)
  // "…, according to the budget office - half of what the council hoped": a dash opens an aside as a comma does.
  const aside = after !== undefined && (after.text === ',' || DASHES.has(after.text))
  const describes = after !== undefined && describedSource(tokens, tokens.indexOf(after))
  const closing = tokens[at - 1]?.text === ',' && (ends || describes || ((!last || after.text !== ',') && aside))
  return closing ? according : null
}

/**
 * "…, according to the Harbour Monitor, which tracks port disputes.": a relative clause on the source, closing the
 * sentence with no comma of its own after the one at `comma`, describes the source; the attribution still closes it.
 * One with a comma after it may be an aside inside what is reported ("…, which the auditors signed, the coach …").
 */
function describedSource(tokens: readonly Token[], comma: number): boolean {
  if (tokens[comma]?.text !== ',' || !SOURCE_RELATIVES.has(tokens[comma + 1]?.lower ?? '')) return false
  for (let k = comma + 2; k < tokens.length; k++) if (tokens[k].text === ',') return false
  return true
}
const SOURCE_RELATIVES = new Set(['which', 'who'])

/**
 * "As reported by the Herald, …", "…, as first reported by the Courier": the same attribution of the clause as
 * "according to"; the index of the word after "by", or -1.
 */
function reportedBy(tokens: readonly Token[], i: number): number {
  if (tokens[i].lower !== 'as') return -1
  const verb = REPORT_ADVERBS.has(tokens[i + 1]?.lower ?? '') ? i + 2 : i + 1
  return REPORTED.has(tokens[verb]?.lower ?? '') && tokens[verb + 1]?.lower === 'by' ? verb + 2 : -1
}
/**
 * "…, per CBC News.", "Per the Harbour Herald, …": "per" before a name, opening the sentence or after a comma, is
 * "according to"; the index of the word after it, or -1 ("per capita", "$5 per ticket" name no one).
 */
function per(tokens: readonly Token[], i: number): number {
  if (tokens[i].lower !== 'per' || (i > 0 && tokens[i - 1].text !== ',')) return -1
  const name = tokens[i + 1].lower === 'the' ? tokens[i + 2] : tokens[i + 1]
  return name !== undefined && isCapitalised(name) ? i + 1 : -1
}

/**
 * "…, in the words of one aide, “a gamble”", "In the words of the harbour master, …": the same attribution of the
 * clause as "according to"; the index of the word after "of", or -1.
 */
function wordsOf(tokens: readonly Token[], i: number): number {
  if (tokens[i].lower !== 'in' || tokens[i + 1]?.lower !== 'the' || tokens[i + 2]?.lower !== 'words') return -1
  return tokens[i + 3]?.lower === 'of' ? i + 4 : -1
}

/** "…, according to him.": the person or people an object pronoun closing the phrase stands for, or null. */
function objectPronoun(tokens: readonly Token[], at: number): Subject | null {
  const pronoun = OBJECT_PRONOUNS.get(tokens[at].lower)
  // Not "according to her “clawback” plan": only closing the phrase.
  if (!pronoun || (tokens[at + 1] && !PHRASE_ENDS.has(tokens[at + 1].text))) return null
  return pronounSubject({ start: tokens[at].start, end: tokens[at].end }, pronoun)
}
const PHRASE_ENDS = new Set([',', '.', ';', ')', '—', '–'])
/** Object pronouns and the subject pronouns they stand for: "according to him", "To them, …". */
export const OBJECT_PRONOUNS: ReadonlyMap<string, string> = new Map([
  ['him', 'he'],
  ['her', 'she'],
  ['them', 'they']
])

/** Participles of reporting after "as": "as reported by", "as noted by". */
const REPORTED = new Set(['reported', 'noted', 'revealed', 'disclosed', 'detailed', 'documented'])
/** Adverbs between "as" and the participle: "as first reported by". */
const REPORT_ADVERBS = new Set(['first', 'previously', 'initially', 'originally', 'earlier', 'widely'])

/** The phrase after "to" up to the clause's end, when its head names a document, data or people. */
function sourcePhrase(text: string, tokens: readonly Token[], from: number): Subject | null {
  let end = from
  while (end < tokens.length && end - from < MAX_SOURCE_TOKENS && (tokens[end].word || tokens[end].text === '-')) end++
  if (end === from || (end < tokens.length && tokens[end].word)) return null
  // "according to ouest-france.fr": a web site, named by its address.
  if (end === from + 1 && WEB_ADDRESS.test(tokens[from].text))
    return writtenSubject(text, tokens[from], { plural: false, group: true })
  let head = from
  while (head < end && !HEAD_ENDS.has(tokens[head].lower)) head++
  // "reports emerging in the press", "documents obtained by the Herald": a participle after the document's noun.
  if (head - from >= 2 && /(?:ing|ed)$/u.test(tokens[head - 1].lower) && DOCUMENT_HEADS.has(tokens[head - 2].lower))
    head--
  const last = tokens[head - 1]?.lower ?? ''
  const kind = classifyDescription(last)
  if (head === from || !(DOCUMENT_HEADS.has(last) || (kind.wellFormed && (kind.person || kind.group)))) return null
  return writtenSubject(text, { start: tokens[from].start, end: tokens[end - 1].end }, { plural: false, group: true })
}

/** A web site's address: "ouest-france.fr", "politico.com". */
const WEB_ADDRESS = /^[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.[a-z]{2,6}$/u

/** Participles left bare once the time after them is cut: "a poll taken last week" is "a poll". */
const TIMED_PARTICIPLES = new Set(['taken', 'released', 'published', 'conducted', 'issued', 'held'])

/**
 * The source named after a lead-in cue ("according to", "as reported by"), from token `from`, without the time that
 * closes it: "papers published by the council on Tuesday" → "papers published by the council". Null when none.
 */
export function leadInSource(text: string, tokens: readonly Token[], from: number): Subject | null {
  const subject = subjectAfter(text, tokens, from, tokens.length)
  return subject && withoutTime(text, tokens, from, subject)
}

/** `subject`, read after token `from`, without a time closing it, read again up to that time. */
function withoutTime(text: string, tokens: readonly Token[], from: number, subject: Subject): Subject {
  const end = firstTokenFrom(tokens, from, subject.mention.end)
  const cut = withoutClosingTime(tokens, from, end)
  if (cut >= end) return withoutInnerTime(text, tokens, from, end, subject)
  const range = { start: subject.mention.start, end: tokens[cut - 1].end }
  return subjectAfter(text, tokens, from, cut) ?? writtenSubject(text, range, subject)
}

/**
 * The first token from `from` on that starts at or after `at`, or the tokens' length. A function of its own, under
 * 81 bytes of bytecode, so that V8 compiles it at its first tick, and withoutTime runs too few bytes of its own to be
 * compiled late in a warm run (with this loop in it, the third pass over 300 articles).
 */
function firstTokenFrom(tokens: readonly Token[], from: number, at: number): number {
  let k = from
  while (k < tokens.length && tokens[k].start < at) k++
  return k
}

/**
 * "papers published by the council on Tuesday", "a poll taken last week": the time closing the source phrase says
 * when, not who; the source ends before it (and before a participle it leaves bare). `end` is exclusive.
 */
function withoutClosingTime(tokens: readonly Token[], from: number, end: number): number {
  let time = timeAdverbialStart(tokens, end - 1)
  if (time <= from) return end
  // "earlier this month", "late last week": the adverb goes with the time.
  if (WITHIN_DAY.has(tokens[time - 1].lower) && time - 1 > from) time--
  const bare =
    TIMED_PARTICIPLES.has(tokens[time - 1].lower) && time - 1 > from && !hasOwnSubject(tokens, from, time - 1)
  return bare ? time - 1 : time
}

/**
 * "figures the trust published on Monday": a subject of its own between the document and the participle makes it
 * the verb of a relative clause with no "that", which the name keeps ("figures the trust published"); "a poll
 * taken last week" has none. A determiner after the first word, before any of the head's prepositions, opens one.
 */
function hasOwnSubject(tokens: readonly Token[], from: number, participle: number): boolean {
  for (let k = from + 1; k < participle; k++) {
    if (HEAD_ENDS.has(tokens[k].lower)) return false
    if (OWN_SUBJECT_OPENERS.has(tokens[k].lower)) return true
  }
  return false
}
const OWN_SUBJECT_OPENERS = new Set(['the', 'its', 'their', 'his', 'her', 'our', 'this', 'that'])

/** Longest time read between a participle and its agent: "on Friday night", "earlier this month". */
const MAX_INNER_TIME_TOKENS = 3

/**
 * "a report published on Thursday by the Education Policy Unit": a time after the participle says when, not who;
 * the name leaves it out ("a report published by the Education Policy Unit"), the mention stays the words written.
 */
function withoutInnerTime(
  text: string,
  tokens: readonly Token[],
  from: number,
  end: number,
  subject: Subject
): Subject {
  for (let p = from + 1; p < end - 2; p++) {
    if (!TIMED_PARTICIPLES.has(tokens[p].lower)) continue
    for (let k = p + 1; k < end - 1 && k - p <= MAX_INNER_TIME_TOKENS; k++) {
      const time = timeAdverbialStart(tokens, k)
      const opens = time === p + 1 || (time === p + 2 && WITHIN_DAY.has(tokens[p + 1].lower))
      if (!opens || !tokens[k + 1].word) continue
      const name = `${text.slice(subject.mention.start, tokens[p].end)} ${text.slice(tokens[k + 1].start, subject.mention.end)}`
      return subjectShaped({ ...subject, name })
    }
  }
  return subject
}

/** Polls and surveys, which speak for their figures with no determiner before them too. */
const POLL_NOUNS = new Set(['poll', 'polls', 'survey', 'surveys'])
/**
 * Words after "in" that put the noun after them in a phrase of time, so "in" names no poll or event there: "in the
 * day after polls closed", "in the hours since the interview". Read here and by claimant-cues.ts's event nouns.
 */
export const TIME_BREAKS: ReadonlySet<string> = new Set(['after', 'before', 'since', 'until'])
/** "polls closed", "polls open at 7am": where votes are cast, not a survey. */
export const POLLS_OPEN: ReadonlySet<string> = new Set([
  'closed',
  'close',
  'closes',
  'closing',
  'opened',
  'open',
  'opens',
  'opening'
])
/** Words read after "in" for a poll without a determiner: "in recent statewide polls", "in Monday’s poll". */
const MAX_BARE_POLL_WORDS = 3

/**
 * "ahead in national polls", "fourth in most surveys", "in Monday’s poll", "in New Hampshire polls": a poll
 * needs no determiner to be where figures come from; a statement or a report does ("in statements" is rare and
 * "in reports of …" names a topic), so only polls and surveys are read here.
 */
export function barePollNoun(tokens: readonly Token[], from: number): number {
  for (let k = from; k < from + MAX_BARE_POLL_WORDS && k < tokens.length; k++) {
    if (!tokens[k].word) return -1
    // "in the day after polls closed" is no poll; nor are "polls" where votes are cast ("before polls open").
    if (TIME_BREAKS.has(tokens[k].lower)) return -1
    if (POLL_NOUNS.has(tokens[k].lower)) return POLLS_OPEN.has(tokens[k + 1]?.lower ?? '') ? -1 : k
  }
  return -1
}
