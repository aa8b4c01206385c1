/**
 * Kinds a checker read wrong in the reasons of local news drafts: a polling firm, a branch of a charity and a
 * library were people ("person: Coastline Research"), a town hall a person, a council tax band a person.
 */
import { describe, expect, it } from 'vitest'
import { findEntities } from '../../../src/core/facts/entities'

const entitiesIn = (text: string): Array<[string, string]> =>
  findEntities(text, { start: 0, end: text.length }).map((f) => [f.kind, f.text])

describe('kinds of names in local news', () => {
  it.each([
    [
      'A survey of 1,012 adults by Coastline Research found 44% backed the mayor.',
      'organisation',
      'Coastline Research'
    ],
    ['Meridian Polling interviewed 800 likely voters by phone.', 'organisation', 'Meridian Polling'],
    ['Cancer Research UK said delays in diagnosis cost lives.', 'organisation', 'Cancer Research UK'],
    ['Friends of Holt Cross Library said the count ignored 300 pupils.', 'organisation', 'Holt Cross Library'],
    ['The full council meets at 7pm on Thursday at Ashby Town Hall.', 'place', 'Ashby Town Hall']
  ])('%j: %s %j', (sentence, kind, name) => {
    expect(entitiesIn(sentence)).toContainEqual([kind, name])
  })

  it('reads a council tax band or a grade as no name', () => {
    expect(entitiesIn('The rise adds £94.60 a year to the bill for a typical Band D home.')).toEqual([])
    expect(entitiesIn('The Grade II building closed in March.')).toEqual([])
  })

  it('keeps people whose surname is such a word', () => {
    expect(entitiesIn('Stuart Hall said the survey was flawed.')).toEqual([['person', 'Stuart Hall']])
  })
})
