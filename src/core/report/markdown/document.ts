/**
 * The Markdown report, for wikis, tickets and email: the same sections as the HTML one, in the
 * same order (the editor's summary, the checked items, changes, the closing list, and the appendix
 * when asked for). Status colours cannot travel in Markdown, so statuses are written out in words.
 */
import type { CaseFile } from '../../../shared/case'
import { mastheadLine } from '../../case/case-settings'
import { historySentence, vocabularyOf } from '../../case/history-words'
import { shortHash } from '../../case/ids'
import { lowerNo } from '../html/changes'
import { clip } from '../html/summary'
import { plural } from '../html/fragments'
import { sourceView } from '../source-view'
import { buildReportModel } from '../build-report'
import { kindAndWho } from '../report-items'
import {
  changesCount,
  recheckHeading,
  VERDICT_RULE,
  type ReportItem,
  type ReportModel,
  type ReportOptions
} from '../summary'
import { wordDiff } from '../word-diff'
import { md, mdDiff, mdLink, mdTable, mdTime } from './inline'
import { markdownCheckedItems, markdownClosingList, mdLeadIn, mdLineWords } from './items'

const ref = (entry: ReportItem): string => `\\[${md(entry.label)}\\]`

function header(model: ReportModel): string[] {
  const { draft } = model
  const checkers = model.checkerRows
    .map((row) => `${md(row.name)}${row.statuses > 0 ? ` (${plural(row.statuses, 'status', 'statuses')})` : ''}`)
    .join(', ')
  const { header: top } = model
  const newsroom = [top.logoText ? `\\[${md(top.logoText)}\\]` : '', md(top.newsroom)].filter(Boolean).join(' ')
  const lines = [...(newsroom ? [`**${newsroom}**`, ''] : []), `# ${md(mastheadLine(top))}: ${md(model.title)}`, '']
  if (draft.article.standfirst) lines.push(`*${md(draft.article.standfirst)}*`, '')
  if (top.preparedFor) lines.push(`- **Prepared for:** ${md(top.preparedFor)}`)
  if (model.author) lines.push(`- **Author:** ${md(model.author)}`)
  if (model.articleDate) lines.push(`- **Article date:** ${mdTime(model.articleDate)}`)
  lines.push(
    `- **Checked by:** ${checkers || 'nobody has recorded a check yet'}`,
    `- **Draft:** ${md(draft.fileName || 'unnamed file')}, draft ${model.draftNumber} of ${model.case.drafts.length}, imported ${mdTime(draft.importedAt)} · ${md(shortHash(draft.hash))} (SHA-256 of its text)`,
    `- **Report made:** ${mdTime(model.generatedAt)}`
  )
  if (top.contact) lines.push(`- **Contact:** ${md(top.contact)}`)
  lines.push('')
  return lines
}

function summary(model: ReportModel): string[] {
  const resolved = model.inDraft.filter((entry) => entry.status.resolved).length
  const lines = [
    '## Summary',
    '',
    `**${model.verdict.ready ? 'Ready to publish' : 'Not ready to publish'}.** ${resolved} of ${model.inDraft.length} items in the draft resolved · ${model.openQueries} open quer${model.openQueries === 1 ? 'y' : 'ies'} · ${model.checked.length} checked · ${model.unchecked.length} not looked at · ${model.dismissed.length} dismissed${model.removed.length > 0 ? ` · ${model.removed.length} removed from the draft` : ''}`,
    ''
  ]
  for (const blocker of model.verdict.blockers) lines.push(`- ${md(blocker)}`)
  for (const warning of model.verdict.warnings) lines.push(`- Note: ${md(warning)}`)
  if (model.verdict.blockers.length + model.verdict.warnings.length > 0) lines.push('')
  lines.push(`> ${md(VERDICT_RULE)}`, '')
  if (model.toCorrect.length > 0) {
    lines.push(`### Corrections (${model.toCorrect.length})`, '')
    for (const entry of model.toCorrect) {
      const correction = entry.item.correction
      lines.push(
        `- ${ref(entry)} ${md(kindAndWho(entry))} — **${md(entry.status.label)}:** ${correction ? mdDiff(wordDiff(entry.item.anchor.exact, correction.replacement)) : `${mdLeadIn(entry.leadIn)}${md(entry.text)} — **no correction written yet**`}`
      )
      if (correction)
        lines.push(
          `  Suggested by ${md(correction.by)}, ${mdTime(correction.at)}. ~~Struck~~ words are in the draft; **bold** words are the suggested wording.`
        )
      if (entry.item.verdictNote.trim()) lines.push(`  ${md(entry.item.verdictNote)}`)
    }
    lines.push('')
  }
  if (model.openQueryRows.length > 0) {
    lines.push(`### Open queries to the writer (${model.openQueryRows.length})`, '')
    for (const { query, owner } of model.openQueryRows)
      lines.push(`- ${ref(owner)} ${md(query.text)} — asked by ${md(query.by)}, ${mdTime(query.at)}`)
    lines.push('')
  }
  // Whose words each line holds, as the closing lists say: the editor acts on page 1 without opening every item.
  const lineOf = (entry: ReportItem): string => `- ${ref(entry)} ${md(kindAndWho(entry))}: ${mdLineWords(entry)}`
  if (model.recheck.length > 0) lines.push(`### ${md(recheckHeading(model))}`, '', ...model.recheck.map(lineOf), '')
  if (model.unsourced.length > 0)
    lines.push(`### Verified without a source (${model.unsourced.length})`, '', ...model.unsourced.map(lineOf), '')
  const counts = model.counts.filter((row) => row.count > 0).map((row) => `${md(row.status.label)} ${row.count}`)
  if (counts.length > 0) lines.push(counts.join(' · '), '')
  return lines
}

function changes(model: ReportModel): string[] {
  if (model.case.drafts.length <= 1) return []
  const lines = [
    '## Changes since the previous draft',
    '',
    `${changesCount(model.changes, ` in draft ${model.draftNumber}`)}.`,
    ''
  ]
  if (model.textChanges) lines.push(`In the text: ${md(lowerNo(model.textChanges))}`, '')
  for (const change of model.changes) {
    lines.push(
      `- ${ref(change.owner)} ${md(change.what)} (${md(change.owner.status.label)}): ${mdDiff(wordDiff(change.before, change.after))}`
    )
  }
  lines.push('')
  return lines
}

function appendix(model: ReportModel): string[] {
  if (!model.appendix) return []
  const words = vocabularyOf(model.case, { shared: true })
  const lines = ['## Appendix', '', '### History of each item', '']
  for (const entry of [...model.inDraft, ...model.dismissed, ...model.removed]) {
    if (entry.item.history.length === 0) continue
    lines.push(`**${ref(entry)}** ${md(clip(entry.text, 90))}`, '')
    for (const event of entry.item.history) lines.push(`- ${mdTime(event.at)} — ${md(historySentence(event, words))}`)
    lines.push('')
  }
  const rows = model.case.sources.map((raw) => {
    const source = sourceView(raw)
    return [
      md(source.kindLabel),
      md(source.title),
      [
        source.url ? mdLink(source.url) : '',
        source.archiveUrl ? `archive ${mdLink(source.archiveUrl)}` : '',
        source.filePath ? `file ${md(source.filePath)}` : '',
        source.sha256 ? `SHA-256 ${md(source.sha256)}` : '',
        source.snapshot
          ? `snapshot ${md(source.snapshot.path)} ${mdTime(source.snapshot.at)} SHA-256 ${md(source.snapshot.sha256)}`
          : ''
      ]
        .filter(Boolean)
        .join('; '),
      (model.sourceUse.get(source.id) ?? []).map((label) => `\\[${md(label)}\\]`).join(' ')
    ]
  })
  if (rows.length > 0) lines.push('### Evidence', '', mdTable(['Kind', 'Source', 'Copy kept', 'Used by'], rows), '')
  const drafts = model.case.drafts.map((draft, index) => [
    String(index + 1),
    md(draft.fileName),
    mdTime(draft.importedAt),
    md(draft.hash)
  ])
  lines.push('### Drafts', '', mdTable(['#', 'File', 'Imported', 'SHA-256 of the text'], drafts), '')
  return [...lines, ...copy(model)]
}

function copy(model: ReportModel): string[] {
  const text = model.draft.article.text
  const starts = new Map<number, string[]>()
  for (const entry of model.inDraft) {
    const at = entry.item.anchor.start
    if (at < 0 || at >= text.length) continue
    starts.set(at, [...(starts.get(at) ?? []), entry.label])
  }
  const lines = [
    '### The checked copy',
    '',
    'The current draft as imported; **\\[n\\]** marks where item n starts.',
    ''
  ]
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

export function renderMarkdownFromModel(model: ReportModel): string {
  return [
    ...header(model),
    ...summary(model),
    ...markdownCheckedItems(model),
    ...changes(model),
    ...markdownClosingList(model),
    ...appendix(model)
  ].join('\n')
}

export function renderMarkdown(caseFile: CaseFile, options: ReportOptions): string {
  return renderMarkdownFromModel(buildReportModel(caseFile, options))
}
