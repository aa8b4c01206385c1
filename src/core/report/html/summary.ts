/**
 * Page 1, the editor's summary: the publish verdict and what stands in its way, in the order an
 * editor acts on it — words to correct (Incorrect, Misleading, with the suggested wording), open
 * queries to the writer, items to check again, verified items with nothing behind them — then the
 * status counts. A list with nothing in it is left out.
 */
import { shortLeadIn } from '../../case/lead-in'
import { escapeHtml } from '../escape'
import { kindAndWho } from '../report-items'
import { recheckHeading, VERDICT_RULE, type ReportItem, type ReportModel } from '../summary'
import { wordDiff } from '../word-diff'
import { diffHtml, itemLink, plural, statusBadge, time } from './fragments'

/** Words of an item quoted in a one-line list before they are cut with "…". */
export const LINE_WORDS = 160

/** How a lead-in is set apart, in full before a quoted block or shortened before a one-line list's words. */
export function leadInHtml(words: string): string {
  return words ? `<span class="lead-in" title="The words before it in its sentence">${escapeHtml(words)}</span> ` : ''
}

/**
 * An item's words in a one-line list: a cut claim's last lead-in words greyed ("…approve the increase, which staff
 * said …": the editor sees what "which" follows without opening the item), then its own words, clipped.
 */
export function lineWords(entry: Pick<ReportItem, 'leadIn' | 'text'>): string {
  return `${leadInHtml(shortLeadIn(entry.leadIn))}${escapeHtml(clip(entry.text, LINE_WORDS))}`
}

function correctionBlock(entry: ReportItem): string {
  const { item } = entry
  const words = item.correction
    ? `<p class="diff">${diffHtml(wordDiff(item.anchor.exact, item.correction.replacement))}</p>`
    : `<blockquote class="said">${leadInHtml(entry.leadIn)}${escapeHtml(entry.text)}</blockquote>`
  const why = item.verdictNote.trim() ? ` ${escapeHtml(item.verdictNote)}` : ''
  const signed = item.correction
    ? ` <span class="muted">— correction by ${escapeHtml(item.correction.by)}, ${time(item.correction.at)}</span>`
    : ' <span class="warn">No correction written yet.</span>'
  // Whose words: "[5] Incorrect" alone sent the editor to the item to learn who is to be corrected.
  return `<div class="correction"><p class="head">${itemLink(entry)} <span class="muted">${escapeHtml(kindAndWho(entry))}:</span> ${statusBadge(entry.status)}${why}${signed}</p>
${words}</div>`
}

/** "[9] Quote by Helen Okafor: We are not …": an item's one line says whose words it holds, as the closing lists do. */
function lineOf(entry: ReportItem): string {
  return `<li>${itemLink(entry)} <span class="muted">${escapeHtml(kindAndWho(entry))}:</span> ${lineWords(entry)}</li>`
}

export function clip(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`
}

export function renderSummary(model: ReportModel): string {
  const { verdict } = model
  const resolved = model.inDraft.filter((entry) => entry.status.resolved).length
  const reasons = [
    ...verdict.blockers.map((text) => `<li>${escapeHtml(text)}</li>`),
    ...verdict.warnings.map((text) => `<li class="muted">Note: ${escapeHtml(text)}</li>`)
  ]
  const parts: string[] = []
  if (model.toCorrect.length > 0) {
    const legend = model.toCorrect.some((entry) => entry.item.correction)
      ? '<p class="muted small">Struck words are in the draft; underlined words are the suggested wording.</p>'
      : ''
    parts.push(
      `<h2 id="corrections">Corrections (${model.toCorrect.length})</h2>\n${legend}\n${model.toCorrect.map(correctionBlock).join('\n')}`
    )
  }
  if (model.openQueryRows.length > 0) {
    const rows = model.openQueryRows
      .map(
        ({ query, owner }) =>
          `<li>${itemLink(owner)} ${escapeHtml(query.text)} <span class="muted">— asked by ${escapeHtml(query.by)}, ${time(query.at)}</span></li>`
      )
      .join('')
    parts.push(
      `<h2 id="open-queries">Open queries to the writer (${model.openQueryRows.length})</h2>\n<ul class="lines">${rows}</ul>`
    )
  }
  if (model.recheck.length > 0) {
    parts.push(
      `<h2 id="recheck">${escapeHtml(recheckHeading(model))}</h2>\n<ul class="lines">${model.recheck.map(lineOf).join('')}</ul>`
    )
  }
  if (model.unsourced.length > 0) {
    parts.push(
      `<h2 id="unsourced">Verified without a source (${model.unsourced.length})</h2>\n<ul class="lines">${model.unsourced.map(lineOf).join('')}</ul>`
    )
  }
  const counts = model.counts
    .filter((row) => row.count > 0)
    .map(
      (row) =>
        `<span class="count"><span class="swatch" style="--c:${escapeHtml(row.status.color)}"></span>${escapeHtml(row.status.label)} ${row.count}</span>`
    )
    .join(' ')
  return `<section class="first" id="summary">
<div class="verdict ${verdict.ready ? 'ready' : 'not-ready'}">
<strong class="headline">${verdict.ready ? 'Ready to publish' : 'Not ready to publish'}</strong>
<p>${resolved} of ${plural(model.inDraft.length, 'item', 'items')} in the draft resolved · ${plural(model.openQueries, 'open query', 'open queries')} · ${model.checked.length} checked · ${model.unchecked.length} not looked at · ${model.dismissed.length} dismissed${model.removed.length > 0 ? ` · ${model.removed.length} removed from the draft` : ''}</p>
${reasons.length > 0 ? `<ul>${reasons.join('')}</ul>` : ''}
<p class="rule">${escapeHtml(VERDICT_RULE)}</p>
</div>
${parts.join('\n')}
${counts ? `<p class="counts">${counts}</p>` : ''}
</section>`
}
