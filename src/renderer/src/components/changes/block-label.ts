/**
 * What each paragraph block of the draft diff says about itself, in words: the view never relies
 * on colour alone, and a screen reader hears the same label a sighted checker reads.
 * Paragraph numbers count from 1, in the new draft unless the text says "was".
 */
import type { DraftBlock } from '../../../../core/revisions/draft-diff'

/** "3", "3 and 4", "3 to 5". */
function span(numbers: number[]): string {
  if (numbers.length === 1) return String(numbers[0])
  if (numbers.length === 2) return `${numbers[0]} and ${numbers[1]}`
  return `${numbers[0]} to ${numbers[numbers.length - 1]}`
}

const paragraphs = (numbers: number[]): string =>
  `${numbers.length === 1 ? 'Paragraph' : 'Paragraphs'} ${span(numbers)}`

/** The label above a block; null for an unchanged paragraph in its place (nothing to say). */
export function blockLabel(block: DraftBlock): string | null {
  const at = paragraphs(block.newNumbers)
  const movedFrom = block.moved ? `moved from paragraph ${span(block.oldNumbers)}` : ''
  switch (block.kind) {
    case 'added':
      return `${at}: added`
    case 'removed':
      return `Removed (was paragraph ${span(block.oldNumbers)})`
    case 'moved-away':
      return `${paragraphs(block.oldNumbers)} moved to paragraph ${span(block.newNumbers)}`
    case 'unchanged':
      return block.moved ? `${at}: ${movedFrom}` : null
    case 'changed':
      return block.moved ? `${at}: ${movedFrom} and changed` : `${at}: changed`
    case 'split':
      return `${at}: split from paragraph ${span(block.oldNumbers)}${block.moved ? ', moved' : ''}`
    case 'merged':
      return `${at}: merged from paragraphs ${span(block.oldNumbers)}${block.moved ? ', moved' : ''}`
  }
}
