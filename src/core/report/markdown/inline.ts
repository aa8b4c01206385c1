/**
 * Markdown escaping. A report in Markdown is pasted into wikis, CMSs and chat tools that render
 * inline HTML and links, so article words must stay words: every character Markdown gives a
 * meaning to is backslash-escaped, newlines flatten to spaces (one item never breaks a table or
 * a list), and links are made only for http(s) URLs.
 */
import { formatTime, revealControls, safeHttpUrl } from '../escape'
import type { DiffPart } from '../word-diff'

/**
 * Characters that can start markup anywhere in a line (CommonMark + GFM tables and strikethrough).
 * "(" and "!" are left alone: they only act next to "[" or "]", which are always escaped.
 */
const INLINE_SPECIAL = /[\\`*_[\]<>|~&#]/g

/** Text safe anywhere inline, table cells included. */
export function md(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return ''
  const flat = revealControls(String(value)).replace(/\s+/g, (run) => (/[\r\n\u2028\u2029]/.test(run) ? ' ' : run))
  const escaped = flat.replace(INLINE_SPECIAL, (char) => `\\${char}`)
  // A line that starts like a list, heading underline or numbered item would change the layout.
  return escaped.replace(/^(\s*)([-+=])/, '$1\\$2').replace(/^(\s*\d+)([.)])/, '$1\\$2')
}

/** A link with the URL as visible text when http(s); otherwise the URL as inert text. */
export function mdLink(url: string): string {
  const safe = safeHttpUrl(url)
  if (!safe) return `${md(url)} (not an http(s) link)`
  return `[${md(safe)}](<${safe}>)`
}

export function mdTime(iso: string | null | undefined): string {
  return iso ? md(formatTime(iso)) : '—'
}

/** Word diff as GFM: ~~removed~~ and **added**. */
export function mdDiff(parts: DiffPart[]): string {
  return parts
    .map((part, index) => {
      const text = md(part.text)
      if (part.kind === 'same' || text.trim() === '') return text
      const lead = text.slice(0, text.length - text.trimStart().length)
      const trail = text.slice(text.trimEnd().length)
      const core = text.trim()
      // "~~old~~**new**" reads as one word; a space keeps the two wordings apart.
      const gap = part.kind === 'ins' && parts[index - 1]?.kind === 'del' && !lead ? ' ' : ''
      return part.kind === 'del' ? `${lead}~~${core}~~${trail}` : `${gap}${lead}**${core}**${trail}`
    })
    .join('')
}

export function mdTable(headers: string[], rows: string[][]): string {
  const line = (cells: string[]): string => `| ${cells.map((cell) => (cell === '' ? ' ' : cell)).join(' | ')} |`
  return [line(headers), line(headers.map(() => '---')), ...rows.map(line)].join('\n')
}
