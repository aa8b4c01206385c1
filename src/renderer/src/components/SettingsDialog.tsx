/** Settings: the checker's name (signed on every action), paper size, the case's statuses and their ClaimReview ratings. */
import { useState } from 'react'
import { PAPER_SIZES, type Settings } from '../../../shared/contract'
import type { RatingMapEntry, StatusDef } from '../../../shared/case'
import { RatingMapEditor } from './RatingMapEditor'
import { StatusListEditor, statusListDraft, type StatusListDraft } from './StatusListEditor'
import { Dialog } from './Dialog'

interface Props {
  settings: Settings
  statuses: StatusDef[] | null
  /** Items on each status, for "its 3 items move to…" when one is removed. */
  usage: Record<string, number>
  ratingMap: RatingMapEntry[] | null
  onSave(settings: Settings, statuses: StatusListDraft | null, ratingMap: RatingMapEntry[] | null): Promise<boolean>
  /** Make these statuses and ratings the newsroom profile new cases start from; answers whether it was saved. */
  onSaveProfile?(statuses: StatusDef[], ratingMap: RatingMapEntry[]): Promise<boolean>
  onClose(): void
}

export function SettingsDialog({ settings, statuses, usage, ratingMap, onSave, onSaveProfile, onClose }: Props) {
  const [draft, setDraft] = useState(settings)
  const [defs, setDefs] = useState(() => (statuses ? statusListDraft(statuses) : null))
  const [ratings, setRatings] = useState(ratingMap)
  const [busy, setBusy] = useState(false)
  const [profileSaved, setProfileSaved] = useState(false)
  const saveProfile = async () => {
    if (!defs || !ratings || !onSaveProfile) return
    setBusy(true)
    setProfileSaved(await onSaveProfile(defs.statuses, ratings))
    setBusy(false)
  }

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
          <input
            aria-label="Your name"
            value={draft.checkerName}
            placeholder="Signed on every status, note and source"
            onChange={(e) => setDraft({ ...draft, checkerName: e.target.value })}
          />
        </label>
        <label className="field">
          <span>Paper size</span>
          <select
            aria-label="Paper size"
            value={draft.paperSize}
            onChange={(e) => setDraft({ ...draft, paperSize: e.target.value as Settings['paperSize'] })}
          >
            {PAPER_SIZES.map((size) => (
              <option key={size} value={size}>
                {size}
              </option>
            ))}
          </select>
        </label>
        {defs ? <StatusListEditor value={defs} usage={usage} onChange={setDefs} /> : null}
        {defs && ratings ? <RatingMapEditor statuses={defs.statuses} rows={ratings} onChange={setRatings} /> : null}
        {defs && ratings && onSaveProfile ? (
          <div className="profile-row">
            <button type="button" disabled={busy} onClick={() => void saveProfile()}>
              Use these statuses and ratings for new cases
            </button>
            <span className="small muted" role="status">
              {profileSaved
                ? 'Saved as the newsroom profile: every new case starts with them.'
                : 'Saves them as the newsroom profile in the data folder; cases already made keep their own.'}
            </span>
          </div>
        ) : null}
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
