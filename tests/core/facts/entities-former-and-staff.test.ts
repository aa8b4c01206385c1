/**
 * A chain's name before the job of someone who worked there: "Former Wexcombe pharmacist …" was a two-word person
 * whose last word then made every lone "Wexcombe" in the story a surname. "Former" is no part of a name, a
 * pharmacy's name is a body's, and whom an adviser serves is a person unless the story names a body by that word.
 * Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest'
import { findEntities } from '../../../src/core/facts/entities'

const entitiesIn = (text: string): Array<[string, string]> =>
  findEntities(text, { start: 0, end: text.length }).map((f) => [f.kind, f.text])

describe('a word before a job and a name', () => {
  it('a chain named once with its head is no surname, whatever its former staff are called', () => {
    const text =
      'The Wexcombe Pharmacy chain runs 40 shops in the county. ' +
      'Former Wexcombe pharmacist Ruth Anand said the targets were too tight. ' +
      'Shares in Wexcombe fell by a fifth.'
    const found = entitiesIn(text)
    expect(found).toContainEqual(['organisation', 'Wexcombe Pharmacy'])
    expect(found).toContainEqual(['person', 'Ruth Anand'])
    expect(found.filter(([kind]) => kind === 'person')).toEqual([['person', 'Ruth Anand']])
    expect(entitiesIn('Harlow Pharmacies said it would appeal.')).toEqual([['organisation', 'Harlow Pharmacies']])
  })

  it('"Former" opens no name, and whom an adviser serves is a person', () => {
    const text = 'Former Hale adviser Tom Ridley said the race was close. The governor, he said, trusted Hale.'
    expect(entitiesIn(text)).toEqual([
      ['person', 'Hale'],
      ['person', 'Tom Ridley'],
      ['person', 'Hale']
    ])
    expect(entitiesIn('Former Kestrel Bay mayor Ann Cole spoke first.')).toContainEqual(['place', 'Kestrel Bay'])
  })

  it('an adviser of a firm the story names in full leaves the firm a body', () => {
    const text =
      'Northmere Holdings lost the contract in May. Northmere adviser Jo Pike said the bid had been fair. ' +
      'Shares in Northmere fell.'
    const found = entitiesIn(text)
    expect(found.filter(([, name]) => name === 'Northmere')).toEqual([
      ['organisation', 'Northmere'],
      ['organisation', 'Northmere']
    ])
  })
})
