/** "Reading draft… 40%" with a bar and Cancel: shown while an import that takes over half a second runs. */
import type { ImportProgress } from '../../../shared/contract'
import { progressText } from '../lib/import-job'

interface Props {
  progress: ImportProgress
  /** The file being imported, as the checker knows it. */
  name?: string
  onCancel(): void
  /** Floating over the workspace (opening a file) rather than inside a dialog. */
  floating?: boolean
}

export function ImportProgressLine({ progress, name, onCancel, floating = false }: Props) {
  return (
    <div className={floating ? 'import-progress floating' : 'import-progress'} role="status" aria-live="polite">
      <span className="import-progress-text">
        {name ? <strong>{name}: </strong> : null}
        {progressText(progress)}
      </span>
      <progress max={100} value={progress.percent} aria-label="Import progress" />
      <button type="button" onClick={onCancel}>
        Cancel
      </button>
    </div>
  )
}
