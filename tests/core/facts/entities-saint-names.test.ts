/**
 * Hospitals, schools and places named for a saint: "St Anne’s Infirmary" was read as a person "St Anne" and a person
 * "Infirmary". Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest'
import { findEntities } from '../../../src/core/facts/entities'

const entitiesIn = (text: string): Array<[string, string]> =>
  findEntities(text, { start: 0, end: text.length }).map((f) => [f.kind, f.text])

describe('names opened by a saint and a possessive', () => {
  it('a hospital or school named for a saint is one organisation, speaking or not', () => {
    expect(entitiesIn('St Anne’s Infirmary said two wards would close in March.')).toEqual([
      ['organisation', 'St Anne’s Infirmary']
    ])
    expect(entitiesIn("Porters at Saint Luke's Hospice were told on Monday.")).toEqual([
      ['organisation', "Saint Luke's Hospice"]
    ])
    expect(entitiesIn('Pupils at St. Bede’s Primary School sat the test early.')).toEqual([
      ['organisation', 'St. Bede’s Primary School']
    ])
  })

  it('a square or a park named for a saint is a place', () => {
    expect(entitiesIn('The march ended in St Oswald’s Square at noon.')).toEqual([['place', 'St Oswald’s Square']])
  })

  it('a saint and a possessive before no body or place word are not joined to it', () => {
    const names = entitiesIn('Crowds lined the route on St Patrick’s Day.').map(([, name]) => name)
    expect(names).not.toContain('St Patrick’s Day')
  })
})
