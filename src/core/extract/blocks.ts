import type { Block, BlockKind } from '../../shared/article'

/**
 * The kind of the block holding `offset`, by binary search (blocks are sorted and disjoint).
 * Offsets between blocks count as paragraph text.
 */
export function blockKindAt(blocks: readonly Block[], offset: number): BlockKind {
  let low = 0
  let high = blocks.length - 1
  while (low <= high) {
    const mid = (low + high) >> 1
    const block = blocks[mid]
    if (offset < block.start) high = mid - 1
    else if (offset >= block.end) low = mid + 1
    else return block.kind
  }
  return 'paragraph'
}
