/**
 * A relative "that" after a document and the link to its maker, its sample or its subject stands for the document
 * ("polls by …", "a survey of …", "a report on …"), whose finding the clause reports, named at "that"
 * (claimant-subject-readers.ts documentBefore); after a document's owner ("a tweet from …") or people it stays
 * theirs. Right after a document's noun ("The polls that show …") "that" is a relative too, and the word after it
 * the document's verb (claimant-cues.ts documentsThat). Sentences written for these tests.
 */
import { describe, it } from 'vitest'
import { expectClaimants } from './expect-claimants'

describe('a relative "that" after a document and its link', () => {
  it('stands for the document, not the maker, the sample or the subject after the link', () => {
    expectClaimants(
      [
        'The vote came after polls by Harbour Research that showed Hale ahead by 12 points.',
        'The toll rose after a harbour board report on her travel costs that suggested 12 errors in May.',
        'The pier closed after a survey of dock workers that found 300 jobs at risk.'
      ],
      [
        ['The vote came', ['polls by Harbour Research', 'that', 'showed']],
        ['The toll rose', ['a harbour board report', 'that', 'suggested']],
        ['The pier closed', ['a survey of dock workers', 'that', 'found']]
      ]
    )
  })

  it('stays with an owner after "from" and with people after "by"', () => {
    expectClaimants(
      [
        'The vote came after a tweet from the Harbour Trust that attacked the 4 pound levy.',
        'The group backed by the dock workers that opposed the levy met in May.'
      ],
      [
        ['The vote came', ['the Harbour Trust', 'that', 'attacked']],
        ['The group backed', ['the dock workers', 'that', 'opposed']]
      ]
    )
  })
})

describe('a relative "that" right after a document\'s noun', () => {
  it('makes the word after it the document\'s verb, not a noun "that" determines', () => {
    expectClaimants(
      [
        'The polls that show Hale ahead were taken in May.',
        "The new surveys that suggest the levy is unpopular were paid for by the dockers' union."
      ],
      [
        ['The polls', ['The polls', 'that', 'show']],
        ['The new surveys', ['The new surveys', 'that', 'suggest']]
      ]
    )
  })

  it('leaves "that" a conjunction after a verb spelt like a document\'s noun or after a verb of saying', () => {
    expectClaimants(
      [
        'Officials report that claims rose by 12 percent in May.',
        'The union said that support for the levy had fallen by 12 percent.',
        'Analysts estimate that costs will rise by 12 percent.'
      ],
      [
        ['Officials report', ['Officials', 'Officials', 'report']],
        ['The union said', ['The union', 'The union', 'said']],
        ['Analysts estimate', ['Analysts', 'Analysts', 'estimate']]
      ]
    )
  })
})
