/**
 * A crosshead in title case run into its paragraph, as copied web pages keep it ("Well Done, Dr. Osei The Harbour
 * Board chair, …"): the titled person's name stops before "The", so neither the person nor the body after is lost
 * in one name. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest'
import { findEntities } from '../../../src/core/facts/entities'

const entitiesIn = (text: string): Array<[string, string]> =>
  findEntities(text, { start: 0, end: text.length }).map((f) => [f.kind, f.text])

describe('a crosshead run into its paragraph', () => {
  it('ends a titled name before a capitalised "The"', () => {
    const text = 'Well done, Dr. Osei The Harbour Board chair, Nadia Osei, was thanked by the crews on Friday.'
    const found = entitiesIn(text)
    expect(found).toContainEqual(['organisation', 'The Harbour Board'])
    expect(found.some(([, name]) => name.includes('Osei The'))).toBe(false)
  })

  it('leaves a title-case run without a title as it was read', () => {
    const text = 'The ferry crews backed Nadia Osei in the vote.'
    expect(entitiesIn(text)).toEqual([['person', 'Nadia Osei']])
  })
})
