/**
 * What someone else did to the files of the open case while the checker works, said when the window notices (its
 * poll every 2 s, or coming back to the window), each with what the checker can do; nothing they did on screen is
 * lost whichever they choose, or if they choose nothing.
 * - The article the case was made from was edited on disk: import it as the next draft (the usual revision flow:
 *   a preview of what changes, every item carried over, the Changes view), or dismiss it until it changes again.
 * - The case file itself was damaged, deleted or replaced by another case: nothing is saved to it meanwhile; put the
 *   checker's version back (whatever was there is kept aside, never deleted), or save it as a copy.
 */
import { useState } from 'react'
import type { CaseFileProblem, DraftOnDisk } from '../../../shared/contract'
import type { CaseFile } from '../../../shared/case'
import { formatDateTime } from '../lib/format'

const PROBLEM_TITLES: Record<CaseFileProblem['kind'], string> = {
  damaged: 'The case file was damaged on disk.',
  missing: 'The case file was moved or deleted.',
  replaced: 'The case file was replaced by another case.'
}

const PUT_BACK_KEEPS: Record<CaseFileProblem['kind'], string> = {
  damaged: 'Putting your version back keeps the damaged file beside it (“….broken-<time>.json”).',
  missing: 'Putting your version back writes it where it was.',
  replaced: 'Putting your version back keeps the other case beside it (“… (replaced <time>).factdesk.json”).'
}

interface Props {
  caseFile: CaseFile
  problem: CaseFileProblem | null
  draftOnDisk: DraftOnDisk | null
  onPutBack(): void
  onSaveCopy(): void
  /** Preview the file as the case's next draft (Import new draft, with the file already chosen). */
  onImportDraft(path: string): void
}

export function CaseFileBanners({ caseFile, problem, draftOnDisk, onPutBack, onSaveCopy, onImportDraft }: Props) {
  // Dismissed for this text of the file: a later edit is news again.
  const [dismissed, setDismissed] = useState<string | null>(null)
  // The file's text is a draft the case has (imported since, or put back as it was): nothing to offer.
  const offer =
    draftOnDisk && draftOnDisk.hash !== dismissed && !caseFile.drafts.some((d) => d.hash === draftOnDisk.hash)
      ? draftOnDisk
      : null
  return (
    <>
      {problem ? (
        <div className="banner banner-conflict" role="alert" aria-label="Case file problem">
          <p>
            <strong>{PROBLEM_TITLES[problem.kind]}</strong> {problem.message} Your work is on screen and kept; nothing
            is saved to the file until you choose. {PUT_BACK_KEEPS[problem.kind]}
          </p>
          <span className="banner-actions">
            <button type="button" className="primary" onClick={onPutBack}>
              Put my version back
            </button>
            <button type="button" onClick={onSaveCopy}>
              Save my version as a copy
            </button>
          </span>
        </div>
      ) : null}
      {offer ? (
        <div className="banner banner-info" role="status" aria-label="Draft changed on disk">
          <p>
            <strong>{offer.fileName} was changed on disk</strong> ({formatDateTime(offer.modifiedAt)}): its text is no
            longer the draft you are checking. Import it as the next draft to carry every item into it and see what
            changed, or dismiss this.
          </p>
          <span className="banner-actions">
            <button type="button" className="primary" onClick={() => onImportDraft(offer.path)}>
              Import it as the next draft…
            </button>
            <button type="button" onClick={() => setDismissed(offer.hash)}>
              Dismiss
            </button>
          </span>
        </div>
      ) : null}
    </>
  )
}
