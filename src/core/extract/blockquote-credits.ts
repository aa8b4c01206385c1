/**
 * Blockquotes credited on a dash line, the way magazines and web pages set pull quotes and letters:
 *
 *     > We will not abandon the north.
 *     — Amadou Diallo, governor of Gao
 *
 * The credit may be the blockquote's own last line or the next block. "—", "―", "–" and "-" all
 * count as the dash. What follows is "Name, role": the name as the speaker, the role as description.
 */
import type { Block } from '../../shared/article'
import type { TextRange } from './sentences'
import { isSpaceCode, trimRange } from './char-classes'
import { tokenize } from './tokens'
import { classifyPhrase, type Subject, subjectShaped } from './subjects'
import { withWritten } from './written-subjects'
import { classifyDescription } from './speaker-lexicon'

export interface BlockquoteCredit {
  /** The quoted words: the blockquote without its credit line. */
  content: TextRange
  /** The credit after the dash: "Amadou Diallo, governor of Gao". */
  credit: TextRange
}

const DASHES = '—―–-'
/** A credit is a name and a role, not a paragraph of prose. */
const MAX_CREDIT_LENGTH = 160

export function findBlockquoteCredits(text: string, blocks: readonly Block[]): BlockquoteCredit[] {
  const out: BlockquoteCredit[] = []
  for (let b = 0; b < blocks.length; b++) {
    const block = blocks[b]
    if (block.kind !== 'blockquote') continue
    const [start, end] = trimRange(text, block.start, block.end)
    const lineBreak = text.lastIndexOf('\n', end - 1)
    if (lineBreak > start) {
      const credit = creditAt(text, lineBreak + 1, end)
      if (credit) {
        const content = trimRange(text, start, lineBreak)
        if (content[1] > content[0]) out.push({ content: { start: content[0], end: content[1] }, credit })
        continue
      }
    }
    const next = blocks[b + 1]
    const credit = next ? creditAt(text, next.start, next.end, true) : null
    if (credit && end > start) out.push({ content: { start, end }, credit })
  }
  return out
}

/**
 * The credit in a line "— Name, role", without the dash and a trailing full stop; null if not a credit line.
 * `ownBlock`: the line is a block of its own, where "-Name" cannot be a hyphenated fragment ("-Ana Ruiz, Leeds.").
 */
export function creditAt(text: string, lineStart: number, lineEnd: number, ownBlock = false): TextRange | null {
  let [start, end] = trimRange(text, lineStart, lineEnd)
  if (end - start > MAX_CREDIT_LENGTH || start >= end || !DASHES.includes(text[start])) return null
  let k = start + 1
  while (k < end && DASHES.includes(text[k])) k++
  // "-Name" would be a hyphenated fragment; a hyphen or en dash needs a space after it, or a capital opening a block.
  const spaced = isSpaceCode(text.charCodeAt(k)) || (ownBlock && /\p{Lu}/u.test(text[k] ?? ''))
  if (text[start] !== '—' && text[start] !== '―' && !spaced) return null
  ;[start, end] = trimRange(text, k, end)
  while (end > start && (text[end - 1] === '.' || text[end - 1] === ',')) end--
  if (end <= start || text.slice(start, end).includes('\n')) return null
  return { start, end }
}

/** The speaker a credit names: "Amadou Diallo, governor of Gao" → name + description; "a reader in Bamako" → description. */
export function creditSubject(text: string, credit: TextRange): Subject | null {
  const tokens = tokenize(text, credit.start, credit.end)
  const comma = tokens.findIndex((t) => t.text === ',')
  const nameEnd = comma < 0 ? tokens.length : comma
  const subject = classifyPhrase(text, tokens, 0, nameEnd)
  const role = comma < 0 || comma + 1 >= tokens.length ? null : text.slice(tokens[comma + 1].start, credit.end)
  if (subject) return subject.kind === 'name' && role ? subjectShaped({ ...subject, description: role }) : subject
  if (nameEnd === 0) return null
  // Not a recognisable name or known noun: still the credit the page gives, shown as written.
  const mention = { start: tokens[0].start, end: tokens[nameEnd - 1].end }
  const kind = classifyDescription(text.slice(mention.start, mention.end))
  const credited: Subject = {
    kind: 'description',
    mention,
    name: text.slice(mention.start, mention.end),
    nameWords: [],
    description: role,
    anonymous: kind.anonymous,
    plural: kind.plural,
    group: kind.group
  }
  return withWritten(credited, undefined)
}
