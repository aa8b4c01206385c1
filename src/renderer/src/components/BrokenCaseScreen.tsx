/** A case file that cannot be read: say what is wrong and offer the newest good backup. */
import { useState } from 'react'
import type { BrokenCase, FactdeskApi, Session } from '../../../shared/contract'
import { viewerTag } from '../api/client'
import { formatDateTime, formatDateTimeSeconds } from '../lib/format'

interface Props {
  api: FactdeskApi
  broken: BrokenCase
  onSession(session: Session): void
  onOpenOther(): void
}

export function BrokenCaseScreen({ api, broken, onSession, onOpenOther }: Props) {
  const [problem, setProblem] = useState<string | null>(null)
  const backups = broken.backups.slice().sort((a, b) => b.savedAt.localeCompare(a.savedAt))
  // Every save keeps a backup, so a checker at work makes several a minute: to the minute they all read "07:06 AM",
  // and which to restore could not be told. To the second when the minute does not tell them apart.
  const minutes = backups.map((backup) => formatDateTime(backup.savedAt))
  const when = new Set(minutes).size < minutes.length ? formatDateTimeSeconds : formatDateTime
  const restore = async (backupPath: string) => {
    const result = await api.restoreBackup({ casePath: broken.casePath, backupPath, ...viewerTag() })
    if (result.ok) onSession(result.value)
    else setProblem(result.error.message)
  }
  return (
    <main className="screen">
      <div className="screen-card" role="alert">
        <h1>This case file cannot be opened</h1>
        <p className="mono">{broken.casePath}</p>
        <p>{broken.problem}</p>
        <p className="muted">
          Nothing has been changed or deleted. The damaged file is kept aside if you restore a backup.
        </p>
      </div>
      {backups.length > 0 ? (
        <section className="screen-card">
          <h2>Backups</h2>
          <ul className="backups">
            {backups.map((backup, index) => (
              <li key={backup.path}>
                <span>
                  {when(backup.savedAt)}
                  {index === 0 ? <strong> — newest</strong> : null}
                </span>
                <button
                  type="button"
                  className={index === 0 ? 'primary' : undefined}
                  onClick={() => void restore(backup.path)}
                >
                  Restore this backup
                </button>
              </li>
            ))}
          </ul>
        </section>
      ) : (
        <p className="muted">No backup of this case was found.</p>
      )}
      {problem ? <p className="error-text">{problem}</p> : null}
      <button type="button" onClick={onOpenOther}>
        Open another file…
      </button>
    </main>
  )
}
