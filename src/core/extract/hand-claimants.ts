/**
 * The claimant of a claim the checker adds by hand, read as extraction reads a suggested claim's: in a
 * transcript turn the turn's speaker (turn-claimants.ts), in prose the claimant of the sentence the claim lies
 * in (quotes.ts, prose-speakers.ts, claimants.ts). Without it a hand-added "The ministry said inflation fell to
 * 2% in May." had no claimant, so the report listed it under "Speaker not identified" while the same sentence
 * suggested was the ministry's.
 *
 * Only that sentence is read: its block is split (not the article), and it is attributed as if it were the
 * article's only block, with a registry of its own. A name or description is therefore given as written ("Mr
 * Pryce", "the agency", where extraction says "Owen Pryce", "the Environment Agency"), and a pronoun ("…, she
 * said.") or a quote whose attribution is in another sentence gives no claimant rather than a guess. A span
 * across two sentences, or outside any sentence extraction scores (a byline, a transcript's title), has none.
 * The checker can set or clear it either way.
 */
import type { Article, Block, Claimant } from '../../shared/article'
import { blockAt } from './blocks'
import { scoredSentencesOf, textBlocks, type TextRange } from './sentences'
import { findAttributions } from './quotes'
import { turnClaimant } from './turn-claimants'

/** The claimant of a claim added by hand over article.text[start, end), or null. */
export function handClaimant(article: Article, start: number, end: number): Claimant | null {
  const turn = turnClaimant(blockAt(article.blocks, start))
  if (turn) return turn
  const held = sentenceHolding(article, start, end)
  if (!held) return null
  // The attribution extraction runs, over an article whose only block is this sentence: a quote in it is its
  // speaker's ('"Nobody wants fares up," said Owen Pryce' is Pryce's, not Nobody's), other prose is read for a
  // speech cue, then the other claimant cues (a stance, a finding, "according to").
  const { block, sentence } = held
  const alone: Article = { ...article, blocks: [{ ...block, start: sentence.start, end: sentence.end }] }
  return findAttributions(alone, [sentence]).claimantAt(sentence.start)
}

/**
 * The sentence, as splitSentences() gives it, that holds [start, end), or null when the span crosses a
 * sentence's edge or lies outside the sentences extraction scores (a transcript's title, a photo credit).
 */
function sentenceHolding(article: Article, start: number, end: number): { block: Block; sentence: TextRange } | null {
  // textBlocks(): the scored kinds, clamped and disjoint, as splitSentences() splits them.
  const block = blockAt(textBlocks(article), start)
  if (!block || end > block.end) return null
  const transcript = article.blocks.some((b) => b.kind === 'turn')
  const sentences: TextRange[] = []
  scoredSentencesOf(article, block, transcript, sentences)
  const sentence = sentences.find((s) => s.start <= start && end <= s.end)
  return sentence ? { block, sentence } : null
}
