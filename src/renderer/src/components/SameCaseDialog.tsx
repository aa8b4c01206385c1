/**
 * A case file opened in browser mode that Factdesk already keeps, with other work in it than the file picked: the
 * server said what differs (openFile's 'case-in-library'), and the checker chooses which copy to work in. Opening it
 * as one more copy without asking left two proofs of one check drifting apart.
 */
import type { SameCaseChoice } from '../../../shared/contract'
import { Dialog, focusWhenOpened } from './Dialog'

interface Props {
  /** The server's line: where the case is kept, what differs each way. */
  message: string
  onChoose(choice: SameCaseChoice): void
  onClose(): void
}

export function SameCaseDialog({ message, onChoose, onClose }: Props) {
  return (
    <Dialog title="This case is already in Factdesk" onClose={onClose}>
      <p>{message}</p>
      <div className="dialog-actions">
        <button type="button" onClick={() => onChoose('separate')}>
          Keep both: open the file as a second copy
        </button>
        <button ref={focusWhenOpened} type="button" className="primary" onClick={() => onChoose('library')}>
          Open the copy Factdesk keeps
        </button>
      </div>
    </Dialog>
  )
}
