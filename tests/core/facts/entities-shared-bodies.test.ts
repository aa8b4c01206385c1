/**
 * Bodies whose names hold "and": a force two counties share ("Devon and Cornwall Police" was read as "Cornwall
 * Police") and a regulator's remit ("the Office of Rail and Road" gave "Office of Rail" and "person: Road").
 * Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest'
import { findEntities } from '../../../src/core/facts/entities'

const entitiesIn = (text: string): Array<[string, string]> =>
  findEntities(text, { start: 0, end: text.length }).map((f) => [f.kind, f.text])

describe('bodies named with "and"', () => {
  it('a force or service two areas share is one body', () => {
    expect(entitiesIn('Avon and Somerset Constabulary said 40 officers had been hurt.')).toEqual([
      ['organisation', 'Avon and Somerset Constabulary']
    ])
    expect(entitiesIn('Officers from Dorset and Wiltshire Fire Service were called at 2am.')).toEqual([
      ['organisation', 'Dorset and Wiltshire Fire Service']
    ])
  })

  it('a party or a known body before "and" stays a body of its own', () => {
    const found = entitiesIn('Labour and Wessex County Council clashed over the budget on Monday.')
    expect(found).toContainEqual(['organisation', 'Labour'])
    expect(found).toContainEqual(['organisation', 'Wessex County Council'])
  })

  it('a remit after "of" or "for" goes on past "and", and its last word is no place nor person', () => {
    expect(entitiesIn('The Office of Rail and Road said fares would rise by 4.6%.')).toEqual([
      ['organisation', 'Office of Rail and Road']
    ])
  })

  it('a head with no remit after it does not run on: "the Foreign Office and Downing Street"', () => {
    const found = entitiesIn('Officials at the Foreign Office and Downing Street denied the report.')
    expect(found).toContainEqual(['organisation', 'Foreign Office'])
    expect(found).not.toContainEqual(['organisation', 'Foreign Office and Downing Street'])
  })
})
