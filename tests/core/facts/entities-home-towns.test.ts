/**
 * Places a checker read as people in a court report: the home town after a defendant's age ("of Newton Abbot"),
 * a name before a road's noun ("the Countess Wear roundabout"), and a town met after "from" that the article puts
 * after "in" elsewhere. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest'
import { findEntities } from '../../../src/core/facts/entities'

const entitiesIn = (text: string): Array<[string, string]> =>
  findEntities(text, { start: 0, end: text.length }).map((f) => [f.kind, f.text])

describe('places named like people', () => {
  it('the home town after a person’s age is a place', () => {
    const found = entitiesIn('Mark Tyler, 41, of Bovey Tracey, admitted the offence at Plymouth Crown Court.')
    expect(found).toContainEqual(['place', 'Bovey Tracey'])
    expect(found).toContainEqual(['person', 'Mark Tyler'])
  })

  it('a name between "the" and a road’s or district’s noun is a place', () => {
    expect(entitiesIn('The van hit a cyclist near the Marsh Barton junction on Friday.')).toContainEqual([
      'place',
      'Marsh Barton'
    ])
  })

  it('a name after "from" is the place the article names after "in"', () => {
    const found = entitiesIn(
      'Commuters from Kings Worthy and Marsh Barton face delays. Residents in Kings Worthy say the queues are worse.'
    )
    expect(found).not.toContainEqual(['person', 'Kings Worthy'])
    expect(found).toContainEqual(['place', 'Kings Worthy'])
  })

  it('keeps a person whose name a place preposition governs as an owner', () => {
    const found = entitiesIn('Trust in Sarah Dunn’s plan fell. Sarah Dunn said the plan would work.')
    expect(found).toContainEqual(['person', 'Sarah Dunn'])
  })
})
