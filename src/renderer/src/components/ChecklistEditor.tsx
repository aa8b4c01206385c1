/**
 * Settings › Checklists: the steps a checker confirms, one list per kind of item (quotes, claims in general, and
 * any claim type given its own list). Add, rename, reword the hint, move up or down, remove. Kept steps keep their
 * key, so the answers items gave on them follow a rename or a move; an answer on a removed step stays in its item
 * (shown there apart). Nothing changes in the case until Settings is saved.
 */
import { useState } from 'react'
import type { CaseChecklists, ChecklistKind, ChecklistStep } from '../../../shared/case'
import { CHECKLIST_KINDS, kindName } from '../../../core/case/case-settings'

interface Props {
  value: CaseChecklists
  onChange(value: CaseChecklists): void
}

function kindLabel(kind: ChecklistKind): string {
  if (kind === 'quote') return 'Quotes'
  if (kind === 'claim') return 'Claims (any type without its own list)'
  return `Claims: ${kind}`
}

export function ChecklistEditor({ value, onChange }: Props) {
  const [kind, setKind] = useState<ChecklistKind>('quote')
  const steps = value[kind]
  const set = (next: ChecklistStep[] | undefined) => onChange({ ...value, [kind]: next })
  const edit = (index: number, patch: Partial<ChecklistStep>) =>
    set(steps?.map((step, i) => (i === index ? { ...step, ...patch } : step)))
  const move = (index: number, by: -1 | 1) => {
    if (!steps) return
    const next = steps.slice()
    const [step] = next.splice(index, 1)
    next.splice(index + by, 0, step)
    set(next)
  }
  const add = () => {
    const labels = new Set((steps ?? []).map((s) => s.label.toLowerCase()))
    let label = 'New step'
    for (let n = 2; labels.has(label.toLowerCase()); n++) label = `New step ${n}`
    // The key is given from the label when the case takes the list (core/case/case-settings.ts).
    set([...(steps ?? []), { key: '', label, hint: '' }])
  }
  const name = kindName(kind)

  return (
    <fieldset className="status-editor checklist-editor">
      <legend>Checklists in this case</legend>
      <label className="field">
        <span>Checklist for</span>
        <select aria-label="Checklist for" value={kind} onChange={(e) => setKind(e.target.value as ChecklistKind)}>
          {CHECKLIST_KINDS.map((k) => (
            <option key={k} value={k}>
              {kindLabel(k)}
              {k !== 'quote' && k !== 'claim' && !value[k] ? ' — uses the general list' : ''}
            </option>
          ))}
        </select>
      </label>
      {steps ? (
        <>
          {steps.length === 0 ? <p className="small muted">No steps: these items show no checklist.</p> : null}
          {steps.map((step, index) => (
            <div key={step.key || `new-${index}`} className="status-edit-row">
              <input
                aria-label={`Step ${index + 1} of the ${name} checklist`}
                value={step.label}
                onChange={(e) => edit(index, { label: e.target.value })}
              />
              <input
                aria-label={`Hint for ${step.label || `step ${index + 1}`}`}
                className="grow"
                placeholder="What to write in its detail field"
                value={step.hint}
                onChange={(e) => edit(index, { hint: e.target.value })}
              />
              <button
                type="button"
                className="small-button"
                aria-label={`Move ${step.label} up`}
                disabled={index === 0}
                onClick={() => move(index, -1)}
              >
                ↑
              </button>
              <button
                type="button"
                className="small-button"
                aria-label={`Move ${step.label} down`}
                disabled={index === steps.length - 1}
                onClick={() => move(index, 1)}
              >
                ↓
              </button>
              <button
                type="button"
                className="small-button"
                aria-label={`Remove ${step.label}`}
                onClick={() => set(steps.filter((_, i) => i !== index))}
              >
                Remove
              </button>
            </div>
          ))}
          <div className="profile-row">
            <button type="button" className="small-button" onClick={add}>
              Add a step
            </button>
            {kind !== 'quote' && kind !== 'claim' ? (
              <button type="button" className="small-button" onClick={() => set(undefined)}>
                Use the general claim list instead
              </button>
            ) : null}
            <span className="small muted">Answers on a removed step stay with their items.</span>
          </div>
        </>
      ) : (
        <div className="profile-row">
          <span className="small muted">These claims use the general claim list.</span>
          <button type="button" className="small-button" onClick={() => set(value.claim.map((s) => ({ ...s })))}>
            Give them their own list
          </button>
        </div>
      )}
    </fieldset>
  )
}
