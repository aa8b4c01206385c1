/**
 * The checked items, in article order: words, status, who said it, the verdict, the suggested
 * correction, each source with the exact passage relied on, queries, notes and checklist. Nothing
 * empty is printed. Then the closing list: every item nobody checked, dismissed or removed, one
 * line each. History lives in the appendix.
 */
import type { CaseChecklists } from '../../../shared/case'
import { caseChecklists, DEFAULT_CHECKLISTS } from '../../case/case-settings'
import { answeredSteps } from '../../case/checklist'
import { escapeHtml, spokenAt } from '../escape'
import type { SourceView } from '../source-view'
import { kindAndWho } from '../report-items'
import { type ReportItem, type ReportModel } from '../summary'
import { wordDiff } from '../word-diff'
import { diffHtml, externalLink, metaList, statusBadge, time } from './fragments'
import { leadInHtml, lineWords } from './summary'

function renderSource(source: SourceView): string {
  const reached =
    source.reachedAt || source.channel
      ? `Reached${source.channel ? ` by ${escapeHtml(source.channel)}` : ''}${source.reachedAt ? ` ${time(source.reachedAt)}` : ''}`
      : ''
  const facts = [
    source.kindLabel !== 'Person' || !source.onFile ? escapeHtml(source.kindLabel) : '',
    source.publisher ? escapeHtml(source.publisher) : '',
    source.publishedAt ? `published ${escapeHtml(source.publishedAt)}` : '',
    reached
  ].filter(Boolean)
  return `<li><strong>${escapeHtml(source.title)}</strong>${facts.length > 0 ? ` <span class="muted">· ${facts.join(' · ')}</span>` : ''}
${source.passage ? `<div class="passage">${escapeHtml(source.passage)}</div>` : ''}
${metaList([
  ['Confirmed', source.confirmed ? escapeHtml(source.confirmed) : null],
  ['Link', source.url ? externalLink(source.url) : null],
  ['Accessed', source.accessedAt ? time(source.accessedAt) : null],
  ['Archive', source.archiveUrl ? externalLink(source.archiveUrl) : null],
  ['File', source.filePath ? `<code>${escapeHtml(source.filePath)}</code>` : null],
  ['Notes', source.notes ? escapeHtml(source.notes) : null]
])}</li>`
}

export function whoLine(entry: ReportItem): string | null {
  const who = entry.who
  if (!who) return entry.item.kind === 'quote' ? '<span class="warn">Speaker not identified</span>' : null
  return `${escapeHtml(who.name)}${who.description ? `, ${escapeHtml(who.description)}` : ''}${who.anonymous ? ' <span class="muted">(anonymous)</span>' : ''}`
}

/** "Claimed by Ruth Belcastro · at 0:20 in the recording": who, and from captions when, to find it in the video. */
function whoAndWhen(entry: ReportItem, who: string | null): string {
  const said = who ? `${entry.who?.role === 'claimant' ? 'Claimed by' : 'Said by'} ${who}` : ''
  const when = entry.time ? escapeHtml(spokenAt(entry.time.start, !said)) : ''
  return said || when ? `<p class="who">${[said, when].filter(Boolean).join(' · ')}</p>` : ''
}

function kindLine(entry: ReportItem): string {
  const { item } = entry
  return [
    item.kind === 'quote' ? 'Quote' : 'Claim',
    item.claimType ? escapeHtml(item.claimType) : '',
    item.origin === 'manual' ? 'added by hand' : ''
  ]
    .filter(Boolean)
    .join(' · ')
}

function queriesOf(entry: ReportItem): string {
  if (entry.item.queries.length === 0) return ''
  const rows = entry.item.queries.map((query) => {
    const answer = query.resolvedAt
      ? ` <span class="muted">— resolved${query.resolvedBy ? ` by ${escapeHtml(query.resolvedBy)}` : ''}, ${time(query.resolvedAt)}</span>${query.answer ? `<br>Answer: ${escapeHtml(query.answer)}` : ''}`
      : ' <span class="warn">Open</span>'
    return `<li>${escapeHtml(query.text)} <span class="muted">— ${escapeHtml(query.by)}, ${time(query.at)}</span>${answer}</li>`
  })
  return `<h4>Queries</h4><ul>${rows.join('')}</ul>`
}

export function renderItem(
  entry: ReportItem,
  labelOf: (id: string) => string | null,
  lists: CaseChecklists = DEFAULT_CHECKLISTS
): string {
  const { item } = entry
  const twin = item.twinOf ? labelOf(item.twinOf) : null
  const checklist = answeredSteps(item, lists)
  const who = whoLine(entry)
  const signed = [
    entry.checker ? `Status given by ${escapeHtml(entry.checker)}` : '',
    entry.lastChanged ? `last change ${time(entry.lastChanged)}` : '',
    twin ? `same fact as <a href="#item-${escapeHtml(twin)}">[${escapeHtml(twin)}]</a>` : ''
  ].filter(Boolean)
  const unsourced =
    entry.sources.length === 0 && entry.status.id === 'verified'
      ? '<p class="warn small">Verified, but no source linked.</p>'
      : ''
  return `<article class="item" id="${escapeHtml(entry.anchorId)}" style="--c:${escapeHtml(entry.status.color)}">
<h3>[${escapeHtml(entry.label)}] ${statusBadge(entry.status)} <span class="muted">${kindLine(entry)}</span></h3>
<blockquote class="said">${leadInHtml(entry.leadIn)}${escapeHtml(entry.text)}</blockquote>
${whoAndWhen(entry, who)}
${item.verdictNote.trim() ? `<p class="verdict-note">${escapeHtml(item.verdictNote)}</p>` : ''}
${item.correction ? `<h4>Suggested correction</h4><p class="diff">${diffHtml(wordDiff(item.anchor.exact, item.correction.replacement))}</p>` : ''}
${entry.sources.length > 0 ? `<h4>Sources</h4><ol class="sources">${entry.sources.map(renderSource).join('')}</ol>` : unsourced}
${queriesOf(entry)}
${item.notes.length > 0 ? `<h4>Notes</h4><ul>${item.notes.map((note) => `<li>${escapeHtml(note.text)} <span class="muted">— ${escapeHtml(note.by)}, ${time(note.at)}</span></li>`).join('')}</ul>` : ''}
${checklist.length > 0 ? `<h4>Checklist</h4><ul class="checklist">${checklist.map((step) => `<li${step.entry.done ? ' class="done"' : ''}>${escapeHtml(step.label)}${step.entry.detail ? `: ${escapeHtml(step.entry.detail)}` : ''}</li>`).join('')}</ul>` : ''}
${signed.length > 0 ? `<p class="signed">${signed.join(' · ')}</p>` : ''}
</article>`
}

function closingItemLine(entry: ReportItem, tail: string): string {
  // Who said or claimed it, in an article as in a transcript: "[9] Quote: If another filter goes …" left the editor
  // to guess whose words nobody checked.
  const kind = escapeHtml(kindAndWho(entry))
  // From captions, when the recording speaks it, as the checked items say: the editor finds what nobody checked too.
  const when = entry.time ? ` <span class="muted">· ${escapeHtml(spokenAt(entry.time.start))}</span>` : ''
  return `<li id="${escapeHtml(entry.anchorId)}"><span class="ref">[${escapeHtml(entry.label)}]</span> <span class="muted">${kind}:</span> ${lineWords(entry)}${when}${tail}</li>`
}

/** An item's headings one level down, under its speaker's heading (h3 → h4, h4 → h5). */
function oneLevelDown(html: string): string {
  return html.replace(/<(\/?)h([34])\b/g, (_whole, slash: string, level: string) => `<${slash}h${Number(level) + 1}`)
}

export function renderCheckedItems(model: ReportModel): string {
  const all = [...model.inDraft, ...model.dismissed, ...model.removed]
  const labels = new Map(all.map((entry) => [entry.item.id, entry.label]))
  const labelOf = (id: string): string | null => labels.get(id) ?? null
  const items = (entries: ReportItem[]): string =>
    entries.map((entry) => renderItem(entry, labelOf, caseChecklists(model.case))).join('\n')
  const grouped = model.bySpeaker?.map(
    (group) =>
      `<section class="speaker-group"><h3 class="speaker">${escapeHtml(group.name)} <span class="muted">(${group.entries.length})</span></h3>\n${oneLevelDown(items(group.entries))}</section>`
  )
  const body =
    model.checked.length === 0
      ? '<p class="muted">Nobody has checked an item in this draft yet.</p>'
      : (grouped?.join('\n') ?? items(model.checked))
  return `<section class="major" id="items">
<h2>Checked items (${model.checked.length})</h2>
${body}
</section>`
}

/** Everything not checked, one line each: what an editor must know was not looked at. */
export function renderClosingList(model: ReportModel): string {
  const groups: string[] = []
  if (model.unchecked.length > 0) {
    groups.push(
      `<h3>Not checked yet (${model.unchecked.length})</h3><ul class="lines">${model.unchecked.map((entry) => closingItemLine(entry, '')).join('')}</ul>`
    )
  }
  if (model.dismissed.length > 0) {
    groups.push(
      `<h3>Dismissed: not to check (${model.dismissed.length})</h3><ul class="lines">${model.dismissed.map((entry) => closingItemLine(entry, entry.item.dismissed ? ` <span class="muted">· ${escapeHtml(entry.item.dismissed.by)}</span>` : '')).join('')}</ul>`
    )
  }
  if (model.removed.length > 0) {
    groups.push(
      `<h3>No longer in the draft (${model.removed.length})</h3><ul class="lines">${model.removed.map((entry) => closingItemLine(entry, ` <span class="muted">· was ${escapeHtml(entry.status.label)}</span>`)).join('')}</ul>`
    )
  }
  if (groups.length === 0) return ''
  return `<section id="not-checked">
<h2>Not checked</h2>
${groups.join('\n')}
</section>`
}
