/**
 * Who a "she says: “…”" after a message read out is: the message's writer, introduced by a first name beside who
 * they are ("a message from a listener, Sue in Bampton"), not the person the story was about before. Sentences
 * written for these tests.
 */
import { describe, it } from 'vitest'
import { expectQuotes } from './quote-expectations'
import { paragraphs } from '../../helpers/builders'

describe('the writer of a message read out is the next "she"', () => {
  it('"a message from a listener, Sue in Bampton. She says: …" is Sue, not the minister met before', () => {
    expectQuotes(
      paragraphs(
        'The transport minister, Rachel Tanner, visited Tiverton on Monday to open a new depot.',
        'Let me read you a message from a listener, Sue in Bampton. She says: “The bus has been late every day since June.”'
      ),
      [{ text: 'The bus has been late every day since June.', speaker: 'Sue', mention: 'She', cue: 'says' }]
    )
  })

  it('a first name beside a place, not a person ("a town, Bude"), introduces nobody', () => {
    expectQuotes(
      paragraphs(
        'The transport minister, Rachel Tanner, visited Tiverton on Monday to open a new depot.',
        'Later she drove on to a town, Bude, on the coast. She said: “Every village deserves a bus.”'
      ),
      [{ text: 'Every village deserves a bus.', speaker: 'Rachel Tanner', mention: 'She', cue: 'said' }]
    )
  })
})
