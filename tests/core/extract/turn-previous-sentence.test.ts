import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../../src/core/import/index'
import { extract } from '../../../src/core/extract/extract'
import { blockAt } from '../../../src/core/extract/blocks'
import { scoreInAndOutOfQuotes } from '../../../src/core/checkworthiness/checkworthiness'

/** The draft made of `lines`, read and extracted with every sentence a claim (so each has its reasons). */
function extracted(name: string, lines: string[]) {
  const parsed = parseArticle(name, new TextEncoder().encode(lines.join('\n')))
  if (!parsed.ok) throw new Error(parsed.error.message)
  return { article: parsed.value, extraction: extract(parsed.value, { threshold: 0 }) }
}

/** The score and reasons extraction gives `sentence` (found once) in a draft made of `lines`. */
function scored(name: string, lines: string[], sentence: string): { score: number; reasons: string[] } {
  const { article, extraction } = extracted(name, lines)
  const text = article.text
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
const WELCOME = 'MODERATOR: Good evening, and welcome to the transport debate.'
const BUDGET = 'The depot budget was cut from £12 million to £7 million over three years.'
const STUDENTS = 'I want to thank the students who organised this evening for us.'
const DRIVERS = 'I have talked to a lot of drivers about that.'

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

describe("the turn's earlier sentences in a transcript", () => {
  it('raise a sentence whose turn has been making claims, the sentence just before it being the same, and say why', () => {
    const afterClaims = scored('a.txt', [WELCOME, QUESTION, `VALE: ${CLAIM} ${BUDGET} ${DRIVERS} ${NEXT}`], NEXT)
    const afterThanks = scored('b.txt', [WELCOME, QUESTION, `VALE: ${THANKS} ${STUDENTS} ${DRIVERS} ${NEXT}`], NEXT)
    expect(afterClaims.score).toBeGreaterThan(afterThanks.score)
    expect(afterClaims.reasons).toContain('likely claims earlier in the turn')
    expect(afterThanks.reasons).not.toContain('likely claims earlier in the turn')
  })

  it('count a claim two sentences back more than the same claim three back', () => {
    const twoBack = scored('c.txt', [WELCOME, QUESTION, `VALE: ${DRIVERS} ${CLAIM} ${STUDENTS} ${NEXT}`], NEXT)
    const threeBack = scored('d.txt', [WELCOME, QUESTION, `VALE: ${CLAIM} ${DRIVERS} ${STUDENTS} ${NEXT}`], NEXT)
    expect(twoBack.score).toBeGreaterThan(threeBack.score)
  })

  it("are the speaker's own: a new turn does not read what the last speaker said", () => {
    const afterClaims = scored(
      'e.txt',
      [WELCOME, QUESTION, `PRICE: ${CLAIM} ${BUDGET}`, `VALE: ${DRIVERS} ${STUDENTS} ${NEXT}`],
      NEXT
    )
    const afterThanks = scored(
      'f.txt',
      [WELCOME, QUESTION, `PRICE: ${THANKS} ${BUDGET}`, `VALE: ${DRIVERS} ${STUDENTS} ${NEXT}`],
      NEXT
    )
    expect(afterClaims.score).toBe(afterThanks.score)
    expect(afterClaims.reasons).not.toContain('likely claims earlier in the turn')
  })

  it('leave an article’s sentences scored on their own words', () => {
    const afterClaims = scored('g.txt', [`${CLAIM} ${BUDGET} ${DRIVERS} ${NEXT}`], NEXT)
    const afterThanks = scored('h.txt', [`${THANKS} ${STUDENTS} ${DRIVERS} ${NEXT}`], NEXT)
    expect(afterClaims.score).toBe(afterThanks.score)
  })

  it('weigh each sentence half the one after it, back to the first of the turn', () => {
    const turn = [CLAIM, THANKS, BUDGET, DRIVERS, STUDENTS, NEXT]
    const { article, extraction } = extracted('i.txt', [WELCOME, QUESTION, `VALE: ${turn.join(' ')}`])
    const mine = extraction.sentences.slice(-turn.length)
    expect(mine.map(({ start, end }) => article.text.slice(start, end))).toEqual(turn)
    const block = blockAt(article.blocks, mine[0].start)
    const context = (t: number) => ({ kind: block?.kind, role: block?.role, turnIndex: t })
    const own = turn.map((sentence, t) => scoreInAndOutOfQuotes(sentence, context(t)).ownLogit)
    // As training sums them (scripts/train-turn-context.ts earlierSums): the previous sentence apart, then two back
    // at 1, three back at ½ and so on.
    const t = turn.length - 1
    const earlierInTurn = own[3] + own[2] / 2 + own[1] / 4 + own[0] / 8
    const expected = scoreInAndOutOfQuotes(NEXT, { ...context(t), previousInTurn: own[t - 1], earlierInTurn })
    expect(mine[t].score).toBeCloseTo(expected.outside, 12)
  })
})
