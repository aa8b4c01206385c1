/**
 * Settings: the checker's name (signed on every action) and paper size, then the case's own settings: statuses,
 * their ClaimReview ratings, checklists and report header. "Use these settings for new cases" makes the case's
 * settings (as edited here) the newsroom profile.
 */
import { useState } from 'react'
import { PAPER_SIZES, type Settings } from '../../../shared/contract'
import type { CaseChecklists, RatingMapEntry, ReportHeader, StatusDef } from '../../../shared/case'
import { ChecklistEditor } from './ChecklistEditor'
import { RatingMapEditor } from './RatingMapEditor'
import { ReportHeaderEditor } from './ReportHeaderEditor'
import { StatusListEditor, statusListDraft, type StatusListDraft } from './StatusListEditor'
import { Dialog, focusWhenOpened } from './Dialog'

/** The case's settings as the dialog edits them. */
export interface CaseSettingsDraft {
  statuses: StatusListDraft
  ratingMap: RatingMapEntry[]
  checklists: CaseChecklists
  reportHeader: ReportHeader
}

/** What the newsroom profile takes from the case. */
export interface ProfileSettings {
  statuses: StatusDef[]
  ratingMap: RatingMapEntry[]
  checklists: CaseChecklists
  reportHeader: ReportHeader
}

interface Props {
  settings: Settings
  /** The open case's settings; null when no case is open. */
  caseSettings: ProfileSettings | null
  /** Items on each status, for "its 3 items move to…" when one is removed. */
  usage: Record<string, number>
  onSave(settings: Settings, caseSettings: CaseSettingsDraft | null): Promise<boolean>
  /** Make these the newsroom profile new cases start from; answers whether it was saved. */
  onSaveProfile?(profile: ProfileSettings): Promise<boolean>
  onClose(): void
}

export function SettingsDialog({ settings, caseSettings, usage, onSave, onSaveProfile, onClose }: Props) {
  const [draft, setDraft] = useState(settings)
  const [defs, setDefs] = useState(() => (caseSettings ? statusListDraft(caseSettings.statuses) : null))
  const [ratings, setRatings] = useState(caseSettings?.ratingMap ?? null)
  const [lists, setLists] = useState(caseSettings?.checklists ?? null)
  const [header, setHeader] = useState(caseSettings?.reportHeader ?? null)
  const [busy, setBusy] = useState(false)
  const [profileSaved, setProfileSaved] = useState(false)
  const edited: CaseSettingsDraft | null =
    defs && ratings && lists && header
      ? { statuses: defs, ratingMap: ratings, checklists: lists, reportHeader: header }
      : null
  const saveProfile = async () => {
    if (!edited || !onSaveProfile) return
    setBusy(true)
    setProfileSaved(
      await onSaveProfile({
        statuses: defs?.statuses ?? [],
        ratingMap: edited.ratingMap,
        checklists: edited.checklists,
        reportHeader: edited.reportHeader
      })
    )
    setBusy(false)
  }

  const save = async () => {
    setBusy(true)
    const saved = await onSave(draft, edited)
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
            ref={focusWhenOpened}
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
        {caseSettings ? null : (
          <p className="small muted">
            Statuses, ratings, checklists and the report header belong to each case: open a case to change them there.
          </p>
        )}
        {defs ? <StatusListEditor value={defs} usage={usage} onChange={setDefs} /> : null}
        {defs && ratings ? <RatingMapEditor statuses={defs.statuses} rows={ratings} onChange={setRatings} /> : null}
        {lists ? <ChecklistEditor value={lists} onChange={setLists} /> : null}
        {header ? <ReportHeaderEditor value={header} onChange={setHeader} /> : null}
        {edited && onSaveProfile ? (
          <div className="profile-row">
            <button type="button" disabled={busy} onClick={() => void saveProfile()}>
              Use these settings for new cases
            </button>
            <span className="small muted" role="status">
              {profileSaved
                ? 'Saved as the newsroom profile: every new case starts with these statuses, ratings, checklists and report header.'
                : 'Saves the statuses, ratings, checklists and report header above as the newsroom profile in the data folder; cases already made keep their own.'}
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
