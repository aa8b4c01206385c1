/**
 * A body named for whoever leads it ("the Ruiz White House"): the run ends on a body the article names, so it is
 * that body, not a person whose surname is "House" (every lone "House", the chamber, was then a man). Sentences
 * written for these tests.
 */
import { describe, expect, it } from 'vitest'
import { findEntities } from '../../../src/core/facts/entities'

const entitiesIn = (text: string): Array<[string, string]> =>
  findEntities(text, { start: 0, end: text.length }).map((f) => [f.kind, f.text])

describe('a body named for its leader', () => {
  it('is the body the run ends on, and its last word alone is no surname', () => {
    const text =
      'Two veterans of the Ruiz White House drafted the speech. The White House said on Monday that it had not ' +
      'seen it. Former House speaker Dan Ortiz noted that the House had passed the bill.'
    const found = entitiesIn(text)
    expect(found).toContainEqual(['organisation', 'Ruiz White House'])
    expect(found).toContainEqual(['person', 'Dan Ortiz'])
    expect(found.filter(([kind]) => kind === 'person')).toEqual([['person', 'Dan Ortiz']])
  })

  it('leaves a person beside the body a person, with their surname', () => {
    const text = 'The White House thanked Ann Ruiz on Monday. Ruiz said the crews had worked through the night.'
    expect(entitiesIn(text)).toEqual([
      ['organisation', 'White House'],
      ['person', 'Ann Ruiz'],
      ['person', 'Ruiz']
    ])
  })
})
