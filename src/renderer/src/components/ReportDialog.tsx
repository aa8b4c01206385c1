/**
 * Export report: pick a format, see what will be written, save it. The preview of the HTML (and
 * of the PDF, which is that HTML printed) sits in a sandboxed iframe with no permissions at all:
 * the report is built from a possibly hostile draft, so even though the renderer escapes
 * everything, the preview could not run a script or reach the network if something slipped
 * through. Text formats preview as plain text. The report is the case the checker sees: what is pending is written
 * first, and the case on screen is what is rendered.
 */
import { useEffect, useRef, useState } from 'react'
import type { FactdeskApi, ReportFormat } from '../../../shared/contract'
import type { CaseFile } from '../../../shared/case'
import { closeOnOwnCancel, focusWhenOpened } from './Dialog'
import './ReportDialog.css'

interface Props {
  api: FactdeskApi
  casePath: string
  /** The case on screen. */
  caseFile: CaseFile
  /** Writes what is pending; the report should never be ahead of the file. */
  flush(): Promise<boolean>
  onClose(): void
}

const FORMATS: Array<{ value: ReportFormat; label: string; hint: string }> = [
  { value: 'html', label: 'HTML', hint: 'One self-contained page for the editor and the lawyer; prints well.' },
  { value: 'pdf', label: 'PDF', hint: 'The same report, printed to PDF.' },
  { value: 'md', label: 'Markdown', hint: 'For a wiki, a ticket or an email.' },
  { value: 'csv', label: 'CSV (spreadsheet)', hint: 'One row per claim or quote; opens in Excel and LibreOffice.' },
  {
    value: 'json',
    label: 'JSON (full data)',
    hint: 'The whole case plus the summary, for archives and tools. It names every person source: do not circulate it.'
  },
  {
    value: 'claimreview',
    label: 'ClaimReview (schema.org)',
    hint: 'JSON-LD for the checked claims with a verdict, for publishing.'
  }
]

/** Formats that have an appendix; CSV is one row per item, JSON always holds everything. */
const APPENDIX_FORMATS: ReadonlySet<ReportFormat> = new Set(['html', 'pdf', 'md'])

type Preview = { kind: 'html' | 'text'; content: string } | null

export function ReportDialog({ api, casePath, caseFile, flush, onClose }: Props) {
  const ref = useRef<HTMLDialogElement>(null)
  const [format, setFormat] = useState<ReportFormat>('html')
  // The appendix (history, evidence hashes, the checked copy) is for the archive, not the editor.
  const [appendix, setAppendix] = useState(false)
  const [preview, setPreview] = useState<Preview>(null)
  const [loading, setLoading] = useState(true)
  const [saving, setSaving] = useState(false)
  const [savedPath, setSavedPath] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    const dialog = ref.current
    const previous = document.activeElement as HTMLElement | null
    if (dialog && !dialog.open && typeof dialog.showModal === 'function') dialog.showModal()
    return () => {
      if (dialog?.open) dialog.close()
      previous?.focus?.()
    }
  }, [])

  /** A new format: its preview is loading, and what was said about the last one no longer holds. */
  const chooseFormat = (next: ReportFormat) => {
    if (next === format) return
    setFormat(next)
    setLoading(true)
    setError(null)
    setSavedPath(null)
  }

  useEffect(() => {
    // A newer request (the checker changed format) makes older answers irrelevant.
    let current = true
    const previewFormat: ReportFormat = format === 'pdf' ? 'html' : format
    void flush()
      .then(() => api.renderReport({ casePath, format: previewFormat, save: false, appendix, case: caseFile }))
      .then((result) => {
        if (!current) return
        setLoading(false)
        if (!result.ok) {
          setPreview(null)
          setError(result.error.message)
          return
        }
        const content = result.value.content ?? ''
        setPreview({ kind: previewFormat === 'html' ? 'html' : 'text', content })
      })
    return () => {
      current = false
    }
  }, [api, casePath, caseFile, flush, format, appendix])

  const save = async () => {
    setSaving(true)
    setError(null)
    setSavedPath(null)
    await flush()
    const result = await api.renderReport({ casePath, format, save: true, appendix, case: caseFile })
    setSaving(false)
    if (!result.ok) setError(result.error.message)
    else setSavedPath(result.value.path)
  }

  const chosen = FORMATS.find((entry) => entry.value === format)
  return (
    <dialog
      ref={ref}
      role="dialog"
      aria-modal="true"
      aria-label="Export report"
      className="dialog dialog-wide report-dialog"
      onCancel={closeOnOwnCancel(onClose)}
    >
      <header className="dialog-head">
        <h2>Export report</h2>
        <button type="button" className="icon-button" aria-label="Close" onClick={onClose}>
          ×
        </button>
      </header>
      <div className="dialog-body report-dialog-body">
        <div className="report-controls">
          <label className="field">
            <span>Format</span>
            {/* Opened on the format, not on ×: Enter there closed the dialog before anything was chosen. */}
            <select
              ref={focusWhenOpened}
              value={format}
              onChange={(event) => chooseFormat(event.target.value as ReportFormat)}
            >
              {FORMATS.map((entry) => (
                <option key={entry.value} value={entry.value}>
                  {entry.label}
                </option>
              ))}
            </select>
          </label>
          <label
            className="check-inline"
            title="Each item's history, where every piece of evidence is kept with its SHA-256, and the checked copy of the draft"
          >
            <input
              type="checkbox"
              checked={appendix}
              disabled={!APPENDIX_FORMATS.has(format)}
              onChange={(event) => setAppendix(event.target.checked)}
            />
            <span>Include the appendix (history, evidence, checked copy)</span>
          </label>
          <p className="small muted report-hint">{chosen?.hint}</p>
          <button type="button" className="primary" onClick={() => void save()} disabled={saving || loading}>
            {saving ? 'Saving…' : 'Save'}
          </button>
        </div>
        {error ? (
          <p role="alert" className="report-error">
            {error}
          </p>
        ) : null}
        {savedPath ? (
          <p role="status" className="report-saved">
            Saved to <code>{savedPath}</code>
          </p>
        ) : null}
        <div className="report-preview" aria-busy={loading}>
          {loading ? <p className="muted">Preparing the preview…</p> : null}
          {!loading && preview?.kind === 'html' ? (
            <iframe title="Report preview" sandbox="" srcDoc={preview.content} />
          ) : null}
          {!loading && preview?.kind === 'text' ? (
            <pre aria-label="Report preview" tabIndex={0}>
              {preview.content.replace(/^\ufeff/, '')}
            </pre>
          ) : null}
        </div>
      </div>
    </dialog>
  )
}
