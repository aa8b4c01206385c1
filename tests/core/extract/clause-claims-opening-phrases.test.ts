/**
 * A sentence opening on a phrase set on a relative clause ("Like other owners who foresee a gain, …"), or on a
 * "While …" clause after a short phrase of its own ("In a May debate, while …"): when the opening holds the
 * sentence's first attribution and the main clause after its comma opens on its own subject and cue, each is a claim
 * of its own; and a clause after one of the writer's ("When I emailed Ruiz …, she replied …") is the other person's.
 * Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest'
import { claimsOf } from '../../helpers/claim-rows'
import { boundaries } from '../../../src/core/extract/clause-boundaries'
import { tokenize } from '../../../src/core/extract/tokens'

const texts = (body: string) => claimsOf(body).map(([text]) => text)

describe('an opening phrase set on a relative clause', () => {
  it('is cut at its closing comma after a preposition ("Like …", "Following …, which …,")', () => {
    expect(
      claimsOf(
        'Like other ferry owners who foresee a gain from the levy, Tom Berg said he was building a new terminal with 40 berths.'
      )
    ).toEqual([
      ['Like other ferry owners who foresee a gain from the levy', 'other ferry owners', 'who', 'foresee'],
      ['Tom Berg said he was building a new terminal with 40 berths.', 'Tom Berg', 'Tom Berg', 'said']
    ])
    expect(
      claimsOf(
        'Following the leak of the audit, which concluded that the board broke its own rules in 2023, the harbour board argued that it had hidden nothing.'
      ).map(([text, name, , cue]) => [text, name, cue])
    ).toEqual([
      [
        'Following the leak of the audit, which concluded that the board broke its own rules in 2023',
        'the audit',
        'concluded'
      ],
      ['the harbour board argued that it had hidden nothing.', 'the harbour board', 'argued']
    ])
  })

  it('is cut after an "-ing" form whose subject is the main clause\'s', () => {
    expect(
      claimsOf(
        'Adopting the proposals of a harbour engineer who considered the matter in May, the port board on Monday rejected both bids and ordered a new survey of the pier.'
      ).map(([text, name]) => [text, name])
    ).toEqual([
      ['Adopting the proposals of a harbour engineer who considered the matter in May', 'harbour engineer'],
      ['the port board on Monday rejected both bids and ordered a new survey of the pier.', 'the port board']
    ])
  })

  it("leaves the sentence whole when the opening holds no one's attribution but the main clause's", () => {
    for (const sentence of [
      'In that case, the harbour board said mooring fees would rise by 12 percent in 2026.',
      'With the fees that the board set in May, the port lost £2 million in 2024, the auditors said.',
      // What the board cited is the board's claim: an "-ing" cue opens no phrase of someone else's.
      'Citing engineers who say the pier is unsafe, the harbour board said it would close the pier for 18 months.'
    ])
      expect(texts(sentence)).toEqual([sentence])
  })
})

describe('an opening "While …" clause after a short phrase and its comma', () => {
  it('is cut at the comma closing the clause, the phrase kept with it', () => {
    expect(
      claimsOf(
        'In a May debate, while most of her rivals called for a higher levy on cruise ships, Hale argued that fees should fall by 10 percent.'
      ).map(([text, name]) => [text, name])
    ).toEqual([
      ['In a May debate, while most of her rivals called for a higher levy on cruise ships', 'most of her rivals'],
      ['Hale argued that fees should fall by 10 percent.', 'Hale']
    ])
    expect(
      claimsOf(
        'Interestingly, after the auditors asked the board for its minutes, Hale said that two of them had gone missing in 2022.'
      ).map(([text, name]) => [text, name])
    ).toEqual([
      ['Interestingly, after the auditors asked the board for its minutes', 'the auditors'],
      ['Hale said that two of them had gone missing in 2022.', 'Hale']
    ])
  })
})

describe('a clause after one of the writer\'s ("I")', () => {
  it('names the person its pronoun stands for, never the writer', () => {
    const claims = claimsOf(
      'When I emailed Ana Ruiz to ask about the levy, she replied that the port had lost £2 million in 2024.'
    )
    expect(claims.at(-1)).toEqual([
      'she replied that the port had lost £2 million in 2024.',
      'Ana Ruiz',
      'she',
      'replied'
    ])
  })
})

describe('the opening read', () => {
  it('reads no token past a sentence ending on its joiner', () => {
    for (const text of ['And', 'But,', 'Yet even', 'In May,'])
      expect(boundaries(tokenize(text, 0, text.length))).toEqual([])
  })
})
