/** A short message for the checker (an error as data from the API, a confirmation), then gone, unless sticky. */
import { useEffect } from 'react'

/** Long enough to read a sentence twice. */
const NOTICE_MS = 7000

/** `sticky`: stays until closed (what the checker must not miss), instead of going after NOTICE_MS. */
export function Notice({
  message,
  sticky = false,
  onDone
}: {
  message: string | null
  sticky?: boolean
  onDone(): void
}) {
  useEffect(() => {
    if (!message || sticky) return
    const timer = setTimeout(onDone, NOTICE_MS)
    return () => clearTimeout(timer)
  }, [message, sticky, onDone])
  return (
    <div className="notice-area" role="status" aria-live="polite">
      {message ? (
        <div className="notice">
          <span>{message}</span>
          <button type="button" className="icon-button" aria-label="Close message" onClick={onDone}>
            ×
          </button>
        </div>
      ) : null}
    </div>
  )
}
