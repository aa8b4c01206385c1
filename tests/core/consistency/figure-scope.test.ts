/**
 * What a figure says beyond its amount: the hedge in front of it and the amounts it then allows, and whether it is
 * given as a part of a group. Sentences our own.
 */
import { describe, expect, it } from 'vitest'
import { allowedRange, hedgeBefore, statedAsPart } from '../../../src/core/consistency/figure-scope'
import type { Fact } from '../../../src/shared/article'

function figureIn(text: string, figure: string): Fact {
  const start = text.indexOf(figure)
  return { kind: 'number', start, end: start + figure.length, text: figure, value: figure }
}

describe('hedges', () => {
  it.each([
    ['The ferry carries about 600 cars a day.', '600 cars', 'about', 'about'],
    ['The ferry carries more than 600 cars a day.', '600 cars', 'more than', 'at-least'],
    ['The ferry carries no more than 600 cars a day.', '600 cars', 'no more than', 'at-most'],
    ['The ferry carries just over 600 cars a day.', '600 cars', 'just over', 'just-over'],
    ['The ferry carries Nearly 600 cars a day.', '600 cars', 'Nearly', 'just-under']
  ])('%s → %s is hedged by "%s"', (text, figure, words, hedge) => {
    const fact = figureIn(text, figure)
    const read = hedgeBefore(text, fact.start)
    expect(read).toEqual({ hedge, words, start: text.indexOf(words) })
  })

  it('reads no hedge inside another word or where there is none', () => {
    expect(hedgeBefore('The ferry carries 600 cars.', 18)).toBeNull()
    expect(hedgeBefore('A tabout 600 cars.', 9)).toBeNull()
  })

  it('allows what rounds to an approximation, one step for "nearly", everything on a bound\'s side', () => {
    expect(allowedRange(600, 'about')).toEqual([550, 650])
    expect(allowedRange(310_000, 'about')).toEqual([305_000, 315_000])
    expect(allowedRange(640, 'just-under')).toEqual([630, 640])
    expect(allowedRange(700, 'at-least')).toEqual([700, Infinity])
    expect(allowedRange(700, 'at-most')).toEqual([0, 700])
    expect(allowedRange(630, null)).toEqual([630, 630])
  })
})

describe('parts of a group', () => {
  it.each([
    ['Of those, 40 cars were turned away at the ramp.', '40 cars', true],
    ['Among them, 40 cars were turned away.', '40 cars', true],
    ['Some 40 cars of them were turned away.', '40 cars', true],
    ['Staff turned away 40 of the cars at the ramp.', '40', true],
    ['Staff turned away 40 cars at the ramp.', '40 cars', false],
    ['Staff turned away 40 cars of every colour at the ramp.', '40 cars', false]
  ])('%s → part: %s', (text, figure, part) => {
    expect(statedAsPart(text, figureIn(text, figure), 0)).toBe(part)
  })
})
