/**
 * A verb of saying or showing with a particle that makes it a movement names no claimant: "showed up" (arrived),
 * "called into" a programme, "called off" a strike, "backed out" of a deal (deed-senses.ts). "Polls show up to 40
 * percent", "called into question", "called in a statement for", "called on", "backed off the plan" and a purpose
 * after the movement ("showed up … to vote for") keep their cue. Sentences written for these tests.
 */
import { describe, it } from 'vitest'
import { expectClaimants } from './expect-claimants'

describe('a verb with a particle of movement is no cue', () => {
  it('showing up, calling in or into, calling off, backing out', () => {
    expectClaimants(
      [
        'Mayor Ruiz showed up at the ferry terminal at 6 a.m. on Tuesday. Hale called into a radio show from her car in Leeds. The dockers’ union called off the 48-hour strike in March. Under pressure from 300 boat owners, the port board backed out.'
      ],
      [
        ['Mayor Ruiz showed up', null],
        ['Hale called into', null],
        ['The dockers’ union called off', null],
        ['Under pressure', null]
      ]
    )
  })

  it('a range, a doubt, a speech event, a stance or a purpose keeps the cue', () => {
    expectClaimants(
      [
        'Port surveys show up to 40 percent of riders paying the levy. Hale called into question the 2 million pound cost. Ruiz called in a statement for the levy to be cut by half. Councillor Berg showed up at the pier on Friday to vote for the 5 percent levy. The board backed off its plan to close 3 berths.'
      ],
      [
        ['Port surveys show', ['Port surveys', 'Port surveys', 'show']],
        ['Hale called into question', ['Hale', 'Hale', 'called']],
        ['Ruiz called in a statement', ['Ruiz', 'Ruiz', 'called']],
        ['Councillor Berg showed up', ['Councillor Berg', 'Councillor Berg', 'showed']],
        ['The board backed off', ['The board', 'The board', 'backed']]
      ]
    )
  })
})
