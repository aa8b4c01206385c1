/**
 * The claimant of a claim the checker adds by hand, read as extraction reads a suggested claim's: in a
 * transcript turn the turn's speaker (turn-claimants.ts), in prose the claimant of the sentence the claim lies
 * in (quotes.ts, prose-speakers.ts, claimants.ts), or of its clause when extraction cuts the sentence into a claim
 * per attribution (clause-claims.ts). Without it a hand-added "The ministry said inflation fell to
 * 2% in May." had no claimant, so the report listed it under "Speaker not identified" while the same sentence
 * suggested was the ministry's.
 *
 * A sentence that may point back to what comes before it (a pronoun: "He said the plan failed."; a quotation mark
 * in its block up to its end: a quote, maybe begun or introduced before it) is read with the article's sentences
 * before it, as extraction reads them: "he" is the person met before, a quote's words are its speaker's. Any
 * other sentence is read on its own, no pass over the article: its block is split, and it is attributed as if it
 * were the article's only block, so a name is given as written ("Mr Pryce", where extraction says "Owen Pryce"). Either
 * way a description of a body is then named as extraction names it ("the agency" → "the Environment Agency"). A span across two sentences, or
 * outside any sentence extraction scores (a byline, a transcript's title), has none. The checker can set or
 * clear it either way.
 */
import type { Article, Block, Claimant, Fact } from '../../shared/article'
import { blockAt, isTranscript } from './blocks'
import { scoredSentencesOf, textBlocks, type TextRange } from './sentences'
import { findAttributions, type Attributions } from './quotes'
import { turnClaimant } from './turn-claimants'
import { sentenceTokens } from './tokens'
import { nameSettler, settledClaimant } from './nominal-names'
import { readEntities } from '../facts/facts'

/** Words that stand for someone named before them: read in context ("He said …", "…, they argued"). */
// prettier-ignore
const POINTING_WORDS = new Set([
  'he', 'she', 'they', 'it', 'we', 'i', 'him', 'her', 'them', 'his', 'its', 'their', 'who', 'which'
])
/** Marks opening or closing a quote, two apostrophes ('') among them; one ("Hale’s") is left out. */
const QUOTE_MARKS = /["“”«»„‘]|''/u
/** A pointing word contracted with its verb: "they'll", "she’s". */
const CONTRACTED = /^(?:he|she|they|it|we|i)['’]/u

/** The claimant of a claim added by hand over article.text[start, end), or null. */
export function handClaimant(article: Article, start: number, end: number): Claimant | null {
  const turn = turnClaimant(blockAt(article.blocks, start))
  if (turn) return turn
  const held = sentenceHolding(article, start, end)
  if (!held) return null
  const { block, sentence } = held
  const entities = readEntities(article.text)
  const found = mayPointBack(article.text, block, sentence)
    ? inContext(article, block, sentence, entities)
    : alone(article, block, sentence)
  const read = claimantOver(found, sentence, start, end)
  // Named as extract() names a suggested claim's claimant once the article is read (nominal-names.ts): "The
  // utility said …" is Kestrel Bay Water's when the article names it.
  return read && settledClaimant(read, nameSettler(article.text, entities))
}

/**
 * The attribution extraction runs, over an article whose only block is this sentence: a quote in it is its
 * speaker's ('"Nobody wants fares up," said Owen Pryce' is Pryce's, not Nobody's), other prose is read for a
 * speech cue, then the other claimant cues (a stance, a finding, "according to").
 */
function alone(article: Article, block: Block, sentence: TextRange): Attributions {
  const only: Article = { ...article, blocks: [{ ...block, start: sentence.start, end: sentence.end }] }
  return findAttributions(only, [sentence])
}

/**
 * The claimant of [start, end) in the sentence: in a sentence extraction cuts into a claim per attribution
 * ("Hale said …, and Ruiz added …", clause-claims.ts), the claimant of the clause holding it, as its suggested claim
 * has; a span across clauses, or any other sentence, the sentence's.
 */
function claimantOver(found: Attributions, sentence: TextRange, start: number, end: number): Claimant | null {
  const part = found.partsAt(sentence.start)?.find((clause) => clause.start <= start && end <= clause.end)
  return part?.claimant ?? found.claimantAt(sentence.start)
}

/** Whether the sentence holds a word standing for someone named earlier, or its block a quotation mark up to it. */
function mayPointBack(text: string, block: Block, sentence: TextRange): boolean {
  if (QUOTE_MARKS.test(text.slice(block.start, sentence.end))) return true
  return sentenceTokens(text, sentence).some((t) => POINTING_WORDS.has(t.lower) || CONTRACTED.test(t.lower))
}

/**
 * The claimant extraction gives the sentence: the article's blocks up to and including the sentence's are read in
 * order, as extract() reads them (quotes.ts), the claimant asked only of this one. The rest of its block is read
 * too, for a quote attributed in the sentence after it ("“…” That was how Okafor put it."); no quote after the
 * block is attributed.
 */
function inContext(article: Article, block: Block, sentence: TextRange, entities: readonly Fact[]): Attributions {
  const transcript = isTranscript(article)
  const sentences: TextRange[] = []
  for (const each of textBlocks(article)) {
    if (each.start > block.start) break
    scoredSentencesOf(article, each, transcript, sentences)
  }
  const wanted = (s: TextRange): boolean => s.start === sentence.start
  return findAttributions(article, sentences, wanted, block.end, entities)
}

/**
 * The sentence, as splitSentences() gives it, that holds [start, end), or null when the span crosses a
 * sentence's edge or lies outside the sentences extraction scores (a transcript's title, a photo credit).
 */
function sentenceHolding(article: Article, start: number, end: number): { block: Block; sentence: TextRange } | null {
  // textBlocks(): the scored kinds, clamped and disjoint, as splitSentences() splits them.
  const block = blockAt(textBlocks(article), start)
  if (!block || end > block.end) return null
  const transcript = isTranscript(article)
  const sentences: TextRange[] = []
  scoredSentencesOf(article, block, transcript, sentences)
  const sentence = sentences.find((s) => s.start <= start && end <= s.end)
  return sentence ? { block, sentence } : null
}
