/**
 * Whether a claim's "we" is a body's: Full Fact's "personal experience" is what only the speaker can know, and a
 * chief executive's "we have lost our margin", said for the utility, is a claim about the company its accounts can
 * check. A claim speaks for a body when who makes it (its quote's speaker, else its claimant) is an organisation the
 * article names ("Kestrel Bay Water said"), a body named by its noun ("the council"), or a person whose description
 * or name holds an office ("the chief executive of Northvale Water", "a spokesperson for the trust"). A resident,
 * a patient or a parent saying "we" stays personal experience.
 */
import type { Claim, Fact, Quote } from '../../shared/article'
import { lastAtOrBefore } from '../sorted-search'
import { isGroupNoun } from './speaker-lexicon'

/** Words of an office held for a body: who holds one says "we" for it. Lower case. */
// prettier-ignore
const OFFICE_WORDS = new Set([
  'chief', 'executive', 'ceo', 'spokesman', 'spokeswoman', 'spokesperson', 'director', 'chair', 'chairman',
  'chairwoman', 'president', 'head', 'leader', 'minister', 'secretary', 'manager', 'boss', 'founder', 'governor',
  'mayor', 'commissioner', 'treasurer', 'official', 'principal', 'headteacher', 'superintendent', 'councillor',
  'councilor', 'coordinator', 'co-ordinator'
])

const WORD_RE = /[\p{L}-]+/gu

/** Given the article's entities (sorted by start) and quotes (sorted by start), whether a claim speaks for a body. */
export function bodyVoices(entities: readonly Fact[], quotes: readonly Quote[]): (claim: Claim) => boolean {
  // Built at the first claim asked about: most articles have no "we" claim to ask about.
  let bodies: ReadonlySet<string> | undefined
  const namesBody = (name: string): boolean =>
    (bodies ??= new Set(entities.filter((e) => e.kind === 'organisation').map((e) => e.text))).has(name)
  const holdsOffice = (words: readonly string[]): boolean => words.some((w) => OFFICE_WORDS.has(w.toLowerCase()))
  const isBody = (name: string): boolean => {
    const words = name.match(WORD_RE) ?? []
    if (namesBody(name) || holdsOffice(words)) return true
    // "the council", "the regional utility": a body named by its noun alone ("a nurse at the hospital" is a nurse).
    return words.length <= 3 && /^(?:the|a|an)$/i.test(words[0] ?? '') && isGroupNoun(words[words.length - 1])
  }
  return (claim) => {
    const at = lastAtOrBefore(quotes, (q) => q.start, claim.end - 1)
    const quote = at >= 0 && quotes[at].end > claim.start ? quotes[at] : null
    const speaker = quote?.speaker
    if (speaker) return isBody(speaker.name) || holdsOffice(speaker.description?.match(WORD_RE) ?? [])
    return claim.claimant !== null && isBody(claim.claimant.name)
  }
}
