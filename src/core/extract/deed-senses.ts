/**
 * Verbs of saying that go on to a deed instead of words, read by action-senses.ts for both cue readers (a quote's
 * speaker and a claim's claimant):
 *
 *   Ruiz continues to trail Okafor by 300 votes.     (continuing to be or to do; "continued to insist that" is words)
 *   Ruiz went on to win the seat.                     (going on to do something; "went on to say" is words)
 *
 * Each names something done or a state (docs/FORMAT.md: plain actions are not claimants), while "“…,” she
 * continued" and "Hale went on: …" keep their cue. Only verbs that can never be words are read as deeds: the
 * corpus of real news marks "continued to needle his critics" and "went on to name the cities" as attributions.
 */
import type { Token } from './tokens'

/** Whether the verb of saying at `i` goes on to a deed here, not to words. */
export function namesDeed(tokens: readonly Token[], i: number): boolean {
  const lower = tokens[i].lower
  if (CONTINUE_FORMS.has(lower)) return toDeed(tokens, i + 1)
  if (GO_FORMS.has(lower) && tokens[i + 1]?.lower === 'on') return toDeed(tokens, i + 2)
  return false
}

const CONTINUE_FORMS = new Set(['continue', 'continues', 'continued', 'continuing'])
const GO_FORMS = new Set(['go', 'goes', 'went', 'going', 'gone'])

/**
 * Verbs of being, standing, winning and losing, and of raising or spending money: what one continues or goes on to
 * do that is never a statement ("continues to trail", "went on to win", "continued to raise money").
 */
// prettier-ignore
const DEEDS = new Set([
  'be', 'become', 'remain', 'win', 'lose', 'defeat', 'serve', 'trail', 'lead', 'rise', 'fall', 'grow',
  'climb', 'drop', 'decline', 'raise', 'spend', 'run', 'fly', 'struggle', 'hold', 'gain', 'earn', 'finish', 'rank',
  'poll', 'dominate', 'enjoy', 'suffer', 'sit', 'stand', 'live', 'work', 'play', 'receive', 'attract', 'draw', 'host',
  'found', 'marry', 'die', 'build', 'carve', 'renew', 'expand', 'shrink', 'falter', 'slide', 'surge', 'outpace'
])

/** "continues to trail", "went on to win": "to" and a deed after the verb, at `next`. */
function toDeed(tokens: readonly Token[], next: number): boolean {
  return tokens[next]?.lower === 'to' && DEEDS.has(tokens[next + 1]?.lower ?? '')
}
