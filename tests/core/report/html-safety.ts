/**
 * Parses report HTML the way a browser tokenises it (htmlparser2) and lists everything that
 * could run code or reach the network. A safe report yields an empty list.
 */
import { Parser } from 'htmlparser2'

export interface ActiveContent {
  problems: string[]
  /** Every element name seen, for asserting the report's own structure. */
  tags: Map<string, number>
  styleText: string
}

/** Elements that load or run something by their nature. */
const FORBIDDEN_TAGS = new Set([
  'script',
  'iframe',
  'object',
  'embed',
  'link',
  'base',
  'frame',
  'frameset',
  'applet',
  'form',
  'svg',
  'math',
  'video',
  'audio',
  'source',
  'img',
  'input',
  'button',
  'textarea'
])
/** Attributes whose value is fetched or navigated to. */
const URL_ATTRIBUTES = new Set([
  'src',
  'href',
  'action',
  'formaction',
  'poster',
  'background',
  'srcset',
  'data',
  'xlink:href',
  'ping'
])

export function findActiveContent(html: string): ActiveContent {
  const problems: string[] = []
  const tags = new Map<string, number>()
  let styleText = ''
  let inStyle = false
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        tags.set(name, (tags.get(name) ?? 0) + 1)
        if (FORBIDDEN_TAGS.has(name) && !(name === 'img' && /^data:/i.test(attributes.src ?? '')))
          problems.push(`<${name}> element`)
        if (name === 'style') inStyle = true
        if (name === 'meta' && /refresh/i.test(attributes['http-equiv'] ?? '')) problems.push('meta refresh')
        for (const [attribute, value] of Object.entries(attributes)) {
          if (/^on/i.test(attribute)) problems.push(`${attribute} attribute on <${name}>`)
          if (URL_ATTRIBUTES.has(attribute)) {
            const trimmed = value.trim()
            if (/^\s*(javascript|vbscript|data):/i.test(trimmed) && !(name === 'img' && attribute === 'src'))
              problems.push(`${attribute}="${trimmed.slice(0, 40)}" on <${name}>`)
            if (attribute === 'href' && name === 'a' && !/^(#|https?:\/\/)/i.test(trimmed))
              problems.push(`non-http link ${trimmed.slice(0, 40)}`)
            if (attribute !== 'href' && /^(https?:)?\/\//i.test(trimmed))
              problems.push(`external load ${attribute}=${trimmed.slice(0, 40)}`)
          }
          if (attribute === 'style' && /url\(|expression\(|@import|javascript:/i.test(value))
            problems.push(`style attribute loads: ${value.slice(0, 60)}`)
        }
      },
      ontext(text) {
        if (inStyle) styleText += text
      },
      onclosetag(name) {
        if (name === 'style') inStyle = false
      }
    },
    { decodeEntities: true, lowerCaseAttributeNames: true, lowerCaseTags: true }
  )
  parser.write(html)
  parser.end()
  if (/@import|url\(|expression\(|javascript:/i.test(styleText)) problems.push('stylesheet loads or runs something')
  if ((tags.get('style') ?? 0) !== 1) problems.push(`expected exactly one <style>, found ${tags.get('style') ?? 0}`)
  return { problems, tags, styleText }
}
