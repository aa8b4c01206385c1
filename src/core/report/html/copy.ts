/**
 * The checked copy (in the appendix): the draft's own text, block by block, with every claim and quote
 * highlighted in its status colour and a numbered marker [n] linking to its entry. Items may
 * overlap (a quote inside a claim sentence), so the text is cut at every item boundary and each
 * piece takes the colour of the innermost item covering it.
 */
import { BLOCK_KINDS, type Block, type BlockKind } from '../../../shared/article'
import { escapeHtml } from '../escape'
import type { ReportItem, ReportModel } from '../summary'

/** Kinds with a style of their own in the report; a transcript's turn reads as a paragraph there. */
const STYLED_KINDS: ReadonlySet<BlockKind> = new Set(BLOCK_KINDS.filter((kind) => kind !== 'turn'))

/** Blocks as stored, or paragraphs split at blank lines when a case has none. */
function blocksOf(text: string, blocks: Block[]): Block[] {
  const valid = blocks.filter((block) => block.start >= 0 && block.end <= text.length && block.start < block.end)
  if (valid.length > 0) return [...valid].sort((a, b) => a.start - b.start)
  const found: Block[] = []
  const pattern = /[^\n]+(?:\n(?!\n)[^\n]*)*/g
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    found.push({ kind: 'paragraph', start: match.index, end: match.index + match[0].length })
  }
  return found
}

interface Mark {
  start: number
  end: number
  entry: ReportItem
}

function marker(entry: ReportItem): string {
  return `<a class="marker" href="#${entry.anchorId}" style="--c:${escapeHtml(entry.status.color)}">[${escapeHtml(entry.label)}]</a>`
}

function renderBlock(text: string, block: Block, marks: Mark[]): string {
  const inside = marks.filter((mark) => mark.start < block.end && mark.end > block.start)
  const cuts = new Set<number>([block.start, block.end])
  for (const mark of inside) {
    cuts.add(Math.max(mark.start, block.start))
    cuts.add(Math.min(mark.end, block.end))
  }
  const points = [...cuts].sort((a, b) => a - b)
  let html = ''
  for (let index = 0; index < points.length - 1; index++) {
    const from = points[index]
    const to = points[index + 1]
    for (const mark of inside) if (Math.max(mark.start, block.start) === from) html += marker(mark.entry)
    const covering = inside.filter((mark) => mark.start <= from && mark.end >= to)
    const piece = escapeHtml(text.slice(from, to))
    if (covering.length === 0) {
      html += piece
      continue
    }
    const innermost = covering.reduce((best, mark) => (mark.end - mark.start < best.end - best.start ? mark : best))
    const kindClass = innermost.entry.item.kind === 'quote' ? ' quote' : ''
    html += `<span class="hl${kindClass}" style="--c:${escapeHtml(innermost.entry.status.color)}">${piece}</span>`
  }
  const kind = STYLED_KINDS.has(block.kind) ? block.kind : 'paragraph'
  return `<p class="blk-${kind}">${html}</p>`
}

export function renderCopy(model: ReportModel): string {
  const text = model.draft.article.text
  const marks: Mark[] = model.inDraft
    .map((entry) => ({ start: entry.item.anchor.start, end: entry.item.anchor.end, entry }))
    .filter((mark) => mark.start >= 0 && mark.end <= text.length && mark.start < mark.end)
  const body = blocksOf(text, model.draft.article.blocks)
    .map((block) => renderBlock(text, block, marks))
    .join('\n')
  return `<div id="copy">
<h3>The checked copy</h3>
<p class="muted">The current draft as imported. Each claim and quote is underlined in its status colour (quotes dashed); the number links to its entry above.</p>
<div class="copy">
${body || '<p class="muted">The draft has no text.</p>'}
</div>
</div>`
}
