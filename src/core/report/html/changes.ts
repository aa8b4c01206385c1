/**
 * Section 6: what changed since the previous draft, once the case has more than one draft.
 * The revision step records, on the current draft, history {action: 'revised', detail:
 * 'changed' | 'removed'} and keeps the old wording in item.previousText; this shows exactly that.
 */
import { escapeHtml } from '../escape'
import type { ReportModel } from '../summary'
import { wordDiff } from '../word-diff'
import { diffHtml, statusBadge } from './fragments'

export function renderChanges(model: ReportModel): string {
  const drafts = model.case.drafts
  if (drafts.length <= 1) {
    return `<section class="major" id="changes">
<h2>Changes since the previous draft</h2>
<p class="muted">Only one draft has been imported, so there is nothing to compare yet.</p>
</section>`
  }
  const previous = drafts[model.draftNumber - 2] ?? drafts[drafts.length - 2]
  const rows = model.changes
    .map(({ owner, detail, before, after }) => {
      const what = detail === 'removed' ? 'Removed from the draft' : 'Wording changed'
      return `<div class="change"><h3><a href="#${owner.anchorId}">[${escapeHtml(owner.label)}]</a> ${escapeHtml(what)} ${statusBadge(owner.status)}</h3>
<p class="diff">${diffHtml(wordDiff(before, after))}</p></div>`
    })
    .join('\n')
  return `<section class="major" id="changes">
<h2>Changes since the previous draft</h2>
<p>Comparing draft ${model.draftNumber} (${escapeHtml(model.draft.fileName)}) with draft ${model.draftNumber - 1} (${escapeHtml(previous?.fileName ?? '')}): ${model.changes.length} checked item${model.changes.length === 1 ? '' : 's'} changed or removed.</p>
${rows || '<p class="muted">No checked wording changed.</p>'}
</section>`
}
