/**
 * Which frames may call the API over IPC. Kept free of Electron imports so it can be tested
 * in plain Node: it is the check that stops an injected or navigated frame from using the API.
 */
export type SenderCheck = (frameUrl: string | undefined) => boolean

/**
 * Trusted = the renderer's own page: the dev server's origin in development, otherwise exactly
 * app://factdesk/index.html (query and hash ignored). app: is not a scheme URL parsers know, so its
 * scheme, host and path are compared one by one rather than through `origin`.
 */
export function senderCheckFor(rendererUrl: string): SenderCheck {
  const expected = new URL(rendererUrl)
  const web = expected.protocol === 'http:' || expected.protocol === 'https:'
  return (frameUrl) => {
    if (!frameUrl) return false
    let actual: URL
    try {
      actual = new URL(frameUrl)
    } catch {
      return false
    }
    if (web) return actual.origin === expected.origin
    return (
      actual.protocol === expected.protocol && actual.host === expected.host && actual.pathname === expected.pathname
    )
  }
}
