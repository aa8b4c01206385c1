/** The readable form of an extraction: what a checker scanning a terminal wants first. */
import type { Extraction } from '../../shared/article'

const PREVIEW_CHARS = 110

function preview(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  return flat.length > PREVIEW_CHARS ? `${flat.slice(0, PREVIEW_CHARS - 1)}…` : flat
}

export function formatExtractionSummary(fileName: string, extraction: Extraction): string {
  const { article, claims, quotes, inconsistencies, sentences } = extraction
  const lines: string[] = []
  lines.push(`${fileName}: ${article.title || '(no title)'}`)
  const meta = Object.entries(article.metadata).map(([key, value]) => `${key}: ${value}`)
  if (meta.length > 0) lines.push(`  ${meta.join(' · ')}`)
  lines.push(
    `  ${sentences.length} sentences scored, ${claims.length} claims, ${quotes.length} quotes, ${inconsistencies.length} possible inconsistencies`
  )
  lines.push('')
  lines.push('Claims')
  for (const claim of claims) {
    lines.push(`  [${claim.id}] ${claim.score.toFixed(2)} ${claim.type}: ${preview(claim.text)}`)
    if (claim.claimant)
      lines.push(
        `        claimed by ${claim.claimant.name}${claim.claimant.cue ? ` [${claim.claimant.cue.text}]` : ''}`
      )
    if (claim.reasons.length > 0) lines.push(`        because ${claim.reasons.join('; ')}`)
  }
  lines.push('')
  lines.push('Quotes')
  for (const quote of quotes) {
    const who = quote.speaker
      ? `${quote.speaker.name}${quote.speaker.anonymous ? ' (anonymous)' : ''}`
      : 'speaker not found'
    const cue = quote.cue ? ` [${quote.cue.text}]` : ''
    lines.push(`  [${quote.id}] ${who}${cue}${quote.partial ? ' (partial)' : ''}: “${preview(quote.text)}”`)
  }
  if (inconsistencies.length > 0) {
    lines.push('')
    lines.push('Possible inconsistencies')
    for (const issue of inconsistencies) lines.push(`  ${issue.kind}: ${issue.note}`)
  }
  return lines.join('\n') + '\n'
}
