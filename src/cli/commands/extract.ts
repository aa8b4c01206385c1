/**
 * `factdesk extract FILE [--json]`: what the engine finds in an article, for scripts (--json)
 * or for a person reading a terminal.
 */
import { importFile } from '../../main/services/file-import'
import { extract } from '../../core/extract/extract'
import type { Block, CaptionTime, Extraction } from '../../shared/article'
import { spokenTimeAt } from '../../core/extract/blocks'
import { formatExtractionSummary } from './extract-summary'
import { forTheTerminal } from '../case-advice'

export async function run(args: string[]): Promise<number> {
  const json = args.includes('--json')
  const unknown = args.filter((arg) => arg.startsWith('-') && arg !== '--json')
  const files = args.filter((arg) => !arg.startsWith('-'))
  if (unknown.length > 0 || files.length !== 1) {
    console.error(
      unknown.length > 0
        ? `factdesk extract: unknown option ${unknown[0]}; usage: factdesk extract FILE [--json]`
        : 'factdesk extract: give exactly one FILE; usage: factdesk extract FILE [--json]'
    )
    return 1
  }
  const imported = await importFile(files[0])
  if (!imported.ok) {
    console.error(`factdesk extract: ${forTheTerminal(imported.error)}`)
    return 1
  }
  const extraction = extract(imported.value.article)
  process.stdout.write(json ? toJson(extraction) : formatExtractionSummary(imported.value.fileName, extraction))
  return 0
}

/** The documented JSON shape (docs/FORMAT.md, issue 2): field order kept stable for diffs. */
export function toJson(extraction: Extraction): string {
  const { article } = extraction
  const document = {
    article: {
      title: article.title,
      standfirst: article.standfirst,
      metadata: article.metadata,
      text: article.text,
      blocks: article.blocks.map(blockJson)
    },
    sentences: extraction.sentences.map(({ start, end, score }) => ({ start, end, score: round(score) })),
    claims: extraction.claims.map((claim) => ({
      ...claim,
      score: round(claim.score),
      ...spokenAt(article.blocks, claim.start)
    })),
    quotes: extraction.quotes.map((quote) => ({ ...quote, ...spokenAt(article.blocks, quote.start) })),
    inconsistencies: extraction.inconsistencies
  }
  return JSON.stringify(document, null, 2) + '\n'
}

const round = (score: number): number => Math.round(score * 1000) / 1000

/** From captions, when the recording speaks the words at `offset` (the caption they begin in); nothing otherwise. */
function spokenAt(blocks: readonly Block[], offset: number): { time?: CaptionTime } {
  const time = spokenTimeAt(blocks, offset)
  return time ? { time } : {}
}

/**
 * A block as FORMAT.md gives it: kind and offsets, and for a transcript's turns who speaks, their role
 * and the caption time (fields absent when the block has none, as in the case file). Listed one by one so the order
 * stays stable and nothing internal leaks into the documented shape.
 */
function blockJson(block: Block): Block {
  const { kind, start, end, speaker, speakerName, role, roleReason, time, captions } = block
  const json: Block = { kind, start, end }
  if (speaker !== undefined) json.speaker = speaker
  if (speakerName !== undefined) json.speakerName = speakerName
  if (role !== undefined) json.role = role
  if (roleReason !== undefined) json.roleReason = roleReason
  if (time !== undefined) json.time = { start: time.start, end: time.end }
  if (captions !== undefined) json.captions = captions.map((cue) => ({ at: cue.at, start: cue.start, end: cue.end }))
  return json
}
