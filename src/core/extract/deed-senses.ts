/**
 * Verbs of saying that go on to a deed instead of words, read by action-senses.ts for both cue readers (a quote's
 * speaker and a claim's claimant):
 *
 *   Ruiz continues to trail Okafor by 300 votes.     (continuing to be or to do; "continued to insist that" is words)
 *   Ruiz went on to win the seat.                     (going on to do something; "went on to say" is words)
 *   Ruiz showed up at the pier. Hale called into a radio show. The port backed out.   (arriving, phoning, leaving)
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
  return PARTICLE_DEEDS.get(tokens[i + 1]?.lower ?? '')?.has(lower) === true && particleDeed(tokens, i + 1)
}

const SHOW_FORMS = ['show', 'shows', 'showed', 'shown', 'showing']
const CALL_FORMS = ['call', 'calls', 'called', 'calling']
/**
 * Particles that make a verb of saying or showing a movement: "showed up" (arrived), "called in", "called into"
 * (phoned a programme), "called off" (cancelled), "backed out" (withdrew). "backed off" and "backed away from" a plan
 * are stances and keep their cue, as "called on", "called for" and "called out" do.
 */
const PARTICLE_DEEDS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['up', new Set(SHOW_FORMS)],
  ['in', new Set(CALL_FORMS)],
  ['into', new Set(CALL_FORMS)],
  ['off', new Set(CALL_FORMS)],
  ['out', new Set(['back', 'backs', 'backed', 'backing'])]
])
/** How far after the particle a purpose ("to vote for …") is looked for: "showed up at the polls on Tuesday to". */
const PURPOSE_REACH = 8
/** Words after "to" that make it a preposition, not a purpose: "showed up to the hearing", "up to 40 percent". */
const NOT_PURPOSE = /^(?:the|a|an|his|her|their|its|our|this|that|about|nearly|some|more|\p{N}.*|[$£€].*)$/u

/** What "up to" goes on to as a range: "showed up to 40 percent", "up to about 300". */
const AMOUNT = /^(?:\p{N}.*|[$£€].*|about|nearly|around|some|half|a|one|two|three|four|five|six|seven|eight|nine|ten)$/u
/** Determiners of a speech event after "called in": "in a statement", "in his speech". */
const EVENT_DETERMINERS = new Set(['a', 'an', 'his', 'her', 'their', 'its', 'our', 'my'])

/**
 * The deed of a verb and its particle at `particle`: "showed up at the pier", "called into the show"; not "showed up to
 * 40 percent" (a poll's range), "called into question" (doubting is a stance), nor when a purpose follows ("showed up
 * at the polls to vote for Ruiz", "called into the shows to rebut the claim": what they came to do may be their claim).
 */
function particleDeed(tokens: readonly Token[], particle: number): boolean {
  const next = tokens[particle + 1]
  if (next === undefined) return true
  if (next.lower === 'question' || (next.lower === 'to' && AMOUNT.test(tokens[particle + 2]?.lower ?? ''))) return false
  // "called in a statement for …", "called in his speech for …": the speech event, then what was called for.
  if (tokens[particle].lower === 'in' && EVENT_DETERMINERS.has(next.lower)) return false
  for (let k = particle + 1; k < tokens.length && k <= particle + PURPOSE_REACH; k++) {
    if (!tokens[k].word && tokens[k].text !== '-') break
    if (tokens[k].lower === 'to' && tokens[k + 1]?.word && !NOT_PURPOSE.test(tokens[k + 1].lower)) return false
  }
  return true
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
