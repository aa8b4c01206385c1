/**
 * A cue verb in an infinitive whose subject is the object of the verb before it: "requires the firm
 * to publish", "led harbour officials to warn". Two kinds of verb take such an object, and they say
 * opposite things about whether the object spoke:
 *
 *   A law requires Coastal Freight Ltd to publish …   an obligation, an order, a request: what the
 *   The court ordered the airline to report …         object is to do, not what it said; no claimant
 *                                                     (the verb's own subject is read at the verb
 *                                                     when it is a cue: "The council urged …").
 *   The storm led harbour officials to warn that …    a cause or a permission: the object did speak,
 *   The ruling prompted critics to argue that …       and is the claimant.
 */
import type { Token } from './tokens'
import { classifyPhrase, type Subject } from './subjects'

/** Obligation, order, request, permission to come: the infinitive has not happened. Base forms. */
// prettier-ignore
const OBLIGING = new Set([
  'require', 'order', 'force', 'ask', 'tell', 'told', 'urge', 'compel', 'oblige', 'obligate', 'direct', 'instruct',
  'invite', 'pressure', 'press', 'push', 'want', 'expect', 'need', 'mandate', 'authorize', 'authorise', 'challenge',
  'dare', 'beg', 'implore', 'advise', 'remind', 'warn', 'call', 'pay', 'paid', 'hire', 'appoint', 'train', 'teach',
  'taught', 'entitle', 'forbid', 'forbade', 'ban', 'prohibit', 'bar', 'summon', 'commission', 'recruit', 'task',
  'charge'
])
/** Cause and permission: the infinitive is reported as done ("led voters to say", "allows her to offer"). */
// prettier-ignore
const CAUSING = new Set([
  'lead', 'led', 'prompt', 'cause', 'allow', 'permit', 'enable', 'get', 'got', 'help', 'encourage', 'inspire',
  'persuade', 'convince', 'drive', 'drove', 'driven', 'spur', 'spurred', 'provoke', 'leave', 'left'
])
const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'us', 'me', 'you', 'it'])
/** Longest object between such a verb and "to", in tokens: "requires Coastal Freight Ltd to". */
const MAX_OBJECT_TOKENS = 6

/** "required" → "require", "leads" → "lead", "prompting" → "prompt": the base form as listed. */
function listed(lower: string, set: ReadonlySet<string>): boolean {
  if (set.has(lower)) return true
  const stem = lower.replace(/(?:ing|ed|es|s)$/u, '')
  return set.has(stem) || set.has(`${stem}e`) || set.has(stem.replace(/(.)\1$/u, '$1'))
}

/** Longest aside in commas between the object and "to", in tokens. */
const MAX_ASIDE_TOKENS = 30

/** The comma opening the aside that the comma at tokens[k] closes, or -1. */
function asideOpening(tokens: readonly Token[], k: number): number {
  for (let j = k - 1; j > 0 && k - j <= MAX_ASIDE_TOKENS; j--) if (tokens[j].text === ',') return j
  return -1
}

export type Controlled = { obliged: true } | { obliged: false; subject: Subject | null }

/**
 * When the cue at tokens[first] is such an infinitive: obliged (no one said it), or the object as
 * its subject (null when the object does not read as a claimant). null when it is no such infinitive.
 */
export function controlledInfinitive(text: string, tokens: readonly Token[], first: number): Controlled | null {
  if (tokens[first - 1]?.lower !== 'to') return null
  let aside = 0
  let objectEnd = first - 1
  for (let k = first - 2; k >= 0 && first - 2 - k - aside <= MAX_OBJECT_TOKENS; k--) {
    const t = tokens[k]
    // "forced Stumpf, who was under questioning, to admit": an aside in commas after the object.
    if (t.text === ',' && k === first - 2) {
      const open = asideOpening(tokens, k)
      if (open < 0) return null
      aside = k - open + 1
      objectEnd = open
      k = open
      continue
    }
    if (!t.word) return null
    // The verb comes before its object: at least one word stands between them.
    if (t.text !== t.lower || k + 1 >= objectEnd) continue
    if (listed(t.lower, OBLIGING)) return { obliged: true }
    if (!listed(t.lower, CAUSING)) continue
    // "led him to say": an object pronoun is not read (the registry resolves subject pronouns only).
    const object = OBJECT_PRONOUNS.has(tokens[k + 1].lower) ? null : classifyPhrase(text, tokens, k + 1, objectEnd)
    // The object's place makes it the infinitive's subject: "led some to speculate" is read as "some".
    return { obliged: false, subject: object }
  }
  return null
}
