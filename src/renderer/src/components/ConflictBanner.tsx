/**
 * A save that did not happen, said in full below the toolbar (its pill only says "Not saved"): never overwrite the
 * file silently. The checker's version stays on screen; they can keep it as a copy at once.
 * - A conflict (the file on disk could not be read back, or kept changing): or reload the version on disk.
 * - A failure (the file on disk is damaged, the disk is full, the server is restarting): Factdesk tries again every
 *   few seconds. A damaged case file used to show only "Not saved: Not saved: /long/path…" cut off in the pill,
 *   while the message asked for a copy the pill offered no way to make.
 */
export function ConflictBanner({
  reason,
  onSaveCopy,
  onReload
}: {
  reason: string
  onSaveCopy(): void
  /** Only for a conflict: a failed save is retried, and the file on disk may be the damaged one. */
  onReload?: () => void
}) {
  const said = reason.replace(/^Not saved:\s*/, '')
  return (
    <div className="banner banner-conflict" role="alert">
      <p>
        <strong>Not saved.</strong> {said}{' '}
        {onReload
          ? 'Your latest changes are still on screen: save them as a copy before reloading the version on disk.'
          : 'Your changes are still on screen, and Factdesk tries again every few seconds.'}
      </p>
      <span className="banner-actions">
        <button type="button" className="primary" onClick={onSaveCopy}>
          Save my version as a copy
        </button>
        {onReload ? (
          <button type="button" onClick={onReload}>
            Reload from disk
          </button>
        ) : null}
      </span>
    </div>
  )
}
