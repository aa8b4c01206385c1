/**
 * Names a local story gives no cue for: a terminal operator and the companies registry were read as people, and
 * the town a borough council is named for as a person or as the council itself. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest'
import { findEntities } from '../../../src/core/facts/entities'

const entitiesIn = (text: string): Array<[string, string]> =>
  findEntities(text, { start: 0, end: text.length }).map((f) => [f.kind, f.text])

describe('kinds of names in a local story', () => {
  it('a firm named for its terminals and the companies registry are organisations', () => {
    expect(entitiesIn('Ashdown Terminals declined to say how many ships had left.')).toEqual([
      ['organisation', 'Ashdown Terminals']
    ])
    expect(entitiesIn('Its accounts, filed at Companies House in May, show a loss.')).toEqual([
      ['organisation', 'Companies House']
    ])
  })

  it('a forum is a body, named for the people it speaks for with their plural possessive', () => {
    expect(entitiesIn('Ada Marsh, who chairs the Wexbury Patients’ Forum, said 600 people had signed.')).toEqual([
      ['person', 'Ada Marsh'],
      ['organisation', 'Wexbury Patients’ Forum']
    ])
    expect(entitiesIn('The Carrow Business Forum said rents had doubled.')).toEqual([
      ['organisation', 'Carrow Business Forum']
    ])
  })

  it('the town a council is named for is a place wherever the story names it alone', () => {
    const text =
      'Carmel Ryder, who leads Tollbridge Borough Council, said the ferry mattered. ' +
      'The largest haulier operating out of Tollbridge, said on Monday it would cut 40 jobs. ' +
      "Analysts said Tollbridge's fees were still low."
    const found = entitiesIn(text)
    expect(found).toContainEqual(['organisation', 'Tollbridge Borough Council'])
    expect(found.filter(([, name]) => name === 'Tollbridge')).toEqual([
      ['place', 'Tollbridge'],
      ['place', 'Tollbridge']
    ])
  })

  it('a party before "City Council" is no area', () => {
    const found = entitiesIn('Voters asked the Democrat City Council why the Democrat mayor had quit.')
    expect(found).not.toContainEqual(['place', 'Democrat'])
  })

  it('a person with a title keeps the kind the title gave, beside a council of the same name', () => {
    const found = entitiesIn('Mr Ashford, 61, told Ashford Borough Council the road was unsafe.')
    expect(found).toContainEqual(['person', 'Ashford'])
  })
})
