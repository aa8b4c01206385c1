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
 * gives no claimant rather than a guess. This module chooses; the subject of a verb is read by
 * claimant-verb-subjects.ts, of a speech event ("In a statement, …") by claimant-events.ts.
 */
import type { Claimant, Span, Speaker } from '../../shared/article'
import type { TextRange } from './sentences'
import { sentenceTokens, type Token } from './tokens'
import { cueAt } from './speech-cues'
import { claimantCueAt, CLAIMANT_CUE, CUE_OPENERS, SPEECH_CUE } from './claimant-cues'
import { type Subject } from './subjects'
import type { SpeakerRegistry } from './speakers'
import { colonAttribution } from './colon-claimants'
import { experiencerAttribution } from './experiencers'
import { phraseSubject } from './phrase-subjects'
import { mediumSubject } from './ing-subjects'
import { headlineAttribution } from './headline-claimants'
import { accordingTo, closingAccordingTo, leadInSource } from './according-to'
import { perspectiveSource } from './perspective-sources'
import { withoutDateline } from './datelines'
import { canHold, possessor } from './claimant-plausibility'
import { verbSubject } from './claimant-verb-subjects'
import { controlledInfinitive } from './controlled-infinitives'
import { noSubjectBefore } from './claimant-verb-words'
import { clauseSubject, documentSubject } from './claimant-events'
import { nounAttribution } from './claimant-nouns'
import { insideComplement, nounComplement } from './noun-complements'
import { comparedSubject, figureOnly, nounMarker } from './quantity-subjects'
import { pronounBinding, ownSubjectFor, trailingAttribution } from './trailing-claimants'
import { ownDocument, ownedSource } from './own-documents'
import { ownedByBody, ownedByPerson } from './it-antecedents'
import { spelledAsNoun } from './cue-nouns'
import { withoutLeadingClause } from './subject-clauses'
import { chargeAfterNoun, participleWithBy } from './passive-agents'
import { appositiveBetween, asideSaying, questionOpening, wider, writtenAntecedent } from './yielding-cues'
import { updateNote } from './update-notes'
import {
  emptyIt,
  openingWord,
  withoutFocusWord,
  withoutOpeningPreposition,
  withoutQuestionAuxiliary
} from './claimant-subject-trims'

/** How many cues in one sentence are tried for a subject, in reading order. */
const MAX_CUES = 4

/** `tokens`: the sentence's sentenceTokens() (tokens.ts), when the caller has them already. */
export function readClaimant(
  text: string,
  range: TextRange,
  registry: SpeakerRegistry,
  sentence: readonly Token[] = sentenceTokens(text, range)
): Claimant | null {
  // "HARBOURTON — The council said …": the dateline's place names no one.
  const tokens = withoutDateline(sentence)
  // "This story has been updated to include comments from Hale.": the publisher's note (update-notes.ts).
  if (updateNote(tokens)) return null
  const sourced = sourceOf(text, tokens, registry)
  if (sourced) return sourced
  // "…, the Herald reported.": the attribution closing the sentence is the outer one.
  const trailing = trailingAttribution(text, tokens)
  const outer = trailing ? resolved(text, trailing.subject, trailing.cue, registry, tokens) : null
  if (outer) return outer
  // "…, it said." or "…, she said." with no one met before: the body or the person the sentence opens on.
  const own = trailing ? ownSubjectFor(text, tokens, trailing) : null
  if (own) return resolved(text, own, trailing!.cue, registry, tokens)
  // "…, its accounts show.": the body's document.
  const document = ownDocument(text, tokens)
  if (document) return resolved(text, document.subject, document.cue, registry, tokens)
  let tries = 0
  let poll = -1
  // "When Carter asked Delaney how …, he said …": a question put in a clause opening the sentence is no statement;
  // its cue yields to the main clause's, whose speaker answers, and is kept for when the main clause has none.
  let deferred: Claimant | null = null
  let fronted = false
  // "Age Concern Wessex, which supports older people, said …": the verb of saying after the aside reports the claim;
  // it is the cue shown, the claimant and its mention staying as read at the aside (yielding-cues.ts).
  let aside: Claimant | null = null
  let complement: ReturnType<typeof nounComplement> | undefined
  for (let i = 0; i < tokens.length && tries < MAX_CUES; i++) {
    const opens = tokens[i].word ? CUE_OPENERS.get(tokens[i].lower) : undefined
    if (opens === undefined) continue
    const speech = opens & SPEECH_CUE ? cueAt(tokens, i) : null
    const other = speech || !(opens & CLAIMANT_CUE) ? null : claimantCueAt(tokens, i)
    if (!speech && !other) continue
    // "ahead in national polls": read only when nothing else in the sentence claims it (lastPoll below).
    if (other?.lastResort) {
      if (poll < 0) poll = i
      continue
    }
    const first = i
    const last = (speech ?? other)!.last
    // "the Clinton campaign", "the Paris attacks were", "port records show", "a company called Wealth-X": a noun.
    if (first === last && spelledAsNoun(tokens, i, other?.bare ?? false)) continue
    // "migrants suspected of crossing": a charge describing the noun before it, nobody's claim.
    if (first === last && chargeAfterNoun(tokens, i)) continue
    // "18 states", "each state", "other states": after a figure or a distributive the word is a noun.
    if (other && first === last && (other.bare || /s$/u.test(tokens[i].lower)) && nounMarker(tokens[i - 1])) continue
    // "A law requires the firm to publish …": what the firm is to do, not what it said.
    const controlled = controlledInfinitive(text, tokens, first)
    if (controlled?.obliged) continue
    i = last
    tries++
    let subject: Subject | null
    let cueEnd = last
    if (speech?.kind === 'lead-in') subject = leadInSource(text, tokens, last + 1)
    else if (other?.kind === 'event') {
      // "In a CNN poll, …": the poll is named by the phrase itself, so the cue is the word "in".
      subject = documentSubject(text, tokens, first)
      if (subject) cueEnd = first
      else subject = clauseSubject(text, tokens, first, last)
    } else if (controlled)
      subject = controlled.subject // "The storm led officials to warn": the officials.
    else {
      subject = verbSubject(text, tokens, first, last, speech?.invertible ?? false, other?.bare ?? false)
      // "Other unions, including the dockers, have endorsed": a subject with complements, read whole;
      // also when the verb read no one but a pronoun after it ("Port officials, opening …, said it would").
      const unresolved = subject?.kind === 'pronoun' && subject.mention.start > tokens[last].end
      // Not the noun before a participle with "by" ("a practice criticized by …"): what was done, not who did it;
      // a state's subject holds it whoever moved them ("Pilots were troubled by the levy": a cue of two words).
      const passive = first === last && participleWithBy(tokens, last)
      // Nor a degree word ("…, and most recently defended"), which the verb's reader reads past as an adverb's, nor a
      // reflexive object ("found themselves targeted"): a verb with no subject of its own (claimant-verb-words.ts).
      const fallback = !passive && !noSubjectBefore(tokens, first)
      if ((!subject || (unresolved && !registry.peek(subject))) && (speech ?? other)!.kind !== 'lead-in' && fallback)
        subject =
          phraseSubject(text, tokens, first, other?.bare ?? false) ?? mediumSubject(text, tokens, first) ?? subject
    }
    // "The outlook is uncertain": a state of mind needs someone to hold it.
    if (subject && other?.holder && !canHold(subject)) subject = null
    // "Benning, a Republican, defended …": an opening word spelt like a participle is a name once it names someone met.
    if (subject && ((openingWord(subject, tokens) && !registry.peek(subject)) || figureOnly(subject, tokens)))
      subject = null
    // "… far less than hoteliers had feared": who the writer compares with makes no claim.
    if (subject && comparedSubject(subject, tokens)) subject = null
    const cue = { start: tokens[first].start, end: tokens[cueEnd].end }
    const claimant = subject ? resolved(text, subject, cue, registry, tokens) : null
    // "Hale’s suggestion that the dockers would not back him": a verb after the noun's "that" is the content's.
    if (
      claimant &&
      (complement ??= nounComplement(tokens, nounAttribution(text, tokens))) &&
      insideComplement(tokens, complement.that, first)
    )
      break
    if (claimant && !deferred && !aside) {
      fronted = questionOpening(tokens, first)
      if (fronted) {
        deferred = claimant
        continue
      }
      const saying = speech?.invertible ? null : asideSaying(tokens, first, last)
      if (saying) {
        const cue = span(text, { start: tokens[saying[0]].start, end: tokens[saying[1]].end })
        aside = { ...claimant, mention: writtenAntecedent(text, claimant) ?? claimant.mention, cue }
        continue
      }
    }
    if (claimant && aside && claimant.name !== aside.name && claimant.mention && aside.mention)
      if (appositiveBetween(tokens, claimant.mention.end, aside.mention.start)) return claimant
    if (claimant && aside)
      return claimant.name === aside.name ? { ...aside, cue: claimant.cue } : (wider(tokens, claimant, aside) ?? aside)
    if (claimant) return claimant
    // "The campaign is braced for a fight it expects to last", "As Republicans scrambled, they proposed …": a
    // pronoun nobody met before stands for the sentence's own subject when it can.
    const bound = subject?.kind === 'pronoun' ? boundSubject(text, tokens, subject) : null
    if (bound) return resolved(text, bound, cue, registry, tokens)
    // "When Carter asked Delaney …, he said": the main clause's "he" is someone not yet met (the sentence's own
    // people are noted after it is read, then it is read again), never the asker by default.
    if (fronted && subject?.kind === 'pronoun') return null
    // "They argue that the agency overstepped …, which the court has put on hold": the sentence's own subject is
    // a pronoun nobody is found for; the claim is theirs, unnamed, not the inner source's.
    if (
      subject?.kind === 'pronoun' &&
      subject.mention.start === openingWordStart(tokens) &&
      !expletive(tokens, subject)
    )
      return null
  }
  if (deferred ?? aside) return deferred ?? aside
  // "Harbour Union Backs Levy": a title-case headline capitalises its verb too; "Hale’s claim that …" has no verb.
  const headline = headlineAttribution(text, tokens) ?? colonAttribution(text, tokens)
  if (headline) return resolved(text, headline.subject, headline.cue, registry, tokens)
  const noun = nounAttribution(text, tokens)
  // "The levy has angered some dockers": the people who feel it, when nothing else names anyone (experiencers.ts).
  const felt = noun || poll >= 0 ? null : experiencerAttribution(text, tokens)
  if (felt) return resolved(text, felt.subject, felt.cue, registry, tokens)
  if (!noun) return poll < 0 ? null : lastPoll(text, tokens, poll, registry)
  // "Sanders is lending his support": the sentence's own subject, if it can be whom "his" names.
  const bound = pronounBinding(text, tokens, noun.subject, (opening) => openingWord(opening, tokens))
  if (bound === 'unbound') return null
  const owner = bound === 'free' ? noun.subject : { ...(possessor(bound) ?? bound), mention: noun.subject.mention }
  return resolved(text, owner, noun.cue, registry, tokens)
}

/** "Hale leads Ruiz in national polls": the poll after "in" at token `cue`, with "in" as the cue. */
function lastPoll(text: string, tokens: readonly Token[], cue: number, registry: SpeakerRegistry): Claimant | null {
  const subject = documentSubject(text, tokens, cue)
  const at = { start: tokens[cue].start, end: tokens[cue].end }
  return subject ? resolved(text, subject, at, registry, tokens) : null
}

/**
 * "…, according to the housing survey": the source of the whole clause, wherever it stands, claims
 * the sentence before the verbs of belief, stance or finding around it; a speech verb before it
 * ("The agency reported that, according to …") keeps the sentence, the source being inside what it reports.
 */
function sourceOf(text: string, tokens: readonly Token[], registry: SpeakerRegistry): Claimant | null {
  const according = accordingTo(text, tokens)
  if (!according) {
    // "To Ruth Hale, the vote marked a turning point.": whose point of view it is (perspective-sources.ts).
    const view = perspectiveSource(text, tokens)
    return view ? resolved(text, view.subject, view.cue, registry, tokens) : null
  }
  // Closing the sentence after a comma, it is the outer attribution whatever came before.
  const closing = closingAccordingTo(text, tokens, false, according) !== null
  for (let i = 0; i < tokens.length && tokens[i].end <= according.cue.start && !closing; i++)
    if (cueAt(tokens, i)?.kind === 'verb') return null
  return resolved(text, ownedSource(text, tokens, according.subject), according.cue, registry, tokens)
}

/** The sentence's own subject a pronoun stands for (pronounBinding), named at the pronoun; null when none. */
function boundSubject(text: string, tokens: readonly Token[], pronoun: Subject): Subject | null {
  const bound = pronounBinding(text, tokens, pronoun, (opening) => openingWord(opening, tokens), false)
  return typeof bound === 'string' ? null : { ...(possessor(bound) ?? bound), mention: pronoun.mention }
}

/** Words linking a sentence to the one before, ahead of its subject: "But they argue …". */
const LINKS = new Set(['but', 'and', 'so', 'yet', 'still', 'now', 'also', 'then', 'however', 'instead', 'indeed'])

/** Where the sentence's first word after its links starts ("But they …" → "they"), or -1. */
function openingWordStart(tokens: readonly Token[]): number {
  return tokens.find((t) => t.word && !LINKS.has(t.lower))?.start ?? -1
}

/** "It was at the conference that …", "It is likely that …": an "it" that stands for nothing. */
function expletive(tokens: readonly Token[], subject: Subject): boolean {
  const at = tokens.findIndex((t) => t.start === subject.mention.start)
  return (
    tokens[at]?.lower === 'it' &&
    /^(?:is|was|has|had|seems|seemed|appears|appeared)$/u.test(tokens[at + 1]?.lower ?? '')
  )
}

/** The claimant a subject names: a speaker met before, or the subject as written. */
function resolved(
  text: string,
  written: Subject,
  cue: TextRange,
  registry: SpeakerRegistry,
  tokens: readonly Token[]
): Claimant | null {
  const trimmed = withoutQuestionAuxiliary(withoutFocusWord(written, tokens), tokens)
  const opened = withoutOpeningPreposition(trimmed, tokens)
  const read = opened && !emptyIt(opened, tokens) && withoutLeadingClause(text, opened, tokens, cue)
  if (!read) return null
  // "Its leader confirmed …", "His campaign said …": the leader of the body named just before, the person's campaign.
  const subject = ownedByBody(text, read) ?? ownedByPerson(read, registry) ?? read
  const known: Speaker | null = registry.peek(subject)
  if (!known && subject.kind === 'pronoun') return null
  const claimant = { name: known?.name ?? subject.name, mention: span(text, subject.mention), cue: span(text, cue) }
  registry.claimantSubjects.set(claimant, subject)
  return claimant
}

/**
 * The subject `claimant` was read from, when readClaimant read it against `registry`; undefined otherwise
 * (prose-speakers.ts enters some in the registry).
 */
export function claimantSubject(claimant: Claimant, registry: SpeakerRegistry): Subject | undefined {
  return registry.claimantSubjects.get(claimant)
}

/** The claimant of a passage: the resolved speaker, named here by `mention`, through `cue`. */
export function claimantOf(text: string, speaker: Speaker, mention: TextRange, cue: TextRange | null): Claimant {
  return { name: speaker.name, mention: span(text, mention), cue: cue ? span(text, cue) : null }
}

/** A range of the text with its words. */
export function span(text: string, range: TextRange): Span {
  return { start: range.start, end: range.end, text: text.slice(range.start, range.end) }
}
