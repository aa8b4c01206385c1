/**
 * How a poll is named after "in" (claimant-cues.ts's "in a … poll"), beyond a determiner, a few words and its noun:
 *
 *   in an NBC News/Wall Street Journal poll     → pollsters joined by a slash: one name, read as one word
 *   in the Courier average of Leeds polls       → an average of polls speaks for its figures as a poll does
 *   in the Courier polling average              → so does a polling average
 */
import { isCapitalised, type Token } from './tokens'
import { barePollNoun } from './according-to'

/**
 * At the first word of a run of capitalised words joined by a slash to another such run ("Washington Post/ABC
 * News"), the index of the joint name's last word, after every slash ("NBC/Wall Street Journal/Marist"); `k` when no
 * slash joins the run, or `k` is no run's first word.
 */
export function jointName(tokens: readonly Token[], k: number): number {
  if (!capitalAt(tokens, k) || capitalAt(tokens, k - 1)) return k
  let end = k
  let joined = false
  for (;;) {
    while (capitalAt(tokens, end + 1)) end++
    if (tokens[end + 1]?.text !== '/' || !capitalAt(tokens, end + 2)) break
    end += 2
    joined = true
  }
  return joined ? end : k
}

const capitalAt = (tokens: readonly Token[], k: number): boolean =>
  k >= 0 && k < tokens.length && isCapitalised(tokens[k])

/**
 * Whether the word at `k` is an average of polls: "average" or "averages" after "polling" ("the polling average"), or
 * before "of" and a poll within three words ("the Courier average of recent Leeds polls"). Not an average of
 * anything else ("the average voter", "an average of 40 cents").
 */
export function pollAverage(tokens: readonly Token[], k: number): boolean {
  if (!AVERAGES.has(tokens[k].lower)) return false
  return tokens[k - 1]?.lower === 'polling' || averagedPolls(tokens, k) > k
}

/**
 * The index of the poll noun an average at `k` is of ("the Courier average of Leeds polls" → "polls"), so that it is
 * named with them ("an average" alone tells a checker nothing); `k` when no "of" and poll follow it.
 */
export function averagedPolls(tokens: readonly Token[], k: number): number {
  if (!AVERAGES.has(tokens[k].lower) || tokens[k + 1]?.lower !== 'of') return k
  const poll = barePollNoun(tokens, k + 2)
  return poll > k ? poll : k
}
const AVERAGES = new Set(['average', 'averages'])
