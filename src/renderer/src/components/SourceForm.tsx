/**
 * A new source: the fields depend on its kind (a web page, a document kept in the evidence
 * folder, a person reached, a dataset). Documents are copied into the case's evidence folder and
 * web pages can be snapshotted there, so the report can point at what the checker actually saw.
 * Every change to the form is handed to `onDraft`, which keeps it in the case as the item's unsent text: a form
 * half filled in is there again after switching items, a reload or a crash.
 */
import { useRef, useState, type FormEvent } from 'react'
import type { FactdeskApi } from '../../../shared/contract'
import type { Source, SourceKind } from '../../../shared/case'
import type { SourceDraft } from '../../../core/case/unsent'
import { emptySource, SOURCE_KINDS, sourceProblem, webAddress, type SourceInput } from '../../../core/case/ops-sources'
import { fileInputFor } from '../api/shell'
import { todayIso } from '../lib/format'
import { TextField } from './fields'

interface Props {
  api: FactdeskApi
  casePath: string
  /** The form as it was left (unsent), or null for a new one. */
  initial: SourceDraft | null
  onDraft(draft: SourceDraft): void
  /** True when the form edits a source already in the case (its fields are `initial`). */
  editing?: boolean
  onSave(input: SourceInput): boolean
  onCancel(): void
  notify(message: string): void
}

type Draft = SourceDraft
type Person = NonNullable<Source['person']>

const KIND_LABELS: Record<SourceKind, string> = {
  web: 'Web page',
  document: 'Document',
  person: 'Person',
  dataset: 'Dataset',
  other: 'Other'
}

export function SourceForm({ api, casePath, initial, onDraft, editing, onSave, onCancel, notify }: Props) {
  const [draft, setDraftState] = useState<Draft>(() => initial ?? { ...emptySource('web'), accessedAt: todayIso() })
  // The form as it is now, for changes that land after an await (a file copied, a snapshot taken).
  const latest = useRef(draft)
  // What keeps the source from being saved, said beside Save: as a notice at the foot of the window it stayed its
  // seven seconds after the checker had fixed it and saved. Any change to the form takes it away.
  const [problem, setProblem] = useState<string | null>(null)
  const setDraft = (change: (d: Draft) => Draft) => {
    const next = change(latest.current)
    latest.current = next
    setDraftState(next)
    setProblem(null)
    onDraft(next)
  }
  const [busy, setBusy] = useState(false)
  const set = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }))
  const setPerson = (patch: Partial<Person>) =>
    setDraft((d) => ({ ...d, person: { ...(d.person ?? emptySource('person').person!), ...patch } }))

  const changeKind = (kind: SourceKind) =>
    setDraft((d) => ({ ...d, kind, person: kind === 'person' ? (d.person ?? emptySource('person').person) : null }))

  const attach = async (file: File | undefined) => {
    if (!file) return
    setBusy(true)
    const read = await fileInputFor(file)
    const result = read.ok ? await api.addEvidenceFile({ casePath, file: read.value }) : read
    setBusy(false)
    if (!result.ok) return notify(result.error.message)
    const { filePath, sha256, fileName } = result.value
    // The title as it is now: the checker may have typed one while the file was copied.
    setDraft((d) => ({ ...d, filePath, sha256, title: d.title || fileName }))
  }

  const snapshot = async () => {
    setBusy(true)
    const result = await api.snapshotUrl({ casePath, url: webAddress(draft.url) })
    setBusy(false)
    if (!result.ok) return notify(result.error.message)
    set({ snapshot: result.value })
    notify('Snapshot saved in the evidence folder.')
  }

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const wrong = sourceProblem(draft)
    if (wrong) return setProblem(wrong)
    onSave(draft)
  }

  return (
    // noValidate: the browser's check of a URL field refused "council.example/report", which the case's own rule
    // (sourceProblem) takes as https://council.example/report; that rule says what is wrong in its own words.
    <form className="source-form" aria-label={editing ? 'Edit source' : 'New source'} onSubmit={submit} noValidate>
      <label className="field">
        <span>Kind</span>
        <select aria-label="Kind" value={draft.kind} onChange={(e) => changeKind(e.target.value as SourceKind)}>
          {SOURCE_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {KIND_LABELS[kind]}
            </option>
          ))}
        </select>
      </label>
      {draft.kind === 'person' ? (
        <>
          <TextField label="Name" value={draft.person?.name ?? ''} onChange={(name) => setPerson({ name })} />
          <TextField label="Role" value={draft.person?.role ?? ''} onChange={(role) => setPerson({ role })} />
          <TextField
            label="Contact"
            value={draft.person?.contact ?? ''}
            onChange={(contact) => setPerson({ contact })}
          />
          <TextField
            label="Reached on"
            type="date"
            value={draft.person?.reachedAt ?? ''}
            onChange={(reachedAt) => setPerson({ reachedAt })}
          />
          <TextField
            label="Channel"
            value={draft.person?.channel ?? ''}
            onChange={(channel) => setPerson({ channel })}
            placeholder="phone, email, in person…"
          />
          <TextField
            label="What they confirmed"
            value={draft.person?.confirmed ?? ''}
            onChange={(confirmed) => setPerson({ confirmed })}
          />
          <label className="field-check">
            <input
              type="checkbox"
              checked={draft.person?.onRecord ?? false}
              onChange={(e) => setPerson({ onRecord: e.target.checked })}
            />
            <span>On the record: reports may name them</span>
          </label>
          <p className="small muted field-hint">
            {draft.person?.onRecord
              ? 'Reports print their name and role, never their contact details.'
              : 'Reports say “Person source (on file)”; the name stays in the case and the JSON export.'}
          </p>
        </>
      ) : null}
      <TextField label="Title" value={draft.title} onChange={(title) => set({ title })} />
      {draft.kind !== 'person' ? (
        <TextField label="URL" type="url" value={draft.url} onChange={(url) => set({ url })} placeholder="https://" />
      ) : null}
      {draft.kind === 'web' ? (
        <div className="field-actions">
          <button
            type="button"
            disabled={busy || !/^https?:\/\//i.test(webAddress(draft.url))}
            onClick={() => void snapshot()}
          >
            Save snapshot
          </button>
          {draft.snapshot ? <span className="small muted">Snapshot saved</span> : null}
        </div>
      ) : null}
      {draft.kind === 'document' ? (
        <label className="field">
          <span>Document file</span>
          <input
            type="file"
            aria-label="Document file"
            disabled={busy}
            onChange={(e) => void attach(e.target.files?.[0])}
          />
          {draft.filePath ? <span className="small muted">Kept as {draft.filePath}</span> : null}
        </label>
      ) : null}
      {draft.kind !== 'person' ? (
        <>
          <TextField label="Publisher" value={draft.publisher} onChange={(publisher) => set({ publisher })} />
          <TextField
            label="Published"
            type="date"
            value={draft.publishedAt}
            onChange={(publishedAt) => set({ publishedAt })}
          />
          <TextField
            label="Accessed"
            type="date"
            value={draft.accessedAt}
            onChange={(accessedAt) => set({ accessedAt })}
          />
        </>
      ) : null}
      {draft.kind === 'web' ? (
        <TextField
          label="Archive link"
          type="url"
          value={draft.archiveUrl}
          onChange={(archiveUrl) => set({ archiveUrl })}
        />
      ) : null}
      <TextField
        label="Passage"
        multiline
        value={draft.passage}
        onChange={(passage) => set({ passage })}
        placeholder="The exact words relied on"
      />
      {problem ? (
        <p role="alert" className="error-text small">
          {problem}
        </p>
      ) : null}
      <div className="form-buttons">
        <button type="submit" className="primary" disabled={busy}>
          {editing ? 'Save changes' : 'Save source'}
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  )
}
