/**
 * A person named, then called by an epithet: "the Kentucky Republican said" after Mitch McConnell was named stayed
 * "the Kentucky Republican", and "The Florida governor added" was given to "the former governor" of another
 * paragraph. The epithet names the one person named so far who fits it, and no one when two fit. Sentences written
 * for these tests.
 */
import { describe, expect, it } from 'vitest'
import { expectQuotes } from './quote-expectations'
import { expectClaimants } from './expect-claimants'
import { paragraphs } from '../../helpers/builders'
import { epithetPerson } from '../../../src/core/extract/person-epithets'

describe('a party epithet after a named politician', () => {
  it('names the one politician named before', () => {
    expectQuotes(
      paragraphs(
        'Senate Majority Whip Dick Durbin on Monday attacked the proposal, calling it “a gift to the banks.”',
        '“We will not let this pass,” the Democrat said.'
      ),
      [
        {
          text: 'a gift to the banks.',
          speaker: 'Dick Durbin',
          mention: 'Senate Majority Whip Dick Durbin',
          cue: 'calling'
        },
        {
          text: 'We will not let this pass,',
          speaker: 'Dick Durbin',
          mention: 'the Democrat',
          cue: 'said'
        }
      ]
    )
  })

  it('names no one when two politicians fit it', () => {
    expectQuotes(
      paragraphs(
        'Sen. Tom Carper said the bill was “a start.” Rep. Lisa Blunt said it was “a mistake.”',
        '“This is about trust,” the Democrat said.'
      ),
      [
        { text: 'a start.', speaker: 'Tom Carper' },
        { text: 'a mistake.', speaker: 'Lisa Blunt' },
        { text: 'This is about trust,', speaker: 'the Democrat', mention: 'the Democrat', cue: 'said' }
      ]
    )
  })
})

describe('an epithet naming a state', () => {
  it('names no one whose state was never given', () => {
    expectClaimants(
      [
        'Sen. Rick Dunn said the plan would cut taxes for 80 percent of families.',
        'The Florida senator said the bill would pass by June with 60 votes.'
      ],
      [
        ['Sen. Rick Dunn', ['Rick Dunn', 'Sen. Rick Dunn', 'said']],
        ['The Florida senator', ['The Florida senator', 'The Florida senator', 'said']]
      ]
    )
  })

  it('is not a senator described as of another state', () => {
    expectClaimants(
      [
        'Ruth Sandler, the senator from Vermont, said wages had fallen by 3 percent since 2008.',
        'The Florida senator told reporters that 40 percent of voters were undecided.'
      ],
      [
        ['Ruth Sandler', ['Ruth Sandler', 'Ruth Sandler', 'said']],
        ['The Florida senator', ['The Florida senator', 'The Florida senator', 'told']]
      ]
    )
  })

  it('reads the state in a bracketed party tag, before or after the verb', () => {
    expectClaimants(
      [
        'Sen. Maria Ortiz (D-Calif.) called the delay a gift to the drug companies.',
        'The California Democrat told reporters that she had 52 votes.'
      ],
      [['The California Democrat', ['Maria Ortiz', 'The California Democrat', 'told']]]
    )
    expectQuotes(
      paragraphs(
        '“The bridge will be finished by spring,” said Sen. Ruth Hale (D-Ore.).',
        '“We have the money,” the Oregon Democrat said.'
      ),
      [
        { text: 'The bridge will be finished by spring,', speaker: 'Ruth Hale' },
        { text: 'We have the money,', speaker: 'Ruth Hale', mention: 'the Oregon Democrat', cue: 'said' }
      ]
    )
  })

  it('names the one whose state it is', () => {
    expectQuotes(
      paragraphs(
        'Sen. Rick Dunn, R-Fla., said the plan would cut taxes for most families.',
        '“It is a good plan,” the Florida senator said.'
      ),
      [{ text: 'It is a good plan,', speaker: 'Rick Dunn', mention: 'the Florida senator', cue: 'said' }]
    )
  })
})

describe('an office epithet after a named office holder', () => {
  it('the former governor is the one named as former; the state governor is not the former one', () => {
    expectClaimants(
      [
        'Former Gov. Jan Brewer of Arizona told reporters that the plan would cost $3 billion.',
        'The former governor said that 40,000 jobs were at risk.',
        'Gov. Greg Abbott of Texas said the deal was a disaster for taxpayers.',
        'The Texas governor added that he would veto any bill that raised taxes by 2%.'
      ],
      [
        ['The former governor', ['Jan Brewer', 'The former governor', 'said']],
        ['The Texas governor', ['Greg Abbott', 'The Texas governor', 'added']]
      ]
    )
  })

  it('a prime minister is not the former minister met before', () => {
    expectClaimants(
      [
        'The former minister said 200,000 households would lose the discount.',
        'Speaking in Downing Street, the Prime Minister said that wages were rising by 4% a year.'
      ],
      [['Speaking in', ['the Prime Minister', 'the Prime Minister', 'said']]]
    )
  })
})

describe('epithetPerson', () => {
  const mcconnell = { written: 'Senate Minority Leader Mitch McConnell', description: 'R-Ky.' }
  const unplaced = { written: 'Senate Minority Leader Mitch McConnell', description: null }
  const manchin = { written: 'Sen. Joe Manchin', description: 'a West Virginia Democrat' }
  const jordan = { written: 'Rep. Jim Jordan', description: 'R-Ohio' }

  it('a state or party the person’s words contradict rules them out', () => {
    expect(epithetPerson('the kentucky republican', 'republican', [manchin, mcconnell])).toBe(1)
  })

  it('a state the person’s words never give rules them out', () => {
    expect(epithetPerson('the kentucky republican', 'republican', [unplaced])).toBe(-1)
    expect(epithetPerson('the republican', 'republican', [unplaced])).toBe(0)
  })

  it('a person whose words confirm every word wins over those who merely do not contradict it', () => {
    expect(epithetPerson('the ohio republican', 'republican', [jordan, mcconnell])).toBe(0)
  })

  it('an office and a state in a person’s words about another politician are not theirs', () => {
    const strategist = {
      written: 'Stuart Lowe the chief strategist for the campaign Mr. Lowe',
      description: 'who took direct aim at Senator Ana Ruiz of Ohio'
    }
    const aide = { written: 'Tom Pryce', description: 'an aide to Gov. Dan Hale of Ohio' }
    expect(epithetPerson('the ohio republican', 'republican', [strategist])).toBe(-1)
    expect(epithetPerson('the ohio governor', 'governor', [aide])).toBe(-1)
    // Their own title and state still count.
    expect(
      epithetPerson('the ohio senator', 'senator', [{ written: 'Sen. Ana Ruiz of Ohio', description: null }])
    ).toBe(0)
  })

  it('neither an office nor a party: no epithet', () => {
    expect(epithetPerson('the kentucky farmer', 'farmer', [mcconnell])).toBe(-1)
    // The party itself names no one.
    expect(epithetPerson('the gop', 'gop', [mcconnell])).toBe(-1)
  })
})

describe('a party epithet after a strategist who attacked a politician', () => {
  it('stays as written: the politician attacked is not the strategist', () => {
    expectClaimants(
      [
        '“It is bad for the party,” said Stuart Lowe, a strategist who took direct aim at Senator Ana Ruiz of Ohio.',
        'Asked about the 12 percent rise, the Ohio Republican would only say that 300 jobs were at risk.'
      ],
      [
        ['“It is bad', ['Stuart Lowe', 'Stuart Lowe', 'said']],
        ['Asked about', ['the Ohio Republican', 'the Ohio Republican', 'say']]
      ]
    )
  })
})

describe('a description with the head of one met before', () => {
  it('is not the person whose description has other words before that head', () => {
    expectClaimants(
      [
        'Transport Secretary Louise Haigh told MPs that 40% of trains ran late in March.',
        'The former health secretary added that the figures were the worst since 2019.'
      ],
      [['The former health', ['The former health secretary', 'The former health secretary', 'added']]]
    )
  })
})
