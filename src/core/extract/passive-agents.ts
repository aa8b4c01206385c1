/**
 * A claimant verb in the passive names its claimant after "by": "The issue was first reported by The
 * Harbour Herald", "He has been called a cowboy by fellow captains", "The plan is backed by the union".
 * Without "by" ("The plan was endorsed in May") the passive names no one.
 */
import type { Token } from './tokens'
import { subjectAfter } from './subject-after'
import { plausibleSubject } from './subject-plausibility'
import { type Subject } from './subjects'

/** Most words between the verb and "by": "called a cowboy by", "endorsed last week by". */
const MAX_OBJECT_TOKENS = 4

/** The agent after "by" following the passive verb ending at tokens[last], or null. */
export function passiveAgent(text: string, tokens: readonly Token[], last: number): Subject | null {
  for (let k = last + 1; k < tokens.length && k <= last + MAX_OBJECT_TOKENS + 1; k++) {
    if (!tokens[k].word) return null
    if (tokens[k].lower !== 'by') continue
    // "viewed by some as disparaging", "described by officials as": the agent ends before "as".
    let end = k + 1
    while (end < tokens.length && tokens[end].lower !== 'as') end++
    const agent = subjectAfter(text, tokens, k + 1, end)
    return agent && agent.kind !== 'pronoun' && plausibleSubject(agent) ? agent : null
  }
  return null
}
