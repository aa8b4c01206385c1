/**
 * Transcripts: who speaks is part of the draft, not of its text. The speaker labels are kept out of
 * `Article.text` (so a claim's words are only what was said), which made a corrected transcript that gives
 * a line to another speaker look identical: same text, same hash, "already the current draft; nothing
 * changed", and a claim verified as FIELDING's stayed FIELDING's. Here a turn whose speaker changed counts
 * as a change to the claims in it: a checked claim comes back as Needs re-check, and the claimant follows
 * the new label unless the checker had named someone else.
 */
import type { Article, Block, Claimant } from '../../shared/article'
import { NEEDS_RECHECK_STATUS, UNCHECKED_STATUS, type Item } from '../../shared/case'
import { blockAt } from '../extract/blocks'
import { turnClaimant } from '../extract/turn-claimants'
import { revisedEntry, type CarryContext } from './carry-item'

/**
 * Every turn spoken by the same speaker, named the same, in the same role and at the same caption time, in both
 * drafts. A caption file re-timed (the recording trimmed, captions re-synced) is a new draft: it was refused as
 * "nothing changed", and the workspace kept showing the old times.
 */
export function sameTurns(a: Article, b: Article): boolean {
  return turnKey(a) === turnKey(b)
}

function turnKey(article: Article): string {
  return article.blocks
    .filter((block) => block.kind === 'turn')
    .map((block) =>
      [
        block.start,
        block.end,
        block.speaker ?? '',
        block.speakerName ?? '',
        block.role ?? '',
        block.time ? `${block.time.start}-${block.time.end}` : ''
      ].join('\t')
    )
    .join('\n')
}

/** The history entry's detail when the claimant changed because the transcript's label did (not the checker). */
export const TURN_SPEAKER_DETAIL = 'turn speaker'

/** The speaker change a revision recorded on this item in `draftId`, as "LINDQVIST → OKAFOR"; null if none. */
export function recordedSpeakerChange(item: Item, draftId: string): { from: string; to: string } | null {
  const entry = item.history.findLast(
    (h) => h.action === 'claimant' && h.detail === TURN_SPEAKER_DETAIL && h.draftId === draftId
  )
  return entry ? { from: entry.from ?? '', to: entry.to ?? '' } : null
}

/**
 * How the changes view and the report name a changed item: "Wording changed", or for a transcript line given
 * to another speaker "Speaker changed: LINDQVIST → OKAFOR" (its words may be the same, so the diff shows nothing).
 */
export function changedLabel(item: Item, draftId: string, wordsChanged: boolean): string {
  const speaker = recordedSpeakerChange(item, draftId)
  if (!speaker) return 'Wording changed'
  return `${wordsChanged ? 'Wording and speaker changed' : 'Speaker changed'}: ${fromTo(speaker.from, speaker.to)}`
}

function fromTo(from: string, to: string): string {
  return `${from} → ${to || 'no one'}`
}

export interface SpeakerChange {
  /** Who the old draft's turn gave the words to, as a claimant names them. */
  from: string
  /** The claimant the new draft's turn gives (null: no one, e.g. now a stage direction or not a turn). */
  to: Claimant | null
}

/** "LINDQVIST → OKAFOR", as changedLabel words it once the revision is recorded (the import's preview says it first). */
export function speakerChangeLabel(change: SpeakerChange): string {
  return fromTo(change.from, change.to?.name ?? '')
}

/** A claim in a transcript turn whose speaker is not the same in the new draft; null otherwise. */
export function speakerChange(item: Item, carried: Item, before: Article, after: Article): SpeakerChange | null {
  if (item.kind !== 'claim' || carried.state === 'removed') return null
  const from = turnClaimant(blockAt(before.blocks, item.anchor.start))
  if (!from) return null
  const to = turnClaimant(blockAt(after.blocks, carried.anchor.start))
  return to?.name === from.name ? null : { from: from.name, to }
}

/**
 * The carried claim, re-attributed: checked claims need a re-check (the verdict was on someone else's
 * words), as when the words change; the claimant follows the new label when it was the old label's.
 */
export function reattribute(item: Item, carried: Item, change: SpeakerChange, ctx: CarryContext): Item {
  const engineNamed = item.claimant?.name === change.from
  const claimant = engineNamed ? change.to : carried.claimant
  const history = [...carried.history]
  const last = history[history.length - 1]
  // Words and speaker both changed: the revision already has its entry and its status.
  const wordsChanged = last?.action === 'revised' && last.draftId === ctx.draftId && last.detail === 'changed'
  const from = item.status
  const recheck = item.state !== 'dismissed' && from !== UNCHECKED_STATUS
  const to = wordsChanged ? carried.status : recheck ? NEEDS_RECHECK_STATUS : from
  if (!wordsChanged) history.push(revisedEntry(ctx, 'changed', from, to))
  if (engineNamed) {
    history.push({
      at: ctx.now,
      by: ctx.checker,
      action: 'claimant',
      detail: TURN_SPEAKER_DETAIL,
      from: change.from,
      to: change.to?.name ?? '',
      draftId: ctx.draftId
    })
  }
  return {
    ...carried,
    claimant,
    status: to,
    statusDraftId: to !== from ? ctx.draftId : carried.statusDraftId,
    previousText:
      wordsChanged || (from === NEEDS_RECHECK_STATUS && item.previousText !== null)
        ? carried.previousText
        : item.anchor.exact,
    history
  }
}

/**
 * Transcript turns whose words are in both drafts but whose speaker is not the same, as "FIELDING → OKAFOR", in
 * the new draft's order. Speaker labels are not part of the text, so the word diff cannot show these.
 */
export function reassignedTurns(previous: Article, current: Article): string[] {
  const words = (article: Article, start: number, end: number) => article.text.slice(start, end).replace(/\s+/g, ' ')
  const speakersByWords = new Map<string, string[]>()
  for (const block of previous.blocks) {
    const speaker = turnClaimant(block)
    if (!speaker) continue
    const key = words(previous, block.start, block.end)
    speakersByWords.set(key, [...(speakersByWords.get(key) ?? []), speaker.name])
  }
  const changes: string[] = []
  for (const block of current.blocks) {
    if (block.kind !== 'turn') continue
    const from = speakersByWords.get(words(current, block.start, block.end))?.shift()
    const to = turnClaimant(block)?.name ?? 'no one'
    if (from !== undefined && from !== to) changes.push(`${from} → ${to}`)
  }
  return changes
}

/** Transcript turns whose words are in both drafts and whose caption time is not the same: a re-timed caption file. */
export function retimedTurns(previous: Article, current: Article): number {
  const words = (article: Article, start: number, end: number) => article.text.slice(start, end).replace(/\s+/g, ' ')
  const timesByWords = new Map<string, string[]>()
  const timeOf = (block: Block) => (block.time ? `${block.time.start}-${block.time.end}` : '')
  for (const block of previous.blocks) {
    if (block.kind !== 'turn') continue
    const key = words(previous, block.start, block.end)
    timesByWords.set(key, [...(timesByWords.get(key) ?? []), timeOf(block)])
  }
  let retimed = 0
  for (const block of current.blocks) {
    if (block.kind !== 'turn') continue
    const before = timesByWords.get(words(current, block.start, block.end))?.shift()
    if (before !== undefined && before !== timeOf(block)) retimed++
  }
  return retimed
}

/** Speaker changes shown after this many, as "…": the items above list every one. */
const NAMED_TURNS = 3

/**
 * The diff's summary with the turns given to another speaker and the turns re-timed, which the word diff cannot
 * show: "No words changed; 1 turn has a new speaker: A → B; 40 turns have new caption times."
 */
export function withSpeakerChanges(summary: string, reassigned: readonly string[], retimed = 0): string {
  const parts = [summary.replace(/\.$/, '')]
  if (reassigned.length > 0) {
    const turns = reassigned.length === 1 ? '1 turn has a new speaker' : `${reassigned.length} turns have a new speaker`
    const named = [...new Set(reassigned)]
    const more = named.length > NAMED_TURNS ? ', …' : ''
    parts.push(`${turns}: ${named.slice(0, NAMED_TURNS).join(', ')}${more}`)
  }
  if (retimed > 0)
    parts.push(retimed === 1 ? '1 turn has a new caption time' : `${retimed} turns have new caption times`)
  return parts.length === 1 ? summary : `${parts.join('; ')}.`
}
