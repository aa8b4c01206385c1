/**
 * Coverage: every sentence of the draft should be accounted for — inside an item, inside a
 * dismissed suggestion, or scored below the claim threshold. What is left is what nobody looked at.
 */
import type { ScoredSentence } from '../../shared/article'
import type { Item } from '../../shared/case'

export type SentenceCoverage = 'item' | 'dismissed' | 'below-threshold' | 'uncovered'

export interface CoveredSentence extends ScoredSentence {
  coverage: SentenceCoverage
}

/**
 * Classify each sentence. A sentence counts as covered by an item when they overlap at all: a quote
 * inside a sentence means the checker has been there. One sweep over both lists sorted by start.
 */
export function sentenceCoverage(sentences: ScoredSentence[], items: Item[], threshold: number): CoveredSentence[] {
  const live = items.filter((it) => it.state !== 'removed').sort((a, b) => a.anchor.start - b.anchor.start)
  const ordered = sentences.slice().sort((a, b) => a.start - b.start)
  const result: CoveredSentence[] = []
  // Items that start before the current sentence ends and may still overlap it.
  let open: Item[] = []
  let next = 0
  for (const sentence of ordered) {
    while (next < live.length && live[next].anchor.start < sentence.end) open.push(live[next++])
    open = open.filter((it) => it.anchor.end > sentence.start)
    let coverage: SentenceCoverage | null = null
    for (const it of open) {
      if (it.anchor.start >= sentence.end) continue
      coverage = it.state === 'dismissed' ? (coverage ?? 'dismissed') : 'item'
      if (coverage === 'item') break
    }
    result.push({ ...sentence, coverage: coverage ?? (sentence.score < threshold ? 'below-threshold' : 'uncovered') })
  }
  return result
}

export function uncoveredSentences(sentences: ScoredSentence[], items: Item[], threshold: number): CoveredSentence[] {
  return sentenceCoverage(sentences, items, threshold).filter((s) => s.coverage === 'uncovered')
}
