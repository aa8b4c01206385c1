/**
 * A turn read from captions often spans several of them (one speaker, a sentence a cue). Each caption keeps its
 * own start, so a claim in the turn's third caption is found at that caption's time, not the turn's first.
 */
import { describe, expect, it } from 'vitest'
import { spokenTime } from '../../../src/core/case/case-reading'
import { spokenTimeAt } from '../../../src/core/extract/blocks'
import type { Article } from '../../../src/shared/article'
import { caseFile, claim } from '../../helpers/builders'
import { expectWellFormed, imported } from './helpers'

const CAPTIONS = [
  'WEBVTT',
  '',
  '00:01:30.000 --> 00:01:34.000',
  '<v Chair>Councillor Moss, the clinic question.',
  '',
  '00:01:34.500 --> 00:01:37.000',
  '<v Dana Moss>Thank you.',
  '',
  '00:01:37.000 --> 00:01:41.500',
  'The clinic opened in a rented hall in 2019.',
  '',
  '00:01:42.000 --> 00:01:47.000',
  'It now sees 640 patients a week, twice the number it was built for.',
  '',
  '00:01:47.200 --> 00:01:50.000',
  'That is why we need the new wing.',
  ''
].join('\n')

const article = imported('clinic.vtt', CAPTIONS)
const words = (text: string): number => article.text.indexOf(text)
const mossTurn = (a: Article) => a.blocks.find((block) => block.speaker === 'Dana Moss')

describe('the times of the captions inside a turn', () => {
  it('keeps one turn for the speaker, its time from the first caption to the last', () => {
    expectWellFormed(article)
    const turn = mossTurn(article)
    expect(article.text.slice(turn!.start, turn!.end)).toBe(
      'Thank you. The clinic opened in a rented hall in 2019. It now sees 640 patients a week, twice the number it was built for. That is why we need the new wing.'
    )
    expect(turn?.time).toEqual({ start: 94.5, end: 110 })
  })

  it('keeps where each caption begins in the text and when it is spoken', () => {
    expect(mossTurn(article)?.captions).toEqual([
      { at: words('Thank you.'), start: 94.5, end: 97 },
      { at: words('The clinic opened'), start: 97, end: 101.5 },
      { at: words('It now sees'), start: 102, end: 107 },
      { at: words('That is why'), start: 107.2, end: 110 }
    ])
  })

  it("gives a claim in the third caption that caption's time, at 1:42", () => {
    const patients = claim(article, 'It now sees 640 patients a week, twice the number it was built for.')
    expect(spokenTime(caseFile(article, { items: [patients] }), patients)).toEqual({ start: 102, end: 107 })
    // Words in the middle of a caption are in it; the turn's first words are at the turn's start.
    expect(spokenTimeAt(article.blocks, words('640 patients'))?.start).toBe(102)
    expect(spokenTimeAt(article.blocks, words('Thank you.'))?.start).toBe(94.5)
  })

  it('keeps no list for a turn of one caption, which has its time already', () => {
    const chair = article.blocks.find((block) => block.speaker === 'Chair')
    expect(chair?.time).toEqual({ start: 90, end: 94 })
    expect(chair?.captions).toBeUndefined()
  })

  it('gives the turn its first time in a case saved before the captions were kept', () => {
    const older: Article = { ...article, blocks: article.blocks.map(({ captions: _kept, ...block }) => block) }
    const patients = claim(older, 'It now sees 640 patients a week, twice the number it was built for.')
    expect(spokenTime(caseFile(older, { items: [patients] }), patients)).toEqual({ start: 94.5, end: 110 })
  })

  it('gives a stage direction lifted out of a caption run the time of its own caption, the words either side theirs', () => {
    const laughing = imported(
      'laugh.vtt',
      [
        'WEBVTT',
        '',
        '00:00:10.000 --> 00:00:13.000',
        '<v Dana Moss>The wing costs 3 million pounds.',
        '',
        '00:00:13.000 --> 00:00:15.000',
        '(LAUGHTER) Not a penny more.',
        '',
        '00:00:15.500 --> 00:00:18.000',
        'The board signed it in March.',
        ''
      ].join('\n')
    )
    expectWellFormed(laughing)
    const timed = laughing.blocks.map((block) => [
      laughing.text.slice(block.start, block.end),
      block.time?.start,
      block.captions?.map((cue) => [laughing.text.slice(cue.at, cue.at + 3), cue.start])
    ])
    expect(timed).toEqual([
      ['The wing costs 3 million pounds.', 10, undefined],
      ['(LAUGHTER)', 13, undefined],
      [
        'Not a penny more. The board signed it in March.',
        13,
        [
          ['Not', 13],
          ['The', 15.5]
        ]
      ]
    ])
  })
})
