/**
 * Section 5: queries to the writer (open ones first: they are what holds the piece) and the
 * corrections memo: each item's current wording against the suggested one, as a word diff.
 */
import { escapeHtml } from '../escape'
import type { ReportModel } from '../summary'
import { wordDiff } from '../word-diff'
import { diffHtml, statusBadge, time } from './fragments'

function itemLink(label: string, anchorId: string): string {
  return `<a href="#${anchorId}">[${escapeHtml(label)}]</a>`
}

export function renderQueries(model: ReportModel): string {
  const rows = model.queries
    .map(({ query, owner }) => {
      const inDraft = owner.item.state === 'suggested' || owner.item.state === 'accepted'
      const state = query.resolvedAt
        ? `Resolved ${time(query.resolvedAt)}${query.resolvedBy ? ` by ${escapeHtml(query.resolvedBy)}` : ''}`
        : `<span class="warn">Open</span>${inDraft ? '' : ' <span class="muted">(item not in the draft: does not block)</span>'}`
      const answer = query.answer ? `<p><strong>Answer:</strong> ${escapeHtml(query.answer)}</p>` : ''
      return `<tr><td>${itemLink(owner.label, owner.anchorId)}</td><td><p>${escapeHtml(query.text)}</p>${answer}</td><td>${escapeHtml(query.by)}, ${time(query.at)}</td><td>${state}</td></tr>`
    })
    .join('\n')
  const queries = model.queries.length
    ? `<table class="queries"><thead><tr><th>Item</th><th>Query</th><th>Asked</th><th>State</th></tr></thead><tbody>
${rows}
</tbody></table>`
    : '<p class="muted">No queries to the writer.</p>'

  const corrections = model.corrections
    .map((entry) => {
      const correction = entry.item.correction
      if (!correction) return ''
      return `<div class="correction"><h3>${itemLink(entry.label, entry.anchorId)} ${statusBadge(entry.status)}</h3>
<p class="diff">${diffHtml(wordDiff(entry.text, correction.replacement))}</p>
<p class="muted">Suggested by ${escapeHtml(correction.by)}, ${time(correction.at)}. Struck words are in the draft; underlined words are the suggested wording.</p></div>`
    })
    .join('\n')
  return `<section class="major" id="queries">
<h2>Queries to the writer</h2>
<p>${model.openQueries} open.</p>
${queries}
<h2 id="corrections">Corrections memo</h2>
${corrections || '<p class="muted">No corrections suggested.</p>'}
</section>`
}
