/** "Reading draft… 40%" with a bar and Cancel: shown while an import that takes over half a second runs. */
import { useEffect } from 'react'
import type { ImportProgress } from '../../../shared/contract'
import { isTyping } from '../hooks/useKeyboard'
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
  // Floating over the workspace, the line has no dialog whose Esc would stop it: Esc cancels here too, unless it is
  // leaving a text field (the checker may write a note while a draft is read) or closing a dialog.
  useEffect(() => {
    if (!floating) return
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || isTyping(event.target) || document.querySelector('dialog[open]')) return
      onCancel()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [floating, onCancel])
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
