/**
 * Speakers read from whom a sentence is attributed to (claimants.ts), for a quote that has no
 * attribution, credit or governing word of its own. The claimant reading knows more kinds of cue than
 * the speaker reading (statements issued, beliefs, stances, "credited", "spoke about"), and a quote is
 * part of what its sentence, or the sentence it follows, reports:
 *
 *   The board issued a statement apologising to the crews. “On behalf of …”      → The board
 *   He anticipated that the hardest task would be “keeping the ferry afloat.”   → he
 *
 * Only a clear voice counts: not the writer's own "I", a clause opening on a participle, or the owner
 * of a noun of saying ("Ortiz’s answer was short: “…”"), which the colon and noun readers decide.
 */
import type { Claimant, Speaker } from '../../shared/article'
import type { TextRange } from './sentences'
import { tokenize } from './tokens'
import { classifyPhrase, type Subject } from './subjects'
import { readClaimant } from './claimants'
import type { ProseIntroduction } from './prose-speakers'
import { trustworthy } from './prose-subjects'
import type { SpeakerRegistry } from './speakers'

/** The writer's own pronouns outside quotation marks ("I wish …", "we asked …"). */
const WRITER_PRONOUNS = new Set(['i', 'we'])
/** Possessive pronouns: the owner of a noun of saying ("her claim that …"). */
const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'its', 'their', 'my', 'our', 'your'])
/** A phrase opening on a capitalised participle: "Boasting 9,000 residents". */
const OPENING_PARTICIPLE = /^\p{Lu}\p{Ll}+ing\b/u
/** "Ortiz’s answer": a name owning the noun after it ("she’s" is "she is", and pronouns are not read so). */
const OWNED = /^['’]s?(?!\p{L})/u

/**
 * The one voice of the sentence right before a quote that is its whole sentence: "Lynch announced the
 * lawsuit on Monday. “We are seeking …”". Not several people, who do not speak one quote in chorus, and
 * not "according to", a source for its own clause only.
 */
export function claimedBefore(
  text: string,
  before: { sentence: TextRange; claimant: Claimant | null } | null
): ProseIntroduction | null {
  const claimant = before?.claimant
  if (!before || !claimant?.cue || /^according\b/iu.test(claimant.cue.text)) return null
  const subject = voiceOf(text, claimant)
  return subject && !subject.plural ? { sentence: before.sentence, subject, cue: claimant.cue } : null
}

/**
 * Whom the sentence holding a quote at `open` is attributed to, named and cued before the quote: "He
 * anticipated that the hardest task would be “…”", "Berg credited the result to “…”".
 */
export function claimedAround(
  text: string,
  registry: SpeakerRegistry,
  sentence: TextRange,
  open: number
): ProseIntroduction | null {
  const claimant = readClaimant(text, sentence, registry)
  if (!claimant?.cue || claimant.cue.end > open || claimant.mention.end > open) return null
  const subject = voiceOf(text, claimant)
  if (!subject || POSSESSIVE_PRONOUNS.has(subject.name.toLowerCase())) return null
  const owner = subject.kind !== 'pronoun' && OWNED.test(text.slice(subject.mention.end, subject.mention.end + 3))
  return owner ? null : { sentence, subject, cue: claimant.cue }
}

/**
 * The speaker a claimant's sentence names, without making them the latest one (as a claimant is read: the
 * next "he said" still refers to whom it did); someone new is met here, except a lone word ("Sanders",
 * "Paris"), which is given as written and never introduced, as in prose.
 */
export function claimedSpeaker(registry: SpeakerRegistry, subject: Subject): Speaker | null {
  const known = registry.peek(subject)
  if (known) return known
  return subject.kind === 'name' && subject.nameWords.length < 2
    ? { name: subject.name, description: null, anonymous: false }
    : registry.resolve(subject)
}

/** The claimant's mention read as a speaker's, when it is a clear one. */
function voiceOf(text: string, claimant: Claimant): Subject | null {
  const words = tokenize(text, claimant.mention.start, claimant.mention.end)
  const subject = classifyPhrase(text, words, 0, words.length)
  if (!subject || !trustworthy(subject) || WRITER_PRONOUNS.has(subject.name.toLowerCase())) return null
  // "Boasting 9,000 residents …, called the “…” by the crews, the town …": a clause opening on a participle.
  return subject.kind === 'description' && OPENING_PARTICIPLE.test(subject.name) ? null : subject
}
