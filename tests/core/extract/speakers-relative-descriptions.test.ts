/**
 * A person introduced with a relative clause ("Joanne Pike, who runs the group") is not what the clause
 * names: a later "the group" or "the Green group" is a body, not her (issue 11). Sentences written for
 * these tests.
 */
import { describe, it } from 'vitest'
import { expectClaimants } from './expect-claimants'
import { expectQuotes } from './quote-expectations'
import { paragraphs } from '../../helpers/builders'

const PIKE = '“We filled the hall every week,” said Joanne Pike, who runs the group. “The town needs it.”'

describe('a body after a person described by a relative clause', () => {
  it('"the Green group, which holds 12 seats, said" is the group, not the person who runs a group', () => {
    expectClaimants(
      [PIKE, 'The Green group, which holds 12 seats, said it would abstain from the vote on the levy.'],
      [['The Green group', ['The Green group', 'The Green group', 'said']]]
    )
  })

  it('"the group said" is not the person either, and stays unresolved to her in a quote', () => {
    expectClaimants(
      [PIKE, 'The group said the harbour levy would cost every household £40 a year.'],
      [['The group said', ['The group', 'The group', 'said']]]
    )
    expectQuotes(paragraphs(PIKE, '“We will abstain,” the group said in a statement.'), [
      { text: 'We filled the hall every week,', speaker: 'Joanne Pike' },
      { text: 'The town needs it.', speaker: 'Joanne Pike' },
      { text: 'We will abstain,', speaker: 'the group', mention: 'the group', cue: 'said' }
    ])
  })

  it('a relative clause that says what the person is still names them: "who is the treasurer" … "the treasurer"', () => {
    expectQuotes(
      paragraphs(
        '“The levy is fair,” said Ama Boateng, who is the party’s treasurer.',
        '“Every household pays the same,” the treasurer added.'
      ),
      [
        { text: 'The levy is fair,', speaker: 'Ama Boateng' },
        { text: 'Every household pays the same,', speaker: 'Ama Boateng', mention: 'the treasurer', cue: 'added' }
      ]
    )
  })
})
