/**
 * A claim has one claimant: a check-worthy sentence attributing its clauses to different people is cut between them,
 * and each clause is kept as a claim of its own even when it is not check-worthy on its own words (worthy-parts.ts),
 * so that no one's claim is shown under someone else's name. Clauses of the same claimant are kept apart too when each
 * is a statement of its own (same-claimant-statements.test.ts), and a clause that says nothing beside its claimant and
 * cue is no claim. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest'
import { claimsOf } from '../../helpers/claim-rows'

describe('a check-worthy sentence joining two attributions by different people', () => {
  it("keeps a relative clause reporting someone else's view of the claim as that person's own claim", () => {
    expect(
      claimsOf('The port board said the pier would cost £2 million to repair, which the union said was far too much.')
    ).toEqual([
      ['The port board said the pier would cost £2 million to repair', 'The port board', 'The port board', 'said'],
      ['which the union said was far too much.', 'the union', 'the union', 'said']
    ])
  })

  it('keeps the second speaker\'s clause after "but" or "while" when only the first is check-worthy alone', () => {
    expect(
      claimsOf(
        'The harbour board said the berths would cost £4 million, while the dockers argued it was a waste of time.'
      )
    ).toEqual([
      ['The harbour board said the berths would cost £4 million', 'The harbour board', 'The harbour board', 'said'],
      ['the dockers argued it was a waste of time.', 'the dockers', 'the dockers', 'argued']
    ])
  })
})

describe("a relative aside on the speaker's name reporting someone else's words about them", () => {
  it("is cut from the main clause: the aside is the reporter's claim, the main clause the speaker's", () => {
    expect(
      claimsOf('Mayor Ann Hale, who aides say has been ill, said the pier would cost £2 million to repair.')
    ).toEqual([
      ['Mayor Ann Hale, who aides say has been ill', 'aides', 'aides', 'say'],
      ['said the pier would cost £2 million to repair.', 'Ann Hale', 'Mayor Ann Hale', 'said']
    ])
  })
})

describe('clauses that stay as they were', () => {
  it('keeps a relative clause of the same speaker that is not check-worthy alone as a statement of its own', () => {
    const sentence = 'Ann Hale said she had cut the ferry fares by 12 percent, which she said pleased the islanders.'
    expect(claimsOf(sentence)).toEqual([
      ['Ann Hale said she had cut the ferry fares by 12 percent', 'Ann Hale', 'Ann Hale', 'said'],
      ['which she said pleased the islanders.', 'Ann Hale', 'she', 'said']
    ])
  })

  it('proposes no claim for a clause holding nothing but its claimant and cue', () => {
    expect(claimsOf('Hale said the ferry lost £3 million last year, and the union agreed.')).toEqual([
      ['Hale said the ferry lost £3 million last year', 'Hale', 'Hale', 'said']
    ])
  })
})
