/**
 * The case's list of statuses as a newsroom shapes it: relabel, recolour, add a status, remove one.
 * Items and reports refer to statuses by id, so a removed status never leaves an item pointing at
 * nothing: every item on it moves to a status the checker picks, with a history entry saying why.
 * One call applies the whole edited list, so a Settings save is one undo step.
 */
import { NEEDS_RECHECK_STATUS, UNCHECKED_STATUS, type CaseFile, type StatusDef } from '../../shared/case'
import { fail, ok, type Result } from '../../shared/result'
import { historyEntry, withHistory, type OpContext } from './op-context'

/** The statuses a case cannot do without: where items start, and what a new draft sets. */
export const KEPT_STATUSES: readonly string[] = [UNCHECKED_STATUS, NEEDS_RECHECK_STATUS]

const COLOUR = /^#[0-9a-f]{6}$/i

/** "Needs legal review" → "needs-legal-review", made unique among `taken`. */
export function statusIdFor(label: string, taken: Iterable<string>): string {
  const used = new Set(taken)
  const base =
    label
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-/, '')
      .replace(/-$/, '')
      .slice(0, 40) || 'status'
  let id = base
  for (let n = 2; used.has(id); n++) id = `${base}-${n}`
  return id
}

/** A status for the list being edited (its id is given when the list is applied). */
export function newStatus(label: string, taken: Iterable<string>): StatusDef {
  return { id: statusIdFor(label, taken), label, color: '#1a73e8', description: '', resolved: true }
}

/**
 * Apply an edited list: `next` in the order to show, new statuses among them; statuses missing from
 * it are removed and their items moved to `moves[removedId]`. The kept statuses (Unchecked, Needs
 * re-check) cannot be removed and keep their flags; labels must be unique; the rating map drops the
 * rows of removed statuses.
 */
export function reviseStatuses(
  c: CaseFile,
  next: readonly StatusDef[],
  moves: Readonly<Record<string, string>>,
  ctx: OpContext
): Result<CaseFile> {
  const before = new Map(c.statuses.map((s) => [s.id, s]))
  const statuses: StatusDef[] = []
  const labels = new Set<string>()
  for (const edit of next) {
    const label = edit.label.trim()
    const old = before.get(edit.id)
    if (!label) return fail('invalid-status', 'Every status needs a label.')
    if (labels.has(label.toLowerCase())) return fail('invalid-status', `Two statuses are called "${label}".`)
    if (!COLOUR.test(edit.color)) return fail('invalid-colour', `The colour of "${label}" must look like #1e8e3e.`)
    labels.add(label.toLowerCase())
    const flags = old
      ? { resolved: old.system ? old.resolved : edit.resolved, ...(old.system ? { system: true } : {}) }
      : { resolved: edit.resolved }
    statuses.push({ id: edit.id, label, color: edit.color, description: edit.description.trim(), ...flags })
  }
  const kept = new Set(statuses.map((s) => s.id))
  if (kept.size !== statuses.length) return fail('invalid-status', 'Two statuses have the same id.')
  for (const id of KEPT_STATUSES) {
    if (before.has(id) && !kept.has(id))
      return fail('status-needed', `"${before.get(id)!.label}" cannot be removed: Factdesk sets it.`)
  }
  const removed = c.statuses.filter((s) => !kept.has(s.id))
  for (const gone of removed) {
    const target = moves[gone.id]
    const inUse = c.items.some((it) => it.status === gone.id)
    if (inUse && (!target || !kept.has(target) || statuses.find((s) => s.id === target)?.system)) {
      return fail('status-move-needed', `Pick the status the items on "${gone.label}" move to.`)
    }
  }
  if (removed.length === 0 && JSON.stringify(statuses) === JSON.stringify(c.statuses)) return ok(c)
  const items = c.items.map((it) => {
    const gone = removed.find((s) => s.id === it.status)
    if (!gone) return it
    const to = moves[gone.id]
    const entry = historyEntry(c, ctx, 'status', { from: gone.id, to, detail: `status removed: ${gone.label}` })
    return withHistory({ ...it, status: to, statusDraftId: c.currentDraftId }, entry)
  })
  const ratingMap = c.ratingMap.filter((row) => kept.has(row.status))
  return ok({ ...c, statuses, items, ratingMap, updatedAt: ctx.at })
}
