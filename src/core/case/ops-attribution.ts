/**
 * Who said it: the checker corrects or clears a quote's speaker or a claim's claimant. The engine's
 * evidence stays where it still applies: renaming keeps the mention and cue that named them ("the
 * ministry said" is still where the Ministry of Finance is named); clearing drops all of it. A
 * claimant given to a claim that had none is pointed at the nearest place the article writes the
 * name, or at an empty span at the claim's start when the article never names them.
 */
import type { Claimant, Span } from '../../shared/article'
import type { CaseFile, Item } from '../../shared/case'
import { fail, ok, type Result } from '../../shared/result'
import { currentText } from './case-reading'
import { findItem, historyEntry, updateItem, withHistory, type OpContext } from './op-context'

/** Longest name a checker may type: a name and a short role, not a paragraph. */
export const MAX_ATTRIBUTION_NAME = 200

/** Give a quote's speaker a new name (null clears the speaker, its mention and cue). */
export function setSpeaker(c: CaseFile, id: string, name: string | null, ctx: OpContext): Result<CaseFile> {
  const checked = checkName(c, id, name)
  if (!checked.ok) return checked
  const { item, clean } = checked.value
  const before = item.speaker?.name ?? ''
  if ((clean ?? '') === before) return ok(c)
  const change = (it: Item): Item =>
    clean === null
      ? { ...it, speaker: null, mention: null, cue: null }
      : { ...it, speaker: { name: clean, description: null, anonymous: false } }
  return ok(
    updateItem(c, id, ctx, (it) =>
      withHistory(change(it), historyEntry(c, ctx, 'speaker', { from: before, to: clean ?? '' }))
    )
  )
}

/** Give a claim's claimant a new name (null clears it). */
export function setClaimant(c: CaseFile, id: string, name: string | null, ctx: OpContext): Result<CaseFile> {
  const checked = checkName(c, id, name)
  if (!checked.ok) return checked
  const { item, clean } = checked.value
  const before = item.claimant?.name ?? ''
  if ((clean ?? '') === before) return ok(c)
  const claimant: Claimant | null =
    clean === null
      ? null
      : item.claimant
        ? { ...item.claimant, name: clean }
        : { name: clean, mention: nearestMention(currentText(c), clean, item.anchor.start, item.anchor.end), cue: null }
  return ok(
    updateItem(c, id, ctx, (it) =>
      withHistory({ ...it, claimant }, historyEntry(c, ctx, 'claimant', { from: before, to: clean ?? '' }))
    )
  )
}

function checkName(c: CaseFile, id: string, name: string | null): Result<{ item: Item; clean: string | null }> {
  const item = findItem(c, id)
  if (!item) return fail('unknown-item', `There is no item "${id}" in this case.`)
  const clean = name === null ? null : name.replace(/\s+/gu, ' ').trim()
  if (clean === '') return fail('empty-name', 'Type a name, or clear it instead.')
  if (clean !== null && clean.length > MAX_ATTRIBUTION_NAME) {
    return fail('name-too-long', `A name can be at most ${MAX_ATTRIBUTION_NAME} characters.`)
  }
  return ok({ item, clean })
}

/**
 * Where the article names `name` nearest the claim: the full name, else its last word (a surname),
 * at or before the claim's end; an empty span at the claim's start when it is nowhere before.
 */
export function nearestMention(text: string, name: string, start: number, end: number): Span {
  const words = name.split(' ')
  for (const needle of [name, words[words.length - 1]]) {
    if (needle.length < 2) continue
    const at = lastWholeWord(text, needle, end)
    if (at >= 0) return { start: at, end: at + needle.length, text: text.slice(at, at + needle.length) }
  }
  return { start, end: start, text: '' }
}

/** Last index ≤ end - needle.length where `needle` occurs as whole words (case-insensitive), or -1. */
function lastWholeWord(text: string, needle: string, end: number): number {
  const hay = text.toLowerCase()
  const lower = needle.toLowerCase()
  let at = hay.lastIndexOf(lower, end - lower.length)
  while (at >= 0) {
    const before = at === 0 ? '' : text[at - 1]
    const after = text[at + lower.length] ?? ''
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) return at
    at = at === 0 ? -1 : hay.lastIndexOf(lower, at - 1)
  }
  return -1
}
