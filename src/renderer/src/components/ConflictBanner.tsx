/**
 * A save that could not be merged (the file on disk could not be read back, or kept changing): never overwrite it
 * silently. The checker's version stays on screen; they can keep it as a copy, or reload the version on disk.
 */
export function ConflictBanner({
  reason,
  onSaveCopy,
  onReload
}: {
  reason: string
  onSaveCopy(): void
  onReload(): void
}) {
  return (
    <div className="banner banner-conflict" role="alert">
      <p>
        <strong>Not saved.</strong> {reason} Your latest changes are still on screen: save them as a copy before
        reloading the version on disk.
      </p>
      <span className="banner-actions">
        <button type="button" className="primary" onClick={onSaveCopy}>
          Save my version as a copy
        </button>
        <button type="button" onClick={onReload}>
          Reload from disk
        </button>
      </span>
    </div>
  )
}
