/** Sources linked to the item: open, unlink, link one from the case's library, or add a new one. */
import { useState } from 'react'
import type { FactdeskApi } from '../../../shared/contract'
import type { CaseFile, Item, Source } from '../../../shared/case'
import {
  addAndLinkSource,
  editSource,
  linkSource,
  unlinkSource,
  type SourceInput
} from '../../../core/case/ops-sources'
import { setUnsentSource, unsentSource, type SourceDraft } from '../../../core/case/unsent'
import { isWebLink } from '../lib/format'
import { useFocusReturn } from '../hooks/useFocusReturn'
import { UNSENT, type RunOp } from '../lib/run-op'
import { SourceForm } from './SourceForm'

interface Props {
  api: FactdeskApi
  casePath: string
  caseFile: CaseFile
  item: Item
  run: RunOp
  notify(message: string): void
}

export function SourcesSection({ api, casePath, caseFile, item, run, notify }: Props) {
  // A source form left half filled in (unsent) is open again when the checker comes back to the item.
  const [adding, setAdding] = useState(() => unsentSource(item) !== null)
  // Saved or cancelled, the form goes with the focus in it: the focus comes back to Add source, under the new source.
  const [addSourceRef, returnFocusToAdd] = useFocusReturn<HTMLButtonElement>()
  const [existing, setExisting] = useState('')
  const [editing, setEditing] = useState<string | null>(null)
  const linked = item.sourceIds
    .map((id) => caseFile.sources.find((s) => s.id === id))
    .filter((s): s is Source => Boolean(s))
  const others = caseFile.sources.filter((s) => !item.sourceIds.includes(s.id))

  const open = async (url: string) => {
    if (!isWebLink(url)) return notify('Only http:// and https:// links can be opened.')
    const result = await api.openExternal({ url })
    if (!result.ok) notify(result.error.message)
  }

  const save = (input: SourceInput) => {
    let saved = false
    run((c, ctx) => {
      const result = addAndLinkSource(c, item.id, input, ctx)
      if (!result.ok) return result
      saved = true
      return setUnsentSource(result.value.case, item.id, null)
    })
    if (saved) {
      returnFocusToAdd()
      setAdding(false)
    }
    return saved
  }

  const saveEdit = (id: string, input: SourceInput) => {
    const saved = run((c, ctx) => editSource(c, id, input, ctx))
    if (saved) setEditing(null)
    return saved
  }

  return (
    <details className="section" open>
      <summary>Sources ({linked.length})</summary>
      {linked.length === 0 ? <p className="muted small">No source linked yet.</p> : null}
      <ul className="sources">
        {linked.map((source) =>
          editing === source.id ? (
            <li key={source.id} className="source">
              <SourceForm
                api={api}
                casePath={casePath}
                initial={sourceFields(source)}
                onDraft={() => undefined}
                editing
                onSave={(input) => saveEdit(source.id, input)}
                onCancel={() => setEditing(null)}
                notify={notify}
              />
            </li>
          ) : (
            <li key={source.id} className="source">
              <div className="source-head">
                <span className="fact-kind">{source.kind}</span>
                <strong>{source.title || source.person?.name || source.url || source.filePath}</strong>
              </div>
              {source.url ? (
                <button type="button" className="link url" onClick={() => void open(source.url)}>
                  {source.url}
                </button>
              ) : null}
              {source.passage ? <blockquote className="passage">{source.passage}</blockquote> : null}
              {source.person ? (
                <p className="small muted">
                  {[
                    source.person.role,
                    source.person.channel && `via ${source.person.channel}`,
                    source.person.reachedAt && `reached ${source.person.reachedAt}`,
                    source.person.onRecord ? 'on the record' : 'off the record: “Person source (on file)” in reports'
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </p>
              ) : null}
              {source.filePath ? <p className="small muted">File: {source.filePath}</p> : null}
              {source.snapshot ? <p className="small muted">Snapshot saved: {source.snapshot.path}</p> : null}
              <div className="source-actions">
                <button
                  type="button"
                  className="small-button"
                  aria-label={`Edit source ${source.title || source.person?.name || source.url || source.id}`}
                  onClick={() => setEditing(source.id)}
                >
                  Edit
                </button>
                <button
                  type="button"
                  className="small-button"
                  onClick={() => run((c, ctx) => unlinkSource(c, item.id, source.id, ctx))}
                >
                  Unlink
                </button>
              </div>
            </li>
          )
        )}
      </ul>
      {others.length > 0 ? (
        <div className="link-existing">
          <select aria-label="Source from this case" value={existing} onChange={(e) => setExisting(e.target.value)}>
            <option value="">Link a source already in this case…</option>
            {others.map((s) => (
              <option key={s.id} value={s.id}>
                {s.title || s.person?.name || s.url || s.id}
              </option>
            ))}
          </select>
          <button
            type="button"
            disabled={!existing}
            onClick={() => {
              run((c, ctx) => linkSource(c, item.id, existing, ctx))
              setExisting('')
            }}
          >
            Link
          </button>
        </div>
      ) : null}
      {adding ? (
        <SourceForm
          api={api}
          casePath={casePath}
          initial={unsentSource(item)}
          onDraft={(draft) => run((c) => setUnsentSource(c, item.id, draft), UNSENT)}
          onSave={save}
          onCancel={() => {
            run((c) => setUnsentSource(c, item.id, null), UNSENT)
            returnFocusToAdd()
            setAdding(false)
          }}
          notify={notify}
        />
      ) : (
        <button ref={addSourceRef} type="button" onClick={() => setAdding(true)}>
          Add source
        </button>
      )}
    </details>
  )
}

/** What the form edits: everything but the source's identity and who first recorded it. */
function sourceFields(source: Source): SourceDraft {
  const fields: Partial<Source> = { ...source }
  delete fields.id
  delete fields.createdAt
  delete fields.createdBy
  return fields as SourceDraft
}
