/**
 * An office named by its title and remit with no holder after it ("the Secretary of State said") names no one, as
 * "the Energy Minister said" already did: its remit was a person, "State". Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest'
import { findEntities } from '../../../src/core/facts/entities'

const entitiesIn = (text: string): Array<[string, string]> =>
  findEntities(text, { start: 0, end: text.length }).map((f) => [f.kind, f.text])

describe('an office with its remit and no holder', () => {
  it('names no person', () => {
    const text = 'The former Secretary of State told the port board she would back the levy.'
    expect(entitiesIn(text).filter(([kind]) => kind === 'person')).toEqual([])
    expect(entitiesIn('Ruth Hale was made Minister for Ports in May.')).toEqual([['person', 'Ruth Hale']])
  })

  it('leaves the holder named after it and a name with its particle', () => {
    expect(entitiesIn('Secretary of State Ada Berg said the talks would resume.')).toContainEqual([
      'person',
      'Ada Berg'
    ])
    expect(entitiesIn('Mr. de Vos said the court would sit again in June.')).toEqual([['person', 'Vos']])
  })
})
