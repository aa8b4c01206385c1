/**
 * The top of page 1: whose report it is (the newsroom's header from the case's settings), what was
 * checked, by whom and which exact draft (the SHA-256 of its text, so a lawyer can tell which version
 * this report covers), in as few lines as will say it. Header lines left empty print nothing.
 */
import { mastheadLine } from '../../case/case-settings'
import { shortHash } from '../../case/ids'
import { escapeHtml } from '../escape'
import type { ReportModel } from '../summary'
import { metaList, plural, time } from './fragments'

export function renderHeader(model: ReportModel): string {
  const { draft } = model
  const checkers = model.checkerRows.map(
    (row) =>
      `${escapeHtml(row.name)}${row.statuses > 0 ? ` <span class="muted">(${plural(row.statuses, 'status', 'statuses')})</span>` : ''}`
  )
  const hash = draft.hash
    ? `<code class="hash" title="${escapeHtml(draft.hash)}">${escapeHtml(shortHash(draft.hash))}</code> <span class="muted">(SHA-256 of its text)</span>`
    : '<span class="warn">no hash recorded</span>'
  const standfirst = draft.article.standfirst ? `<p class="standfirst">${escapeHtml(draft.article.standfirst)}</p>` : ''
  const { header } = model
  return `<header class="report-head" id="header">
${newsroomLine(header.newsroom, header.logoText)}<p class="kicker">${escapeHtml(mastheadLine(header))}</p>
<h1>${escapeHtml(model.title)}</h1>
${standfirst}
${metaList([
  ['Prepared for', header.preparedFor ? escapeHtml(header.preparedFor) : null],
  ['Author', model.author ? escapeHtml(model.author) : null],
  ['Article date', model.articleDate ? time(model.articleDate) : null],
  [
    'Checked by',
    checkers.length > 0 ? checkers.join(', ') : '<span class="muted">Nobody has recorded a check yet</span>'
  ],
  [
    'Draft',
    `${escapeHtml(draft.fileName || 'unnamed file')}, draft ${model.draftNumber} of ${model.case.drafts.length}, imported ${time(draft.importedAt)} · ${hash}`
  ],
  ['Report made', time(model.generatedAt)],
  ['Contact', header.contact ? escapeHtml(header.contact) : null]
])}
</header>`
}

/** The newsroom's name with its wordmark (reports carry no images: the logo is text in a box). */
function newsroomLine(newsroom: string, logoText: string): string {
  if (!newsroom && !logoText) return ''
  const logo = logoText ? `<span class="logo">${escapeHtml(logoText)}</span>` : ''
  return `<p class="newsroom">${logo}${logo && newsroom ? ' ' : ''}${escapeHtml(newsroom)}</p>\n`
}
