/**
 * Two shapes of wire copy a checker read wrong among a claim's reasons: an office written before a name
 * ("organisation: Transport Secretary Fiona Hale") and a dateline in capitals ("organisation: PORT ANNAN",
 * then "organisation: The" for the word after its dash). Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest'
import { findEntities } from '../../../src/core/facts/entities'

const entitiesIn = (text: string): Array<[string, string]> =>
  findEntities(text, { start: 0, end: text.length }).map((f) => [f.kind, f.text])

describe('an office written before a name', () => {
  it.each([
    ['Transport Secretary Fiona Hale has said every contract will be reviewed by 2028.', 'Fiona Hale'],
    ['Bank of England Governor Andrew Bailey said rates would hold.', 'Andrew Bailey'],
    ['Harbour Board Chief Executive Mairi Dunn resigned on Friday.', 'Mairi Dunn'],
    ['Ohio Secretary of State Dana Whitfield certified the count.', 'Dana Whitfield'],
    ['House Speaker Mike Johnson said the vote would be held.', 'Mike Johnson']
  ])('%j: the person is %j', (sentence, name) => {
    const found = entitiesIn(sentence)
    expect(found[0]).toEqual(['person', name])
  })

  it('leaves a body whose name holds a title word, and a title-case headline, as they were', () => {
    expect(entitiesIn('She spoke at the Council on Foreign Relations in May.')).toEqual([
      ['organisation', 'Council on Foreign Relations']
    ])
    const headline = entitiesIn('Supreme Court Justice Who Once Mocked Critics Wins Again')
    expect(headline.map(([, text]) => text)).not.toContain('Who Once')
  })

  it('lets a lone surname later in the story find the person', () => {
    const found = entitiesIn('Transport Secretary Fiona Hale spoke first. Hale said the review would take a year.')
    expect(found).toEqual([
      ['person', 'Fiona Hale'],
      ['person', 'Hale']
    ])
  })
})

describe('a dateline in capitals', () => {
  it('is the place the story was filed from, and the sentence starts after its dash', () => {
    const text = 'Ferries cut\n\nPORT ANNAN — The company that runs the ferries will cut its timetable.'
    expect(entitiesIn(text)).toEqual([['place', 'PORT ANNAN']])
    expect(
      entitiesIn('Vote delayed\n\nHARBOURTON, Kent (Reuters) - The council said on Monday it would wait.')
    ).toEqual([
      ['place', 'HARBOURTON'],
      ['place', 'Kent'],
      ['organisation', 'Reuters']
    ])
  })

  it('is not an acronym opening a line, nor a subhead far down the story', () => {
    expect(entitiesIn('NASA — The agency said the launch would slip.')).toEqual([['organisation', 'NASA']])
    const late = `${'The council met. '.repeat(70)}\nNOW OPEN — The market hall reopened.`
    expect(entitiesIn(late)).not.toContainEqual(['place', 'NOW OPEN'])
  })
})

describe('an office with no name after it', () => {
  it.each([
    'The Energy Minister said the scheme would power 310,000 homes.',
    'The Transport Secretary has said every contract will be reviewed.',
    'A Florida Senator said the vote was close.'
  ])('reads no organisation or person in %j', (sentence) => {
    expect(entitiesIn(sentence)).toEqual([])
  })

  it('keeps people whose surname is a title word', () => {
    expect(entitiesIn('Larry King interviewed Jim Justice in Charleston.')).toEqual([
      ['person', 'Larry King'],
      ['person', 'Jim Justice'],
      ['place', 'Charleston']
    ])
  })

  it('reads a member of parliament before a name as the office', () => {
    expect(entitiesIn('Local MP Gareth Lloyd called the decision a betrayal.')).toEqual([['person', 'Gareth Lloyd']])
  })
})

/**
 * UK offices named without their holder read as people: "person: Education Secretary", "person: Housing Minister",
 * and "person: Crime Commissioner" from "The Police and Crime Commissioner"; "Cllr" was part of a councillor's name.
 */
describe('offices without their holder, and a councillor’s abbreviated title', () => {
  it.each([
    ['The Education Secretary said 400 schools would be rebuilt.'],
    ['The Housing Minister promised 1.5 million homes by 2029.'],
    ['The Police and Crime Commissioner welcomed the 7% fall.']
  ])('%j names no person', (sentence) => {
    expect(entitiesIn(sentence).filter(([kind]) => kind === 'person')).toEqual([])
  })

  it('keeps the holder named after or beside the office', () => {
    expect(entitiesIn('Education Secretary Ann Hale said 400 schools would be rebuilt.')).toContainEqual([
      'person',
      'Ann Hale'
    ])
    expect(entitiesIn('The Culture Secretary, Tom Reyes, said 40 clubs had applied.')).toEqual([
      ['person', 'Tom Reyes']
    ])
  })

  it('reads "Cllr" as a title, not a name', () => {
    expect(entitiesIn('Cllr Joan Pryce said the council was looking at every option.')).toEqual([
      ['person', 'Joan Pryce']
    ])
  })
})
