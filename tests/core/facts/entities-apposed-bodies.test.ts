/**
 * A name set in apposition to a body's noun ("The regulator, Ofwat, fined …", "the ferry firm, Tidewater, said …")
 * is that body, where it was a person once a speech verb followed it somewhere in the article ("Ofwat said …").
 * Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest'
import { findEntities } from '../../../src/core/facts/entities'

const entitiesIn = (text: string): Array<[string, string]> =>
  findEntities(text, { start: 0, end: text.length }).map((f) => [f.kind, f.text])

describe('a name in apposition to a body’s noun', () => {
  it('is an organisation, also where a speech verb follows it', () => {
    const text =
      'The regulator, Ofwat, fined the water company £2 million in May. Ofwat said the case was closed. ' +
      'The ferry firm, Tidewater, has cut two sailings.'
    expect(entitiesIn(text)).toEqual([
      ['organisation', 'Ofwat'],
      ['organisation', 'Ofwat'],
      ['organisation', 'Tidewater']
    ])
  })

  it('leaves a person named after the noun a person, and a speaker after a comma', () => {
    const text =
      'The union’s new leader, Ada Berg, spoke first. Voters in the party, Maria Ortiz, were split. ' +
      'The fare rise would hurt the union, Hale said.'
    expect(entitiesIn(text)).toEqual([
      ['person', 'Ada Berg'],
      ['person', 'Maria Ortiz'],
      ['person', 'Hale']
    ])
  })
})
