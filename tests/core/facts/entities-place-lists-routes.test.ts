/**
 * Places a checker read as people or bodies in a transport story: the last place of "in Devon and Cornwall", the
 * county in an MP's seat ("the MP for South East Cornwall, said"), and where a line goes ("the line to Tavistock,
 * which closed"). Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest'
import { findEntities } from '../../../src/core/facts/entities'

const entitiesIn = (text: string): Array<[string, string]> =>
  findEntities(text, { start: 0, end: text.length }).map((f) => [f.kind, f.text])

describe('places in a transport story', () => {
  it('the last place of a list joined by "and" is a place', () => {
    expect(entitiesIn('The project created 1,400 jobs in Dorset and Somerset.')).toContainEqual(['place', 'Somerset'])
  })

  it('where a line or a road goes is a place, even before ", which"', () => {
    expect(entitiesIn('Campaigners want to reopen the line to Okehampton, which closed in 1972.')).toContainEqual([
      'place',
      'Okehampton'
    ])
    expect(entitiesIn('Flights to Kigali were cancelled on Monday.')).toContainEqual(['place', 'Kigali'])
  })

  it('a county after an MP’s "for" and compass words is no person by the speech verb after it', () => {
    const found = entitiesIn(
      'Jo Pascoe, the Labour MP for North West Somerset, said the bridge would open in 2028. Dorset and Somerset share the cost.'
    )
    expect(found).not.toContainEqual(['person', 'Somerset'])
    expect(found).toContainEqual(['person', 'Jo Pascoe'])
  })

  it('keeps a person after a comma following a place ("In Fenwick, Jo Hale said")', () => {
    expect(entitiesIn('In Fenwick, Jo Hale said the library would close.')).toContainEqual(['person', 'Jo Hale'])
  })
})
