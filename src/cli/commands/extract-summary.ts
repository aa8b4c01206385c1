/** The readable form of an extraction: what a checker scanning a terminal wants first. */
import type { Block, Extraction } from '../../shared/article'
import { plural } from '../../core/report/html/fragments'
import { shownQuote } from '../../core/case/case-reading'

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
  const turns = article.blocks.filter((block) => block.kind === 'turn')
  if (turns.length > 0) lines.push(`  transcript: ${castLine(turns)}`)
  lines.push(
    `  ${plural(sentences.length, 'sentence', 'sentences')} scored, ${plural(claims.length, 'claim', 'claims')}, ${plural(quotes.length, 'quote', 'quotes')}, ${plural(inconsistencies.length, 'possible inconsistency', 'possible inconsistencies')}`
  )
  lines.push('')
  lines.push('Claims')
  if (claims.length === 0) lines.push('  none proposed')
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
  if (quotes.length === 0) lines.push('  none found')
  for (const quote of quotes) {
    const who = quote.speaker
      ? `${quote.speaker.name}${quote.speaker.anonymous ? ' (anonymous)' : ''}`
      : 'speaker not found'
    const cue = quote.cue ? ` [${quote.cue.text}]` : ''
    // As the app and the report show it: “We held them for six years” without the sentence's comma.
    lines.push(`  [${quote.id}] ${who}${cue}${quote.partial ? ' (partial)' : ''}: “${preview(shownQuote(quote.text))}”`)
  }
  if (inconsistencies.length > 0) {
    lines.push('')
    lines.push('Possible inconsistencies')
    for (const issue of inconsistencies) lines.push(`  ${issue.kind}: ${issue.note}`)
  }
  return lines.join('\n') + '\n'
}

/** Who speaks in a transcript, in order of first turn, with any role but participant: "Lee Park (moderator), Jane Ortiz". */
function castLine(turns: Block[]): string {
  const cast = new Map<string, string>()
  for (const turn of turns) {
    const name = turn.speakerName ?? turn.speaker
    if (!name || turn.role === 'system' || cast.has(name)) continue
    cast.set(name, turn.role && turn.role !== 'participant' ? `${name} (${turn.role})` : name)
  }
  return cast.size > 0 ? `speakers ${[...cast.values()].join(', ')}` : 'no speaker named'
}
