/**
 * Cues that yield to a later cue of the same sentence, which reports its claim (claimants.ts reads the first cue
 * with a subject, keeping one of these for when no later cue gives anyone):
 *
 *   When Ms Carter asked Mr Delaney how …, he said …   a question put in the clause the sentence opens with is no
 *                                                     statement; the main clause's speaker answers.
 */
import type { Token } from './tokens'
import { SENTENCE_LINKS, SUBORDINATORS } from './subject-words'
import { asksAt, QUESTION_OPENERS } from './prose-mentions'

/**
 * True when token `cue` puts a question ("asked" … "how", "whether", "about"; not "was asked", nor "asked Norton to
 * republish", a request) in a clause the sentence opens with on a subordinator ("When Carter asked Delaney how …, he
 * said"), before the comma that ends it.
 */
export function questionOpening(tokens: readonly Token[], cue: number): boolean {
  if (!asksAt(tokens, cue)) return false
  const at = tokens.findIndex((t) => t.word && !SENTENCE_LINKS.has(t.lower))
  if (at < 0 || at >= cue || !SUBORDINATORS.has(tokens[at].lower)) return false
  for (let k = at + 1; k < cue; k++) if (tokens[k].text === ',') return false
  let question = false
  for (let k = cue + 1; k < tokens.length; k++) {
    if (tokens[k].text === ',') return question
    if (!question && tokens[k].lower === 'to') return false
    question ||= QUESTION_OPENERS.has(tokens[k].lower)
  }
  return false
}
