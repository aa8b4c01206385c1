/** What to confirm for this kind of item, each step with a tick and a detail. */
import type { Item } from '../../../shared/case'
import { checklistEntry, checklistProgress, checklistSteps, setChecklistEntry } from '../../../core/case/checklist'
import type { RunOp } from '../lib/run-op'

export function ChecklistSection({ item, run }: { item: Item; run: RunOp }) {
  const progress = checklistProgress(item)
  return (
    <details className="section" open>
      <summary>
        Checklist ({progress.done} of {progress.total})
      </summary>
      <ul className="checklist">
        {checklistSteps(item).map((step) => {
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
    </details>
  )
}
