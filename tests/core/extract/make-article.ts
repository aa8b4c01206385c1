/**
 * Build Articles for extraction tests without the importer, in the importer's layout: blocks joined
 * by "\n\n", offsets into article.text.
 */
import type { Article, Block, BlockKind } from '../../../src/shared/article'

export type BlockSpec = [BlockKind, string]

/** An article from explicit blocks, in order. */
export function articleFromBlocks(specs: readonly BlockSpec[]): Article {
  let text = ''
  const blocks: Block[] = []
  const metadata: Record<string, string> = {}
  for (const [kind, body] of specs) {
    if (text !== '') text += '\n\n'
    blocks.push({ kind, start: text.length, end: text.length + body.length })
    text += body
    if (kind === 'metadata') {
      const colon = body.indexOf(':')
      if (colon > 0) metadata[body.slice(0, colon).trim()] = body.slice(colon + 1).trim()
    }
  }
  const first = (kind: BlockKind): string => {
    const block = blocks.find((b) => b.kind === kind)
    return block ? text.slice(block.start, block.end) : ''
  }
  return { text, title: first('title'), standfirst: first('standfirst'), metadata, blocks }
}

/**
 * Split raw text on blank lines: the first block is the title, the rest paragraphs unless `kinds`
 * names them (by position). Each block is trimmed.
 */
export function makeArticle(raw: string, kinds: Partial<Record<number, BlockKind>> = {}): Article {
  const parts = raw.split(/\n[ \t]*\n/u).map((p) => p.trim()).filter((p) => p !== '')
  return articleFromBlocks(parts.map((body, i): BlockSpec => [kinds[i] ?? (i === 0 ? 'title' : 'paragraph'), body]))
}

/** A one-paragraph article: the common case for sentence and quote tables. */
export function paragraphs(...bodies: string[]): Article {
  return articleFromBlocks(bodies.map((body): BlockSpec => ['paragraph', body]))
}

/**
 * The seed layout (../shared/fixtures/seed/article.txt): title, standfirst, then `key: value` lines
 * as metadata and a "FILE - " line as the caption, the rest paragraphs.
 */
export function seedArticle(raw: string): Article {
  const chunks = raw.replace(/\r\n?/gu, '\n').split(/\n[ \t]*\n/u).map((p) => p.trim()).filter((p) => p !== '')
  const specs: BlockSpec[] = []
  chunks.forEach((chunk, i) => {
    const lines = chunk.split('\n').map((l) => l.trim())
    const special = lines.every((l) => /^[A-Za-z][\w-]*:\s/u.test(l) || l.startsWith('FILE - '))
    if (i === 0) specs.push(['title', chunk])
    else if (i === 1) specs.push(['standfirst', chunk])
    else if (!special) specs.push(['paragraph', chunk])
    else for (const line of lines) specs.push([line.startsWith('FILE - ') ? 'caption' : 'metadata', line])
  })
  return articleFromBlocks(specs)
}

/** The texts of ranges, for readable assertions. */
export function texts(article: Article, ranges: readonly { start: number; end: number }[]): string[] {
  return ranges.map((r) => article.text.slice(r.start, r.end))
}
