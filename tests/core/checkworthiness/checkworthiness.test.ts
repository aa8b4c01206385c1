/**
 * Check-worthiness on prose written for these tests: what a checker would expect to see flagged,
 * what not, and reasons that quote the sentence.
 */
import { describe, expect, it } from 'vitest'
import {
  CLAIM_THRESHOLD,
  scoreCheckWorthiness,
  scoreInAndOutOfQuotes
} from '../../../src/core/checkworthiness/checkworthiness'
import weights from '../../../src/core/checkworthiness/checkworthiness-weights.json'
import { HAND_FEATURE_IDS } from '../../../src/core/checkworthiness/features-catalogue'

const score = (s: string): number => scoreCheckWorthiness(s).score

describe('sentences that are not claims score below the threshold', () => {
  it.each([
    ['question', 'Why did the council wait so long to act?'],
    ['question', 'Is the new bridge really safe for heavy lorries?'],
    ['question', 'What happens to the pension fund now?'],
    ['opinion', 'I think the mayor has lost touch with ordinary families.'],
    ['opinion', 'We must do better for our children.'],
    ['opinion', 'In my opinion, the reform is a mistake.'],
    ['opinion', 'I believe this country deserves better leadership.'],
    ['hedged prediction', 'The strike could spread to other ports.'],
    ['hedged prediction', 'Prices might fall if the harvest is good.'],
    ['prediction', 'We are going to win this election.'],
    ['impersonal opinion', 'It is arguable that the scheme has done more harm than good.'],
    ['feeling', "I'm so proud of everyone who worked on this."],
    ['feeling', 'We are delighted to welcome you all tonight.'],
    ['thanks', 'Thank you very much.'],
    ['imperative', "Let's look at the record."]
  ])('%s: %s', (_, sentence) => {
    expect(score(sentence)).toBeLessThan(CLAIM_THRESHOLD)
  })
})

describe('sentences that state quantities score at or above the threshold', () => {
  it.each([
    'Unemployment fell to 4.2 percent in March, the lowest rate since 1999.',
    'The city spent $410 million on the stadium in 2013.',
    'The river rose by 3 metres overnight, flooding more than 200 homes.',
    'Exports to China increased by 12.4% last year.',
    'The company cut 5,000 jobs in 2020.',
    'Violent crime has doubled in the last ten years.'
  ])('%s', (sentence) => {
    expect(score(sentence)).toBeGreaterThanOrEqual(CLAIM_THRESHOLD)
  })
})

describe('record claims a fact-checker would verify score at or above the threshold', () => {
  it.each([
    'I voted against the war in Iraq.',
    'We cut taxes for small businesses.',
    'He has never paid a dime in federal income tax.',
    'For the first time, more women than men voted in the election.'
  ])('%s', (sentence) => {
    expect(score(sentence)).toBeGreaterThanOrEqual(CLAIM_THRESHOLD)
  })

  it('does not let "never" turn a promise into a claim', () => {
    expect(score('I will never give up on this town.')).toBeLessThan(CLAIM_THRESHOLD)
  })
})

describe('reasons name what fired, quoting the sentence', () => {
  it.each([
    ['The city spent $410 million on the stadium in 2013.', ['money: $410 million', 'year: 2013']],
    ['Exports to China increased by 12.4% last year.', ['percentage: 12.4%', 'change: increased']],
    [
      'Unemployment fell to 4.2 percent in March, the lowest rate since 1999.',
      ['superlative: the lowest', 'statistic word: Unemployment']
    ],
    [
      'The river rose by 3 metres overnight, flooding more than 200 homes.',
      ['comparison: more than', 'measurement: 3 metres']
    ],
    ['France sent 5,000 troops to Mali.', ['number: 5,000']],
    ['Why did the council wait so long to act?', ['question']],
    ['I think the mayor has lost touch with ordinary families.', ['opinion: I think']],
    ['The strike could spread to other ports.', ['hedged prediction: could']],
    ["I'm so proud of everyone who worked on this.", ["feeling: I'm so proud"]],
    // Debate-style record claims: what the speaker did, over what period, and absolutes.
    ['I voted against the war in Iraq.', ['own record: I voted']],
    ['Crime has fallen in the last ten years.', ['time span: in the last ten years']],
    ['Wages have been flat since 2008.', ['time span: since 2008']],
    ['Schools lost 9% of their maths teachers between 2021 and 2025.', ['time span: between 2021 and 2025']],
    ['He has never paid a dime in federal income tax.', ['absolute claim: never']],
    ['The Affordable Care Act covers millions of people.', ['named policy: The Affordable Care Act']]
  ])('%s', (sentence, expected) => {
    const { reasons } = scoreCheckWorthiness(sentence)
    for (const reason of expected) expect(reasons).toContain(reason)
  })

  it('does not repeat a number already shown inside a money amount', () => {
    const { reasons } = scoreCheckWorthiness('The city spent $410 million on the stadium.')
    expect(reasons).toContain('money: $410 million')
    expect(reasons).not.toContain('number: 410')
  })

  it('lists the reasons for the decision first', () => {
    const claim = scoreCheckWorthiness('Officials said 42 soldiers died in the attack, but the toll could rise.')
    expect(claim.score).toBeGreaterThanOrEqual(CLAIM_THRESHOLD)
    expect(claim.reasons[0]).toMatch(/^(number|statistic word)/)
    const question = scoreCheckWorthiness('Did the minister really sign the order?')
    expect(question.score).toBeLessThan(CLAIM_THRESHOLD)
    expect(question.reasons[0]).toBe('question')
  })

  it('calls the month May a date, not a hedge', () => {
    const { reasons } = scoreCheckWorthiness('The law came into force on May 4, 2018.')
    expect(reasons.some((r) => r.startsWith('hedged'))).toBe(false)
    expect(reasons).toContain('date: May 4, 2018')
  })
})

describe('news context', () => {
  it('scores a headline question and a hedged standfirst low', () => {
    const headline = scoreCheckWorthiness('Has the government abandoned the north to the floods?', { kind: 'title' })
    expect(headline.score).toBeLessThan(CLAIM_THRESHOLD)
    expect(headline.reasons).toContain('headline that asks or hedges')
    const standfirst = scoreCheckWorthiness(
      'The closure of the Scottish plant could be as damaging for the Prime Minister as the rail strikes were for his predecessor',
      { kind: 'standfirst' }
    )
    expect(standfirst.score).toBeLessThan(CLAIM_THRESHOLD)
  })

  it('never treats a byline or a metadata line as a claim', () => {
    expect(scoreCheckWorthiness('By Thomas Brooke, 12 June 2021', { kind: 'byline' }).score).toBeLessThan(0.01)
    expect(scoreCheckWorthiness('editor: REMIX NEWS', { kind: 'metadata' }).score).toBeLessThan(0.01)
  })

  it('treats a third-person report of events in body text as a claim', () => {
    const sentence = 'The rescue operation was named Operation Harbour Light.'
    const body = scoreCheckWorthiness(sentence, { kind: 'paragraph' })
    expect(body.score).toBeGreaterThan(scoreCheckWorthiness(sentence).score)
    expect(body.reasons).toContain('reported event: named')
  })

  it('does not boost reported speech that only hedges or predicts', () => {
    const sentence = '“It is hard to see how the talks are going to succeed,” the minister told reporters.'
    expect(scoreCheckWorthiness(sentence, { kind: 'paragraph' }).score).toBeLessThan(CLAIM_THRESHOLD)
  })

  it('leans a caption towards checking and quoted words slightly away', () => {
    const sentence = 'Soldiers leave their base in Gao.'
    expect(scoreCheckWorthiness(sentence, { kind: 'caption' }).score).toBeGreaterThan(score(sentence))
    expect(scoreCheckWorthiness(sentence, { inQuote: true }).score).toBeLessThan(score(sentence))
  })
})

describe('the shipped weights', () => {
  it('have a trained weight for every hand feature (retrain after adding one)', () => {
    const trained = Object.keys(weights.hand)
    expect(HAND_FEATURE_IDS.filter((id) => !trained.includes(id))).toEqual([])
  })

  it('keep words and weights aligned and the file small', () => {
    expect(weights.terms.length).toBe(weights.termWeights.length)
    expect(JSON.stringify(weights).length).toBeLessThan(1_000_000)
  })
})

describe('the threshold', () => {
  it('is a probability strictly between 0 and 1', () => {
    expect(CLAIM_THRESHOLD).toBeGreaterThan(0)
    expect(CLAIM_THRESHOLD).toBeLessThan(1)
  })

  it('gives the same answer for the same sentence', () => {
    const s = 'The company cut 5,000 jobs in 2020.'
    expect(scoreCheckWorthiness(s)).toEqual(scoreCheckWorthiness(s))
  })

  it('reads a sentence in and out of quotes with one scoring, as two scorings would, reasons when asked', () => {
    const sentences = [
      'The company cut 5,000 jobs in 2020.',
      'Is the new bridge really safe for heavy lorries?',
      'Harbour Council said on Friday that fares would rise by 4% in May.',
      'We are delighted to welcome you all tonight.'
    ]
    for (const sentence of sentences)
      for (const context of [
        {},
        { kind: 'paragraph' as const },
        { kind: 'title' as const },
        { kind: 'caption' as const }
      ]) {
        const both = scoreInAndOutOfQuotes(sentence, context)
        const outside = scoreCheckWorthiness(sentence, { ...context, inQuote: false })
        const inside = scoreCheckWorthiness(sentence, { ...context, inQuote: true })
        expect(both.outside).toBe(outside.score)
        expect(both.inside()).toBe(inside.score)
        // Asked in either order, and again: the reasons are built once and read both ways.
        expect(both.withReasons(true)).toEqual(inside)
        expect(both.withReasons(false)).toEqual(outside)
        expect(both.withReasons(true)).toEqual(inside)
        expect(both.inside()).toBeLessThan(both.outside)
        // Extraction keeps the reasons' parts of a sentence at the claim threshold alone: same scores, same reasons.
        const kept = scoreInAndOutOfQuotes(sentence, context, CLAIM_THRESHOLD)
        expect([kept.outside, kept.inside()]).toEqual([outside.score, inside.score])
        if (outside.score >= CLAIM_THRESHOLD) expect(kept.withReasons(true)).toEqual(inside)
        else expect(() => kept.withReasons(false)).toThrow()
      }
  })
})
