/** Notes (dated, signed), the verdict explanation for the report, and queries to the writer. */
import { useState, type RefObject } from 'react'
import type { CaseFile, Item } from '../../../shared/case'
import { addNote, addQuery, deleteNote, resolveQuery, setVerdictNote } from '../../../core/case/ops-notes'
import { formatDateTime } from '../lib/format'
import type { RunOp } from '../lib/run-op'

interface Props {
  caseFile: CaseFile
  item: Item
  run: RunOp
  noteRef: RefObject<HTMLTextAreaElement | null>
}

export function NotesSection({ item, run, noteRef }: Props) {
  const [note, setNote] = useState('')
  const [query, setQuery] = useState('')
  const [answers, setAnswers] = useState<Record<string, string>>({})
  const [verdict, setVerdict] = useState(item.verdictNote)

  const saveNote = () => {
    if (run((c, ctx) => addNote(c, item.id, note, ctx))) setNote('')
  }
  const saveQuery = () => {
    if (run((c, ctx) => addQuery(c, item.id, query, ctx))) setQuery('')
  }
  const openQueries = item.queries.filter((q) => !q.resolvedAt).length

  return (
    <>
      <details className="section" open>
        <summary>Notes ({item.notes.length})</summary>
        <ul className="notes">
          {item.notes.map((n) => (
            <li key={n.id}>
              <p className="note-text">{n.text}</p>
              <p className="small muted">
                {n.by}, {formatDateTime(n.at)}{' '}
                <button type="button" className="link small" onClick={() => run((c, ctx) => deleteNote(c, item.id, n.id, ctx))}>
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
            onChange={(e) => setNote(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) saveNote()
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
            value={verdict}
            placeholder="Why this status, in a sentence for the report"
            onChange={(e) => {
              setVerdict(e.target.value)
              const text = e.target.value
              run((c, ctx) => setVerdictNote(c, item.id, text, ctx), { debounce: true })
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
                    value={answers[q.id] ?? ''}
                    onChange={(e) => setAnswers({ ...answers, [q.id]: e.target.value })}
                  />
                  <button type="button" onClick={() => run((c, ctx) => resolveQuery(c, item.id, q.id, answers[q.id] ?? '', ctx))}>
                    Resolve
                  </button>
                </div>
              ) : null}
            </li>
          ))}
        </ul>
        <div className="inline-form">
          <input aria-label="Query" placeholder="Question for the writer or editor" value={query} onChange={(e) => setQuery(e.target.value)} onKeyDown={(e) => e.key === 'Enter' && saveQuery()} />
          <button type="button" disabled={!query.trim()} onClick={saveQuery}>
            Ask
          </button>
        </div>
      </details>
    </>
  )
}
