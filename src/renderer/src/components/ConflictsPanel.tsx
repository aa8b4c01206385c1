/**
 * Changes that clashed with another window's, process's or laptop's (the same field changed on both sides): each
 * with both values, and nothing dropped until the checker picks one. Picking is one undoable step (resolveConflict).
 */
import type { CaseFile } from '../../../shared/case'
import { resolveConflict, type ConflictSide } from '../../../core/case/ops-conflicts'
import { conflictSubject, conflictValue } from '../lib/conflict-words'
import { formatDateTime } from '../lib/format'
import type { RunOp } from '../lib/run-op'

interface Props {
  caseFile: CaseFile
  run: RunOp
  onSelectItem(id: string): void
}

export function ConflictsPanel({ caseFile, run, onSelectItem }: Props) {
  const conflicts = caseFile.conflicts ?? []
  if (conflicts.length === 0) return null
  const pick = (id: string, side: ConflictSide) => run((c, ctx) => resolveConflict(c, id, side, ctx))
  return (
    <section className="banner banner-conflicts" role="region" aria-label="Changes that clash">
      <p>
        <strong>{conflicts.length === 1 ? 'One change clashes' : `${conflicts.length} changes clash`}</strong> with a
        change made elsewhere to the same field. Both are kept until you pick one.
      </p>
      <ul className="conflicts">
        {conflicts.map((conflict) => (
          <li key={conflict.id} className="conflict">
            <p className="conflict-subject">
              {conflict.scope === 'item' ? (
                <button type="button" className="link" onClick={() => onSelectItem(conflict.targetId)}>
                  {conflictSubject(caseFile, conflict)}
                </button>
              ) : (
                conflictSubject(caseFile, conflict)
              )}{' '}
              <span className="small muted">found {formatDateTime(conflict.at)}</span>
            </p>
            <div className="conflict-sides">
              <div className="conflict-side">
                <span className="small muted">Yours{conflict.oursBy ? ` (${conflict.oursBy})` : ''}</span>
                <p className="conflict-value">{conflictValue(caseFile, conflict, conflict.ours)}</p>
                <button type="button" onClick={() => pick(conflict.id, 'ours')}>
                  Keep yours
                </button>
              </div>
              <div className="conflict-side">
                <span className="small muted">Theirs{conflict.theirsBy ? ` (${conflict.theirsBy})` : ''}</span>
                <p className="conflict-value">{conflictValue(caseFile, conflict, conflict.theirs)}</p>
                <button type="button" onClick={() => pick(conflict.id, 'theirs')}>
                  Keep theirs
                </button>
              </div>
            </div>
          </li>
        ))}
      </ul>
    </section>
  )
}
