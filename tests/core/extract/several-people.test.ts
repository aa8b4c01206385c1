/**
 * Several people a sentence opens on, though it claims nothing of theirs, are whom a later "they" stands for
 * (several-people.ts enterOpeningPeople). Sentences written for these tests.
 */
import { describe, it } from 'vitest'
import { expectClaimants } from './expect-claimants'

describe('"they" after several people met only in prose', () => {
  it('the people a sentence of action opens on, nearer than the person met before them', () => {
    expectClaimants(
      [
        'Mark Hale, the harbour master, met the board on Monday.',
        'Ferry owners walked out of the meeting an hour later.',
        'Still angry at the vote, they argued that the fees would ruin the smaller firms.'
      ],
      [['Still angry', ['Ferry owners', 'they', 'argued']]]
    )
  })

  it('a plural owner before the noun, its apostrophe written against it', () => {
    expectClaimants(
      [
        'Ruth Hale chairs the harbour board.',
        "Teachers' unions have fought the plan for a year. On Monday they said the levy would close schools."
      ],
      [['On Monday', ["Teachers' unions", 'they', 'said']]]
    )
  })

  it('members of a party, named with a capital', () => {
    expectClaimants(
      [
        'Republicans gathered in Harbourton on Friday for the county convention.',
        'They say the budget will hurt rural towns.'
      ],
      [['They say', ['Republicans', 'They', 'say']]]
    )
  })

  it('not places joined by "and", nor things the lexicon takes for bodies in the singular', () => {
    expectClaimants(
      [
        'Dock workers say the new fees are far too high.',
        'Florida and Ohio vote on the same day in March.',
        'Two later rulings went against the port authority.',
        'They argue that the court ignored the evidence.'
      ],
      [['They argue', ['Dock workers', 'They', 'argue']]]
    )
  })

  it('not a subject read from a phrase put first', () => {
    expectClaimants(
      [
        'Dock workers say the new fees are far too high.',
        'At the meeting on Monday, shop owners walked out after an hour.',
        'They argue that the court ignored the evidence.'
      ],
      [['They argue', ['Dock workers', 'They', 'argue']]]
    )
  })
})
