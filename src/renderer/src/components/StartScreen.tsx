/**
 * No case open: open a draft, or one of the recent cases. A recent case whose file has gone (moved, deleted, on a
 * drive not plugged in) stays in the list as missing, with Locate… (pick where it is now) and Remove from list:
 * dropping it unseen left the checker wondering where a morning's work went.
 */
import { recentLabel, uniqueRecent } from '../../../core/case/recent-label'
import type { RecentEntry } from '../../../shared/contract'
import { formatDateTime } from '../lib/format'
import { MissingRecent } from './MissingRecent'

interface Props {
  recent: RecentEntry[]
  /** Why the file Factdesk was started with could not be opened, if it could not. */
  problem?: string | null
  onOpen(): void
  onOpenRecent(casePath: string): void
  /** A missing recent case: pick its new place (opened, and the missing entry leaves the list). */
  onLocateRecent(casePath: string): void
  /** A missing recent case the checker no longer wants listed. */
  onForgetRecent(casePath: string): void
  /** Your name and paper size, which need no case (browser mode has no native menu to reach them from here). */
  onSettings(): void
}

export function StartScreen({
  recent,
  problem,
  onOpen,
  onOpenRecent,
  onLocateRecent,
  onForgetRecent,
  onSettings
}: Props) {
  return (
    <main className="screen">
      <div className="screen-card">
        <h1>Factdesk</h1>
        {problem ? (
          <p role="alert" className="start-problem">
            {problem}
          </p>
        ) : null}
        <p>
          Open a draft (.txt, .md, .html, .docx) or a transcript (.vtt, .srt, .tsv) to find its claims and quotes, or a
          .factdesk.json case to continue checking.
        </p>
        <p className="muted">You can also drop a file anywhere on this window. Nothing leaves this computer.</p>
        <button type="button" className="primary" onClick={onOpen}>
          Open a draft…
        </button>{' '}
        <button type="button" onClick={onSettings}>
          Settings…
        </button>
      </div>
      {recent.length > 0 ? (
        <section className="screen-card">
          <h2>Recent</h2>
          <ul className="recent">
            {uniqueRecent(recent).map((entry) => {
              const label = recentLabel(entry)
              if (entry.missing)
                return (
                  <MissingRecent
                    key={entry.casePath}
                    entry={entry}
                    onLocate={onLocateRecent}
                    onForget={onForgetRecent}
                  />
                )
              return (
                <li key={entry.casePath}>
                  <button
                    type="button"
                    className="link"
                    title={entry.casePath}
                    onClick={() => onOpenRecent(entry.casePath)}
                  >
                    {label.file}
                  </button>
                  <span className="small muted">
                    {' '}
                    {label.title ? `${label.title} · ` : ''}
                    {label.folder} · {formatDateTime(entry.openedAt)}
                  </span>
                </li>
              )
            })}
          </ul>
        </section>
      ) : null}
    </main>
  )
}
