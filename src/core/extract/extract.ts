/**
 * The extraction pipeline: article → scored sentences, claims (with facts and type), quotes, and
 * inconsistencies. Each stage is a small pure module; this file only wires them together.
 */
import type { Article, Claim, Extraction, Fact, ScoredSentence } from '../../shared/article'
import { splitSentences, type TextRange } from './sentences'
import { findQuotes } from './quotes'
import { scoreCheckWorthiness, CLAIM_THRESHOLD } from '../claims/checkworthiness'
import { findFacts, factReason, readEntities } from '../claims/facts'
import { classifyClaim } from '../claims/claim-type'
import { findInconsistencies } from '../claims/consistency'
import { articleDateFrom } from '../claims/article-date'
import { blockKindAt } from './blocks'

export interface ExtractOptions {
  /** Score at or above which a sentence is proposed as a claim. */
  threshold?: number
  /** Article date (ISO) set by the checker; overrides the one read from metadata. */
  articleDate?: string | null
}

/** Reasons from the facts come first: they name the very words a checker will look up. */
const MAX_REASONS = 8

export function extract(article: Article, options: ExtractOptions = {}): Extraction {
  const threshold = options.threshold ?? CLAIM_THRESHOLD
  const articleDate = options.articleDate ?? articleDateFrom(article.metadata)
  const ranges = splitSentences(article)
  const quotes = findQuotes(article, ranges)
  const sentences: ScoredSentence[] = []
  const claims: Claim[] = []
  const allFacts: Fact[] = []
  const entities = readEntities(article.text)

  for (const range of ranges) {
    const text = article.text.slice(range.start, range.end)
    const kind = blockKindAt(article.blocks, range.start)
    const facts = findFacts(article.text, range, { articleDate, entities })
    allFacts.push(...facts)
    const { score, reasons } = scoreCheckWorthiness(text, { kind, inQuote: startsInsideQuote(range, quotes) })
    sentences.push({ start: range.start, end: range.end, score })
    if (score < threshold) continue
    claims.push({
      id: `c${claims.length + 1}`,
      start: range.start,
      end: range.end,
      text,
      score,
      type: classifyClaim(text, facts),
      reasons: mergeReasons(facts.map(factReason), reasons),
      facts
    })
  }

  return {
    article,
    sentences,
    claims,
    quotes,
    inconsistencies: findInconsistencies(article.text, allFacts)
  }
}

function startsInsideQuote(range: TextRange, quotes: { start: number; end: number }[]): boolean {
  return quotes.some((q) => q.start <= range.start && range.start < q.end)
}

function mergeReasons(fromFacts: string[], fromModel: string[]): string[] {
  const seen = new Set<string>()
  const merged: string[] = []
  for (const reason of [...fromFacts, ...fromModel]) {
    const key = reason.toLowerCase()
    if (seen.has(key)) continue
    seen.add(key)
    merged.push(reason)
  }
  return merged.slice(0, MAX_REASONS)
}
