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

  it('a name going on past a people’s plural and its possessive is read whole', () => {
    expect(entitiesIn('Nurses at St. Cuthbert’s Children’s Research Hospital said the ward was full.')).toEqual([
      ['organisation', 'St. Cuthbert’s Children’s Research Hospital']
    ])
    // After a sentence's "The", as without it.
    expect(entitiesIn('The St Anne’s Infirmary said two wards would close.')).toEqual([
      ['organisation', 'St Anne’s Infirmary']
    ])
  })

  it('a saint’s day, or a parade on it, is an event: no person, place or body', () => {
    expect(entitiesIn('Crowds lined the route in Wexbury on St Patrick’s Day.')).toEqual([['place', 'Wexbury']])
    expect(entitiesIn('The St Patrick’s Day Parade was cancelled, organisers said.')).toEqual([])
    expect(entitiesIn('The Easter Parade drew 4,000 people.')).toEqual([])
  })

  it('a saint and a possessive before no body, place or event word are not joined to it', () => {
    expect(entitiesIn('Two beds on St Anne’s ward were closed.')).toEqual([['person', 'St Anne']])
  })
})
