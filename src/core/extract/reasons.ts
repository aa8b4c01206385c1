/**
 * The "because …" line of a claim: the facts found in it, then what the check-worthiness model
 * saw, each said once. The model reads words, the fact finders read phrases, so the two often name
 * the same words ("number: 90" beside "number: 90 million litres", "named entity: Okafor" beside
 * "person: Okafor"); a checker should read each piece of text once, in its most specific form.
 */
import { MAX_REASONS, MAX_WORD_REASONS, type Fact } from '../../shared/article'
import { factReason } from '../facts/facts'
import { isWordChar } from './char-classes'

/** Shorter "words" ("of", "us") are never worth a reason. */
const MIN_WORD_LENGTH = 3

const ENTITY_KINDS: ReadonlySet<string> = new Set(['person', 'place', 'organisation'])

/**
 * Model labels for quantities and dates. The fact finders own these: they read the whole phrase
 * with its unit and value, and skip on purpose the digits that only look like a quantity (the "6"
 * of "6 p.m.", a phone number, "Room 101"). A model reason of this kind is shown only for a
 * spelled-out count the finders did not read as a quantity ("three of the plant's eight filters").
 */
const QUANTITY_LABELS: ReadonlySet<string> = new Set([
  'number',
  'year',
  'years',
  'date',
  'money',
  'percentage',
  'measurement'
])
/** Spelled-out counts; "quarter", "half" and "million" alone are not (a period, a share, a multiplier). */
const SPELLED_COUNT_RE =
  /^(?:twice|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|dozen)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine|hundred|thousand))*$/i

/**
 * Words that carry grammar, not content: a reason "word: 'are'" or "word: 'by the'" tells a
 * checker nothing to look up. Determiners, pronouns, auxiliaries, prepositions, conjunctions and
 * the commonest adverbs.
 */
const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  `a an the this that these those some any each every either neither no all both half many much more most
  few fewer less least several such own other another same
  i me my mine we us our ours you your yours he him his she her hers it its they them their theirs one
  who whom whose which what whatever whoever where when why how whether
  am is are was were be been being have has had having do does did doing done will would shall should
  can could may might must ought need dare get got gets
  of in on at to for from by with without into onto upon about above below over under between among
  through throughout across against along around before after during since until till within beyond
  toward towards near off out up down per via than as like unlike despite except
  and or but nor yet so if then else because although though while whereas unless once
  not never only just also even still already again ever too very quite rather almost nearly
  here there now today tonight yesterday tomorrow ago soon later away back
  yes ok well oh say says said`
    .split(/\s+/)
    .filter(Boolean)
)

/**
 * Facts first (they quote the exact words to look up), then the model's reasons that add something:
 * - a fact inside another fact of the claim is left out ("90" inside "90 million litres");
 * - the model's quantities and dates are left out (QUANTITY_LABELS) but for spelled-out counts;
 * - a model reason is left out when its words lie inside a fact's text or an earlier reason's
 *   ("word: 'million'" beside "money: $48 million", "statistic word: soldiers" beside
 *   "number: 42 Malian soldiers");
 * - "named entity: President Macron" is left out beside "person: Macron";
 * - at most MAX_WORD_REASONS "word: '…'" reasons, content words only;
 * - at most MAX_REASONS in all.
 */
export function mergeReasons(facts: readonly Fact[], modelReasons: readonly string[]): string[] {
  const nested = factsInsideOthers(facts)
  const shownFacts = facts.filter((fact) => !nested.has(fact))
  const merged: string[] = []
  // The reasons shown, lower-cased: a claim shows a few, so a list is searched where a Set was built and hashed.
  const said: string[] = []
  // The texts quoted so far and the entities' names, lower-cased once each rather than at every comparison.
  const quoted: string[] = []
  const add = (reason: string, quote: string | null): void => {
    const key = reason.toLowerCase()
    if (said.includes(key)) return
    said.push(key)
    merged.push(reason)
    if (quote) quoted.push(quote.toLowerCase())
  }
  // Past MAX_REASONS nothing more is shown, so nothing more is looked at: a sentence of 30,000 numbers stays linear.
  for (const fact of shownFacts) {
    if (merged.length >= MAX_REASONS) return merged
    add(factReason(fact), fact.text)
  }

  // Read only by "named entity" reasons, so gathered at the first of them.
  let entityTexts: string[] | null = null
  const entityNames = (): string[] =>
    (entityTexts ??= shownFacts.filter((f) => ENTITY_KINDS.has(f.kind)).map((f) => f.text.toLowerCase()))
  let words = 0
  for (const reason of modelReasons) {
    const { label, quote } = readReason(reason)
    if (QUANTITY_LABELS.has(label) && !(label === 'number' && quote !== null && SPELLED_COUNT_RE.test(quote))) continue
    const lower = quote?.toLowerCase() ?? ''
    // "named entity: French", "named entity: Repairs": one capitalised word the entity finder, which
    // reads the whole article, did not take for a name (a demonym, a sentence's first word).
    if (
      label === 'named entity' &&
      quote !== null &&
      !/\s/.test(quote) &&
      !entityNames().some((name) => holdsPhrase(name, lower))
    )
      continue
    if (quote !== null) {
      if (quoted.some((text) => holdsPhrase(text, lower))) continue
      if (label === 'named entity' && entityNames().some((name) => holdsPhrase(lower, name))) continue
    }
    if (label === 'word') {
      if (quote === null || !isContentPhrase(quote) || words >= MAX_WORD_REASONS) continue
      words++
    }
    add(reason, quote)
  }
  return merged.slice(0, MAX_REASONS)
}

/** Shared, never written to: what factsInsideOthers finds in a list of facts set apart. */
const NONE_INSIDE: ReadonlySet<Fact> = new Set()

/**
 * Each fact longer than nothing and starting where the one before it ended or later, as findFacts lists a claim's
 * facts: then none lies inside another, told in one pass over the list rather than from a sorted copy.
 */
function setApart(facts: readonly Fact[]): boolean {
  for (let i = 0; i < facts.length; i++)
    if (facts[i].end <= facts[i].start || (i > 0 && facts[i].start < facts[i - 1].end)) return false
  return true
}

/**
 * The facts whose span lies strictly inside another fact's (equal spans are one fact, kept once by
 * the finders). One sort and one sweep rather than every pair: by start, longest first, a fact is
 * inside another exactly when a fact before its group of equal spans reaches as far as it does.
 */
function factsInsideOthers(facts: readonly Fact[]): ReadonlySet<Fact> {
  if (setApart(facts)) return NONE_INSIDE
  const order = [...facts].sort((a, b) => a.start - b.start || b.end - a.end)
  const inside = new Set<Fact>()
  let furthestBefore = -Infinity
  for (let group = 0; group < order.length;) {
    const first = order[group]
    let next = group
    while (next < order.length && order[next].start === first.start && order[next].end === first.end) next++
    if (furthestBefore >= first.end) for (let i = group; i < next; i++) inside.add(order[i])
    furthestBefore = Math.max(furthestBefore, first.end)
    group = next
  }
  return inside
}

/**
 * "number: 90" → label "number", quote "90"; "word: 'by the'" → "word", "by the"; a bare label
 * ("photo caption") quotes nothing.
 */
export function readReason(reason: string): { label: string; quote: string | null } {
  const colon = reason.indexOf(': ')
  if (colon < 0) return { label: reason, quote: null }
  const label = reason.slice(0, colon)
  let quote = reason.slice(colon + 2).trim()
  // The quotes around a word reason: what /^'(.*)'$/s took off, without a regex per reason.
  if (label === 'word' && quote.length >= 2 && quote.startsWith("'") && quote.endsWith("'")) quote = quote.slice(1, -1)
  return { label, quote: quote === '' ? null : quote }
}

/** Does `text` hold `phrase` as whole words ("90" in "90 million litres", not "9" in "1987")? Case ignored. */
export function containsPhrase(text: string, phrase: string): boolean {
  return holdsPhrase(text.toLowerCase(), phrase.toLowerCase())
}

/** containsPhrase of texts already lower-cased. */
function holdsPhrase(haystack: string, needle: string): boolean {
  if (needle === '') return false
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
    if (!isWordChar(haystack[at - 1] ?? '') && !isWordChar(haystack[at + needle.length] ?? '')) return true
  }
  return false
}

// Built once: esbuild writes a Unicode property regex literal as a new RegExp at each call.
const LETTER_RE = /\p{L}/u

/** "pay", "interest rates" yes; "are", "by the", "out of" no: every word must carry content. */
function isContentPhrase(phrase: string): boolean {
  const words = phrase.toLowerCase().split(/\s+/).filter(Boolean)
  return (
    words.length > 0 && words.every((w) => w.length >= MIN_WORD_LENGTH && LETTER_RE.test(w) && !FUNCTION_WORDS.has(w))
  )
}
