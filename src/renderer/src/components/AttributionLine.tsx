/**
 * Who said it, under the item's words: a quote's speaker or a claim's claimant, with the words that
 * name them in the article and the speech cue ("the ministry" · said). The checker can correct the
 * name or clear it; the engine's evidence stays when the name is corrected (ops-attribution.ts).
 */
import { useState } from 'react'
import type { CaptionTime } from '../../../shared/article'
import type { Item } from '../../../shared/case'
import { spokenAt } from '../../../core/report/escape'
import { asWritten, speakerKey } from '../../../core/report/shown-names'
import { MAX_ATTRIBUTION_NAME, setClaimant, setSpeaker } from '../../../core/case/ops-attribution'
import type { RunOp } from '../lib/run-op'
import { useFocusReturn } from '../hooks/useFocusReturn'

interface Props {
  item: Item
  /**
   * The name shown: one spelling per body across the case ("The Harbour Board", where this item wrote "the Harbour
   * Board"), as the list, the speaker filter and the report show it; as written when left out.
   */
  shownName?(name: string): string
  run: RunOp
  /** A captioned transcript's turn time: the checker finds the words in the recording by it, as the report does. */
  spoken?: CaptionTime | null
}

export function AttributionLine({ item, shownName = asWritten, run, spoken = null }: Props) {
  const [editing, setEditing] = useState<string | null>(null)
  // Saving, cancelling or clearing took the focused control away and left the focus on the page: the next Tab
  // started again from the File menu. The focus comes back to Change / Set claimant, where the checker was.
  const [changeRef, returnFocusToChange] = useFocusReturn<HTMLButtonElement>()
  const stopEditing = () => {
    returnFocusToChange()
    setEditing(null)
  }
  const quote = item.kind === 'quote'
  const role = quote ? 'Speaker' : 'Claimant'
  const written = quote ? (item.speaker?.name ?? null) : (item.claimant?.name ?? null)
  const name = written ? shownName(written) : null
  const mention = quote ? item.mention : (item.claimant?.mention ?? null)
  const cue = quote ? item.cue : (item.claimant?.cue ?? null)
  const save = (value: string | null) => {
    const done = run((c, ctx) => (quote ? setSpeaker(c, item.id, value, ctx) : setClaimant(c, item.id, value, ctx)))
    if (done) stopEditing()
  }

  if (editing !== null) {
    return (
      <form
        className="attribution-edit"
        aria-label={`${role} of this ${item.kind}`}
        onSubmit={(e) => {
          e.preventDefault()
          save(editing.trim() === '' ? null : editing)
        }}
      >
        <label className="field-inline">
          <span>{role}</span>
          <input
            aria-label={`${role} name`}
            value={editing}
            maxLength={MAX_ATTRIBUTION_NAME}
            autoFocus
            onChange={(e) => setEditing(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Escape') {
                e.stopPropagation()
                stopEditing()
              }
            }}
          />
        </label>
        <button type="submit" className="primary">
          Save
        </button>
        <button type="button" onClick={stopEditing}>
          Cancel
        </button>
      </form>
    )
  }

  // A turn's claimant, or a name the article never writes, points at an empty span: nothing to quote.
  const said =
    mention && mention.text.trim() !== '' && name && speakerKey(mention.text) !== speakerKey(name)
      ? `“${mention.text}”`
      : null
  return (
    <p className="speaker-line attribution-line" aria-label={role}>
      {name ? (
        <>
          <span className="muted">{quote ? 'Said by ' : 'Claimed by '}</span>
          <strong>{name}</strong>
          {quote && item.speaker?.description ? `, ${item.speaker.description}` : ''}
          {quote && item.speaker?.anonymous ? ' (anonymous)' : ''}
          {said || cue ? (
            <span className="muted">
              {' '}
              — {said ? `${said} ` : ''}
              {cue ? cue.text : ''}
            </span>
          ) : null}
          {spoken ? <span className="muted"> · {spokenAt(spoken.start)}</span> : null}{' '}
        </>
      ) : (
        <span className="muted">
          {quote ? 'No speaker found. ' : 'No claimant: the article’s own claim. '}
          {spoken ? `${spokenAt(spoken.start, true)}. ` : ''}
        </span>
      )}
      <button ref={changeRef} type="button" className="link" onClick={() => setEditing(name ?? '')}>
        {name ? 'Change' : `Set ${role.toLowerCase()}`}
      </button>
      {name ? (
        <>
          {' · '}
          <button type="button" className="link" onClick={() => save(null)}>
            Clear
          </button>
        </>
      ) : null}
    </p>
  )
}
