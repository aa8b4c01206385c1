import { parseDocument } from 'yaml'

/**
 * YAML front matter at the top of a Markdown draft (`---` … `---` or `...`), read by the
 * `yaml` package into flat, lower-cased string metadata. Lists become "a, b"; nested maps
 * are not metadata a checker reads and are left out. Front matter that is not valid YAML
 * is still read line by line as `key: value`, as writers expect from a loose header.
 */

export interface FrontMatter {
  meta: Record<string, string>
  /** The draft after the front matter (the whole draft when there is none). */
  body: string
}

const OPENING = /^---[ \t]*$/
const CLOSING = new Set(['---', '...'])
/** A loose key: a letter, then letters, digits, '_', '-' or spaces (checked on text before the first ':'). */
const LOOSE_KEY = /^[a-z][\w -]*$/i

function scalarText(value: unknown): string | null {
  if (typeof value === 'string') return value.trim()
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10)
  return null
}

function valueText(value: unknown): string | null {
  if (Array.isArray(value)) {
    const items = value.map(scalarText).filter((item): item is string => item !== null && item !== '')
    return items.length > 0 ? items.join(', ') : null
  }
  return scalarText(value)
}

function unquote(value: string): string {
  const first = value[0]
  return value.length >= 2 && (first === '"' || first === "'") && value.endsWith(first) ? value.slice(1, -1) : value
}

/** `key: value` lines and `  - item` lists, for front matter YAML refuses. Linear: indexOf, no patterns that scan. */
function looseMeta(lines: readonly string[]): Record<string, string> {
  const meta: Record<string, string> = {}
  let lastKey = ''
  for (const line of lines) {
    const trimmed = line.trim()
    const colon = line.indexOf(':')
    const key = colon > 0 ? line.slice(0, colon).trim() : ''
    if (key !== '' && LOOSE_KEY.test(key) && !/^\s/.test(line)) {
      lastKey = key.toLowerCase()
      const value = unquote(line.slice(colon + 1).trim())
      if (value !== '' && value !== '|' && value !== '>') {
        meta[lastKey] = value.startsWith('[') && value.endsWith(']') ? value.slice(1, -1) : value
      }
    } else if (lastKey && /^\s/.test(line) && trimmed.startsWith('- ')) {
      const value = unquote(trimmed.slice(2).trim())
      meta[lastKey] = meta[lastKey] ? `${meta[lastKey]}, ${value}` : value
    }
  }
  return meta
}

function yamlMeta(lines: readonly string[]): Record<string, string> | null {
  const doc = parseDocument(lines.join('\n'), { prettyErrors: false, uniqueKeys: false })
  if (doc.errors.length > 0) return null
  let data: unknown
  try {
    data = doc.toJS({ maxAliasCount: 50 })
  } catch {
    return null // alias bombs and the like: read loosely instead
  }
  if (data === null || data === undefined) return {}
  if (typeof data !== 'object' || Array.isArray(data)) return null
  const meta: Record<string, string> = {}
  for (const [key, value] of Object.entries(data as Record<string, unknown>)) {
    const text = valueText(value)
    if (text !== null && text !== '') meta[key.trim().toLowerCase()] = text
  }
  return meta
}

/** Splits front matter from a normalised Markdown source (lines already LF, trailing spaces off). */
export function readFrontMatter(source: string): FrontMatter {
  const firstBreak = source.indexOf('\n')
  if (firstBreak < 0 || !OPENING.test(source.slice(0, firstBreak))) return { meta: {}, body: source }
  const lines: string[] = []
  let cursor = firstBreak + 1
  while (cursor <= source.length) {
    const end = source.indexOf('\n', cursor)
    const line = source.slice(cursor, end < 0 ? source.length : end)
    if (CLOSING.has(line.trimEnd())) {
      return { meta: yamlMeta(lines) ?? looseMeta(lines), body: end < 0 ? '' : source.slice(end + 1) }
    }
    lines.push(line)
    if (end < 0) break
    cursor = end + 1
  }
  return { meta: {}, body: source }
}
