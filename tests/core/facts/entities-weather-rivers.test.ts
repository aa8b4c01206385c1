/**
 * Rivers are places and named storms are nobody: "Storm Henk" and "River Trent" were typed as
 * people, and so were "Henk" and "Trent" alone later in the story.
 */
import { describe, expect, test } from 'vitest'
import { findEntities } from '../../../src/core/facts/entities'

const entitiesIn = (text: string): Array<[string, string]> =>
  findEntities(text, { start: 0, end: text.length }).map((f) => [f.kind, f.text])

describe('rivers and storms', () => {
  test('a river is a place, and so is its name alone later in the story', () => {
    const text = 'The River Trent rose two metres overnight. By Friday, Trent had flooded 300 homes in Newark.'
    expect(entitiesIn(text)).toEqual([
      ['place', 'River Trent'],
      ['place', 'Trent'],
      ['place', 'Newark']
    ])
  })

  test.each(['Storm Henk', 'Hurricane Ida', 'Typhoon Haiyan', 'Cyclone Freddy'])(
    '%s is no person, and neither is its name alone',
    (storm) => {
      const name = storm.split(' ')[1]
      const text = `${storm} brought the heaviest rain in a decade. ${name} swept east overnight, said Ann Lee, a forecaster.`
      const found = entitiesIn(text)
      expect(found.filter(([, words]) => words.includes(name))).toEqual([])
      expect(found).toContainEqual(['person', 'Ann Lee'])
    }
  )

  test('a person whose name only looks like a storm head is still a person', () => {
    expect(entitiesIn('Sarah Storm, the council leader, said the plan was fair.')).toContainEqual([
      'person',
      'Sarah Storm'
    ])
  })
})
