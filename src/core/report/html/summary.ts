/**
 * Section 2: the five-minute answer. Counts per status, the ready-to-publish verdict with the
 * reasons behind it, and the rule the verdict follows, stated in full.
 */
import { escapeHtml } from '../escape'
import { VERDICT_RULE, type ReportModel } from '../summary'
import { plural, swatch } from './fragments'

export function renderSummary(model: ReportModel): string {
  const { verdict } = model
  const rows = model.counts
    .map(
      (row) =>
        `<tr${row.count === 0 ? ' class="muted"' : ''}><td>${swatch(row.status)}${escapeHtml(row.status.label)}</td><td class="num">${row.count}</td><td>${row.status.resolved ? 'resolved' : '<span class="warn">open</span>'}</td></tr>`
    )
    .join('\n')
  const reasons = [...verdict.blockers.map((text) => `<li>${escapeHtml(text)}</li>`), ...verdict.warnings.map((text) => `<li class="muted">Note: ${escapeHtml(text)}</li>`)]
  const resolved = model.inDraft.filter((entry) => entry.status.resolved).length
  return `<section class="major first" id="summary">
<h2>Summary</h2>
<div class="verdict ${verdict.ready ? 'ready' : 'not-ready'}">
<strong class="headline">${verdict.ready ? 'Ready to publish' : 'Not ready to publish'}</strong>
<p>${resolved} of ${plural(model.inDraft.length, 'item', 'items')} in the draft resolved · ${plural(model.openQueries, 'open query', 'open queries')} to the writer · ${model.dismissed.length} dismissed · ${model.removed.length} removed from the draft</p>
${reasons.length > 0 ? `<ul>${reasons.join('')}</ul>` : ''}
<p class="rule">${escapeHtml(VERDICT_RULE)}</p>
</div>
<table class="counts"><thead><tr><th>Status</th><th class="num">Items</th><th>Counts as</th></tr></thead>
<tbody>
${rows}
</tbody></table>
</section>`
}
