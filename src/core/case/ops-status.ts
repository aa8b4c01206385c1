/**
 * Accepting, dismissing and giving a status. A status set on one of a pair of twins (the same fact
 * repeated in the draft) is given to both: the fact is checked once and shown twice.
 */
import type { CaseFile, StatusDef } from '../../shared/case'
import { fail, ok, type Result } from '../../shared/result'
import { currentText } from './case-reading'
import { findItem, historyEntry, updateItem, updateItems, withHistory, type OpContext } from './op-context'
import { redateItems } from './redate'
import { twinGroup } from './twins'

export function accept(c: CaseFile, id: string, ctx: OpContext): CaseFile {
  const item = findItem(c, id)
  if (!item || item.state === 'accepted') return c
  return updateItem(c, id, ctx, (it) =>
    withHistory(
      { ...it, state: 'accepted', dismissed: null },
      historyEntry(c, ctx, 'accept', { from: it.state, to: 'accepted' })
    )
  )
}

/** Dismissed items stay in the case with who and when, so coverage can show the checker looked. */
export function dismiss(c: CaseFile, id: string, ctx: OpContext): CaseFile {
  const item = findItem(c, id)
  if (!item || item.state === 'dismissed') return c
  return updateItem(c, id, ctx, (it) =>
    withHistory(
      { ...it, state: 'dismissed', dismissed: { by: historyEntry(c, ctx, '').by, at: ctx.at } },
      historyEntry(c, ctx, 'dismiss', { from: it.state, to: 'dismissed' })
    )
  )
}

/** Bring a dismissed suggestion back for checking. */
export function restore(c: CaseFile, id: string, ctx: OpContext): CaseFile {
  const item = findItem(c, id)
  if (!item || item.state !== 'dismissed') return c
  return updateItem(c, id, ctx, (it) =>
    withHistory(
      { ...it, state: 'accepted', dismissed: null },
      historyEntry(c, ctx, 'restore', { from: 'dismissed', to: 'accepted' })
    )
  )
}

/**
 * Give a status (recorded in history with time, checker and draft). Giving a status also accepts a
 * suggestion: a checker who rates an item has taken it on. System statuses cannot be picked by hand.
 */
export function setStatus(c: CaseFile, id: string, statusId: string, ctx: OpContext): Result<CaseFile> {
  const def = c.statuses.find((s) => s.id === statusId)
  if (!def) return fail('unknown-status', `There is no status "${statusId}" in this case.`)
  if (def.system) return fail('system-status', `"${def.label}" is set by Factdesk, not by hand.`)
  if (!findItem(c, id)) return fail('unknown-item', `There is no item "${id}" in this case.`)
  // Every twin in one pass over the items (updateItems): a sentence repeated hundreds of times is one group.
  const group = new Set(twinGroup(c, id))
  return ok(
    updateItems(c, group, ctx, (it) => {
      if (it.status === statusId) return it
      const viaTwin = it.id === id ? {} : { detail: `via twin ${id}` }
      return withHistory(
        {
          ...it,
          status: statusId,
          statusDraftId: c.currentDraftId,
          state: it.state === 'suggested' ? 'accepted' : it.state
        },
        historyEntry(c, ctx, 'status', { from: it.status, to: statusId, ...viaTwin })
      )
    })
  )
}

export function setArticleDate(c: CaseFile, date: string | null, ctx: OpContext): CaseFile {
  const clean = date && /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : null
  if (clean === c.articleDate) return c
  return { ...c, articleDate: clean, items: redateItems(c.items, currentText(c), clean), updatedAt: ctx.at }
}

/**
 * Edit the case's statuses (labels, colours, descriptions). Ids and the resolved/system flags are
 * kept: items and reports refer to statuses by id, and readiness depends on the flags.
 */
export function editStatuses(
  c: CaseFile,
  edits: Array<Pick<StatusDef, 'id' | 'label' | 'color' | 'description'>>,
  ctx: OpContext
): Result<CaseFile> {
  const byId = new Map(edits.map((e) => [e.id, e]))
  const statuses = c.statuses.map((s) => {
    const edit = byId.get(s.id)
    return edit ? { ...s, label: edit.label.trim() || s.label, color: edit.color, description: edit.description } : s
  })
  const badColour = statuses.find((s) => !/^#[0-9a-f]{6}$/i.test(s.color))
  if (badColour) return fail('invalid-colour', `The colour of "${badColour.label}" must look like #1e8e3e.`)
  return ok({ ...c, statuses, updatedAt: ctx.at })
}
