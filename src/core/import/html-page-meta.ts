import { toIsoDate } from './dates'
import { attr, textOf, type DomElement } from './html-dom'
import { collapseBlockText } from './normalise'

/**
 * What a saved web page says about itself outside the article body: <meta> tags
 * (Open Graph, article:*, name=author/description), JSON-LD (parsed with JSON.parse
 * inside try, never evaluated) and <title>.
 */

export interface PageMeta {
  title: string
  description: string
  /** Author from <meta> tags (URLs, as some CMSes put there, are ignored). */
  author: string
  /** Author from JSON-LD, used after [rel=author] and .byline. */
  ldAuthor: string
  /** ISO yyyy-mm-dd from <meta> (article:published_time…), or ''. */
  date: string
  /** ISO date from JSON-LD datePublished, used after <time datetime>. */
  ldDate: string
  publisher: string
  section: string
  url: string
}

const ARTICLE_TYPES = /article|posting|report/i
/** Separators newsrooms put between a headline and the site name in <title>. */
const TITLE_SUFFIX = /(?<!\s)\s+(?:[-|–—·]|::)\s+((?:(?!\s(?:[-|–—·]|::)\s).){1,60})$/
/** A suffix of this many words or fewer is treated as a site name. */
const MAX_SITE_NAME_WORDS = 5

type Json = null | boolean | number | string | Json[] | { [key: string]: Json }

function isObject(value: Json | undefined): value is { [key: string]: Json } {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function jsonObjects(value: Json, out: { [key: string]: Json }[] = [], depth = 0): { [key: string]: Json }[] {
  if (depth > 8) return out
  if (Array.isArray(value)) for (const item of value) jsonObjects(item, out, depth + 1)
  else if (isObject(value)) {
    out.push(value)
    if (value['@graph'] !== undefined) jsonObjects(value['@graph'], out, depth + 1)
  }
  return out
}

function names(value: Json | undefined): string[] {
  if (typeof value === 'string') return [value]
  if (Array.isArray(value)) return value.flatMap((item) => names(item))
  if (isObject(value) && typeof value.name === 'string') return [value.name]
  return []
}

/** Reads JSON-LD blocks; malformed JSON is skipped silently (pages are often sloppy). */
function readJsonLd(scripts: DomElement[]): Partial<PageMeta> {
  const found: Partial<PageMeta> = {}
  for (const script of scripts) {
    if (!/ld\+json/i.test(attr(script, 'type'))) continue
    let parsed: Json
    try {
      parsed = JSON.parse(textOf(script)) as Json
    } catch {
      continue
    }
    for (const item of jsonObjects(parsed)) {
      const type = names(item['@type']).join(' ')
      if (!ARTICLE_TYPES.test(type) && item.datePublished === undefined) continue
      found.title ||= typeof item.headline === 'string' ? item.headline : ''
      found.ldAuthor ||= names(item.author).join(', ')
      found.ldDate ||= typeof item.datePublished === 'string' ? (toIsoDate(item.datePublished) ?? '') : ''
      found.publisher ||= names(item.publisher).join(', ')
      found.description ||= typeof item.description === 'string' ? item.description : ''
    }
  }
  return found
}

/** "Mali withdrawal explained | The Daily Gazette" → "Mali withdrawal explained". */
export function stripSiteSuffix(title: string, siteName: string): string {
  let clean = collapseBlockText(title)
  for (let pass = 0; pass < 2; pass++) {
    const match = TITLE_SUFFIX.exec(clean)
    if (!match) break
    const suffix = (match[1] ?? '').trim()
    const isSite = siteName !== '' && suffix.toLowerCase() === siteName.toLowerCase()
    const shortEnough = suffix.split(/\s+/).length <= MAX_SITE_NAME_WORDS && match.index > suffix.length
    // " - " also appears inside headlines, so it only counts when the suffix is the known site name.
    if (!isSite && (!shortEnough || /^\s+-\s+/.test(match[0]))) break
    clean = clean.slice(0, match.index).trim()
  }
  return clean
}

const looksLikeUrl = (value: string): boolean => /^(?:https?:)?\/\//i.test(value)

/** `elements`: the page's elements in document order. */
export function readPageMeta(elements: DomElement[]): PageMeta {
  // One pass over the page (it may hold 500,000 elements) for what is read below.
  const meta = new Map<string, string>()
  const scripts: DomElement[] = []
  let titleElement: DomElement | undefined
  let canonical: DomElement | undefined
  for (const el of elements) {
    if (el.name === 'script') scripts.push(el)
    else if (el.name === 'title') titleElement ??= el
    else if (el.name === 'link' && canonical === undefined && /\bcanonical\b/i.test(attr(el, 'rel'))) canonical = el
    else if (el.name === 'meta') {
      const key = (attr(el, 'property') || attr(el, 'name') || attr(el, 'itemprop')).toLowerCase()
      const content = attr(el, 'content')
      if (key && content && !meta.has(key)) meta.set(key, content)
    }
  }
  const get = (...keys: string[]): string => keys.map((key) => meta.get(key) ?? '').find((value) => value !== '') ?? ''
  const jsonLd = readJsonLd(scripts)
  const publisher = get('og:site_name', 'application-name') || jsonLd.publisher || ''
  const metaAuthor =
    [get('author'), get('article:author'), get('parsely-author', 'sailthru.author')].find(
      (value) => value !== '' && !looksLikeUrl(value)
    ) ?? ''
  const metaDate = get(
    'article:published_time',
    'og:published_time',
    'datepublished',
    'pubdate',
    'date',
    'dc.date',
    'dcterms.date',
    'parsely-pub-date',
    'sailthru.date'
  )
  return {
    title: stripSiteSuffix(
      get('og:title', 'twitter:title') || jsonLd.title || (titleElement ? textOf(titleElement) : ''),
      publisher
    ),
    description: get('description', 'og:description', 'twitter:description') || jsonLd.description || '',
    author: metaAuthor,
    ldAuthor: jsonLd.ldAuthor ?? '',
    date: (metaDate ? toIsoDate(metaDate) : null) ?? '',
    ldDate: jsonLd.ldDate ?? '',
    publisher,
    section: get('article:section'),
    url: attr(canonical, 'href') || get('og:url')
  }
}
