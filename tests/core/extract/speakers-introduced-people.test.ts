/**
 * Who a later "she said" is: a person the article introduces as one, even when the words beside their name name a
 * body (where they work) or give only a first name (a relative, a patient). Sentences written for these tests.
 */
import { describe, it } from 'vitest'
import { expectQuotes } from './quote-expectations'
import { paragraphs } from '../../helpers/builders'

describe('a person introduced with an appositive is the next "she"', () => {
  it('"Dr Nia Pryce, an ecologist at Carrow University" is a person, not the university', () => {
    expectQuotes(
      paragraphs(
        'The chief executive, Sara Lund, said the jobs would go to local workers.',
        'Dr Nia Pryce, an ecologist at Carrow University, said studies had found more fish near the turbines. “You cannot dredge between them,” she said.'
      ),
      [{ text: 'You cannot dredge between them,', speaker: 'Nia Pryce', mention: 'she', cue: 'said' }]
    )
  })

  it('"Her granddaughter, Megan, said …": a first name with who she is introduces her', () => {
    expectQuotes(
      paragraphs(
        'Edith Lowe, 84, waited 11 hours on a trolley after a fall in May. Her granddaughter, Megan, said the nurses were stretched. “My gran was left in a corridor all night,” she said.'
      ),
      [{ text: 'My gran was left in a corridor all night,', speaker: 'Megan', mention: 'she', cue: 'said' }]
    )
  })
})

describe('a surname alone stands for the full name mentioned before it', () => {
  it('"Critics, including state Sen. Ray Dunmore, argue …" then "Dunmore said" is Ray Dunmore', () => {
    expectQuotes(
      paragraphs(
        'Critics, including state Sen. Ray Dunmore, argue the county has known about the shortage for years.',
        '“The waits are a disgrace,” Dunmore said.'
      ),
      [{ text: 'The waits are a disgrace,', speaker: 'Ray Dunmore', mention: 'Dunmore', cue: 'said' }]
    )
  })

  it('a speaker answering to the surname comes before someone merely mentioned', () => {
    expectQuotes(
      paragraphs(
        '“We will reopen the ferry,” said Tom Reyes, the council leader.',
        'The board met Ana Reyes, a ferry pilot, on Monday. “The crossing is safe,” Reyes said.'
      ),
      [
        { text: 'We will reopen the ferry,', speaker: 'Tom Reyes', mention: 'Tom Reyes', cue: 'said' },
        { text: 'The crossing is safe,', speaker: 'Tom Reyes', mention: 'Reyes', cue: 'said' }
      ]
    )
  })
})
