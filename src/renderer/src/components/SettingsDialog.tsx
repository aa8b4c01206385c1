/** Settings: the checker's name (signed on every action), paper size, the case's statuses and their ClaimReview ratings. */
import { useState } from 'react'
import { PAPER_SIZES, type Settings } from '../../../shared/contract'
import type { RatingMapEntry, StatusDef } from '../../../shared/case'
import { RatingMapEditor } from './RatingMapEditor'
import { Dialog } from './Dialog'

interface Props {
  settings: Settings
  statuses: StatusDef[] | null
  ratingMap: RatingMapEntry[] | null
  onSave(settings: Settings, statuses: StatusDef[] | null, ratingMap: RatingMapEntry[] | null): Promise<boolean>
  onClose(): void
}

export function SettingsDialog({ settings, statuses, ratingMap, onSave, onClose }: Props) {
  const [draft, setDraft] = useState(settings)
  const [defs, setDefs] = useState(statuses)
  const [ratings, setRatings] = useState(ratingMap)
  const [busy, setBusy] = useState(false)
  const editStatus = (id: string, patch: Partial<StatusDef>) => setDefs((list) => list?.map((s) => (s.id === id ? { ...s, ...patch } : s)) ?? null)

  const save = async () => {
    setBusy(true)
    const saved = await onSave(draft, defs, ratings)
    setBusy(false)
    if (saved) onClose()
  }

  return (
    <Dialog title="Settings" onClose={onClose} wide>
      <form
        className="settings"
        onSubmit={(e) => {
          e.preventDefault()
          void save()
        }}
      >
        <label className="field">
          <span>Your name</span>
          <input aria-label="Your name" value={draft.checkerName} placeholder="Signed on every status, note and source" onChange={(e) => setDraft({ ...draft, checkerName: e.target.value })} />
        </label>
        <label className="field">
          <span>Paper size</span>
          <select aria-label="Paper size" value={draft.paperSize} onChange={(e) => setDraft({ ...draft, paperSize: e.target.value as Settings['paperSize'] })}>
            {PAPER_SIZES.map((size) => (
              <option key={size} value={size}>
                {size}
              </option>
            ))}
          </select>
        </label>
        {defs ? (
          <fieldset className="status-editor">
            <legend>Statuses in this case</legend>
            {defs.map((s) => (
              <div key={s.id} className="status-edit-row">
                <input type="color" aria-label={`Colour of ${s.label}`} value={s.color} onChange={(e) => editStatus(s.id, { color: e.target.value })} />
                <input aria-label={`Label of ${s.id}`} value={s.label} onChange={(e) => editStatus(s.id, { label: e.target.value })} />
                <input
                  aria-label={`Description of ${s.label}`}
                  className="grow"
                  value={s.description}
                  onChange={(e) => editStatus(s.id, { description: e.target.value })}
                />
                <span className="small muted">{s.system ? 'set by Factdesk' : s.resolved ? 'resolves' : 'open'}</span>
              </div>
            ))}
          </fieldset>
        ) : null}
        {defs && ratings ? <RatingMapEditor statuses={defs} rows={ratings} onChange={setRatings} /> : null}
        <div className="form-buttons">
          <button type="submit" className="primary" disabled={busy}>
            Save settings
          </button>
          <button type="button" onClick={onClose}>
            Cancel
          </button>
        </div>
      </form>
    </Dialog>
  )
}
