/**
 * A football club and the company that owns it, as a sports page names them: "Carrow Rovers" was a person, and so
 * every lone "Rovers" after it; "Harbour Leisure", the short name of "Harbour Leisure Holdings", was a person where a
 * spokesperson for it spoke. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest'
import { findEntities } from '../../../src/core/facts/entities'

const entitiesIn = (text: string): Array<[string, string]> =>
  findEntities(text, { start: 0, end: text.length }).map((f) => [f.kind, f.text])

describe('clubs and the companies that own them', () => {
  it('a club named for its town and its nickname is a body, and so is the nickname alone', () => {
    const text = 'Carrow Rovers were fined £50,000 on Friday. The fine leaves Rovers with £20,000 in the bank.'
    expect(entitiesIn(text)).toEqual([
      ['organisation', 'Carrow Rovers'],
      ['organisation', 'Rovers']
    ])
    expect(entitiesIn('Fans of Wexbury Wanderers and Tollbridge Athletic marched together.')).toEqual([
      ['organisation', 'Wexbury Wanderers'],
      ['organisation', 'Tollbridge Athletic']
    ])
  })

  it('a company named in full and then without its head is one body, whoever speaks for it', () => {
    const text =
      'The club is owned by Harbour Leisure Holdings. A spokesperson for Harbour Leisure said the fees were fair.'
    expect(entitiesIn(text)).toEqual([
      ['organisation', 'Harbour Leisure Holdings'],
      ['organisation', 'Harbour Leisure']
    ])
    // A person's name before a body's head stays the person's: the company is named for him.
    const named = entitiesIn('Colin Marsh Holdings bought the ground. Colin Marsh said he would keep it.')
    expect(named).toContainEqual(['person', 'Colin Marsh'])
  })
})
