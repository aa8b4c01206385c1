/**
 * A suggested correction, shown as a word diff against the item's words. Wording typed and not saved yet is kept
 * as the item's unsent text until it is saved (or typed back to the saved wording).
 */
import { useState } from 'react'
import type { Item } from '../../../shared/case'
import { setCorrection } from '../../../core/case/ops-notes'
import { setUnsent, UNSENT_CORRECTION } from '../../../core/case/unsent'
import { wordDiff } from '../../../core/report/word-diff'
import { UNSENT, type RunOp } from '../lib/run-op'

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
  // Open when there is something to see; after that, open or closed as the checker leaves it (emptying the field must not fold it).
  const [openAtFirst] = useState(() => Boolean(item.correction) || item.unsent?.[UNSENT_CORRECTION] !== undefined)
  const saved = item.correction?.replacement ?? ''
  const text = item.unsent?.[UNSENT_CORRECTION] ?? saved
  const changed = text.trim() !== saved
  // The saved wording typed back is nothing unsent.
  const setText = (next: string) =>
    run((c) => setUnsent(c, item.id, UNSENT_CORRECTION, next === saved ? null : next), UNSENT)
  const save = () => run((c, ctx) => setUnsent(setCorrection(c, item.id, text, ctx), item.id, UNSENT_CORRECTION, null))
  return (
    <details className="section" open={openAtFirst}>
      <summary>Suggested correction{item.correction ? ` (by ${item.correction.by})` : ''}</summary>
      {item.correction ? <DiffView before={item.anchor.exact} after={item.correction.replacement} /> : null}
      <label className="field">
        <span>Suggested correction</span>
        <textarea
          aria-label="Suggested correction"
          rows={3}
          value={text}
          placeholder={item.anchor.exact}
          onChange={(e) => setText(e.target.value)}
        />
      </label>
      <div className="form-buttons">
        <button type="button" disabled={!changed} onClick={save}>
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
