/**
 * Markdown: the checked items with their sources, queries, notes and checklist, then the closing
 * list of what nobody checked, one line each. Mirrors html/items.ts: the same items, the same
 * privacy for people off the record, nothing empty printed.
 */
import type { CaseChecklists } from '../../../shared/case'
import { caseChecklists } from '../../case/case-settings'
import { answeredSteps } from '../../case/checklist'
import { shortLeadIn } from '../../case/lead-in'
import type { SourceView } from '../source-view'
import { spokenAt } from '../escape'
import { kindAndWho } from '../report-items'
import { type ReportItem, type ReportModel } from '../summary'
import { clip, LINE_WORDS } from '../html/summary'
import { wordDiff } from '../word-diff'
import { md, mdDiff, mdLink, mdTime } from './inline'

function sourceLines(source: SourceView, index: number): string[] {
  const reached =
    source.reachedAt || source.channel
      ? `reached${source.channel ? ` by ${md(source.channel)}` : ''}${source.reachedAt ? ` ${mdTime(source.reachedAt)}` : ''}`
      : ''
  const facts = [
    source.onFile ? '' : md(source.kindLabel),
    source.publisher ? md(source.publisher) : '',
    source.publishedAt ? `published ${md(source.publishedAt)}` : '',
    reached
  ].filter(Boolean)
  const lines = [`${index + 1}. **${md(source.title)}**${facts.length > 0 ? ` · ${facts.join(' · ')}` : ''}`]
  if (source.passage) lines.push(`   > ${md(source.passage)}`)
  if (source.confirmed) lines.push(`   - Confirmed: ${md(source.confirmed)}`)
  if (source.url) lines.push(`   - Link: ${mdLink(source.url)}`)
  if (source.accessedAt) lines.push(`   - Accessed: ${mdTime(source.accessedAt)}`)
  if (source.archiveUrl) lines.push(`   - Archive: ${mdLink(source.archiveUrl)}`)
  if (source.filePath) lines.push(`   - File: ${md(source.filePath)}`)
  if (source.notes) lines.push(`   - Notes: ${md(source.notes)}`)
  return lines
}

export function mdWho(entry: ReportItem): string | null {
  const who = entry.who
  const when = entry.time ? spokenAt(entry.time.start) : null
  if (!who) {
    if (entry.item.kind === 'quote') return ['**Speaker not identified**', when].filter(Boolean).join(' · ')
    return entry.time ? spokenAt(entry.time.start, true) : null
  }
  const name = `${md(who.name)}${who.description ? `, ${md(who.description)}` : ''}${who.anonymous ? ' (anonymous)' : ''}`
  return [`${who.role === 'claimant' ? 'Claimed by' : 'Said by'} ${name}`, when].filter(Boolean).join(' · ')
}

function itemLines(entry: ReportItem, labelOf: (id: string) => string | null, lists: CaseChecklists): string[] {
  const { item } = entry
  const kind = [
    item.kind === 'quote' ? 'Quote' : 'Claim',
    item.claimType ?? '',
    item.origin === 'manual' ? 'added by hand' : ''
  ]
    .filter(Boolean)
    .join(' · ')
  const lines = [`### \\[${md(entry.label)}\\] ${md(entry.status.label)} — ${md(kind)}`, '']
  // The words before a claim cut from its sentence, outside the quoted block: context, not what was checked.
  if (entry.leadIn) lines.push(`_Before it in its sentence:_ ${md(entry.leadIn)}`, '')
  lines.push(`> ${md(entry.text)}`, '')
  const who = mdWho(entry)
  if (who) lines.push(who, '')
  if (item.verdictNote.trim()) lines.push(md(item.verdictNote), '')
  if (item.correction)
    lines.push(`**Suggested correction:** ${mdDiff(wordDiff(item.anchor.exact, item.correction.replacement))}`, '')
  if (entry.sources.length > 0) {
    lines.push('**Sources**', '')
    entry.sources.forEach((source, index) => lines.push(...sourceLines(source, index)))
    lines.push('')
  } else if (entry.status.id === 'verified') lines.push('**Verified, but no source linked.**', '')
  if (item.queries.length > 0) {
    lines.push('**Queries**', '')
    for (const query of item.queries) {
      const state = query.resolvedAt
        ? `resolved${query.resolvedBy ? ` by ${md(query.resolvedBy)}` : ''}, ${mdTime(query.resolvedAt)}${query.answer ? `. Answer: ${md(query.answer)}` : ''}`
        : '**open**'
      lines.push(`- ${md(query.text)} — ${md(query.by)}, ${mdTime(query.at)}; ${state}`)
    }
    lines.push('')
  }
  if (item.notes.length > 0) {
    lines.push('**Notes**', '')
    for (const note of item.notes) lines.push(`- ${md(note.text)} — ${md(note.by)}, ${mdTime(note.at)}`)
    lines.push('')
  }
  const checklist = answeredSteps(item, lists)
  if (checklist.length > 0) {
    lines.push('**Checklist**', '')
    for (const { label, entry: value } of checklist)
      lines.push(`- [${value.done ? 'x' : ' '}] ${md(label)}${value.detail ? `: ${md(value.detail)}` : ''}`)
    lines.push('')
  }
  const twin = item.twinOf ? labelOf(item.twinOf) : null
  const signed = [
    entry.checker ? `Status given by ${md(entry.checker)}` : '',
    entry.lastChanged ? `last change ${mdTime(entry.lastChanged)}` : '',
    twin ? `same fact as \\[${md(twin)}\\]` : ''
  ].filter(Boolean)
  if (signed.length > 0) lines.push(`*${signed.join(' · ')}*`, '')
  return lines
}

export function markdownCheckedItems(model: ReportModel): string[] {
  const all = [...model.inDraft, ...model.dismissed, ...model.removed]
  const labels = new Map(all.map((entry) => [entry.item.id, entry.label]))
  const labelOf = (id: string): string | null => labels.get(id) ?? null
  const lines = [`## Checked items (${model.checked.length})`, '']
  if (model.checked.length === 0) lines.push('Nobody has checked an item in this draft yet.', '')
  if (model.bySpeaker) {
    // A transcript: under each speaker, the items one heading level down.
    for (const group of model.bySpeaker) {
      lines.push(`### ${md(group.name)} (${group.entries.length})`, '')
      for (const entry of group.entries)
        lines.push(
          ...itemLines(entry, labelOf, caseChecklists(model.case)).map((line, index) =>
            index === 0 ? `#${line}` : line
          )
        )
    }
    return lines
  }
  for (const entry of model.checked) lines.push(...itemLines(entry, labelOf, caseChecklists(model.case)))
  return lines
}

function closingItemLine(entry: ReportItem, tail: string): string {
  // Who said or claimed it, in an article as in a transcript: "[9] Quote: If another filter goes …" left the editor
  // to guess whose words nobody checked.
  const kind = md(kindAndWho(entry))
  const when = entry.time ? ` · ${spokenAt(entry.time.start)}` : ''
  return `- \\[${md(entry.label)}\\] ${kind}: ${mdLineWords(entry)}${when}${tail}`
}

/** A lead-in set apart in italics before an item's words, or '' for none (as html/summary.ts leadInHtml). */
export function mdLeadIn(words: string): string {
  return words ? `_${md(words)}_ ` : ''
}

/** An item's words in a one-line list: a cut claim's last lead-in words in italics (as html/summary.ts lineWords). */
export function mdLineWords(entry: Pick<ReportItem, 'leadIn' | 'text'>): string {
  return `${mdLeadIn(shortLeadIn(entry.leadIn))}${md(clip(entry.text, LINE_WORDS))}`
}

export function markdownClosingList(model: ReportModel): string[] {
  if (model.unchecked.length + model.dismissed.length + model.removed.length === 0) return []
  const lines = ['## Not checked', '']
  if (model.unchecked.length > 0) {
    lines.push(
      `### Not checked yet (${model.unchecked.length})`,
      '',
      ...model.unchecked.map((entry) => closingItemLine(entry, '')),
      ''
    )
  }
  if (model.dismissed.length > 0) {
    lines.push(
      `### Dismissed: not to check (${model.dismissed.length})`,
      '',
      ...model.dismissed.map((entry) =>
        closingItemLine(entry, entry.item.dismissed ? ` · ${md(entry.item.dismissed.by)}` : '')
      ),
      ''
    )
  }
  if (model.removed.length > 0) {
    lines.push(
      `### No longer in the draft (${model.removed.length})`,
      '',
      ...model.removed.map((entry) => closingItemLine(entry, ` · was ${md(entry.status.label)}`)),
      ''
    )
  }
  return lines
}
