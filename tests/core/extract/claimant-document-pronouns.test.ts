/**
 * "It says …" for a document the sentence before named (document-pronouns.ts), and a pronoun inside
 * parentheses. Sentences written for these tests.
 */
import { describe, it } from 'vitest'
import { expectClaimants } from './expect-claimants'

describe('pronouns standing for a document or a person met before', () => {
  it('"It says" after a sentence naming a report or a letter is that document', () => {
    expectClaimants(
      [
        'The harbour board published its annual report in May. It says the 4 pound levy cost the port 300 jobs.',
        'The pilots sent a letter to the mayor on Friday. It argues that the levy raised only 2 million pounds.'
      ],
      [
        ['It says', ['the annual report', 'It', 'says']],
        ['It argues', ['a letter', 'It', 'argues']]
      ]
    )
  })

  // A body opening the sentence before is what "It" stands for (claimant-body-pronouns.test.ts): none here.
  it('"It says" after a sentence naming no document or body claims nothing', () => {
    expectClaimants(
      ['Hundreds of dockers met on Monday in the old town hall. It says the 4 pound levy cost the port 300 jobs.'],
      [['It says', null]]
    )
  })

  it('a pronoun in parentheses is the person met before', () => {
    expectClaimants(
      ['Ruth Hale has run the port since 2015.', '(She says the 4 pound levy raised 2 million pounds in 2019.)'],
      [['(She says', ['Ruth Hale', 'She', 'says']]]
    )
  })
})
