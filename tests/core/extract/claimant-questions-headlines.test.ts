/**
 * Claimant names that a question or a title-case headline would spoil (claimant-subject-trims.ts, name-runs.ts,
 * headline-claimants.ts, nominal-names.ts): the auxiliary opening a question and the verb of a headline are no
 * part of anyone's name. Sentences written for these tests.
 */
import { describe, it } from 'vitest'
import { expectClaimants } from './expect-claimants'

describe('questions and headlines keep their verbs out of claimant names', () => {
  it("a question's opening auxiliary is no part of its subject", () => {
    expectClaimants(
      ['Did the ferry company say the fares would rise by 12% in 2019? The pilots argued that the fares fell.'],
      [
        ['Did the ferry company', ['the ferry company', 'the ferry company', 'say']],
        ['The pilots argued', ['The pilots', 'The pilots', 'argued']]
      ]
    )
  })

  it('a name met after a question auxiliary does not take the auxiliary into later mentions', () => {
    expectClaimants(
      [
        'Does Ana Ruiz, like the pilots, oppose the 4 pound levy?',
        'Ruiz believes the levy cost the port 300 jobs in 2020.'
      ],
      [['Ruiz believes', ['Ana Ruiz', 'Ruiz', 'believes']]]
    )
  })

  it("a headline's adverb before its verb is left out of the claimant", () => {
    expectClaimants(
      ['Tom Ruiz Just Said The Levy Cost The Port 300 Jobs'],
      [['Tom Ruiz Just Said', ['Tom Ruiz', 'Tom Ruiz', 'Said']]]
    )
  })

  it('a headline saying someone was told something gives them no claim, nor their name to the people after it', () => {
    expectClaimants(
      ['Mayor Ruth Hale Just Got Told The Levy Is Illegal', 'The mayor said the levy raised 4 million pounds in 2020.'],
      [
        ['Mayor Ruth Hale Just Got', null],
        ['The mayor said', ['Ruth Hale', 'The mayor', 'said']]
      ]
    )
  })

  it('a headline is not the name of the body a description later refers to', () => {
    expectClaimants(
      [
        'Harbour Board Says Levy Will Cost 300 Jobs',
        'The levy will cost the port 300 jobs by 2021, the harbour board said in a statement.'
      ],
      [
        ['Harbour Board Says', ['Harbour Board', 'Harbour Board', 'Says']],
        ['The levy will cost', ['the harbour board', 'the harbour board', 'said']]
      ]
    )
  })
})
