/**
 * What to confirm for this kind of item, each step with a tick and a detail, as the case's checklists list it
 * (Settings › Checklists). Answers given on a step since removed from the list are shown apart, read-only: they
 * are part of the record and stay in the case.
 */
import type { CaseChecklists, Item } from '../../../shared/case'
import {
  checklistEntry,
  checklistProgress,
  checklistSteps,
  offListAnswers,
  setChecklistEntry
} from '../../../core/case/checklist'
import type { RunOp } from '../lib/run-op'

export function ChecklistSection({ item, lists, run }: { item: Item; lists: CaseChecklists; run: RunOp }) {
  const progress = checklistProgress(item, lists)
  const offList = offListAnswers(item, lists)
  return (
    <details className="section" open>
      <summary>
        Checklist ({progress.done} of {progress.total})
      </summary>
      <ul className="checklist">
        {checklistSteps(item, lists).map((step) => {
          const entry = checklistEntry(item, step.key)
          return (
            <li key={step.key}>
              <label className="check">
                <input
                  type="checkbox"
                  checked={entry.done}
                  onChange={(e) => {
                    const done = e.target.checked
                    run((c, ctx) => setChecklistEntry(c, item.id, step.key, { ...entry, done }, ctx))
                  }}
                />
                {step.label}
              </label>
              <input
                className="check-detail"
                aria-label={`${step.label}: detail`}
                placeholder={step.hint}
                value={entry.detail}
                onChange={(e) => {
                  const detail = e.target.value
                  run((c, ctx) => setChecklistEntry(c, item.id, step.key, { ...entry, detail }, ctx), {
                    debounce: true
                  })
                }}
              />
            </li>
          )
        })}
      </ul>
      {offList.length > 0 ? (
        <>
          <p className="small muted">Answered on steps no longer on this checklist:</p>
          <ul className="checklist off-list">
            {offList.map(({ key, label, entry }) => (
              <li key={key}>
                {entry.done ? '☑' : '☐'} {label}
                {entry.detail ? `: ${entry.detail}` : ''}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </details>
  )
}
