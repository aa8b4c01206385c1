/**
 * Which frames may call the API over IPC. Kept free of Electron imports so it can be tested
 * in plain Node: it is the check that stops an injected or navigated frame from using the API.
 */
export type SenderCheck = (frameUrl: string | undefined) => boolean

/**
 * Trusted = the renderer's own page: the dev server's origin in development, otherwise the
 * exact built index.html file (query and hash ignored).
 */
export function senderCheckFor(rendererUrl: string): SenderCheck {
  const expected = new URL(rendererUrl)
  return (frameUrl) => {
    if (!frameUrl) return false
    let actual: URL
    try {
      actual = new URL(frameUrl)
    } catch {
      return false
    }
    if (expected.protocol === 'file:') return actual.protocol === 'file:' && actual.pathname === expected.pathname
    return actual.origin === expected.origin
  }
}
