/**
 * What someone else did to the files of the open case while the checker works, said when the window notices (its
 * poll every 2 s, or coming back to the window), each with what the checker can do; nothing they did on screen is
 * lost whichever they choose, or if they choose nothing.
 * - The article the case was made from was edited on disk: import it as the next draft (the usual revision flow:
 *   a preview of what changes, every item carried over, the Changes view), or dismiss it until it changes again.
 * - The article was moved or deleted: said once (the case does not need it), with where a next draft comes from.
 * - The case file itself was damaged, deleted, or replaced by another case or by a link: nothing is saved to it meanwhile; put the
 *   checker's version back (whatever was there is kept aside, never deleted), or save it as a copy. Saved by a newer
 *   Factdesk: only the copy is offered (written over, what only the newer one records would be lost).
 */
import { useState } from 'react'
import type { CaseFileProblem, DraftOnDisk } from '../../../shared/contract'
import type { CaseFile } from '../../../shared/case'
import { formatDateTime } from '../lib/format'

const PROBLEM_TITLES: Record<CaseFileProblem['kind'], string> = {
  damaged: 'The case file was damaged on disk.',
  missing: 'The case file was moved or deleted.',
  replaced: 'The case file was replaced by another case.',
  older: 'The case file was put back to an older copy.',
  newer: 'A newer Factdesk saved the case file.',
  link: 'The case file was replaced by a link.'
}

/** What putting the checker's version back does with what is there, named as case-put-back.ts names it. */
function putBackKeeps(kind: CaseFileProblem['kind'], casePath: string): string {
  const name = casePath.split(/[\\/]/).pop() ?? casePath
  if (kind === 'damaged')
    return `Putting your version back keeps the damaged file beside it, as ${name.replace(/\.json$/, '')}.broken-<time>.json.`
  if (kind === 'older')
    return `Putting your version back keeps the older copy beside it, as ${name.replace(/\.factdesk\.json$/, '')} (replaced <time>).factdesk.json.`
  if (kind === 'replaced')
    return `Putting your version back keeps the other case beside it, as ${name.replace(/\.factdesk\.json$/, '')} (replaced <time>).factdesk.json.`
  if (kind === 'link')
    return `Putting your version back keeps the link beside it, as ${name.replace(/\.json$/, '')}.link-<time>.json, and leaves what it points to as it is.`
  // Never over it: this Factdesk cannot read what the newer one recorded, and would lose it.
  if (kind === 'newer') return 'Update Factdesk to bring your version into it, or save your version as a copy now.'
  return 'Putting your version back writes it where it was.'
}

interface Props {
  casePath: string
  caseFile: CaseFile
  problem: CaseFileProblem | null
  draftOnDisk: DraftOnDisk | null
  /** The article's path when it has gone from its place on disk; null while it is there. */
  draftGone?: string | null
  onPutBack(): void
  onSaveCopy(): void
  /** Preview the file as the case's next draft (Import new draft, with the file already chosen). */
  onImportDraft(path: string): void
}

export function CaseFileBanners({
  casePath,
  caseFile,
  problem,
  draftOnDisk,
  draftGone,
  onPutBack,
  onSaveCopy,
  onImportDraft
}: Props) {
  // Dismissed for this text of the file: a later edit is news again.
  const [dismissed, setDismissed] = useState<string | null>(null)
  // Said once for each article path: a sync that takes the file away and brings it back does not say it again.
  const [toldGone, setToldGone] = useState<ReadonlySet<string>>(() => new Set())
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
            is saved to the file until you choose. {putBackKeeps(problem.kind, casePath)}
          </p>
          <span className="banner-actions">
            {problem.kind === 'newer' ? null : (
              <button type="button" className="primary" onClick={onPutBack}>
                Put my version back
              </button>
            )}
            <button type="button" onClick={onSaveCopy}>
              Save my version as a copy
            </button>
          </span>
        </div>
      ) : null}
      {draftGone && !toldGone.has(draftGone) ? (
        <DraftGoneBanner path={draftGone} onDone={() => setToldGone((told) => new Set(told).add(draftGone))} />
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
            {/* Named apart from the selected item's Dismiss, which is a different thing altogether. */}
            <button
              type="button"
              aria-label="Dismiss: keep checking the current draft"
              onClick={() => setDismissed(offer.hash)}
            >
              Dismiss
            </button>
          </span>
        </div>
      ) : null}
    </>
  )
}

/** The article the case was made from was moved or deleted: nothing is lost, and the next draft can come from anywhere. */
function DraftGoneBanner({ path, onDone }: { path: string; onDone(): void }) {
  const name = path.split(/[\\/]/).pop() ?? path
  return (
    <div className="banner banner-info" role="status" aria-label="Draft moved or deleted">
      <p>
        <strong>{name} was moved or deleted on disk.</strong> Your case is safe: it keeps the draft you are checking,
        and your work goes on being saved as usual. When the next draft arrives, import it from wherever it is: File ›
        Import new draft…
      </p>
      <span className="banner-actions">
        <button type="button" onClick={onDone}>
          OK
        </button>
      </span>
    </div>
  )
}
