import type { Block } from '../../shared/article'

/**
 * Sentences shorter than this many words were never annotated in ClaimBuster's crowdsourced set
 * (its shortest sentences have five words), so in training the sentence that "opens a turn" is the
 * turn's first sentence of at least this many words: "Thank you." or "Yes." before it was not there.
 */
const ANNOTATED_MIN_WORDS = 5

/**
 * The place of each sentence in its speaker's turn (0 opens the turn), asked in document order. A
 * turn runs over consecutive turn blocks with the same speaker (a long answer in paragraphs), and
 * a stage direction between them ("(APPLAUSE)") does not end it. Positions count the sentences of
 * ANNOTATED_MIN_WORDS words or more, as the training data did: a shorter one takes no place of its
 * own and gets the place of the next longer one. Outside a transcript: undefined.
 */
export function turnPositions(): (block: Block | undefined, sentence?: string) => number | undefined {
  let speaker: string | undefined
  let lastTurnBlock: Block | undefined
  let counted = 0
  return (block, sentence) => {
    if (!block || block.kind !== 'turn') return undefined
    if (block !== lastTurnBlock) {
      if (lastTurnBlock === undefined || block.speaker !== speaker) counted = 0
      speaker = block.speaker
      lastTurnBlock = block
    }
    const place = counted
    if (sentence === undefined || takesTurnPlace(sentence)) counted++
    return place
  }
}

/** Whether a sentence takes a place of its own in its turn (ANNOTATED_MIN_WORDS words or more). */
export function takesTurnPlace(sentence: string): boolean {
  return wordCount(sentence) >= ANNOTATED_MIN_WORDS
}

/** Words as ClaimBuster's Length column counts them: runs of non-space (stops once it has enough). */
function wordCount(sentence: string): number {
  let words = 0
  let inWord = false
  for (let i = 0; i < sentence.length && words < ANNOTATED_MIN_WORDS; i++) {
    const space = sentence.charCodeAt(i) <= 32
    if (!space && !inWord) words++
    inWord = !space
  }
  return words
}
