/**
 * An article dropped on an open case is usually its next draft, but may be another story: the
 * checker says which, so annotations are never carried into the wrong article.
 */
import { Dialog, focusWhenOpened } from './Dialog'

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
