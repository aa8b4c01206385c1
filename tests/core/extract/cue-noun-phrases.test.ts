/**
 * A word spelt like a cue that heads the noun phrase before it (a determiner and modifiers, a share, a run of names
 * after a preposition, a title-case headline's subject before an adverb) names no claimant; the same words as verbs
 * keep theirs. Sentences written for these tests.
 */
import { describe, it } from 'vitest'
import { expectClaimants } from './expect-claimants'

describe('a cue word heading a noun phrase is no cue', () => {
  it('after a determiner and modifiers, a share, or modifiers after a preposition', () => {
    expectClaimants(
      [
        'The harbour rules that took effect in May require every ferry to carry a pilot. The strong jobs report has lifted hopes of a rate cut in June. The recent storm attacks changed the ferry timetable for 4,000 riders. Ruiz sits at 85 percent support among dockers in the three port towns. Pilots from cold and coal states joined the strike in March. The port adopted a set of Clean Air Act rules that could close two berths.'
      ],
      [
        ['The harbour rules', null],
        ['The strong jobs report', null],
        ['The recent storm attacks', null],
        ['Ruiz sits', null],
        ['Pilots from cold', null],
        ['The port adopted', null]
      ]
    )
  })

  it('keeps the verb after a person, a body, a document or a share, and before its object or clause', () => {
    expectClaimants(
      [
        'The harbour board rules that every ferry must carry a pilot. The new mayor plans to cut the levy by 2 percent. The latest polls show the levy losing by 12 points. Some 42 percent support the levy on cruise ships. The lawsuit claims that the port hid 300 complaints. Officials said the harbour rules that took effect in May cost 40 jobs.'
      ],
      [
        ['The harbour board rules', ['The harbour board', 'The harbour board', 'rules']],
        ['The new mayor plans', ['The new mayor', 'The new mayor', 'plans']],
        ['The latest polls show', ['The latest polls', 'The latest polls', 'show']],
        ['Some 42 percent', ['Some 42 percent', 'Some 42 percent', 'support']],
        ['The lawsuit claims', ['The lawsuit', 'The lawsuit', 'claims']],
        ['Officials said', ['Officials', 'Officials', 'said']]
      ]
    )
  })

  it('a title-case headline: a cue word before an adverb is the subject’s noun', () => {
    expectClaimants(
      ['Ruiz Campaign Reportedly Scrambling For 4,000 Ferry Votes', 'Harbour Union Reportedly Backs 10 Percent Levy'],
      [
        ['Ruiz Campaign', null],
        ['Harbour Union', ['Harbour Union', 'Harbour Union', 'Backs']]
      ]
    )
  })
})
