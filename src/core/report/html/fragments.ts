/**
 * Small HTML pieces used by several report sections. Every argument is untrusted and escaped
 * here; callers concatenate only what these functions return.
 */
import type { StatusDef } from '../../../shared/case'
import { escapeHtml, formatTime, safeHttpUrl } from '../escape'
import type { ReportItem } from '../summary'
import type { DiffPart } from '../word-diff'

/** The status as a coloured label (colour already validated in the model). */
export function statusBadge(status: StatusDef): string {
  return `<span class="badge" style="--c:${escapeHtml(status.color)}">${escapeHtml(status.label)}</span>`
}

/** "[3]" linking to the item's entry in the report. */
export function itemLink(entry: Pick<ReportItem, 'label' | 'anchorId'>): string {
  return `<a class="ref" href="#${escapeHtml(entry.anchorId)}">[${escapeHtml(entry.label)}]</a>`
}

export function swatch(status: StatusDef): string {
  return `<span class="swatch" style="--c:${escapeHtml(status.color)}"></span>`
}

/**
 * A link the reader can follow by hand: the URL is always shown as text; it is a live href only
 * when it is http(s), and never sends a referrer. Anything else is shown as inert text.
 */
export function externalLink(url: string, label?: string): string {
  if (!url) return ''
  const safe = safeHttpUrl(url)
  const text = escapeHtml(label && label !== url ? `${label} — ${url}` : url)
  if (!safe) return `<span class="muted" title="Not an http(s) link: shown as text only">${text}</span>`
  return `<a href="${escapeHtml(safe)}" rel="noreferrer noopener">${text}</a>`
}

export function time(iso: string | null | undefined): string {
  if (!iso) return '<span class="muted">—</span>'
  return `<time datetime="${escapeHtml(iso)}">${escapeHtml(formatTime(iso))}</time>`
}

/** A word diff as <del>/<ins>; a thin gap keeps "old" and "new" from reading as one word. */
export function diffHtml(parts: DiffPart[]): string {
  return parts
    .map((part, index) => {
      if (part.kind === 'del') return `<del>${escapeHtml(part.text)}</del>`
      if (part.kind === 'same') return escapeHtml(part.text)
      const gap =
        parts[index - 1]?.kind === 'del' && !/^\s/.test(part.text) && !/\s$/.test(parts[index - 1].text) ? '\u2009' : ''
      return `${gap}<ins>${escapeHtml(part.text)}</ins>`
    })
    .join('')
}

/** A definition list from label/value pairs; values are HTML already built by the caller from escaped parts. */
export function metaList(rows: Array<[string, string | null]>): string {
  const body = rows
    .filter((row): row is [string, string] => row[1] !== null && row[1] !== '')
    .map(([label, value]) => `<dt>${escapeHtml(label)}</dt><dd>${value}</dd>`)
    .join('')
  return `<dl class="meta">${body}</dl>`
}

export function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`
}
