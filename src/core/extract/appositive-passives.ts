/**
 * A noun set after a clause by a comma and given someone's stance by a participle and "by": "Hale compared the levy to
 * the 2019 toll, a measure opposed by unions", "…, a practice criticised by tenant groups", "…, a figure later
 * confirmed by the board". The appositive is the agent's claim about what the clause before says (docs/FORMAT.md: a
 * participle with "by" after it names its claimant; a clause set on the one before by someone else is cut), so the
 * sentence is cut at its comma. Not a noun going on to a verb of its own ("…, a measure backed by unions would …" is
 * no appositive but a subject), which the reader of the clause finds no passive in.
 */
import type { Claimant } from '../../shared/article'
import type { TextRange } from './sentences'
import type { Token } from './tokens'
import type { SpeakerRegistry } from './speakers'
import { isParticiple } from './passive-agents'
import { readClaimant } from './claimants'

/** Words opening such an appositive: a noun phrase standing for what the clause before says or does. */
const APPOSITIVE_DETERMINERS = new Set(['a', 'an', 'another'])
/** Most words of the noun phrase after its determiner: "a long-standing practice", "a highly unusual move". */
const MAX_NOUN_WORDS = 3
/** Words that may stand between the noun and its participle: "a measure strongly opposed by", "a fact later …". */
const ADVERBS = new Set(['later', 'also', 'since', 'widely', 'long', 'often', 'first', 'once', 'now', 'still'])

/**
 * The token index of the participle when the comma at `i` opens an appositive "a <noun> [adverb] <participle> by";
 * -1 otherwise.
 */
export function appositivePassiveAt(tokens: readonly Token[], i: number): number {
  if (tokens[i].text !== ',' || i + 4 >= tokens.length || !APPOSITIVE_DETERMINERS.has(tokens[i + 1].lower)) return -1
  for (let k = i + 3; k <= i + 2 + MAX_NOUN_WORDS && k + 1 < tokens.length; k++) {
    const word = tokens[k]
    if (!word.word || word.text !== word.lower) return -1
    const adverb = ADVERBS.has(word.lower) || word.lower.endsWith('ly')
    const participle = adverb ? k + 1 : k
    if (
      participle + 1 < tokens.length &&
      isParticiple(tokens[participle].lower) &&
      tokens[participle + 1].lower === 'by'
    )
      return participle
  }
  return -1
}

/**
 * The appositive's claimant: the agent the clause's reader names at the participle ("unions" / "opposed"), not the
 * clause before's; null when the reading names anyone else, or the same claimant again.
 */
export function appositiveAgent(
  text: string,
  clause: TextRange,
  tokens: readonly Token[],
  participle: number,
  registry: SpeakerRegistry,
  before: Claimant
): Claimant | null {
  const read = readClaimant(text, clause, registry)
  if (!read?.cue || read.cue.start !== tokens[participle].start) return null
  if (read.mention.start < tokens[participle].end || read.name === before.name) return null
  return read
}
