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

/** Most words before a name that introduce it with an office: "the council leader, Councillor Bryn Hale". */
const MAX_INTRODUCTION_WORDS = 6

/**
 * Whether `text` introduces the speaker labelled `label` ("BRYN HALE") with an office in the words just before
 * their name, in the same sentence: a transcript's guest is named so by its presenter ("With me is the council
 * leader, Councillor Bryn Hale").
 */
function introducedWithOffice(text: string, label: string, holdsOffice: (words: readonly string[]) => boolean) {
  const name = label.trim().toLowerCase()
  if (name.length < 3) return false
  const lower = text.toLowerCase()
  for (let at = lower.indexOf(name); at >= 0; at = lower.indexOf(name, at + name.length)) {
    const before = text.slice(Math.max(0, at - 80), at)
    const sentence = before.slice(Math.max(before.lastIndexOf('.'), before.lastIndexOf('\n')) + 1)
    if (holdsOffice((sentence.match(WORD_RE) ?? []).slice(-MAX_INTRODUCTION_WORDS))) return true
  }
  return false
}

/**
 * Given the article's text, entities (sorted by start) and quotes (sorted by start), whether a claim speaks for a
 * body. A transcript turn's claimant speaks for one when the transcript introduces them with an office.
 */
export function bodyVoices(
  text: string,
  entities: readonly Fact[],
  quotes: readonly Quote[]
): (claim: Claim) => boolean {
  // Built at the first claim asked about: most articles have no "we" claim to ask about.
  let bodies: ReadonlySet<string> | undefined
  let officeHolders: Map<string, boolean> | undefined
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
    const claimant = claim.claimant
    if (claimant === null) return false
    if (isBody(claimant.name)) return true
    // Only a turn's speaker (no cue): read once per label, for the few turns with a first-person claim.
    if (claimant.cue !== null) return false
    officeHolders ??= new Map()
    let held = officeHolders.get(claimant.name)
    if (held === undefined)
      officeHolders.set(claimant.name, (held = introducedWithOffice(text, claimant.name, holdsOffice)))
    return held
  }
}
