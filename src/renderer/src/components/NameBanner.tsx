/**
 * Every status change, note and report names its checker: until the checker has said who they are,
 * say so once, calmly, with the way to fix it.
 */
export function NameBanner({ onSettings }: { onSettings(): void }) {
  return (
    <div className="banner banner-info" role="status">
      <p>
        Your name goes into every status change and into the report. Until you set it, they say “Unnamed checker” (you
        can sign them with your name afterwards).
      </p>
      <button type="button" onClick={onSettings}>
        Set your name
      </button>
    </div>
  )
}
