/**
 * The Markdown report: the same seven sections as the HTML one, for wikis, tickets and email.
 * Status colours cannot travel in Markdown, so statuses are written out in words.
 */
import type { CaseFile } from '../../../shared/case'
import { shortHash } from '../../case/ids'
import { sourceKindLabel } from '../html/items'
import { buildReportModel, VERDICT_RULE, type ReportModel, type ReportOptions } from '../summary'
import { wordDiff } from '../word-diff'
import { md, mdDiff, mdLink, mdTable, mdTime } from './inline'
import { markdownItems } from './items'

function header(model: ReportModel): string[] {
  const { draft } = model
  return [
    `# Verification report: ${md(model.title)}`,
    '',
    `- **Author:** ${model.author ? md(model.author) : 'not stated in the article'}`,
    `- **Checked by:** ${model.checkers.length > 0 ? md(model.checkers.join(', ')) : 'nobody has recorded a check yet'}`,
    `- **Article date:** ${model.articleDate ? mdTime(model.articleDate) : 'not known'}`,
    `- **Draft:** ${md(draft.fileName || 'unnamed file')}, draft ${model.draftNumber} of ${model.case.drafts.length}, imported ${mdTime(draft.importedAt)}`,
    `- **Draft identity:** ${md(shortHash(draft.hash))} (SHA-256 of the draft text; full: ${md(draft.hash)})`,
    `- **Report made:** ${mdTime(model.generatedAt)}`,
    `- **Case:** ${md(model.case.id)}`,
    ''
  ]
}

function summary(model: ReportModel): string[] {
  const resolved = model.inDraft.filter((entry) => entry.status.resolved).length
  const lines = [
    '## Summary',
    '',
    `**${model.verdict.ready ? 'Ready to publish' : 'Not ready to publish'}.** ${resolved} of ${model.inDraft.length} items in the draft resolved; ${model.openQueries} open quer${model.openQueries === 1 ? 'y' : 'ies'} to the writer; ${model.dismissed.length} dismissed; ${model.removed.length} removed from the draft.`,
    ''
  ]
  for (const blocker of model.verdict.blockers) lines.push(`- ${md(blocker)}`)
  for (const warning of model.verdict.warnings) lines.push(`- Note: ${md(warning)}`)
  if (model.verdict.blockers.length + model.verdict.warnings.length > 0) lines.push('')
  lines.push(`> ${md(VERDICT_RULE)}`, '')
  lines.push(mdTable(['Status', 'Items', 'Counts as'], model.counts.map((row) => [md(row.status.label), String(row.count), row.status.resolved ? 'resolved' : 'open'])), '')
  return lines
}

function copy(model: ReportModel): string[] {
  const text = model.draft.article.text
  const starts = new Map<number, string[]>()
  for (const entry of model.inDraft) {
    const at = entry.item.anchor.start
    if (at < 0 || at >= text.length) continue
    starts.set(at, [...(starts.get(at) ?? []), entry.label])
  }
  const lines = ['## The checked copy', '', 'The current draft as imported; **\\[n\\]** marks where item n starts.', '']
  // Paragraphs by position (not by splitting strings) so markers land exactly at item starts.
  const paragraph = /[^\n]+(?:\n(?!\n)[^\n]*)*/g
  for (let match = paragraph.exec(text); match; match = paragraph.exec(text)) {
    const begin = match.index
    const end = begin + match[0].length
    const cuts = [...starts.keys()].filter((at) => at >= begin && at < end).sort((a, b) => a - b)
    let out = ''
    let from = begin
    for (const at of cuts) {
      out += md(text.slice(from, at)) + (starts.get(at) ?? []).map((label) => `**\\[${md(label)}\\]**`).join('')
      from = at
    }
    out += md(text.slice(from, end))
    if (out.trim() !== '') lines.push(out, '')
  }
  return lines
}

function queries(model: ReportModel): string[] {
  const lines = ['## Queries to the writer', '', `${model.openQueries} open.`, '']
  if (model.queries.length === 0) lines.push('No queries to the writer.', '')
  else {
    const rows = model.queries.map(({ query, owner }) => [
      `\\[${md(owner.label)}\\]`,
      `${md(query.text)}${query.answer ? ` — Answer: ${md(query.answer)}` : ''}`,
      `${md(query.by)}, ${mdTime(query.at)}`,
      query.resolvedAt ? `Resolved ${mdTime(query.resolvedAt)}${query.resolvedBy ? ` by ${md(query.resolvedBy)}` : ''}` : 'OPEN'
    ])
    lines.push(mdTable(['Item', 'Query', 'Asked', 'State'], rows), '')
  }
  lines.push('## Corrections memo', '')
  if (model.corrections.length === 0) lines.push('No corrections suggested.', '')
  for (const entry of model.corrections) {
    const correction = entry.item.correction
    if (!correction) continue
    lines.push(`### \\[${md(entry.label)}\\] ${md(entry.status.label)}`, '', mdDiff(wordDiff(entry.text, correction.replacement)), '', `Suggested by ${md(correction.by)}, ${mdTime(correction.at)}. ~~Struck~~ words are in the draft; **bold** words are the suggested wording.`, '')
  }
  return lines
}

function changes(model: ReportModel): string[] {
  const lines = ['## Changes since the previous draft', '']
  if (model.case.drafts.length <= 1) return [...lines, 'Only one draft has been imported, so there is nothing to compare yet.', '']
  lines.push(`${model.changes.length} checked items changed or removed in draft ${model.draftNumber}.`, '')
  for (const change of model.changes) {
    lines.push(`- \\[${md(change.owner.label)}\\] ${change.detail === 'removed' ? 'Removed from the draft' : 'Wording changed'} (${md(change.owner.status.label)}): ${mdDiff(wordDiff(change.before, change.after))}`)
  }
  lines.push('')
  return lines
}

function appendix(model: ReportModel): string[] {
  const rows = model.case.sources.map((source) => [
    md(source.id),
    md(sourceKindLabel(source.kind)),
    md(source.title),
    [source.url ? mdLink(source.url) : '', source.archiveUrl ? `archive ${mdLink(source.archiveUrl)}` : '', source.filePath ? `file ${md(source.filePath)}` : '', source.sha256 ? `SHA-256 ${md(source.sha256)}` : '', source.snapshot ? `snapshot ${md(source.snapshot.path)} ${mdTime(source.snapshot.at)} SHA-256 ${md(source.snapshot.sha256)}` : '']
      .filter(Boolean)
      .join('; '),
    (model.sourceUse.get(source.id) ?? []).map((label) => `\\[${md(label)}\\]`).join(' ')
  ])
  const drafts = model.case.drafts.map((draft, index) => [String(index + 1), md(draft.fileName), mdTime(draft.importedAt), md(draft.hash)])
  return ['## Evidence appendix', '', rows.length > 0 ? mdTable(['Id', 'Kind', 'Source', 'Copy kept', 'Used by'], rows) : 'No sources in this case.', '', '### Drafts', '', mdTable(['#', 'File', 'Imported', 'SHA-256 of the text'], drafts), '']
}

export function renderMarkdownFromModel(model: ReportModel): string {
  return [...header(model), ...summary(model), ...copy(model), ...markdownItems(model), ...queries(model), ...changes(model), ...appendix(model)].join('\n')
}

export function renderMarkdown(caseFile: CaseFile, options: ReportOptions): string {
  return renderMarkdownFromModel(buildReportModel(caseFile, options))
}
