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

  it('two halves of a remit before "and" are one body, after a sentence\'s "The" and mid-sentence', () => {
    expect(entitiesIn('The Competition and Markets Authority opened an inquiry into the merger.')).toEqual([
      ['organisation', 'Competition and Markets Authority']
    ])
    expect(
      entitiesIn('The trawler was found by the Maritime and Coastguard Agency to have sailed unlicensed.')
    ).toEqual([['organisation', 'Maritime and Coastguard Agency']])
    expect(entitiesIn('Clerks at United States Citizenship and Immigration Services sorted 900 forms a day.')).toEqual([
      ['organisation', 'United States Citizenship and Immigration Services']
    ])
  })

  it('a person or a whole body before "and" stays apart from the body after it', () => {
    const person = entitiesIn('Tom Bell and Avon Police met on Friday.')
    expect(person).toContainEqual(['organisation', 'Avon Police'])
    expect(person).not.toContainEqual(['organisation', 'Tom Bell and Avon Police'])
    const bodies = entitiesIn('Wessex County Council and Avon Fire Service met on Friday.')
    expect(bodies).toContainEqual(['organisation', 'Wessex County Council'])
    expect(bodies).toContainEqual(['organisation', 'Avon Fire Service'])
  })

  it('an Administration named by two halves of its remit is one body, not two people', () => {
    expect(entitiesIn('The National Oceanic and Atmospheric Administration said the gale would ease by noon.')).toEqual(
      [['organisation', 'National Oceanic and Atmospheric Administration']]
    )
    expect(
      entitiesIn('Buoys run by the National Oceanic and Atmospheric Administration logged 9-metre waves.')
    ).toEqual([['organisation', 'National Oceanic and Atmospheric Administration']])
    expect(entitiesIn('Inspectors from the Federal Aviation Administration grounded two jets.')).toEqual([
      ['organisation', 'Federal Aviation Administration']
    ])
  })

  it('an acronym before or after "and" names a body of its own', () => {
    expect(entitiesIn('Agents of the FBI and Drug Enforcement Administration searched the warehouse.')).toEqual([
      ['organisation', 'FBI'],
      ['organisation', 'Drug Enforcement Administration']
    ])
    const found = entitiesIn('Nurses from Hampshire and NHS Blood Service gave talks at the school.')
    expect(found).toContainEqual(['organisation', 'NHS Blood Service'])
    expect(found).not.toContainEqual(['organisation', 'Hampshire and NHS Blood Service'])
  })

  it('a remit listed with commas, closing on "and", is one body when a body\'s head is in the name', () => {
    expect(entitiesIn('The Rail, Maritime and Transport union said the cuts would cost 200 jobs.')).toEqual([
      ['organisation', 'Rail, Maritime and Transport']
    ])
    expect(entitiesIn('She chairs the Committee on Energy, Water and Climate Change in the assembly.')).toEqual([
      ['organisation', 'Committee on Energy, Water and Climate Change']
    ])
    expect(entitiesIn('Members of the Tollbridge Union of Ferry, Dock and Harbour Workers voted to strike.')).toEqual([
      ['organisation', 'Tollbridge Union of Ferry, Dock and Harbour Workers']
    ])
  })

  it("a list of places, of bodies named in the plural, or of names with no body's head stays a list", () => {
    expect(entitiesIn('She toured Leeds, York and Hull City Council offices.')).toContainEqual(['place', 'Leeds'])
    const departments = entitiesIn('Officials from the departments of Health, Transport and Energy met on Monday.')
    expect(departments).not.toContainEqual(['organisation', 'Health, Transport and Energy'])
    const found = entitiesIn('The Harbour Club, Anchor Inn and Quay Hotel all closed early.')
    expect(found).not.toContainEqual(['organisation', 'Harbour Club, Anchor Inn and Quay Hotel'])
  })
})
