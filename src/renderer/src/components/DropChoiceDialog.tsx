/**
 * An article dropped on an open case is usually its next draft, but may be another story: the
 * checker says which, so annotations are never carried into the wrong article.
 */
import { Dialog } from './Dialog'

/**
 * Makes the safe default the focused button. React's autoFocus focuses on mount, before the
 * enclosing <dialog> opens, and showModal() then moves focus to the first focusable element (the
 * Close button), so Enter would dismiss the choice. showModal() honours the real attribute.
 */
function focusWhenOpened(button: HTMLButtonElement | null): void {
  button?.setAttribute('autofocus', '')
}

interface Props {
  fileName: string
  onImportDraft(): void
  onOpenSeparately(): void
  onClose(): void
}

export function DropChoiceDialog({ fileName, onImportDraft, onOpenSeparately, onClose }: Props) {
  return (
    <Dialog title="Open or import?" onClose={onClose}>
      <p>
        What should Factdesk do with <strong>{fileName}</strong>?
      </p>
      <div className="dialog-actions">
        <button type="button" onClick={onOpenSeparately}>
          Open as a separate case
        </button>
        <button ref={focusWhenOpened} type="button" className="primary" onClick={onImportDraft}>
          Import as new draft of this case
        </button>
      </div>
    </Dialog>
  )
}
