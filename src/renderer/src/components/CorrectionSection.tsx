/** A suggested correction, shown as a word diff against the item's words. */
import { useState } from 'react'
import type { Item } from '../../../shared/case'
import { setCorrection } from '../../../core/case/ops-notes'
import { wordDiff } from '../../../core/report/word-diff'
import type { RunOp } from '../lib/run-op'

export function DiffView({ before, after }: { before: string; after: string }) {
  return (
    <p className="diff">
      {wordDiff(before, after).map((part, index) =>
        part.kind === 'ins' ? (
          <ins key={index}>{part.text}</ins>
        ) : part.kind === 'del' ? (
          <del key={index}>{part.text}</del>
        ) : (
          <span key={index}>{part.text}</span>
        )
      )}
    </p>
  )
}

export function CorrectionSection({ item, run }: { item: Item; run: RunOp }) {
  const [text, setText] = useState(item.correction?.replacement ?? '')
  const changed = text.trim() !== (item.correction?.replacement ?? '')
  return (
    <details className="section" open={Boolean(item.correction)}>
      <summary>Suggested correction{item.correction ? ` (by ${item.correction.by})` : ''}</summary>
      {item.correction ? <DiffView before={item.anchor.exact} after={item.correction.replacement} /> : null}
      <label className="field">
        <span>Suggested correction</span>
        <textarea aria-label="Suggested correction" rows={3} value={text} placeholder={item.anchor.exact} onChange={(e) => setText(e.target.value)} />
      </label>
      <div className="form-buttons">
        <button type="button" disabled={!changed} onClick={() => run((c, ctx) => setCorrection(c, item.id, text, ctx))}>
          {text.trim() ? 'Save correction' : 'Remove correction'}
        </button>
        {!text ? (
          <button type="button" onClick={() => setText(item.anchor.exact)}>
            Start from the current wording
          </button>
        ) : null}
      </div>
    </details>
  )
}
