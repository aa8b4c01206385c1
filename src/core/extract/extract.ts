/**
 * The extraction pipeline: article → scored sentences, claims (with facts and type), quotes, and
 * inconsistencies. Each stage is a small pure module; this file only wires them together.
 */
import type { Article, Claim, Extraction, Fact, ScoredSentence } from '../../shared/article'
import { splitSentences } from './sentences'
import { findAttributions } from './quotes'
import { scoreCheckWorthiness, CLAIM_THRESHOLD } from '../checkworthiness/checkworthiness'
import { findFacts, readEntities } from '../facts/facts'
import { classifyClaim } from '../checkworthiness/claim-type'
import { findInconsistencies } from '../consistency/consistency'
import { articleDateFrom } from '../facts/article-date'
import { blockAt } from './blocks'
import { turnClaimant } from './turn-claimants'
import { turnPositions } from './turn-positions'
import { mergeReasons } from './reasons'

export interface ExtractOptions {
  /** Score at or above which a sentence is proposed as a claim. */
  threshold?: number
  /** Article date (ISO) set by the checker; overrides the one read from metadata. */
  articleDate?: string | null
}

export function extract(article: Article, options: ExtractOptions = {}): Extraction {
  const threshold = options.threshold ?? CLAIM_THRESHOLD
  const articleDate = options.articleDate ?? articleDateFrom(article.metadata)
  const ranges = splitSentences(article)
  const { quotes, claimantAt } = findAttributions(article, ranges)
  const sentences: ScoredSentence[] = []
  const claims: Claim[] = []
  const allFacts: Fact[] = []
  const entities = readEntities(article.text)
  const insideQuote = quoteCursor(quotes)
  const turnIndexOf = turnPositions()

  for (const range of ranges) {
    const text = article.text.slice(range.start, range.end)
    const block = blockAt(article.blocks, range.start)
    const kind = block?.kind ?? 'paragraph'
    const facts = findFacts(article.text, range, { articleDate, entities })
    for (const fact of facts) allFacts.push(fact) // not push(...facts): a sentence of 100,000 numbers overflows the stack
    const { score, reasons } = scoreCheckWorthiness(text, {
      kind,
      inQuote: insideQuote(range.start),
      role: block?.role,
      turnIndex: turnIndexOf(block)
    })
    sentences.push({ start: range.start, end: range.end, score })
    if (score < threshold) continue
    claims.push({
      id: `c${claims.length + 1}`,
      start: range.start,
      end: range.end,
      text,
      score,
      type: classifyClaim(text, facts),
      reasons: mergeReasons(facts, reasons),
      facts,
      // A transcript's speaker makes every claim in their turn, reported speech included.
      claimant: turnClaimant(block) ?? claimantAt(range.start)
    })
  }

  return {
    article,
    sentences,
    claims,
    quotes,
    inconsistencies: findInconsistencies(article.text, allFacts, article.blocks)
  }
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
