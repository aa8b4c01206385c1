/**
 * A relative clause reporting someone's words about the noun before it ("…, which critics said was unlawful") is a
 * claim of its own, claimed by whoever it names; a clause whose noun is an object ("which critics said the port
 * should drop") stays the sentence's. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest'
import { claimsOf } from '../../helpers/claim-rows'

/** The texts of a paragraph's claims. */
const textsOf = (body: string): string[] => claimsOf(body).map(([text]) => text)

describe('a relative clause reporting what someone else says of the noun before it', () => {
  it('is a claim of whoever it names, the clause before it the sentence speaker’s', () => {
    expect(
      claimsOf(
        'The harbour board announced a mooring levy of £40 a night, which local skippers said was unlawful under the 2019 ports act.'
      )
    ).toEqual([
      [
        'The harbour board announced a mooring levy of £40 a night',
        'The harbour board',
        'The harbour board',
        'announced'
      ],
      ['which local skippers said was unlawful under the 2019 ports act.', 'local skippers', 'local skippers', 'said']
    ])
    // The same speaker's, not check-worthy on its own words: a statement of hers all the same, named at "she".
    const fair = 'Mayor Ann Hale announced that ferry fares would rise by 12 percent in May, which she said was fair.'
    expect(claimsOf(fair).map((row) => row.slice(1))).toEqual([
      ['Ann Hale', 'Mayor Ann Hale', 'announced'],
      ['Ann Hale', 'she', 'said']
    ])
  })

  it('is claimed by the same speaker, named by the pronoun, without a comma too', () => {
    expect(
      claimsOf(
        'Mayor Ann Hale praised the new ferry timetable and the two extra crossings that she said had cut waiting times by 40 percent in 2023.'
      )
    ).toEqual([
      [
        'Mayor Ann Hale praised the new ferry timetable and the two extra crossings',
        'Ann Hale',
        'Mayor Ann Hale',
        'praised'
      ],
      ['that she said had cut waiting times by 40 percent in 2023.', 'Ann Hale', 'she', 'said']
    ])
    // "said that …" opens what was said: a report inside it is nested, left whole.
    const nested = 'Ruth Berg said that auditors said was the word they used for the £3 million gap in 2023.'
    expect(textsOf(nested)).toEqual([nested])
  })

  it('is read between commas, not where the noun is an object or the relative word the subject', () => {
    expect(
      claimsOf(
        'The port authority announced a plan to raise fees by 12 percent, which, its critics say, would cut harbour revenue by £2 million in 2025.'
      )
    ).toEqual([
      [
        'The port authority announced a plan to raise fees by 12 percent',
        'The port authority',
        'The port authority',
        'announced'
      ],
      [
        'which, its critics say, would cut harbour revenue by £2 million in 2025.',
        "The port authority's critics",
        'its critics',
        'say'
      ]
    ])
    const objectGap = 'The council published the 2023 audit, which critics said the port should withdraw by 2025.'
    expect(textsOf(objectGap)).toEqual([objectGap])
    // "who" as the subject is no report on the noun: the clause is Ruiz's own claim after his name
    // (clause-claims.ts closingRelative), kept apart from Berg's though Berg's is not check-worthy alone.
    const own = 'Ruth Berg thanked Tom Ruiz, who said the 2023 audit found £3 million in unpaid fees.'
    expect(textsOf(own)).toEqual([
      'Ruth Berg thanked Tom Ruiz',
      'who said the 2023 audit found £3 million in unpaid fees.'
    ])
  })

  it('is read with no relative word, after a comma, a determiner and its noun', () => {
    expect(
      claimsOf(
        'The county board said it would raise the bus fare to $3, a move rider groups said would cost commuters $400 a year.'
      )
    ).toEqual([
      ['The county board said it would raise the bus fare to $3', 'The county board', 'The county board', 'said'],
      ['a move rider groups said would cost commuters $400 a year.', 'rider groups', 'rider groups', 'said']
    ])
    // "…, the agency said …" is the sentence's own attribution, and an owner before the noun is no zero relative.
    const closing = 'Bus fares will rise to $3 in May, the transit agency said on Monday.'
    expect(textsOf(closing)).toEqual([closing])
  })

  it('names who said it, not the noun, when the sentence is left whole', () => {
    // The vote is no claim of anyone's, so the sentence stays one claim: its claimant was "a move nurses".
    const whole = 'The board voted on Tuesday to close Ward 9, a move nurses said would add six weeks to waits.'
    expect(claimsOf(whole)).toEqual([[whole, 'nurses', 'nurses', 'said']])
    const overdue = 'The council voted on Monday to raise parking fees, a move advocates said was overdue.'
    expect(claimsOf(overdue)).toEqual([[overdue, 'advocates', 'advocates', 'said']])
  })
})
