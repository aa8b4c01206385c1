/** The toolbar: which article, whether it is saved, how far the check has got, and the tools. */
import { useRef, type ReactNode } from 'react'
import { coverageLabel } from '../../../core/case/coverage'
import type { Progress } from '../../../core/case/progress'
import type { SaveState } from '../hooks/useCaseState'
import { useTitleRoom } from '../hooks/useTitleRoom'

interface Props {
  fileName: string
  title: string
  saveState: SaveState
  progress: Progress
  articleDate: string | null
  onArticleDate(date: string | null): void
  showCoverage: boolean
  uncovered: number
  onToggleCoverage(): void
  canUndo: boolean
  canRedo: boolean
  onUndo(): void
  onRedo(): void
  onSettings(): void
  onShortcuts(): void
  fileMenu: ReactNode
}

export function saveLabel(state: SaveState): string {
  switch (state.kind) {
    case 'saved':
      return 'Saved'
    case 'saving':
      return 'Saving…'
    case 'unsaved':
      return 'Unsaved changes'
    case 'failed':
    case 'conflict':
      // The reason is in the banner below the toolbar (SaveProblemBanner): the pill is too narrow to hold it.
      return 'Not saved'
  }
}

export function Toolbar(props: Props) {
  const { progress, saveState } = props
  const header = useRef<HTMLElement>(null)
  // The tools wrap under the title rather than cut it to a few words (useTitleRoom).
  const wrapped = useTitleRoom(header, `${props.title}\n${props.fileName}\n${saveState.kind}`)
  return (
    <header ref={header} className={`toolbar${wrapped ? ' is-wrapped' : ''}`}>
      <div className="toolbar-group">
        {props.fileMenu}
        {/* Cut with an ellipsis in a narrow window: the tooltip holds the whole title and file name. */}
        <div className="doc-name" title={props.title ? `${props.title}\n${props.fileName}` : props.fileName}>
          <h1 className="doc-title">{props.title || props.fileName}</h1>
          <span className="doc-file muted">{props.fileName}</span>
        </div>
        <span
          className={`save-state save-${saveState.kind}`}
          role="status"
          aria-live="polite"
          title={saveState.kind === 'failed' || saveState.kind === 'conflict' ? saveState.reason : undefined}
        >
          {saveLabel(saveState)}
        </span>
      </div>
      <div className="toolbar-group">
        {progress.empty ? (
          // "0 of 0 resolved" beside "Ready to publish" told the checker a draft nobody had checked was done.
          <span className="progress is-empty" title="Select words in the article to add a claim or a quote.">
            Nothing checked: no claims or quotes
          </span>
        ) : (
          <span className="progress">
            <strong>{progress.resolved}</strong> of <strong>{progress.total}</strong> resolved
            {progress.openQueries > 0 ? (
              <span className="muted">
                {' '}
                · {progress.openQueries} open {progress.openQueries === 1 ? 'query' : 'queries'}
              </span>
            ) : null}
          </span>
        )}
        {progress.ready ? <span className="ready-badge">Ready to publish</span> : null}
        {!progress.ready && progress.unchecked === 0 && progress.openQueries === 0 && progress.incorrect > 0 ? (
          // Everything resolved, and yet not ready: say why where "Ready to publish" would be.
          <span
            className="blocked-badge"
            title="Items rated Incorrect keep the article from being ready until the draft changes"
          >
            Not ready: {progress.incorrect} rated Incorrect
          </span>
        ) : null}
        <label className="date-field">
          <span>Article date</span>
          <input
            type="date"
            aria-label="Article date"
            value={props.articleDate ?? ''}
            onChange={(e) => props.onArticleDate(e.target.value || null)}
          />
        </label>
        <button
          type="button"
          aria-pressed={props.showCoverage}
          onClick={props.onToggleCoverage}
          title="Mark the sentences no item, twin or dismissal covers (U: the next one)"
        >
          Coverage
        </button>
        {props.showCoverage ? (
          <span className={`coverage-count${props.uncovered === 0 ? ' is-done' : ''}`} role="status">
            {coverageLabel(props.uncovered)}
          </span>
        ) : null}
        <button type="button" onClick={props.onUndo} disabled={!props.canUndo} aria-label="Undo" title="Undo (Ctrl+Z)">
          ↶
        </button>
        <button
          type="button"
          onClick={props.onRedo}
          disabled={!props.canRedo}
          aria-label="Redo"
          title="Redo (Ctrl+Shift+Z)"
        >
          ↷
        </button>
        <button
          type="button"
          onClick={props.onShortcuts}
          aria-label="Keyboard shortcuts"
          title="Keyboard shortcuts (?)"
        >
          ?
        </button>
        <button type="button" onClick={props.onSettings}>
          Settings
        </button>
      </div>
    </header>
  )
}
