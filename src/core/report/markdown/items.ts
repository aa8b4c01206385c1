/**
 * Markdown: every item with its sources, passages, checklist, notes and history; dismissed and
 * removed items apart. Mirrors html/items.ts (contact details of people stay out here too).
 */
import type { Source } from '../../../shared/case'
import type { ReportItem, ReportModel } from '../summary'
import { sourceKindLabel } from '../html/items'
import { md, mdLink, mdTable, mdTime } from './inline'

function sourceLines(source: Source, index: number): string[] {
  const head = `${index + 1}. **${md(source.title || '(untitled source)')}** · ${md(sourceKindLabel(source.kind))}${source.publisher ? ` · ${md(source.publisher)}` : ''}${source.publishedAt ? ` · published ${md(source.publishedAt)}` : ''}`
  const lines = [head]
  lines.push(source.passage ? `   > ${md(source.passage)}` : '   - **No passage recorded.**')
  const person = source.person
  if (person) {
    lines.push(`   - Person: ${md([person.name, person.role].filter(Boolean).join(', '))}`)
    lines.push(`   - Reached: ${mdTime(person.reachedAt)}${person.channel ? ` by ${md(person.channel)}` : ''}`)
    lines.push(`   - Confirmed: ${person.confirmed ? md(person.confirmed) : '**nothing recorded**'}`)
  }
  if (source.url) lines.push(`   - Link: ${mdLink(source.url)}`)
  if (source.accessedAt) lines.push(`   - Accessed: ${mdTime(source.accessedAt)}`)
  if (source.archiveUrl) lines.push(`   - Archive: ${mdLink(source.archiveUrl)}`)
  if (source.filePath) lines.push(`   - File: ${md(source.filePath)}`)
  if (source.sha256) lines.push(`   - File SHA-256: ${md(source.sha256)}`)
  if (source.snapshot) lines.push(`   - Snapshot: ${md(source.snapshot.path)}, ${mdTime(source.snapshot.at)}, SHA-256 ${md(source.snapshot.sha256)}`)
  if (source.notes) lines.push(`   - Notes: ${md(source.notes)}`)
  return lines
}

function itemLines(entry: ReportItem, labelOf: (id: string) => string | null): string[] {
  const { item } = entry
  const kind = [item.kind === 'quote' ? 'Quote' : 'Claim', item.claimType ?? '', item.state === 'suggested' ? 'suggested by the engine' : item.origin === 'manual' ? 'added by hand' : '']
    .filter(Boolean)
    .join(' · ')
  const lines = [`### [${md(entry.label)}] ${md(entry.status.label)} — ${md(kind)}`, '', `> ${md(entry.text)}`, '']
  if (item.speaker) {
    lines.push(`- **Speaker:** ${md(item.speaker.name)}${item.speaker.description ? `, ${md(item.speaker.description)}` : ''}${item.speaker.anonymous ? ' (anonymous)' : ''}`)
  } else if (item.kind === 'quote') lines.push('- **Speaker:** not identified')
  lines.push(`- **Checker:** ${entry.checker ? md(entry.checker) : 'no status given yet'}`)
  if (entry.lastChanged) lines.push(`- **Last change:** ${mdTime(entry.lastChanged)}`)
  const twin = item.twinOf ? labelOf(item.twinOf) : null
  if (twin) lines.push(`- **Same fact as:** \\[${md(twin)}\\]`)
  if (item.reasons.length > 0) lines.push(`- **Why suggested:** ${md(item.reasons.join('; '))}`)
  lines.push('', `**Verdict note:** ${item.verdictNote ? md(item.verdictNote) : 'none written.'}`, '', '**Sources**', '')
  if (entry.sources.length === 0) lines.push('No source linked.')
  entry.sources.forEach((source, index) => lines.push(...sourceLines(source, index)))
  const checklist = Object.entries(item.checklist)
  if (checklist.length > 0) {
    lines.push('', '**Checklist**', '')
    for (const [key, value] of checklist) lines.push(`- [${value.done ? 'x' : ' '}] ${md(key)}${value.detail ? `: ${md(value.detail)}` : ''}`)
  }
  if (item.notes.length > 0) {
    lines.push('', '**Notes**', '')
    for (const note of item.notes) lines.push(`- ${md(note.text)} — ${md(note.by)}, ${mdTime(note.at)}`)
  }
  if (item.history.length > 0) {
    const rows = item.history.map((entry) => [
      mdTime(entry.at),
      md(entry.by),
      `${md(entry.action)}${entry.detail ? ` (${md(entry.detail)})` : ''}`,
      entry.from !== undefined || entry.to !== undefined ? `${md(entry.from ?? '')} → ${md(entry.to ?? '')}` : '',
      md(entry.draftId ?? '')
    ])
    lines.push('', '**History**', '', mdTable(['When', 'Who', 'What', 'Change', 'Draft'], rows))
  }
  lines.push('')
  return lines
}

function briefTable(entries: ReportItem[], when: (entry: ReportItem) => string): string {
  return mdTable(
    ['#', 'Kind', 'Words', 'Status', 'When'],
    entries.map((entry) => [md(entry.label), entry.item.kind === 'quote' ? 'Quote' : 'Claim', md(entry.text), md(entry.status.label), when(entry)])
  )
}

export function markdownItems(model: ReportModel): string[] {
  const all = [...model.inDraft, ...model.dismissed, ...model.removed]
  const labels = new Map(all.map((entry) => [entry.item.id, entry.label]))
  const labelOf = (id: string): string | null => labels.get(id) ?? null
  const lines = ['## Claims and quotes', '']
  if (model.inDraft.length === 0) lines.push('No claims or quotes in this draft.', '')
  for (const entry of model.inDraft) lines.push(...itemLines(entry, labelOf))
  if (model.dismissed.length > 0) {
    lines.push('### Dismissed (not checked)', '', briefTable(model.dismissed, (entry) => (entry.item.dismissed ? `${md(entry.item.dismissed.by)}, ${mdTime(entry.item.dismissed.at)}` : '')), '')
  }
  if (model.removed.length > 0) {
    lines.push('### No longer in the draft', '', briefTable(model.removed, (entry) => mdTime(entry.lastChanged)), '')
  }
  return lines
}
