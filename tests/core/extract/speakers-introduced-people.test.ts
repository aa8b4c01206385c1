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
