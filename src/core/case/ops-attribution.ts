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
 * Where the article names `name` nearest the claim: the full name, else its last word when that is a proper name
 * (a surname: "Farrant" for "Odile Farrant", written with its capital in the article too), at or before the claim's
 * end; an empty span at the claim's start when it is nowhere before. A last word that is a common noun ("report" in
 * "Harbour Authority annual report") is no mention: it used to point at any "report" earlier in the article.
 */
export function nearestMention(text: string, name: string, start: number, end: number): Span {
  const words = name.split(' ')
  const surname = words[words.length - 1]
  const needles: Array<[string, boolean]> = [[name, false]]
  if (words.length > 1 && /^\p{Lu}/u.test(surname)) needles.push([surname, true])
  for (const [needle, exactCase] of needles) {
    if (needle.length < 2) continue
    const at = lastWholeWord(text, needle, end, exactCase)
    if (at >= 0) return { start: at, end: at + needle.length, text: text.slice(at, at + needle.length) }
  }
  return { start, end: start, text: '' }
}

/**
 * Last index ≤ end - needle.length where `needle` occurs as whole words, or -1; case-insensitive unless
 * `exactCase` (a surname must keep its capital: "Marsh" the person is not "marsh" the land).
 */
function lastWholeWord(text: string, needle: string, end: number, exactCase: boolean): number {
  const hay = exactCase ? text : text.toLowerCase()
  const sought = exactCase ? needle : needle.toLowerCase()
  let at = hay.lastIndexOf(sought, end - sought.length)
  while (at >= 0) {
    const before = at === 0 ? '' : text[at - 1]
    const after = text[at + sought.length] ?? ''
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) return at
    at = at === 0 ? -1 : hay.lastIndexOf(sought, at - 1)
  }
  return -1
}
