import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../../src/core/import/index'
import { extract } from '../../../src/core/extract/extract'

/** The score and reasons extraction gives `sentence` in a draft made of `lines`. */
function scored(name: string, lines: string[], sentence: string): { score: number; reasons: string[] } {
  const parsed = parseArticle(name, new TextEncoder().encode(lines.join('\n')))
  if (!parsed.ok) throw new Error(parsed.error.message)
  const extraction = extract(parsed.value, { threshold: 0 })
  const text = parsed.value.text
  const found = extraction.sentences.find((s) => text.slice(s.start, s.end) === sentence)
  const claim = extraction.claims.find((c) => c.text === sentence)
  if (!found || !claim) throw new Error(`not read: ${sentence}`)
  return { score: found.score, reasons: claim.reasons }
}

const CLAIM = 'Fares on the number 9 route rose 30 percent in 2023, and ridership fell by 4,000 a week.'
const THANKS = 'Thank you so much, it is lovely to be here with all of you tonight.'
const NEXT = 'The council closed two depots that year.'
const QUESTION = 'MODERATOR: Ms Vale, what happened to the buses?'
const CLOSE = 'MODERATOR: We will come back to that after the break.'

describe("the speaker's previous sentence in a transcript turn", () => {
  it('raises a sentence that goes on from a claim above the same sentence after thanks, and says why', () => {
    const afterClaim = scored('a.txt', [QUESTION, `VALE: ${CLAIM} ${NEXT}`, CLOSE], NEXT)
    const afterThanks = scored('b.txt', [QUESTION, `VALE: ${THANKS} ${NEXT}`, CLOSE], NEXT)
    expect(afterClaim.score).toBeGreaterThan(afterThanks.score)
    expect(afterClaim.reasons).toContain('follows a likely claim in the turn')
    expect(afterThanks.reasons).not.toContain('follows a likely claim in the turn')
  })

  it("leaves a sentence that opens a new speaker's turn as it is, whatever was said before", () => {
    const afterClaim = scored('c.txt', [QUESTION, `PRICE: ${CLAIM}`, `VALE: ${NEXT}`], NEXT)
    const afterThanks = scored('d.txt', [QUESTION, `PRICE: ${THANKS}`, `VALE: ${NEXT}`], NEXT)
    expect(afterClaim.score).toBe(afterThanks.score)
  })

  it('leaves an article’s sentences scored on their own words', () => {
    const afterClaim = scored('e.txt', [`${CLAIM} ${NEXT}`], NEXT)
    const afterThanks = scored('f.txt', [`${THANKS} ${NEXT}`], NEXT)
    expect(afterClaim.score).toBe(afterThanks.score)
    expect(afterClaim.reasons).not.toContain('follows a likely claim in the turn')
  })
})
