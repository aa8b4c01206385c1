/**
 * Coverage: every sentence of the draft should be accounted for — inside an item, inside a
 * dismissed suggestion, or the twin (same words) of a sentence that is. What is left is what
 * nobody looked at, whatever the engine scored it: the sweep is the checker's, not the engine's.
 */
import type { ScoredSentence, Span } from '../../shared/article'
import type { Item } from '../../shared/case'
import { normaliseSentence } from './twins'

export type SentenceCoverage = 'item' | 'twin' | 'dismissed' | 'uncovered'

export interface CoveredSentence extends ScoredSentence {
  coverage: SentenceCoverage
}

/**
 * Classify each sentence. A sentence counts as covered by an item when they overlap at all: a quote
 * inside a sentence means the checker has been there. One sweep over both lists sorted by start;
 * removed items (gone from this draft) cover nothing.
 */
export function sentenceCoverage(sentences: ScoredSentence[], items: Item[], text: string): CoveredSentence[] {
  const live = items.filter((it) => it.state !== 'removed').sort((a, b) => a.anchor.start - b.anchor.start)
  const ordered = sentences.slice().sort((a, b) => a.start - b.start)
  const direct: Array<SentenceCoverage | null> = []
  // Items that start before the current sentence ends and may still overlap it.
  let open: Item[] = []
  let next = 0
  for (const sentence of ordered) {
    while (next < live.length && live[next].anchor.start < sentence.end) open.push(live[next++])
    open = open.filter((it) => it.anchor.end > sentence.start)
    let coverage: SentenceCoverage | null = null
    for (const it of open) {
      coverage = it.state === 'dismissed' ? (coverage ?? 'dismissed') : 'item'
      if (coverage === 'item') break
    }
    direct.push(coverage)
  }
  // A sentence repeated word for word (a standfirst restated, a caption) is covered by its twin.
  const looked = new Set<string>()
  ordered.forEach((sentence, i) => {
    if (direct[i]) looked.add(normaliseSentence(text.slice(sentence.start, sentence.end)))
  })
  return ordered.map((sentence, i) => {
    const own = direct[i]
    if (own) return { ...sentence, coverage: own }
    const words = normaliseSentence(text.slice(sentence.start, sentence.end))
    return { ...sentence, coverage: words && looked.has(words) ? 'twin' : 'uncovered' }
  })
}

export function uncoveredSentences(sentences: ScoredSentence[], items: Item[], text: string): CoveredSentence[] {
  return sentenceCoverage(sentences, items, text).filter((s) => s.coverage === 'uncovered')
}

/** The first uncovered sentence after `from` (wrapping to the top), for the "next uncovered" key. */
export function nextUncovered<T extends Pick<Span, 'start' | 'end'>>(uncovered: T[], from: number): T | null {
  if (uncovered.length === 0) return null
  return uncovered.find((s) => s.start > from) ?? uncovered[0]
}

/** The toolbar's words for what is left. */
export function coverageLabel(uncovered: number): string {
  if (uncovered === 0) return 'Every sentence is accounted for'
  return uncovered === 1 ? '1 sentence nobody looked at' : `${uncovered} sentences nobody looked at`
}
