/**
 * How much text a new draft shares with the current one, for the import preview's warning that the file chosen may be
 * another article altogether. Re-anchoring cannot tell: two unrelated stories still "match" on their common words,
 * and the preview read "0 unchanged, 10 removed, 30 new suggestions" without a word of doubt — importing it on purpose
 * stays possible, but the checker should have been asked whether it is the right file.
 */

/**
 * Text counts as shared in runs of this many words: single words ("the", "said") and pairs ("on Monday") recur in any
 * two news stories, while three words in a row rarely do unless one draft was made from the other.
 */
export const SHARED_RUN_WORDS = 3

/**
 * Below this share of word runs in common the preview says the draft shares almost no text with the current one.
 * Different articles share little: over the 1,770 pairs of 60 news stories (PolNeAR dev, measured, nothing fitted)
 * the median is 0.3% and the highest 11% (two short pieces on one campaign, with its stock phrases). A draft
 * rewritten sentence by sentence keeps its names, figures and quotes, so far more than this.
 */
export const UNRELATED_DRAFT_SHARE = 0.15

const WORD = /[\p{L}\p{N}]+/gu

function wordRuns(text: string): Set<string> {
  const words = text.toLowerCase().match(WORD) ?? []
  const runs = new Set<string>()
  for (let i = 0; i + SHARED_RUN_WORDS <= words.length; i++) runs.add(words.slice(i, i + SHARED_RUN_WORDS).join(' '))
  return runs
}

/**
 * The share in [0, 1] of the shorter draft's word runs found in the other: a draft that only grew, or was only cut,
 * still shares all of itself. 1 when either draft is too short to have a run (nothing to judge by).
 */
export function sharedTextShare(oldText: string, newText: string): number {
  const oldRuns = wordRuns(oldText)
  const newRuns = wordRuns(newText)
  const [fewer, more] = oldRuns.size <= newRuns.size ? [oldRuns, newRuns] : [newRuns, oldRuns]
  if (fewer.size === 0) return 1
  let shared = 0
  for (const run of fewer) if (more.has(run)) shared++
  return shared / fewer.size
}

/** Whether the preview should ask if the new draft is the right file at all. */
export function looksUnrelated(share: number): boolean {
  return share < UNRELATED_DRAFT_SHARE
}
