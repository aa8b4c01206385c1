/** The case changed on disk since it was opened: never overwrite it silently. */
export function ConflictBanner({ reason, onReload }: { reason: string; onReload(): void }) {
  return (
    <div className="banner banner-conflict" role="alert">
      <p>
        <strong>Not saved.</strong> {reason} Your latest changes are still on screen; reloading shows the version on disk instead.
      </p>
      <button type="button" className="primary" onClick={onReload}>
        Reload from disk
      </button>
    </div>
  )
}
