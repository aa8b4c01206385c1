import type { Block } from '../../shared/article'

/**
 * The place of each sentence in its speaker's turn (0 opens the turn), asked in document order. A
 * turn runs over consecutive turn blocks with the same speaker (a long answer in paragraphs), and
 * a stage direction between them ("(APPLAUSE)") does not end it. Outside a transcript: undefined.
 */
export function turnPositions(): (block: Block | undefined) => number | undefined {
  let speaker: string | undefined
  let lastTurnBlock: Block | undefined
  let index = 0
  return (block) => {
    if (!block || block.kind !== 'turn') return undefined
    if (block !== lastTurnBlock) {
      if (lastTurnBlock === undefined || block.speaker !== speaker) index = -1
      speaker = block.speaker
      lastTurnBlock = block
    }
    return ++index
  }
}
