/**
 * Import new draft: choose the next version of the article (or arrive with a dropped file), see what
 * re-anchoring will do — unchanged, changed, removed, new suggestions — and only then import it.
 * Both the preview and the import are dry runs on the Node side, made from the case on screen (edits not saved yet
 * included; sent as the version on disk and a patch of those edits, not as the whole case, which for a big case is
 * tens of MB the Node side would have to receive and parse): the revised case comes back unwritten and the workspace applies it as one undoable step, saved by the
 * case session like any other change.
 */
import { useEffect, useRef, useState } from 'react'
import type { ApiInput, FactdeskApi, FileInput, RevisionSummary, Session } from '../../../shared/contract'
import type { CaseFile } from '../../../shared/case'
import { casePatch } from '../../../core/case/case-patch'
import { SUPPORTED_EXTENSIONS } from '../../../core/import/errors'
import { speakerSummary, unrelatedDraftWarning } from '../../../core/revisions/revision-report'
import { looksUnrelated } from '../../../core/revisions/shared-text'
import type { AppError, Result } from '../../../shared/result'
import { fileInputFor } from '../api/shell'
import { useImportJob } from '../hooks/useImportJob'
import { Dialog, focusWhenOpened } from './Dialog'
import { ImportProgressLine } from './ImportProgressLine'

interface Props {
  api: FactdeskApi
  casePath: string
  /** A file dropped on the open case, to preview at once. */
  initialFile: FileInput | null
  /** The case on screen: what is revised. */
  caseFile: CaseFile
  /** The version on disk the case on screen was made from (the case session's); the whole case is sent without it. */
  savedVersion?: () => SavedVersion
  /** The revised case (in `session`), made from `sent`; nothing is written yet. */
  onRevised(sent: CaseFile, session: Session): void
  /** A case file was chosen instead of a draft: open it as a case (the workspace leaves only when that is safe). */
  onOpenCase?(file: FileInput): void
  onClose(): void
}

type Step =
  | { kind: 'choose' }
  | { kind: 'checking'; name: string }
  | { kind: 'preview'; name: string; file: FileInput; summary: RevisionSummary }
  | { kind: 'importing'; name: string }
  /** `caseFile`: the file chosen is a Factdesk case, not a draft; it can be opened instead. */
  | { kind: 'failed'; message: string; caseFile?: FileInput }

const nameOf = (file: FileInput): string =>
  'path' in file ? (file.path.split(/[\\/]/).pop() ?? file.path) : file.fileName

type Follow = <T>(start: (jobId: string) => Promise<Result<T>>) => Promise<Result<T>>

type SavedVersion = { case: CaseFile; fingerprint: string }

/** The case on screen as revise takes it: the version on disk and the edits not saved yet, else whole. */
function caseToSend(caseFile: CaseFile, savedVersion?: () => SavedVersion): Pick<ApiInput<'revise'>, 'case' | 'base'> {
  if (!savedVersion) return { case: caseFile }
  const saved = savedVersion()
  return { base: { fingerprint: saved.fingerprint, patch: casePatch(saved.case, caseFile) } }
}

/** Why `file` could not be imported, as the step to show; a case file chosen by mistake is offered to open. */
function failedStep(file: FileInput, error: AppError): Step {
  return { kind: 'failed', message: error.message, caseFile: error.code === 'case-file-not-draft' ? file : undefined }
}

/** The dry run on the Node side: what importing `file` would do, as the step to show. */
async function dryRun(
  api: FactdeskApi,
  follow: Follow,
  casePath: string,
  sent: Pick<ApiInput<'revise'>, 'case' | 'base'>,
  file: FileInput
): Promise<Step> {
  const result = await follow((jobId) => api.revise({ casePath, file, dryRun: true, ...sent, jobId }))
  if (!result.ok) return failedStep(file, result.error)
  return { kind: 'preview', name: nameOf(file), file, summary: result.value.summary }
}

export function ImportDraftDialog({
  api,
  casePath,
  caseFile,
  savedVersion,
  initialFile,
  onRevised,
  onOpenCase,
  onClose
}: Props) {
  // A dropped file is being checked from the first render on.
  const [step, setStep] = useState<Step>(() =>
    initialFile ? { kind: 'checking', name: nameOf(initialFile) } : { kind: 'choose' }
  )
  const picker = useRef<HTMLInputElement>(null)
  // Reading a long draft takes a while: over half a second, the dialog shows where it is, with Cancel.
  const importJob = useImportJob(api)
  const { follow, cancel } = importJob
  // Closing the dialog (Esc, ×) while a draft is read stops that import: it used to carry on and replace the case on
  // screen seconds after the checker had walked away from it.
  const closed = useRef(false)
  useEffect(() => {
    closed.current = false
    return () => {
      closed.current = true
      cancel()
    }
  }, [cancel])

  const preview = (file: FileInput) => {
    setStep({ kind: 'checking', name: nameOf(file) })
    void dryRun(api, follow, casePath, caseToSend(caseFile, savedVersion), file).then(setStep)
  }

  useEffect(() => {
    if (!initialFile) return
    let current = true
    void dryRun(api, follow, casePath, caseToSend(caseFile, savedVersion), initialFile).then(
      (next) => current && setStep(next)
    )
    return () => {
      current = false
    }
    // Compared once, with the case as it was when the file was dropped; the import itself uses the case as it is then.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [api, follow, casePath, initialFile])

  const importNow = async (file: FileInput, name: string) => {
    setStep({ kind: 'importing', name })
    const sent = caseFile
    const input = caseToSend(sent, savedVersion)
    const result = await follow((jobId) => api.revise({ casePath, file, dryRun: true, ...input, jobId }))
    if (closed.current) return
    if (!result.ok) return setStep(failedStep(file, result.error))
    onRevised(sent, result.value.session)
  }

  return (
    <Dialog title="Import new draft" onClose={onClose}>
      <p className="muted">
        Every claim and quote follows its words into the new draft. Items whose words changed come back as “Needs
        re-check”; items whose words are gone are kept, with all their work, as “Removed from the draft”.
      </p>
      {step.kind === 'choose' || step.kind === 'failed' ? (
        <>
          {step.kind === 'failed' ? (
            <p role="alert" className="error-text">
              {step.message}
            </p>
          ) : null}
          {step.kind === 'failed' && step.caseFile && onOpenCase ? (
            <button type="button" onClick={() => step.caseFile && onOpenCase(step.caseFile)}>
              Open {nameOf(step.caseFile)} as a case
            </button>
          ) : null}
          {/* Keyboard first: Enter chooses the draft (the focus was on ×, so Enter closed the dialog). */}
          <button
            ref={focusWhenOpened}
            autoFocus
            type="button"
            className="primary"
            onClick={() => picker.current?.click()}
          >
            Choose the new draft…
          </button>
        </>
      ) : null}
      {step.kind === 'checking' || step.kind === 'importing' ? (
        <>
          <p aria-live="polite">
            {step.kind === 'checking' ? 'Comparing' : 'Importing'} {step.name}…
          </p>
          {importJob.progress ? <ImportProgressLine progress={importJob.progress} onCancel={importJob.cancel} /> : null}
        </>
      ) : null}
      {step.kind === 'preview' ? (
        <>
          <p aria-live="polite">
            <strong>{step.name}</strong> compared with the current draft:
          </p>
          <ul className="revision-summary" aria-label="What the import will do">
            <li>{step.summary.unchanged} unchanged (status and work kept)</li>
            <li>{step.summary.changed} changed wording (those already checked will need re-check)</li>
            {/* A transcript line given to another speaker has the same words: not a wording change. */}
            {step.summary.speakerChanged > 0 ? (
              <li>{speakerSummary(step.summary)} (those already checked will need re-check)</li>
            ) : null}
            <li>{step.summary.removed} removed from the draft (kept with their work)</li>
            <li>
              {step.summary.added} new {step.summary.added === 1 ? 'suggestion' : 'suggestions'}
            </li>
          </ul>
          {/* Another article chosen by mistake would strip every annotation of its anchor: say so, and let Enter
              cancel rather than import; importing it on purpose stays one click away. */}
          {looksUnrelated(step.summary.sharedText) ? (
            <p role="alert" className="error-text">
              {unrelatedDraftWarning(step.summary.sharedText)}
            </p>
          ) : null}
          <div className="dialog-actions">
            <button type="button" autoFocus={looksUnrelated(step.summary.sharedText)} onClick={onClose}>
              Cancel
            </button>
            <button
              type="button"
              className="primary"
              autoFocus={!looksUnrelated(step.summary.sharedText)}
              onClick={() => void importNow(step.file, step.name)}
            >
              {looksUnrelated(step.summary.sharedText) ? 'Import anyway' : 'Import draft'}
            </button>
          </div>
        </>
      ) : null}
      <input
        ref={picker}
        type="file"
        hidden
        aria-label="New draft file"
        accept={SUPPORTED_EXTENSIONS.join(',')}
        onChange={(event) => {
          const file = event.target.files?.[0]
          event.target.value = ''
          if (file)
            void fileInputFor(file).then((read) =>
              read.ok ? preview(read.value) : setStep({ kind: 'failed', message: read.error.message })
            )
        }}
      />
    </Dialog>
  )
}
