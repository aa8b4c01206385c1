/**
 * Section 1: what was checked and when: title, author, checkers, article date, the exact draft
 * (SHA-256 of its text, so a lawyer can tell which version this report covers) and report time.
 */
import { shortHash } from '../../case/ids'
import { escapeHtml } from '../escape'
import type { ReportModel } from '../summary'
import { metaList, time } from './fragments'

export function renderHeader(model: ReportModel): string {
  const { draft } = model
  const hash = draft.hash
  const identity = hash
    ? `<code class="hash">${escapeHtml(shortHash(hash))}</code> <span class="muted">(SHA-256 of the draft text; full: <code class="hash">${escapeHtml(hash)}</code>)</span>`
    : '<span class="warn">No hash recorded for this draft.</span>'
  const checkers = model.checkers.length > 0 ? escapeHtml(model.checkers.join(', ')) : '<span class="muted">Nobody has recorded a check yet.</span>'
  const standfirst = draft.article.standfirst ? `<p class="muted">${escapeHtml(draft.article.standfirst)}</p>` : ''
  return `<header class="major first" id="header">
<p class="kicker">Verification report</p>
<h1>${escapeHtml(model.title)}</h1>
${standfirst}
${metaList([
  ['Author', model.author ? escapeHtml(model.author) : '<span class="muted">Not stated in the article</span>'],
  ['Checked by', checkers],
  ['Article date', model.articleDate ? time(model.articleDate) : '<span class="muted">Not known</span>'],
  ['Draft', `${escapeHtml(draft.fileName || 'unnamed file')} — draft ${model.draftNumber} of ${model.case.drafts.length}, imported ${time(draft.importedAt)}`],
  ['Draft identity', identity],
  ['Report made', time(model.generatedAt)],
  ['Case', `<code>${escapeHtml(model.case.id)}</code>`]
])}
</header>`
}
