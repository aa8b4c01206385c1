/**
 * Notes (dated, signed), the verdict explanation for the report, and queries to the writer. What is typed and not
 * added yet is kept in the case as the item's unsent text (core/case/unsent.ts), so it is never lost; adding it
 * clears it in the same step. The verdict is saved as typed: it has nothing to send.
 */
import { useState, type RefObject } from 'react'
import type { CaseFile, Item } from '../../../shared/case'
import { ok, type Result } from '../../../shared/result'
import { addNote, addQuery, deleteNote, editNote, resolveQuery, setVerdictNote } from '../../../core/case/ops-notes'
import { answerKey, setUnsent, UNSENT_NOTE, UNSENT_QUERY, unsentText } from '../../../core/case/unsent'
import { focusItemList } from '../lib/focus'
import { formatDateTime } from '../lib/format'
import { UNSENT, type RunOp } from '../lib/run-op'

interface Props {
  caseFile: CaseFile
  item: Item
  run: RunOp
  noteRef: RefObject<HTMLTextAreaElement | null>
}

/** The case after `sent`, with what was sent cleared from the unsent text; a refused op is left as it is. */
function thenClear(sent: Result<CaseFile>, clear: (c: CaseFile) => CaseFile): Result<CaseFile> {
  return sent.ok ? ok(clear(sent.value)) : sent
}

export function NotesSection({ item, run, noteRef }: Props) {
  const id = item.id
  const note = unsentText(item, UNSENT_NOTE)
  const query = unsentText(item, UNSENT_QUERY)
  const [rewording, setRewording] = useState<{ id: string; text: string } | null>(null)
  const saveRewording = () => {
    if (rewording && run((c, ctx) => editNote(c, id, rewording.id, rewording.text, ctx))) setRewording(null)
  }

  const saveNote = () =>
    run((c, ctx) => thenClear(addNote(c, id, note, ctx), (next) => setUnsent(next, id, UNSENT_NOTE, null)))
  const saveQuery = () =>
    run((c, ctx) => thenClear(addQuery(c, id, query, ctx), (next) => setUnsent(next, id, UNSENT_QUERY, null)))
  const openQueries = item.queries.filter((q) => !q.resolvedAt).length

  return (
    <>
      <details className="section" open>
        <summary>Notes ({item.notes.length})</summary>
        <ul className="notes">
          {item.notes.map((n) => (
            <li key={n.id}>
              {rewording?.id === n.id ? (
                <div className="note-edit">
                  <textarea
                    aria-label="Edit note"
                    rows={2}
                    value={rewording.text}
                    autoFocus
                    onChange={(e) => setRewording({ id: n.id, text: e.target.value })}
                    onKeyDown={(e) => {
                      if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) saveRewording()
                    }}
                  />
                  <div className="form-buttons">
                    <button type="button" className="primary" disabled={!rewording.text.trim()} onClick={saveRewording}>
                      Save note
                    </button>
                    <button type="button" onClick={() => setRewording(null)}>
                      Cancel
                    </button>
                  </div>
                </div>
              ) : (
                <p className="note-text">{n.text}</p>
              )}
              <p className="small muted">
                {n.by}, {formatDateTime(n.at)}
                {n.editedAt
                  ? ` · edited${n.editedBy && n.editedBy !== n.by ? ` by ${n.editedBy}` : ''}, ${formatDateTime(n.editedAt)}`
                  : ''}{' '}
                <button type="button" className="link small" onClick={() => setRewording({ id: n.id, text: n.text })}>
                  Edit
                </button>{' '}
                <button
                  type="button"
                  className="link small"
                  onClick={() => run((c, ctx) => deleteNote(c, id, n.id, ctx))}
                >
                  Delete
                </button>
              </p>
            </li>
          ))}
        </ul>
        <label className="field">
          <span>Note</span>
          <textarea
            ref={noteRef}
            aria-label="Note"
            rows={2}
            value={note}
            placeholder="What you did, who you called… (Ctrl+Enter to add)"
            onChange={(e) => {
              const text = e.target.value
              run((c) => setUnsent(c, id, UNSENT_NOTE, text), UNSENT)
            }}
            onKeyDown={(e) => {
              if (e.key !== 'Enter' || !(e.ctrlKey || e.metaKey)) return
              e.preventDefault()
              // Sent: the next key is for the list, not for a new note.
              if (saveNote()) focusItemList()
            }}
          />
        </label>
        <button type="button" disabled={!note.trim()} onClick={saveNote}>
          Add note
        </button>
        <label className="field">
          <span>Verdict</span>
          <textarea
            aria-label="Verdict"
            rows={2}
            value={item.verdictNote}
            placeholder="Why this status, in a sentence for the report"
            onChange={(e) => {
              const text = e.target.value
              run((c, ctx) => setVerdictNote(c, id, text, ctx), { debounce: true })
            }}
          />
        </label>
      </details>

      <details className="section" open>
        <summary>Queries ({openQueries} open)</summary>
        <ul className="queries">
          {item.queries.map((q) => (
            <li key={q.id} className={q.resolvedAt ? 'is-resolved' : 'is-open'}>
              <p className="note-text">{q.text}</p>
              <p className="small muted">
                Asked by {q.by}, {formatDateTime(q.at)}
                {q.resolvedAt ? ` · resolved by ${q.resolvedBy}, ${formatDateTime(q.resolvedAt)}` : ' · open'}
              </p>
              {q.answer ? <p className="answer">{q.answer}</p> : null}
              {!q.resolvedAt ? (
                <div className="inline-form">
                  <input
                    aria-label={`Answer to “${q.text.slice(0, 40)}”`}
                    placeholder="Answer (optional)"
                    value={unsentText(item, answerKey(q.id))}
                    onChange={(e) => {
                      const text = e.target.value
                      run((c) => setUnsent(c, id, answerKey(q.id), text), UNSENT)
                    }}
                  />
                  <button
                    type="button"
                    onClick={() =>
                      run((c, ctx) =>
                        thenClear(resolveQuery(c, id, q.id, unsentText(item, answerKey(q.id)), ctx), (next) =>
                          setUnsent(next, id, answerKey(q.id), null)
                        )
                      )
                    }
                  >
                    Resolve
                  </button>
                </div>
              ) : null}
            </li>
          ))}
        </ul>
        <div className="inline-form">
          <input
            aria-label="Query"
            placeholder="Question for the writer or editor"
            value={query}
            onChange={(e) => {
              const text = e.target.value
              run((c) => setUnsent(c, id, UNSENT_QUERY, text), UNSENT)
            }}
            onKeyDown={(e) => {
              if (e.key !== 'Enter') return
              e.preventDefault()
              if (saveQuery()) focusItemList()
            }}
          />
          <button type="button" disabled={!query.trim()} onClick={saveQuery}>
            Ask
          </button>
        </div>
      </details>
    </>
  )
}
