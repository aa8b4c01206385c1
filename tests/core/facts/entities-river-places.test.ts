/**
 * Places on a river named for a mill, a lock, a cross or a weir ("below Kelby Mill", "the works at Norton Cross")
 * were people, as any two capitalised words with no cue are; these heads name a place unless a cue says a person
 * bears the name. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest'
import { findEntities } from '../../../src/core/facts/entities'

const entitiesIn = (text: string): Array<[string, string]> =>
  findEntities(text, { start: 0, end: text.length }).map((f) => [f.kind, f.text])

describe('a place named for a mill, a lock, a cross or a weir', () => {
  it('is a place', () => {
    const text =
      'Anglers found dead fish below Kelby Mill in July. The overflow at Norton Cross spilled for 90 hours. ' +
      'Swimmers have left Ashby Lock, and the salmon no longer climb Carrow Weir.'
    expect(entitiesIn(text)).toEqual([
      ['place', 'Kelby Mill'],
      ['place', 'Norton Cross'],
      ['place', 'Ashby Lock'],
      ['place', 'Carrow Weir']
    ])
  })

  it('is a person where a cue says so', () => {
    expect(entitiesIn('Dr Jane Cross said the river was cleaner than in 2019.')).toEqual([['person', 'Jane Cross']])
  })
})
