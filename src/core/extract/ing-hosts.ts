/**
 * The word an -ing form not hung after a comma takes its subject from: the form of "spend" before it ("Hale spent the
 * week praising …"), the participle it is joined to by "and" ("…, trashing Ruiz as unfit and accusing him of …"), or
 * the verb that made the medium before it ("Hale started a petition calling on …"). Split from hung-participles.ts;
 * claimant-verb-subjects.ts reads the subject of the word found.
 */
import type { Token } from './tokens'
import { GERUND_PREPOSITIONS } from './claimant-verb-words'
import { DASHES } from './subject-asides'
import { MEDIA } from './ing-subjects'

/** Forms of "spend": the time or the money spent on an -ing form after it ("spent the week attacking"). */
const SPEND_FORMS = new Set(['spend', 'spends', 'spent', 'spending'])
/** Longest stretch between "spent" and the participle: "much of his own 24-minute speech", "more than $10 million". */
const MAX_SPENT_TOKENS = 10

/**
 * "Hale spent much of her speech praising the union", "Ruiz spent the week portraying Hale as …": a participle after
 * the time, the occasion or the money spent on it is done by the spender. The index of the form of "spend" before
 * the participle at token `k`, with nothing but words between, or -1.
 */
export function spentBefore(tokens: readonly Token[], k: number): number {
  if (SPENT_DEEDS.has(tokens[k]?.lower ?? '')) return -1
  for (let j = k - 1; j > 0 && k - j <= MAX_SPENT_TOKENS; j--) {
    if (SPEND_FORMS.has(tokens[j].lower)) return j < k - 1 ? j : -1
    if (!tokens[j].word && !MONEY_MARKS.has(tokens[j].text)) return -1
  }
  return -1
}
/**
 * Stances that are deeds when time is spent on them: "spent Monday campaigning in Ohio", "the woman he spent the day
 * embracing", "spent months pushing back against …" say what was done, not what was said.
 */
// prettier-ignore
const SPENT_DEEDS = new Set([
  'campaigning', 'lobbying', 'embracing', 'pushing', 'pressing', 'pressuring', 'voting', 'backing', 'supporting',
  'targeting', 'promoting', 'courting', 'welcoming', 'thanking', 'cheering', 'celebrating'
])
/** Marks inside an amount spent: "$10", "24-minute". */
const MONEY_MARKS = new Set(['$', '£', '€', '-', '.', '%'])

/** Words joining an -ing form to the participle before it: "trashing Ruiz and accusing him", "or urging". */
const PARTICIPLE_LINKS = new Set(['and', 'or'])
/** Longest stretch between the participle and the link: "trashing Ruiz as unqualified for the mayor's office". */
const MAX_LINKED_TOKENS = 16
/** Words ending in -ing that are no participle: "during the debate", "said nothing". */
// prettier-ignore
const NOT_PARTICIPLES = new Set(['during', 'nothing', 'something', 'anything', 'everything', 'thing', 'morning', 'evening', 'king', 'spring', 'string', 'ring', 'wing', 'bring', 'sing', 'ceiling', 'wedding', 'pudding'])
/** Marks no participle is joined across: a clause or a quotation ends there. */
const CLAUSE_MARKS = new Set(['.', ';', ':', '?', '!', '(', ')', '"', '“', '”', "''", '``'])

/**
 * The word whose subject the -ing form at token `first` shares, `k` being the word read back to before it (past
 * adverbs): the form of "spend" before it (spentBefore), or the participle it is joined to by "and" when that one
 * hangs after a comma, a dash or a preposition ("Hale hit the trail, trashing Ruiz as unfit and accusing him of …",
 * "survived by cutting fees, dropping holes and offering …"). Only the nearest -ing form counts: in "featuring
 * tenants telling their stories and criticizing …" the criticism is the tenants', not the clause's. -1 if none.
 */
export function ingHost(tokens: readonly Token[], first: number, k: number): number {
  const spent = spentBefore(tokens, first)
  if (spent > 0) return spent
  const maker = mediumMaker(tokens, first)
  if (maker > 0 || !PARTICIPLE_LINKS.has(tokens[k]?.lower ?? '')) return maker
  for (let j = k - 1; j > 0 && k - j <= MAX_LINKED_TOKENS; j--) {
    const token = tokens[j]
    if (CLAUSE_MARKS.has(token.text)) return -1
    if (!token.word || token.lower.length < 5 || !token.lower.endsWith('ing') || NOT_PARTICIPLES.has(token.lower))
      continue
    const before = tokens[j - 1]
    return before.text === ',' || DASHES.has(before.text) || GERUND_PREPOSITIONS.has(before.lower) ? j : -1
  }
  return -1
}

/** Verbs that make or put out a medium: "started a petition", "ran ads", "released a video". */
// prettier-ignore
const MAKING = new Set([
  'start', 'starts', 'started', 'launch', 'launches', 'launched', 'release', 'releases', 'released', 'run', 'runs',
  'ran', 'running', 'air', 'airs', 'aired', 'publish', 'publishes', 'published', 'post', 'posts', 'posted', 'write',
  'writes', 'wrote', 'written', 'send', 'sends', 'sent', 'issue', 'issues', 'issued', 'unveil', 'unveils', 'unveiled',
  'circulate', 'circulates', 'circulated', 'produce', 'produces', 'produced', 'cut', 'cuts',
  // holding an occasion of speaking: "opened a rally blasting …", "delivered a speech calling for …"
  'opened', 'give', 'gives', 'gave', 'deliver', 'delivers', 'delivered', 'hold', 'holds', 'held',
  'host', 'hosts', 'hosted'
])
/** Occasions of speaking whose -ing form is their speaker's: "a rally blasting", "a speech attacking". */
// prettier-ignore
const OCCASIONS = new Set([
  'rally', 'rallies', 'speech', 'speeches', 'address', 'remarks', 'interview', 'interviews', 'briefing', 'conference',
  'call', 'event', 'events', 'hall', 'meeting'
])
/** Longest stretch between the making verb and the medium: "has run a string of negative editorials". */
const MAX_MEDIUM_TOKENS = 5

/**
 * "Hale started a petition this week calling on …", "the paper has run a string of editorials pushing …": the
 * medium speaks for whoever made it, so the -ing form at `first` after it takes the making verb's subject. The index
 * of that verb, with words only between, or -1.
 */
function mediumMaker(tokens: readonly Token[], first: number): number {
  const medium = tokens.findLastIndex(
    (t, j) => j < first && j >= first - 4 && (MEDIA.has(t.lower) || OCCASIONS.has(t.lower))
  )
  if (medium < 0 || tokens.slice(medium + 1, first).some((t) => !t.word)) return -1
  for (let j = medium - 1; j > 0 && medium - j <= MAX_MEDIUM_TOKENS; j--) {
    if (!tokens[j].word) return -1
    if (MAKING.has(tokens[j].lower)) return j
  }
  return -1
}
