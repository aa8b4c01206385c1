/**
 * The Content Security Policy of the renderer, one string for every place it is stated: Electron's
 * app:// responses and session headers, the browser-mode server's headers, and the meta tag the
 * build writes into index.html (electron.vite.config.ts). Imported article HTML is parsed into
 * plain text and never rendered as HTML, but if it ever were, this policy blocks its scripts, its
 * remote images (tracking pixels that would tell a third party a confidential draft is being
 * read), and any form or frame it tried to use.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  // React sets style attributes (highlight colours); inline styles cannot run code.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "frame-src 'none'",
  "worker-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "form-action 'none'"
].join('; ')

/** The same policy without frame-ancestors, which browsers ignore (and warn about) in a meta tag. */
export const CSP_META = CONTENT_SECURITY_POLICY.split('; ')
  .filter((directive) => !directive.startsWith('frame-ancestors'))
  .join('; ')

/** Headers on every response the renderer gets, in both shells. */
export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()'
}
