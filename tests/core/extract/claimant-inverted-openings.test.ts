/**
 * A speech verb after a comma is inverted ("…, said the mayor") only when no name opens the sentence as its
 * subject: "Ada Berg, 59, of Leeds, who watched …, said the event brought back memories" is Ada Berg's, and the
 * words after "said" are what she said (trailing-claimants.ts). Sentences written for
 * these tests.
 */
import { describe, expect, it } from 'vitest'
import { trailingAttribution } from '../../../src/core/extract/trailing-claimants'
import { verbSubject } from '../../../src/core/extract/claimant-verb-subjects'
import { sentenceTokens } from '../../../src/core/extract/tokens'
import { expectClaimants } from './expect-claimants'

const OPENED =
  'Ada Berg, 59, of Leeds, who watched the launch on a screen by the quay, said the event brought back memories.'
const CLOSED = 'The event brought back memories of the old quay, said Tom Arden, a docker.'

function read(sentence: string) {
  const tokens = sentenceTokens(sentence, { start: 0, end: sentence.length })
  const said = tokens.findIndex((t) => t.lower === 'said')
  const subject = verbSubject(sentence, tokens, said, said, true, false)
  const trailing = trailingAttribution(sentence, tokens)
  const words = (r: { start: number; end: number } | undefined) => (r ? sentence.slice(r.start, r.end) : null)
  return { subject: words(subject?.mention), trailing: words(trailing?.subject.mention) }
}

describe('a name opening the sentence, described at length before its verb', () => {
  it('is the subject of "said"; the words after it are no inverted subject', () => {
    expect(read(OPENED)).toEqual({ subject: 'Ada Berg', trailing: null })
  })

  it('also when the asides hold commas of their own, as a town and its state do', () => {
    const sentence = 'Ada Berg, 59, of Ashton, Md., who watched the launch, said the event brought back memories.'
    expect(read(sentence)).toEqual({ subject: 'Ada Berg', trailing: null })
  })

  it('a pronoun after "said" is the start of what was said, even when someone met before could be "he"', () => {
    expectClaimants(
      [
        'Mark Ruiz closed the pier on Monday. Tom Hale, a Leeds, Mass., pilot helping to organise the strike, said he and other pilots were alarmed about the levy.'
      ],
      [['Tom Hale', ['Tom Hale', 'Tom Hale', 'said']]]
    )
  })

  it('a clause before the comma still makes "said" inverted, with its subject after it', () => {
    expect(read(CLOSED)).toEqual({ subject: 'Tom Arden', trailing: 'Tom Arden' })
  })
})

describe('an inverted subject described by a relative clause closing the sentence', () => {
  it('is the attribution of the whole sentence, named without its relative clause', () => {
    expectClaimants(
      [
        'The port will close in May, said a spokesman who asked not to be named.',
        'The port will close in May, said an official who was briefed on the talks and spoke on condition of anonymity.',
        'The port will close in May, said two officials who were briefed on the plan.'
      ],
      [
        ['The port will close in May, said a spokesman', ['a spokesman', 'a spokesman', 'said']],
        ['The port will close in May, said an official', ['an official', 'an official', 'said']],
        ['The port will close in May, said two officials', ['two officials', 'two officials', 'said']]
      ]
    )
  })
})
