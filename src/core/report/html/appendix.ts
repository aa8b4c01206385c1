/**
 * Section 7: the evidence appendix: every source in the case with its kind, where its copy is
 * kept and the SHA-256 that proves the copy has not changed; then every draft with its hash.
 */
import { escapeHtml } from '../escape'
import type { ReportModel } from '../summary'
import { externalLink, time } from './fragments'
import { sourceKindLabel } from './items'

export function renderAppendix(model: ReportModel): string {
  const sources = model.case.sources
    .map((source) => {
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
      return `<tr><td><code>${escapeHtml(source.id)}</code></td><td>${escapeHtml(sourceKindLabel(source.kind))}</td><td>${escapeHtml(source.title)}<div class="muted">added ${time(source.createdAt)}${source.createdBy ? ` by ${escapeHtml(source.createdBy)}` : ''}</div></td><td>${where || '<span class="muted">No copy kept</span>'}</td><td>${used.map((label) => `[${escapeHtml(label)}]`).join(' ') || '<span class="muted">unused</span>'}</td></tr>`
    })
    .join('\n')
  const drafts = model.case.drafts
    .map((draft, index) => `<tr><td>${index + 1}${draft.id === model.draft.id ? ' (current)' : ''}</td><td>${escapeHtml(draft.fileName)}</td><td>${time(draft.importedAt)}</td><td><code class="hash">${escapeHtml(draft.hash)}</code></td></tr>`)
    .join('\n')
  return `<section class="major" id="appendix">
<h2>Evidence appendix</h2>
${sources ? `<table class="evidence"><thead><tr><th>Id</th><th>Kind</th><th>Source</th><th>Copy kept</th><th>Used by</th></tr></thead><tbody>
${sources}
</tbody></table>` : '<p class="muted">No sources in this case.</p>'}
<h3>Drafts</h3>
<table class="drafts"><thead><tr><th>#</th><th>File</th><th>Imported</th><th>SHA-256 of the text</th></tr></thead><tbody>
${drafts}
</tbody></table>
</section>`
}
