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
import { splitBlock, textBlocks, type TextRange } from './sentences'
import { findAttributions } from './quotes'
import { turnClaimant } from './turn-claimants'
import { isPhotoCredit } from '../import/header-lines'

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
 * sentence's edge or lies outside the blocks extraction scores.
 */
function sentenceHolding(article: Article, start: number, end: number): { block: Block; sentence: TextRange } | null {
  // textBlocks(): the scored kinds, clamped and disjoint, as splitSentences() splits them.
  const blocks = textBlocks(article)
  const block = blockAt(blocks, start)
  if (!block || end > block.end) return null
  // "Harbour Ward debate, 4 March 2026": a transcript's title names the recording (splitSentences).
  if (block.kind === 'title' && article.blocks.some((b) => b.kind === 'turn')) return null
  const sentences: TextRange[] = []
  splitBlock(article.text, block.start, block.end, sentences)
  const index = sentences.findIndex((s) => s.start <= start && end <= s.end)
  if (index < 0) return null
  const sentence = sentences[index]
  // "(AP Photo/Jerome Delay, File)": the credit closing a caption is furniture, not a sentence (splitSentences).
  const last = index === sentences.length - 1
  return last && isPhotoCredit(article.text.slice(sentence.start, sentence.end)) ? null : { block, sentence }
}
