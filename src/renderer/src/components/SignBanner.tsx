/**
 * Work done before the checker set their name is signed "Unnamed checker". Once a name is set,
 * ask once per case (the work may be a colleague's on a shared laptop): sign it with the name, or
 * leave it. Signing is one change on the undo stack like any other.
 */
export function SignBanner({
  name,
  count,
  onSign,
  onLeave
}: {
  name: string
  count: number
  onSign(): void
  onLeave(): void
}) {
  return (
    <div className="banner banner-info" role="status" aria-label="Unsigned changes">
      <p>
        {count === 1 ? '1 change in this case is' : `${count} changes in this case are`} signed “Unnamed checker”, made
        before a name was set. Sign {count === 1 ? 'it' : 'them'} as {name}?
      </p>
      <button type="button" onClick={onSign}>
        Sign as {name}
      </button>
      <button type="button" onClick={onLeave}>
        Leave {count === 1 ? 'it' : 'them'}
      </button>
    </div>
  )
}
