/**
 * "In a speech last July, he said:" or "Fox News reports:" closing a paragraph, the words after it set as a paragraph
 * of their own without quotation marks: the claims of that paragraph that name no claimant of their own are the
 * lead-in's. Only a verb that sets out words leads in; "Here are three reasons voters should be pessimistic:" or
 * "… while China breaks WTO rules:" leads into the writer's own list. Apart from extract.ts, which only wires.
 */
import type { Block, Claimant } from '../../shared/article'
import type { TextRange } from './sentences'

/** Verbs that set out someone's words after a colon ("according to" too): not "rules", "shows", "believes". */
// prettier-ignore
const LEAD_IN_VERBS = new Set([
  'said', 'says', 'say', 'added', 'adds', 'wrote', 'writes', 'write', 'reported', 'reports', 'report', 'tweeted',
  'tweets', 'posted', 'posts', 'stated', 'states', 'explained', 'explains', 'declared', 'declares', 'continued',
  'continues', 'told', 'tells', 'noted', 'notes', 'argued', 'argues', 'warned', 'warns', 'according', 'concluded',
  'concludes', 'insisted', 'insists', 'replied', 'replies', 'responded', 'responds', 'asked', 'asks'
])
/** Most characters between a lead-in's cue and its colon: "said in a statement on Monday:". */
const MAX_COLON_GAP = 30

/**
 * "Fox News reports:", "In a speech last July, he said:" ending a paragraph, the words after it set as a paragraph
 * of their own without quotation marks: the sentence before the colon, by the block it leads into (its start).
 */
export function colonLeadIns(text: string, ranges: readonly TextRange[], blocks: readonly (Block | undefined)[]) {
  const leadIns = new Map<Block, number>()
  for (let index = 0; index + 1 < ranges.length; index++) {
    const next = blocks[index + 1]
    if (!next || next === blocks[index] || !/:\s*$/u.test(text.slice(ranges[index].start, ranges[index].end))) continue
    leadIns.set(next, ranges[index].start)
  }
  return leadIns
}

/**
 * The claimant the lead-in before `block` gives its claims (`claimantAt` reads a sentence's claimant by its start),
 * or null: none leads into the block, or its cue is no verb of setting out words right before the colon.
 */
export function leadInClaimant(
  text: string,
  leadIns: ReadonlyMap<Block, number>,
  block: Block | undefined,
  claimantAt: (start: number) => Claimant | null
): Claimant | null {
  const lead = block ? leadIns.get(block) : undefined
  const claimant = lead === undefined ? null : claimantAt(lead)
  const cue = claimant?.cue
  const colon = cue ? text.indexOf(':', cue.end) : -1
  if (!cue || colon < 0 || colon - cue.end > MAX_COLON_GAP) return null
  return LEAD_IN_VERBS.has(cue.text.toLowerCase().split(/\s/u)[0]) ? claimant : null
}
