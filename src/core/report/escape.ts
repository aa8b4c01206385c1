/**
 * The one place where untrusted text (article, notes, sources, even status labels and colours a
 * newsroom edited) becomes safe output. Every renderer goes through these functions: the report
 * must show a hostile draft's words without ever running them.
 */
import { FALLBACK_STATUS_COLOR } from '../../shared/case'

/**
 * Bidirectional embedding/override/isolate controls. Escaping cannot neutralise them (an
 * entity decodes to the same character), and a lone U+202E can make "gpj.exe" read as
 * "exe.jpg" — so the report shows them as visible tags instead, which a checker should see anyway.
 */
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/g

/** C0/C1 controls other than tab and line feed: HTML parse errors and invisible junk. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const OTHER_CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g

/** Show invisible direction controls as `⟦U+202E⟧` and drop other control characters. */
export function revealControls(text: string): string {
  return text
    .replace(BIDI_CONTROLS, (char) => `⟦U+${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}⟧`)
    .replace(OTHER_CONTROLS, '')
}

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '`': '&#96;'
}

/** Escape for HTML text AND attribute values (quotes included), after revealing controls. */
export function escapeHtml(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return ''
  return revealControls(String(value)).replace(/[&<>"'`]/g, (char) => HTML_ESCAPES[char])
}

/**
 * The URL when it is an absolute http(s) URL, else null (javascript:, data:, relative paths,
 * protocol-relative "//host" and anything with whitespace or controls are all refused).
 */
export function safeHttpUrl(value: string | null | undefined): string | null {
  if (!value) return null
  const trimmed = value.trim()
  if (!/^https?:\/\/[^\s/?#]+/i.test(trimmed)) return null
  // eslint-disable-next-line no-control-regex -- a URL with control characters is refused
  if (/[\s\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/.test(trimmed)) return null
  try {
    const parsed = new URL(trimmed)
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null
  } catch {
    return null
  }
}

/**
 * A status colour safe to put inside a style attribute: hex (#rgb, #rgba, #rrggbb, #rrggbbaa) or a
 * bare CSS colour keyword. Anything else ("red;background:url(…)", "expression(…)") falls back.
 */
export function safeCssColor(value: string | null | undefined): string {
  if (!value) return FALLBACK_STATUS_COLOR
  const trimmed = value.trim()
  if (/^#(?:[0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i.test(trimmed)) return trimmed.toLowerCase()
  if (/^[a-z]{3,20}$/i.test(trimmed)) return trimmed.toLowerCase()
  return FALLBACK_STATUS_COLOR
}

/** A token safe as an HTML id or class fragment (item ids come from the case file). */
export function safeToken(value: string): string {
  const cleaned = value.replace(/[^\w-]/g, '_')
  return cleaned.length > 0 ? cleaned : '_'
}

/** "2024-05-14T09:30:00.000Z" → "2024-05-14 09:30 UTC"; date-only stays as is; anything else verbatim. */
export function formatTime(iso: string | null | undefined): string {
  if (!iso) return ''
  if (/^\d{4}-\d{2}(?:-\d{2})?$/.test(iso)) return iso
  const time = Date.parse(iso)
  if (Number.isNaN(time)) return iso
  const date = new Date(time).toISOString()
  return `${date.slice(0, 10)} ${date.slice(11, 16)} UTC`
}

/** Seconds into a recording as captions show them: 1:05, 1:02:03 (the workspace's margin and the report alike). */
export function formatClock(seconds: number): string {
  const whole = Math.floor(seconds)
  const h = Math.floor(whole / 3600)
  const m = Math.floor((whole % 3600) / 60)
  const s = String(whole % 60).padStart(2, '0')
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`
}

/** Where an item is in a captioned recording, for the report: "at 1:05 in the recording" ("At …" on its own). */
export function spokenAt(seconds: number, alone = false): string {
  return `${alone ? 'At' : 'at'} ${formatClock(seconds)} in the recording`
}
