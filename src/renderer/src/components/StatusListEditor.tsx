/**
 * Settings › Statuses in this case: relabel, recolour, describe, add a status, remove one. A status
 * that items are on is removed only once the checker picks where its items go; the statuses
 * Factdesk sets (Unchecked, Needs re-check) stay. Nothing changes in the case until Settings is saved.
 */
import type { StatusDef } from '../../../shared/case'
import { KEPT_STATUSES, newStatus } from '../../../core/case/ops-status-list'

export interface StatusListDraft {
  statuses: StatusDef[]
  /** Statuses taken out, kept to show them and to undo the removal before saving. */
  removed: StatusDef[]
  /** Removed status id → the status its items move to. */
  moves: Record<string, string>
  /** Ids of the statuses added in this edit (their "resolves" flag can still be chosen). */
  added: string[]
}

export function statusListDraft(statuses: StatusDef[]): StatusListDraft {
  return { statuses, removed: [], moves: {}, added: [] }
}

interface Props {
  value: StatusListDraft
  /** Items on each status now, every state included (they all move). */
  usage: Record<string, number>
  onChange(value: StatusListDraft): void
}

export function StatusListEditor({ value, usage, onChange }: Props) {
  const { statuses, removed, moves, added } = value
  const edit = (id: string, patch: Partial<StatusDef>) =>
    onChange({ ...value, statuses: statuses.map((s) => (s.id === id ? { ...s, ...patch } : s)) })
  const add = () => {
    const taken = [...statuses, ...removed].map((s) => s.id)
    const labels = new Set(statuses.map((s) => s.label.toLowerCase()))
    let label = 'New status'
    for (let n = 2; labels.has(label.toLowerCase()); n++) label = `New status ${n}`
    const status = newStatus(label, taken)
    onChange({ ...value, statuses: [...statuses, status], added: [...added, status.id] })
  }
  const remove = (status: StatusDef) => {
    const rest = statuses.filter((s) => s.id !== status.id)
    const isNew = added.includes(status.id)
    onChange({
      ...value,
      statuses: rest,
      removed: isNew ? removed : [...removed, status],
      added: added.filter((id) => id !== status.id)
    })
  }
  const keep = (status: StatusDef) => {
    const rest = { ...moves }
    delete rest[status.id]
    onChange({
      ...value,
      statuses: [...statuses, status],
      removed: removed.filter((s) => s.id !== status.id),
      moves: rest
    })
  }
  const targets = statuses.filter((s) => !s.system)

  return (
    <fieldset className="status-editor">
      <legend>Statuses in this case</legend>
      {statuses.map((s) => {
        const isNew = added.includes(s.id)
        return (
          <div key={s.id} className="status-edit-row">
            <input
              type="color"
              aria-label={`Colour of ${s.label}`}
              value={s.color}
              onChange={(e) => edit(s.id, { color: e.target.value })}
            />
            <input
              aria-label={`Label of ${isNew ? 'the new status' : s.id}`}
              value={s.label}
              onChange={(e) => edit(s.id, { label: e.target.value })}
            />
            <input
              aria-label={`Description of ${s.label}`}
              className="grow"
              value={s.description}
              onChange={(e) => edit(s.id, { description: e.target.value })}
            />
            {isNew ? (
              <label className="small status-flag">
                <input
                  type="checkbox"
                  checked={s.resolved}
                  onChange={(e) => edit(s.id, { resolved: e.target.checked })}
                />{' '}
                resolves
              </label>
            ) : (
              <span className="small muted status-flag">
                {s.system ? 'set by Factdesk' : s.resolved ? 'resolves' : 'open'}
              </span>
            )}
            {KEPT_STATUSES.includes(s.id) ? null : (
              <button type="button" className="small-button" aria-label={`Remove ${s.label}`} onClick={() => remove(s)}>
                Remove
              </button>
            )}
          </div>
        )
      })}
      {removed.map((s) => (
        <div key={s.id} className="status-edit-row is-removed">
          <span className="grow">
            <s>{s.label}</s> removed
            {(usage[s.id] ?? 0) > 0 ? `: its ${usage[s.id] === 1 ? 'item moves' : `${usage[s.id]} items move`} to` : ''}
          </span>
          {(usage[s.id] ?? 0) > 0 ? (
            <select
              aria-label={`Where the items on ${s.label} go`}
              value={moves[s.id] ?? ''}
              onChange={(e) => onChange({ ...value, moves: { ...moves, [s.id]: e.target.value } })}
            >
              <option value="">Pick a status…</option>
              {targets.map((t) => (
                <option key={t.id} value={t.id}>
                  {t.label}
                </option>
              ))}
            </select>
          ) : null}
          <button type="button" className="small-button" onClick={() => keep(s)}>
            Keep it
          </button>
        </div>
      ))}
      <button type="button" className="small-button" onClick={add}>
        Add a status
      </button>
    </fieldset>
  )
}
