/**
 * What changed since the previous draft: the items to re-check (and the ones that went) first, each
 * a key press away, then the two drafts side by side as one marked-up text. The lead mounts it as a
 * panel; J/K walk the items, Enter opens one in the workspace, Escape closes the view.
 */
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react'
import type { CaseFile } from '../../../shared/case'
import { changesSincePreviousDraft } from '../../../core/revisions/changes-since'
import { itemLabels } from '../../../core/report/report-items'
import { ChangedItemList, optionId } from './changes/ChangedItemList'
import { DraftDiff } from './changes/DraftDiff'
import './changes/changes.css'

interface Props {
  case: CaseFile
  onSelectItem(id: string): void
  onClose(): void
}

export function ChangesView({ case: caseFile, onSelectItem, onClose }: Props) {
  const changes = useMemo(() => changesSincePreviousDraft(caseFile), [caseFile])
  // Items named as the report numbers them ("Claim 4"), not by their ids ("Claim i10"), which nothing else shows.
  const labels = useMemo(() => itemLabels(caseFile), [caseFile])
  const [chosenIndex, setActiveIndex] = useState(0)
  // The list can shrink under the cursor (an item re-checked elsewhere): stay on its last entry.
  const activeIndex = Math.min(chosenIndex, Math.max(0, changes.entries.length - 1))
  const listRef = useRef<HTMLDivElement>(null)
  const recheck = changes.entries.filter((e) => e.needsRecheck).length
  const removed = changes.entries.filter((e) => e.outcome === 'removed').length

  useEffect(() => {
    // Focus lands on the list so J/K work at once.
    listRef.current?.querySelector<HTMLElement>('[role="listbox"]')?.focus()
  }, [])
  useEffect(() => {
    const active = changes.entries[activeIndex]
    if (active) document.getElementById(optionId(active.item.id))?.scrollIntoView?.({ block: 'nearest' })
  }, [activeIndex, changes.entries])

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key !== 'Escape' || event.defaultPrevented) return
    event.preventDefault()
    onClose()
  }

  return (
    <section className="changes-view" role="region" aria-label="Changes" onKeyDown={onKeyDown}>
      <header className="changes-header">
        <h2>Changes since the previous draft</h2>
        <button type="button" onClick={onClose} aria-label="Close changes">
          Close
        </button>
      </header>
      {!changes.previous || !changes.current ? (
        <p className="muted">
          Only one draft has been imported: there is nothing to compare yet. Import a new draft to see what changed.
        </p>
      ) : (
        <>
          <p className="changes-summary" aria-live="polite">
            {recheck} to re-check, {removed} removed from the draft.{' '}
            <span className="muted">J/K to move, Enter to open, Esc to close.</span>
          </p>
          <div ref={listRef}>
            <ChangedItemList
              entries={changes.entries}
              statuses={caseFile.statuses}
              labels={labels}
              activeIndex={activeIndex}
              onActivate={setActiveIndex}
              onSelect={onSelectItem}
            />
          </div>
          <DraftDiff previous={changes.previous} current={changes.current} />
        </>
      )}
    </section>
  )
}
