/**
 * The extraction pipeline: article → scored sentences, claims (with facts and type), quotes, and
 * inconsistencies. Each stage is a small pure module; this file only wires them together.
 */
import type { Article, Block, BlockKind, Claim, Claimant, Extraction, Fact, ScoredSentence } from '../../shared/article'
import { splitSentences } from './sentences'
import { findAttributions } from './quotes'
import { scoreInAndOutOfQuotes, CLAIM_THRESHOLD } from '../checkworthiness/checkworthiness'
import { findFacts, readEntities } from '../facts/facts'
import { classifyClaim } from '../checkworthiness/claim-type'
import { findInconsistencies } from '../consistency/consistency'
import { articleDateFrom } from '../facts/article-date'
import { blockAt } from './blocks'
import { turnClaimant } from './turn-claimants'
import { takesTurnPlace, turnPositions } from './turn-positions'
import { nextEarlierInTurn } from '../checkworthiness/turn-features'
import { mergeReasons } from './reasons'
import { nameSettler, settledClaimant, settledQuote } from './nominal-names'
import { bodyVoices } from './body-voices'
import { worthyParts } from './worthy-parts'
import type { TextRange } from './sentences'
import { packedMap } from '../packed-map'
import { colonLeadIns, leadInClaimant } from './colon-lead-ins'
import { lowerCaseSlices } from '../lower-case-slices'

export interface ExtractOptions {
  /** Score at or above which a sentence is proposed as a claim. */
  threshold?: number
  /** Article date (ISO) set by the checker; overrides the one read from metadata. */
  articleDate?: string | null
  /**
   * Told where extraction is (a stage, and how much of it is done, 0–1), so an import of a long draft can show its
   * progress; called at each stage's start and every few hundred sentences of scoring, never per sentence.
   */
  onProgress?: (stage: ExtractStage, done: number) => void
}

/** The extraction stages, in order, as onProgress names them. */
export type ExtractStage = 'sentences' | 'check-worthiness' | 'quotes' | 'consistency'

/** Sentences scored between two progress reports: often enough for a smooth percentage, rare enough to cost nothing. */
const SENTENCES_PER_REPORT = 500

export function extract(article: Article, options: ExtractOptions = {}): Extraction {
  const threshold = options.threshold ?? CLAIM_THRESHOLD
  const articleDate = options.articleDate ?? articleDateFrom(article.metadata)
  const progress = options.onProgress ?? (() => undefined)
  progress('sentences', 0)
  const ranges = splitSentences(article)
  // Scored before the quotes are found, so that only a claim's claimant is read (findAttributions). Inside a
  // quote a sentence scores lower (the context's quoted-words penalty): a sentence that is no claim outside one
  // is none inside either, and the few inside one take their quoted reading once the quotes are known.
  progress('check-worthiness', 0)
  const blocks = packedMap(ranges, (range) => blockAt(article.blocks, range.start))
  const lowerCased = lowerCaseSlices(article.text)
  const turnIndexOf = turnPositions()
  // The own logit of the last sentence that took a place in the current turn, and the running sum of the ones
  // before it: the next one in the turn reads both (one multiply-add per sentence, whatever the turn's length).
  let previousInTurn: number | undefined
  let earlierInTurn = 0
  const scored = packedMap(ranges, (range, index) => {
    if (index > 0 && index % SENTENCES_PER_REPORT === 0) progress('check-worthiness', index / ranges.length)
    const sentence = article.text.slice(range.start, range.end)
    const block = blocks[index]
    const turnIndex = turnIndexOf(block, sentence)
    const scoring = scoreInAndOutOfQuotes(
      sentence,
      {
        kind: block?.kind ?? 'paragraph',
        role: block?.role,
        turnIndex,
        previousInTurn: turnIndex ? previousInTurn : undefined,
        earlierInTurn: turnIndex ? earlierInTurn : undefined
      },
      threshold,
      lowerCased(range.start, range.end)
    )
    if (turnIndex !== undefined && takesTurnPlace(sentence)) {
      earlierInTurn = turnIndex && previousInTurn !== undefined ? nextEarlierInTurn(earlierInTurn, previousInTurn) : 0
      previousInTurn = scoring.ownLogit
    }
    return scoring
  })
  // A transcript turn's claims are its speaker's (turnClaimant): their claimants are not read either.
  // A loop, not flatMap: an array per sentence was built for the Set.
  const mayBeClaims = new Set<number>()
  for (let index = 0; index < ranges.length; index++)
    if (scored[index].outside >= threshold && turnClaimant(blocks[index]) === null) mayBeClaims.add(ranges[index].start)
  // "In a speech last July, he said:" closing a paragraph: its claimant is read for the paragraph after it.
  const leadIns = colonLeadIns(article.text, ranges, blocks)
  for (const start of leadIns.values()) mayBeClaims.add(start)
  progress('quotes', 0)
  const entities = readEntities(article.text)
  const found = findAttributions(article, ranges, (sentence) => mayBeClaims.has(sentence.start), Infinity, entities)
  const ledBy = (block: Block | undefined): Claimant | null =>
    leadInClaimant(article.text, leadIns, block, (start) => found.claimantAt(start))

  const sentences: ScoredSentence[] = []
  const claims: Claim[] = []
  const allFacts: Fact[] = []
  // Speakers and claimants are shown under one name per body, settled with the whole article's names in view.
  const settle = nameSettler(article.text, entities)
  const quotes = packedMap(found.quotes, (quote) => settledQuote(quote, settle))
  const insideQuote = quoteCursor(quotes)
  const speaksForBody = bodyVoices(article.text, entities, quotes)
  // A "we" said for a body is its record, not experience: typed again once the claimant is known (rare).
  const typed = (claim: Claim, kind: BlockKind | undefined): Claim =>
    claim.type === 'personal experience' && speaksForBody(claim)
      ? { ...claim, type: classifyClaim(claim.text, claim.facts, kind === 'caption', true) }
      : claim

  for (const [index, range] of ranges.entries()) {
    const block = blocks[index]
    const facts = findFacts(article.text, range, { articleDate, entities })
    for (const fact of facts) allFacts.push(fact) // not push(...facts): a sentence of 100,000 numbers overflows the stack
    const inQuote = insideQuote(range.start)
    const score = inQuote ? scored[index].inside() : scored[index].outside
    sentences.push({ start: range.start, end: range.end, score })
    if (score < threshold) continue
    // "Hale said …, and Ruiz added …": a claim per attribution, each with its own claimant (worthy-parts.ts keeps a
    // clause of someone else's whatever its own score; one of the same claimant when a statement of its own); the
    // sentence stays whole when no clause is kept. A sentence opening inside a quote ("…,” said Berg, who argued …") is
    // cut after the quote only (clause-claims.ts cuts nothing inside one): its first clause is scored as quoted words.
    const parts = found.partsAt(range.start)
    const context = { kind: block?.kind ?? 'paragraph', role: block?.role }
    // No empty array of another kind when there are no parts: worthyParts' push-built answer is the only array this
    // loop reads (a second kind was a "wrong map" for the optimised loop).
    const kept = parts ? worthyParts(article.text, lowerCased, parts, context, threshold, inQuote) : null
    if (kept !== null && kept.length > 0) {
      for (const part of kept) {
        const partFacts = facts.filter((fact) => fact.start >= part.start && fact.end <= part.end)
        const claim = claimOf(
          article.text,
          lowerCased,
          `c${claims.length + 1}`,
          part,
          block?.kind,
          partFacts,
          part.reasons
        )
        claims.push(typed({ ...claim, claimant: settledClaimant(part.claimant, settle) }, block?.kind))
      }
      continue
    }
    // Only a claim's reasons are read: a sentence scored below the threshold kept nothing to build them from.
    const { reasons } = scored[index].withReasons(inQuote)
    // A transcript's speaker makes every claim in their turn, reported speech included.
    const claimant = turnClaimant(block) ?? settledClaimant(found.claimantAt(range.start) ?? ledBy(block), settle)
    const claim = claimOf(
      article.text,
      lowerCased,
      `c${claims.length + 1}`,
      { ...range, score },
      block?.kind,
      facts,
      reasons
    )
    claims.push(typed({ ...claim, claimant }, block?.kind))
  }

  progress('consistency', 0)
  return {
    article,
    sentences,
    claims,
    quotes,
    inconsistencies: findInconsistencies(article.text, allFacts, article.blocks)
  }
}

/** A claim over text[range] in a block of `kind`, with its facts and reasons, its claimant still to be given. */
function claimOf(
  text: string,
  lowerCased: (start: number, end: number) => string,
  id: string,
  { start, end, score }: TextRange & { score: number },
  kind: BlockKind | undefined,
  facts: Fact[],
  reasons: string[]
): Claim {
  const words = text.slice(start, end)
  const type = classifyClaim(words, facts, kind === 'caption', false, lowerCased(start, end))
  const merged = mergeReasons(facts, reasons)
  return { id, start, end, text: words, score, type, reasons: merged, facts, claimant: null }
}

/**
 * Whether an offset lies inside a quote, for offsets asked in increasing order (sentences come in
 * document order): one pass over the quotes in all, not one per sentence.
 */
function quoteCursor(quotes: readonly { start: number; end: number }[]): (offset: number) => boolean {
  let next = 0
  let furthestEnd = -1
  return (offset) => {
    while (next < quotes.length && quotes[next].start <= offset) furthestEnd = Math.max(furthestEnd, quotes[next++].end)
    return offset < furthestEnd
  }
}
