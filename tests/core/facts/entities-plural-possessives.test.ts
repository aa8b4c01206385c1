/**
 * A body's name holding a plural's possessive ("Wexbury Magistrates’ Court") was a person and a body, cut at the
 * apostrophe; it is one organisation when a body's head follows, and a person's possessive is left alone. Sentences
 * written for these tests.
 */
import { describe, expect, it } from 'vitest'
import { findEntities } from '../../../src/core/facts/entities'

const entitiesIn = (text: string): Array<[string, string]> =>
  findEntities(text, { start: 0, end: text.length }).map((f) => [f.kind, f.text])

describe('a plural’s possessive inside a name', () => {
  it('is read on to the body’s head', () => {
    const text =
      "Derek Hale pleaded guilty at Wexbury Magistrates’ Court on Tuesday, and the Kelby Farmers' Union said so."
    expect(entitiesIn(text)).toEqual([
      ['person', 'Derek Hale'],
      ['organisation', 'Wexbury Magistrates’ Court'],
      ['organisation', "Kelby Farmers' Union"]
    ])
  })

  it('is no part of a person’s name before a body', () => {
    expect(entitiesIn('Ada Reynolds’ Court case opens today.')).toEqual([
      ['person', 'Ada Reynolds'],
      ['organisation', 'Court']
    ])
  })
})
