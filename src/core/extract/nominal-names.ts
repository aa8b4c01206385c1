/**
 * The name a quote's speaker and a claim's claimant are shown under (docs/FORMAT.md), settled once the
 * whole article has been read; the mention stays the words written in the sentence. One function serves
 * both, so the speaker filter lists one body once whichever of the two it came from.
 *
 *  - A description of a person or a body (a noun speaker-lexicon.ts knows) is named by its head noun
 *    phrase, never a whole clause: "The firm behind a planned depot near Wexbury" → "The firm"; a head
 *    with one short complement stays whole ("A spokesperson for Kestrel Bay Water", "One engineer at the
 *    plant").
 *  - A definite description of a body ("the utility", "the regional utility") that the speakers met
 *    before it did not resolve is named after the body the article names that fits its noun
 *    (nameFitsNoun, the rule the speaker registry applies to "The Washington Post … the newspaper
 *    wrote"): the nearest such name before the mention, else the first after it — news often calls a
 *    body by its noun in the standfirst ("The utility … says") and names it a paragraph later.
 */
import type { Claimant, Fact, Quote, Span } from '../../shared/article'
import { nameFitsNoun } from './name-words'
import { companySettler, shownName } from './company-names'
import { introducedBodies, isIntroducingNoun, type IntroducedBodies } from './introduced-nouns'
import { isGroupNoun, isKnownNoun } from './speaker-lexicon'
import { firstAtOrAfter, lastAtOrBefore } from '../sorted-search'
import { holdsHeadlineVerb } from './name-runs'
import { packedMap } from '../packed-map'
import { authorEnd, boundedDescription, headPhrase } from './description-phrases'
import { DOCUMENT_HEADS } from './according-to'

/** Determiners that refer back to something known: only these descriptions take a body's name. */
const DEFINITE = new Set(['the', 'this', 'that'])
/** Gives the name to show for a speaker or claimant named `name` at `mention`. */
export type NameSettler = (name: string, mention: Span) => string

/** `entities`: the article's people, places and organisations, sorted by start (readEntities). */
export function nameSettler(text: string, entities: readonly Fact[]): NameSettler {
  // "Harbour Board Says Levy Will Cost Jobs": a title-case headline read as a body's name names no body.
  const bodies = entities.filter((e) => e.kind === 'organisation' && !holdsHeadlineVerb(e.text))
  // Read only when a description asks: most articles never settle one.
  let introduced: IntroducedBodies | null = null
  // Per head noun, the bodies whose name fits it, or that the text introduces with it ("Acme Freight, the largest
  // haulier"), in article order: a head is matched against the bodies once per article.
  const fitting = new Map<string, Fact[]>()
  const fits = (head: string): Fact[] => {
    let list = fitting.get(head)
    if (!list) {
      const called = calledWith(head)
      list = bodies.filter((b) => nameFitsNoun(b.text, head))
      if (called.size > 0) list = [...new Set([...list, ...called.keys()])].sort(byStart)
      fitting.set(head, list)
    }
    return list
  }
  const calledWith = (head: string): ReadonlyMap<Fact, readonly string[]> =>
    (introduced ??= introducedBodies(text, entities)).get(head) ?? NONE_CALLED
  const company = companySettler(text, entities)
  // The body a definite description of one ("the regional utility", its head noun `headNoun` a body's) names: the
  // nearest before the mention whose name fits its noun and modifiers, else the first after it; null for a noun no
  // body is called by.
  const bodyCalled = (head: readonly string[], headNoun: string, mention: Span): Fact | null => {
    const list = fits(headNoun)
    const modifiers = packedMap(head.slice(1, -1), (w) => w.toLowerCase())
    const called = calledWith(headNoun)
    // A body called by the noun: the description's other words were in what called it ("the oil giant Exxon" is
    // not "the online retail giant").
    const agrees = (b: Fact): boolean =>
      called.has(b) && !nameFitsNoun(b.text, headNoun)
        ? modifiers.every((m) => called.get(b)!.includes(m))
        : modifiersFit(b.text, headNoun, modifiers)
    return (
      nearest(
        list,
        lastAtOrBefore(list, (b) => b.end, mention.start),
        -1,
        agrees
      ) ??
      nearest(
        list,
        firstAtOrAfter(list, (b) => b.start, mention.end),
        1,
        agrees
      )
    )
  }
  return (name, mention) => {
    const business = company(name, mention)
    if (business !== null) return business
    const nearer = nearerBody(text, name, mention, bodies, fits)
    if (nearer !== null) return nearer
    const words = name.split(' ')
    const head = headPhrase(words)
    if (head === null) return name
    const headNoun = head[head.length - 1].toLowerCase()
    const body = definiteOfBody(head, headNoun) ? bodyCalled(head, headNoun, mention) : null
    if (body) return shownName(text, body)
    if (!isKnownNoun(headNoun)) return name
    // A document keeps who made it: "a report" alone told a checker nothing of "a report by the regional audit office".
    const author = DOCUMENT_HEADS.has(headNoun) ? authorEnd(words, head.length) : -1
    if (author > 0) return words.slice(0, author).join(' ')
    const shown = boundedDescription(words, head.length)
    return complementNamed(shown, head.length, mention) ?? shown
  }

  /**
   * "A spokesperson for the department", the department named in the sentence before: the complement, a definite
   * description of a body, is settled as "the department" alone would be ("… for the Department of Health").
   */
  function complementNamed(shown: string, headLength: number, mention: Span): string | null {
    const words = shown.split(' ')
    if (words.length < headLength + 3 || !BODY_LINKS.has(words[headLength].toLowerCase())) return null
    const complement = words.slice(headLength + 1)
    if (headPhrase(complement)?.length !== complement.length) return null
    const complementNoun = complement[complement.length - 1].toLowerCase()
    const body = definiteOfBody(complement, complementNoun) ? bodyCalled(complement, complementNoun, mention) : null
    if (body === null) return null
    return `${words.slice(0, headLength + 1).join(' ')} ${shownName(text, body).replace(THE_RE, 'the ')}`
  }
}

/**
 * Whether a description (its words, its head noun lower-cased) is a definite one of a body: "the regional utility".
 * Asked before bodyCalled, not in it: three descriptions in four are none, and bodyCalled, run for the rest alone,
 * stays below the run count at which V8 optimises a function (it was a 30 ms compile in a timed pass of news-speed).
 */
function definiteOfBody(head: readonly string[], headNoun: string): boolean {
  return DEFINITE.has(head[0].toLowerCase()) && (isGroupNoun(headNoun) || isIntroducingNoun(headNoun))
}

/** Links between a person and the body they speak for or work in: "a spokesperson for", "an official at". */
const BODY_LINKS = new Set(['for', 'of', 'at', 'from'])

/**
 * "Wexbury General Hospital said …. Patients went to Carrow Community Hospital …. The hospital said …": the speaker
 * registry settles "the hospital" on the last hospital that spoke (speaker-descriptions.ts), but a reader takes the
 * hospital named last: a body named after the one the registry chose and before the mention, that fits the noun
 * with the description's modifiers, is shown instead. Only for a definite description settled on a body the
 * article names (a person's name, or a body the article never named, stays).
 */
function nearerBody(
  text: string,
  name: string,
  mention: Span,
  bodies: readonly Fact[],
  fits: (head: string) => Fact[]
): string | null {
  const words = text.slice(mention.start, mention.end).split(' ')
  const head = headPhrase(words)
  // The description must be the whole mention: a quote whose speaker carries over is passed as its own mention.
  if (head === null || head.length !== words.length || !DEFINITE.has(words[0].toLowerCase())) return null
  const headNoun = head[head.length - 1].toLowerCase()
  if (!isGroupNoun(headNoun) && !isIntroducingNoun(headNoun)) return null
  const plain = name.replace(THE_RE, '')
  const chosen = lastNamed(bodies, mention.start, (b) => b.text === plain)
  if (chosen === null) return null
  const modifiers = packedMap(head.slice(1, -1), (w) => w.toLowerCase())
  const other = lastNamed(
    fits(headNoun),
    mention.start,
    (b) => b.text !== plain && modifiersFit(b.text, headNoun, modifiers)
  )
  return other !== null && other.start > chosen.end ? shownName(text, other) : null
}
const THE_RE = /^the /iu

/** The last of `list` (sorted by start) that ends before `at` and passes `test`; at most MAX_TRIED tried. */
function lastNamed(list: readonly Fact[], at: number, test: (b: Fact) => boolean): Fact | null {
  return nearest(
    list,
    lastAtOrBefore(list, (b) => b.end, at),
    -1,
    test
  )
}

const byStart = (a: Fact, b: Fact): number => a.start - b.start
const NONE_CALLED: ReadonlyMap<Fact, readonly string[]> = new Map()

/** How many fitting bodies are tried on each side of a mention for one whose name its modifiers agree with. */
const MAX_TRIED = 8

/** The first body from index `from`, stepping by `step`, that `agrees`; at most MAX_TRIED tried. */
function nearest(list: readonly Fact[], from: number, step: 1 | -1, agrees: (b: Fact) => boolean): Fact | null {
  for (let i = from, tried = 0; i >= 0 && i < list.length && tried < MAX_TRIED; i += step, tried++)
    if (agrees(list[i])) return list[i]
  return null
}

/**
 * "the appeals court" is not the "Supreme Court": when a body fits only by carrying the noun itself in its
 * name, the description's modifiers must be in the name too ("the city council" → "Ashmere City Council").
 * A fit by what such bodies are called ("the regional utility" → "Kestrel Bay Water") needs none.
 */
export function modifiersFit(name: string, head: string, modifiers: readonly string[]): boolean {
  const words = name.toLowerCase().split(' ')
  return !words.includes(head) || modifiers.every((m) => words.includes(m))
}

/** A quote with its speaker's name settled (its mention, or the quote itself when the speaker carries over). */
export function settledQuote(quote: Quote, settle: NameSettler): Quote {
  if (!quote.speaker) return quote
  const name = settle(quote.speaker.name, quote.mention ?? quote)
  return name === quote.speaker.name ? quote : { ...quote, speaker: { ...quote.speaker, name } }
}

/** A claimant with its name settled at its mention. */
export function settledClaimant(claimant: Claimant | null, settle: NameSettler): Claimant | null {
  if (!claimant) return null
  const name = settle(claimant.name, claimant.mention)
  return name === claimant.name ? claimant : { ...claimant, name }
}
