/**
 * Possible inconsistencies inside the draft (a figure or a name given two ways), as the engine
 * found them. Each place is one click from the item that holds it, so the checker can compare.
 */
import type { Inconsistency } from '../../../shared/article'
import type { Item } from '../../../shared/case'
import { Dialog } from './Dialog'

interface Props {
  inconsistencies: Inconsistency[]
  items: Item[]
  onSelect(id: string): void
  onClose(): void
}

function itemAt(items: Item[], offset: number): Item | null {
  return (
    items.find((item) => item.state !== 'removed' && item.anchor.start <= offset && offset < item.anchor.end) ?? null
  )
}

export function InconsistenciesDialog({ inconsistencies, items, onSelect, onClose }: Props) {
  return (
    <Dialog title="Possible inconsistencies" onClose={onClose}>
      <p className="muted">
        The same figure or name given two ways in this draft. Each may be right; check both places.
      </p>
      <ul className="inconsistencies">
        {inconsistencies.map((issue, index) => (
          <li key={index}>
            <p>{issue.note}</p>
            <div className="inconsistency-places">
              {issue.spans.map((span) => {
                const item = itemAt(items, span.start)
                return (
                  <button
                    key={span.start}
                    type="button"
                    disabled={!item}
                    title={item ? 'Show the item that holds these words' : 'No claim or quote covers these words yet'}
                    onClick={() => {
                      if (!item) return
                      onClose()
                      onSelect(item.id)
                    }}
                  >
                    “{span.text}”
                  </button>
                )
              })}
            </div>
          </li>
        ))}
      </ul>
    </Dialog>
  )
}
