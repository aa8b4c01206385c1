/** A short message for the checker (an error as data from the API, a confirmation), then gone. */
import { useEffect } from 'react'

/** Long enough to read a sentence twice. */
const NOTICE_MS = 7000

export function Notice({ message, onDone }: { message: string | null; onDone(): void }) {
  useEffect(() => {
    if (!message) return
    const timer = setTimeout(onDone, NOTICE_MS)
    return () => clearTimeout(timer)
  }, [message, onDone])
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
