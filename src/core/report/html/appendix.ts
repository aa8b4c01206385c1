/**
 * The appendix, printed only when asked for (`--appendix`, the export dialog's checkbox): each
 * item's history as sentences, the evidence table (where every copy is kept and the SHA-256 that
 * proves it has not changed), the drafts with their hashes, and the checked copy of the draft.
 * It is the record a lawyer or an archive wants; the editor's report stops before it.
 */
import { historySentence, vocabularyOf } from '../../case/history-words'
import { escapeHtml } from '../escape'
import { sourceView } from '../source-view'
import type { ReportItem, ReportModel } from '../summary'
import { externalLink, itemLink, time } from './fragments'
import { renderCopy } from './copy'

function historyTable(model: ReportModel): string {
  const words = vocabularyOf(model.case, { shared: true })
  const entries: ReportItem[] = [...model.inDraft, ...model.dismissed, ...model.removed].filter(
    (entry) => entry.item.history.length > 0
  )
  const rows = entries
    .map((entry) => {
      const lines = entry.item.history
        .map(
          (event) =>
            `<tr><td class="when">${time(event.at)}</td><td>${escapeHtml(historySentence(event, words))}</td></tr>`
        )
        .join('')
      return `<tbody><tr class="owner"><th colspan="2">${itemLink(entry)} ${escapeHtml(entry.text.length > 90 ? `${entry.text.slice(0, 89)}…` : entry.text)}</th></tr>${lines}</tbody>`
    })
    .join('\n')
  return rows
    ? `<table class="history"><colgroup><col class="when"><col></colgroup>\n${rows}\n</table>`
    : '<p class="muted">No history recorded.</p>'
}

function evidenceTable(model: ReportModel): string {
  const rows = model.case.sources
    .map((raw) => {
      const source = sourceView(raw)
      const used = model.sourceUse.get(source.id) ?? []
      const where = [
        source.url ? `<div>Link: ${externalLink(source.url)}</div>` : '',
        source.archiveUrl ? `<div>Archive: ${externalLink(source.archiveUrl)}</div>` : '',
        source.filePath ? `<div>File: <code>${escapeHtml(source.filePath)}</code></div>` : '',
        source.sha256 ? `<div>SHA-256: <code class="hash">${escapeHtml(source.sha256)}</code></div>` : '',
        source.snapshot
          ? `<div>Snapshot: <code>${escapeHtml(source.snapshot.path)}</code>, ${time(source.snapshot.at)}<br>SHA-256: <code class="hash">${escapeHtml(source.snapshot.sha256)}</code></div>`
          : ''
      ].join('')
      return `<tr><td>${escapeHtml(source.kindLabel)}</td><td>${escapeHtml(source.title)}<div class="muted">added ${time(raw.createdAt)}${raw.createdBy ? ` by ${escapeHtml(raw.createdBy)}` : ''}</div></td><td>${where || '<span class="muted">No copy kept</span>'}</td><td>${used.map((label) => `[${escapeHtml(label)}]`).join(' ') || '<span class="muted">unused</span>'}</td></tr>`
    })
    .join('\n')
  if (!rows) return ''
  return `<h3>Evidence</h3>
<table class="evidence"><thead><tr><th>Kind</th><th>Source</th><th>Copy kept</th><th>Used by</th></tr></thead><tbody>
${rows}
</tbody></table>`
}

export function renderAppendix(model: ReportModel): string {
  if (!model.appendix) return ''
  const drafts = model.case.drafts
    .map(
      (draft, index) =>
        `<tr><td>${index + 1}${draft.id === model.draft.id ? ' (current)' : ''}</td><td>${escapeHtml(draft.fileName)}</td><td class="when">${time(draft.importedAt)}</td><td><code class="hash">${escapeHtml(draft.hash)}</code></td></tr>`
    )
    .join('\n')
  return `<section class="major" id="appendix">
<h2>Appendix</h2>
<h3>History of each item</h3>
${historyTable(model)}
${evidenceTable(model)}
<h3>Drafts</h3>
<table class="drafts"><thead><tr><th>#</th><th>File</th><th>Imported</th><th>SHA-256 of the text</th></tr></thead><tbody>
${drafts}
</tbody></table>
${renderCopy(model)}
</section>`
}
