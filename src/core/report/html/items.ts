/**
 * Section 4: every item, with everything a lawyer would ask for: the words, the status, the
 * verdict note, each source and the exact passage relied on, who checked it and its history.
 * Dismissed and removed items are listed apart, briefly. Person sources show when and how they
 * were reached and what they confirmed; their contact details stay in the case file (source
 * protection: a report travels further than the case).
 */
import type { HistoryEntry, Source } from '../../../shared/case'
import { escapeHtml } from '../escape'
import type { ReportItem, ReportModel } from '../summary'
import { externalLink, metaList, statusBadge, time } from './fragments'

const SOURCE_KIND_LABEL: Record<string, string> = {
  web: 'Web page',
  document: 'Document',
  person: 'Person',
  dataset: 'Dataset',
  other: 'Other'
}

export function sourceKindLabel(kind: string): string {
  return SOURCE_KIND_LABEL[kind] ?? kind
}

function renderSource(source: Source): string {
  const person = source.person
  const personRows: Array<[string, string | null]> = person
    ? [
        ['Person', escapeHtml([person.name, person.role].filter(Boolean).join(', '))],
        ['Reached', `${time(person.reachedAt)}${person.channel ? ` by ${escapeHtml(person.channel)}` : ''}`],
        ['Confirmed', escapeHtml(person.confirmed) || '<span class="warn">Nothing recorded</span>']
      ]
    : []
  const snapshot = source.snapshot
  return `<li><strong>${escapeHtml(source.title || '(untitled source)')}</strong> <span class="muted">· ${escapeHtml(sourceKindLabel(source.kind))}${source.publisher ? ` · ${escapeHtml(source.publisher)}` : ''}${source.publishedAt ? ` · published ${escapeHtml(source.publishedAt)}` : ''}</span>
${source.passage ? `<div class="passage">${escapeHtml(source.passage)}</div>` : '<p class="warn">No passage recorded.</p>'}
${metaList([
  ...personRows,
  ['Link', source.url ? externalLink(source.url) : null],
  ['Accessed', source.accessedAt ? time(source.accessedAt) : null],
  ['Archive', source.archiveUrl ? externalLink(source.archiveUrl) : null],
  ['File', source.filePath ? `<code>${escapeHtml(source.filePath)}</code>` : null],
  ['File SHA-256', source.sha256 ? `<code class="hash">${escapeHtml(source.sha256)}</code>` : null],
  ['Snapshot', snapshot ? `<code>${escapeHtml(snapshot.path)}</code>, ${time(snapshot.at)}, SHA-256 <code class="hash">${escapeHtml(snapshot.sha256)}</code>` : null],
  ['Notes', source.notes ? escapeHtml(source.notes) : null]
])}</li>`
}

function renderHistory(history: HistoryEntry[]): string {
  if (history.length === 0) return ''
  const rows = history
    .map((entry) => {
      const change = entry.from !== undefined || entry.to !== undefined ? `${escapeHtml(entry.from ?? '')} → ${escapeHtml(entry.to ?? '')}` : ''
      return `<tr><td>${time(entry.at)}</td><td>${escapeHtml(entry.by)}</td><td>${escapeHtml(entry.action)}${entry.detail ? ` (${escapeHtml(entry.detail)})` : ''}</td><td>${change}</td><td>${escapeHtml(entry.draftId ?? '')}</td></tr>`
    })
    .join('')
  return `<h4>History</h4><table class="history"><thead><tr><th>When</th><th>Who</th><th>What</th><th>Change</th><th>Draft</th></tr></thead><tbody>${rows}</tbody></table>`
}

function kindLine(entry: ReportItem): string {
  const { item } = entry
  const kind = item.kind === 'quote' ? 'Quote' : 'Claim'
  return [kind, item.claimType ? escapeHtml(item.claimType) : '', item.state === 'suggested' ? 'suggested by the engine' : item.origin === 'manual' ? 'added by hand' : '']
    .filter(Boolean)
    .join(' · ')
}

export function renderItem(entry: ReportItem, labelOf: (id: string) => string | null): string {
  const { item } = entry
  const speaker = item.speaker
    ? `${escapeHtml(item.speaker.name)}${item.speaker.description ? `, ${escapeHtml(item.speaker.description)}` : ''}${item.speaker.anonymous ? ' <span class="muted">(anonymous)</span>' : ''}`
    : item.kind === 'quote'
      ? '<span class="warn">Speaker not identified</span>'
      : null
  const twin = item.twinOf ? labelOf(item.twinOf) : null
  const checklist = Object.entries(item.checklist)
  const sources = entry.sources.length > 0 ? `<ol class="sources">${entry.sources.map(renderSource).join('')}</ol>` : '<p class="warn">No source linked.</p>'
  return `<article class="item" id="${entry.anchorId}" style="--c:${escapeHtml(entry.status.color)}">
<h3>[${escapeHtml(entry.label)}] ${statusBadge(entry.status)} <span class="muted">${kindLine(entry)}</span></h3>
<blockquote class="said">${escapeHtml(entry.text)}</blockquote>
${metaList([
  ['Speaker', speaker],
  ['Checker', entry.checker ? escapeHtml(entry.checker) : '<span class="muted">No status given yet</span>'],
  ['Last change', entry.lastChanged ? time(entry.lastChanged) : null],
  ['Same fact as', twin ? `<a href="#item-${escapeHtml(twin)}">[${escapeHtml(twin)}]</a>` : null],
  ['Why suggested', item.reasons.length > 0 ? escapeHtml(item.reasons.join('; ')) : null]
])}
<h4>Verdict note</h4>
${item.verdictNote ? `<p>${escapeHtml(item.verdictNote)}</p>` : '<p class="muted">None written.</p>'}
<h4>Sources</h4>
${sources}
${checklist.length > 0 ? `<h4>Checklist</h4><ul class="checklist">${checklist.map(([key, value]) => `<li${value.done ? ' class="done"' : ''}>${escapeHtml(key)}${value.detail ? `: ${escapeHtml(value.detail)}` : ''}</li>`).join('')}</ul>` : ''}
${item.notes.length > 0 ? `<h4>Notes</h4><ul>${item.notes.map((note) => `<li>${escapeHtml(note.text)} <span class="muted">— ${escapeHtml(note.by)}, ${time(note.at)}</span></li>`).join('')}</ul>` : ''}
${renderHistory(item.history)}
</article>`
}

function briefTable(entries: ReportItem[], when: (entry: ReportItem) => string): string {
  const rows = entries
    .map((entry) => `<tr id="${entry.anchorId}"><td>${escapeHtml(entry.label)}</td><td>${entry.item.kind === 'quote' ? 'Quote' : 'Claim'}</td><td>${escapeHtml(entry.text)}</td><td>${statusBadge(entry.status)}</td><td>${when(entry)}</td></tr>`)
    .join('')
  return `<table><thead><tr><th>#</th><th>Kind</th><th>Words</th><th>Status</th><th>When</th></tr></thead><tbody>${rows}</tbody></table>`
}

export function renderItems(model: ReportModel): string {
  const all = [...model.inDraft, ...model.dismissed, ...model.removed]
  const labels = new Map(all.map((entry) => [entry.item.id, entry.label]))
  const labelOf = (id: string): string | null => labels.get(id) ?? null
  const dismissed = model.dismissed.length
    ? `<h3>Dismissed (not checked)</h3>${briefTable(model.dismissed, (entry) => (entry.item.dismissed ? `${escapeHtml(entry.item.dismissed.by)}, ${time(entry.item.dismissed.at)}` : ''))}`
    : ''
  const removed = model.removed.length
    ? `<h3>No longer in the draft</h3>${briefTable(model.removed, (entry) => time(entry.lastChanged))}`
    : ''
  return `<section class="major" id="items">
<h2>Claims and quotes</h2>
${model.inDraft.length > 0 ? model.inDraft.map((entry) => renderItem(entry, labelOf)).join('\n') : '<p class="muted">No claims or quotes in this draft.</p>'}
${dismissed}
${removed}
</section>`
}
