/**
 * What changed since the previous draft, once the case has more than one draft.
 * The revision step records, on the current draft, history {action: 'revised', detail:
 * 'changed' | 'removed'} and keeps the old wording in item.previousText; this shows exactly that.
 */
import { escapeHtml } from '../escape'
import { changesCount, type ReportModel } from '../summary'
import { wordDiff } from '../word-diff'
import { diffHtml, itemLink, statusBadge } from './fragments'

export function renderChanges(model: ReportModel): string {
  const drafts = model.case.drafts
  // With one draft there is nothing to compare: the section is left out, not printed empty.
  if (drafts.length <= 1) return ''
  const previous = drafts[model.draftNumber - 2] ?? drafts[drafts.length - 2]
  const rows = model.changes
    .map(({ owner, what, before, after }) => {
      return `<div class="change"><h3>${itemLink(owner)} ${escapeHtml(what)} ${statusBadge(owner.status)}</h3>
<p class="diff">${diffHtml(wordDiff(before, after))}</p></div>`
    })
    .join('\n')
  return `<section id="changes">
<h2>Changes since the previous draft</h2>
<p>Comparing draft ${model.draftNumber} (${escapeHtml(model.draft.fileName)}) with draft ${model.draftNumber - 1} (${escapeHtml(previous?.fileName ?? '')}): ${changesCount(model.changes)}.</p>
${model.textChanges ? `<p>In the text: ${escapeHtml(lowerNo(model.textChanges))}</p>` : ''}
${rows || '<p class="muted">No checked wording changed.</p>'}
</section>`
}

/** "No words changed." reads as the end of "In the text:", not a new sentence. */
export const lowerNo = (sentence: string): string => sentence.replace(/^No /, 'no ')
