/**
 * Speakers in a court report: a prosecutor's title is no part of her name, and a defendant's barrister named in
 * apposition after "Corrigan's barrister" speaks the quote. Sentences written for these tests.
 */
import { describe, it } from 'vitest'
import { expectQuotes } from './quote-expectations'
import { paragraphs } from '../../helpers/builders'

describe('legal roles in a court report', () => {
  it('"Prosecutor Jane Ferris" is Jane Ferris, as "Judge Jane Ferris" would be', () => {
    expectQuotes(paragraphs('Prosecutor Jane Ferris said: “He was reading his messages, not watching the road.”'), [
      {
        text: 'He was reading his messages, not watching the road.',
        speaker: 'Jane Ferris',
        mention: 'Prosecutor Jane Ferris',
        cue: 'said'
      }
    ])
  })

  it('"Hale’s barrister, Tom Ruddock, said … “deeply ashamed”" is Tom Ruddock’s quote', () => {
    expectQuotes(
      paragraphs('Hale’s barrister, Tom Ruddock, said his client was “deeply ashamed” and had written to the family.'),
      [{ text: 'deeply ashamed', speaker: 'Tom Ruddock', mention: 'Tom Ruddock', cue: 'said' }]
    )
  })
})
