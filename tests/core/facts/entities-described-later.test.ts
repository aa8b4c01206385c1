/**
 * A brand a speech verb first made a person's name ("Acme Freight says …", two capitalised words then "says") is a
 * body once the article describes it as one ("Acme Freight, the largest haulier operating out of Wexbury, said"):
 * "Why it was flagged" showed "person: Acme Freight" on the headline and on every later mention. Sentences written
 * for these tests.
 */
import { describe, expect, it } from 'vitest'
import { findEntities } from '../../../src/core/facts/entities'

const entitiesIn = (text: string): Array<[string, string]> =>
  findEntities(text, { start: 0, end: text.length }).map((f) => [f.kind, f.text])

describe('a name a speech verb made a person, described later as a body', () => {
  it('is a body wherever it stands, before the description and after it', () => {
    const text = [
      'Acme Freight says higher berth fees could cost 300 jobs.',
      'Acme Freight, the largest haulier operating out of the port, said it would decide in February.',
      'Acme Freight’s margin fell to 2 percent last year.'
    ].join('\n\n')
    const acme = entitiesIn(text).filter(([, name]) => name === 'Acme Freight')
    expect(acme).toEqual([
      ['organisation', 'Acme Freight'],
      ['organisation', 'Acme Freight'],
      ['organisation', 'Acme Freight']
    ])
  })

  it('a carrier or a lender described so is a body; a person with a role at one stays a person', () => {
    expect(entitiesIn('Blue Heron, a carrier serving the islands, said fares would rise.')).toContainEqual([
      'organisation',
      'Blue Heron'
    ])
    const text = [
      'Mara Quist said the levy was unfair.',
      'Mara Quist, the haulier’s finance director, said costs had doubled.'
    ].join('\n\n')
    expect(entitiesIn(text).filter(([, name]) => name === 'Mara Quist')).toEqual([
      ['person', 'Mara Quist'],
      ['person', 'Mara Quist']
    ])
  })
})
