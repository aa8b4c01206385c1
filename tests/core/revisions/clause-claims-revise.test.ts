/**
 * A sentence cut into two claims (one per attribution, clause-claims.ts) carried into the next draft: each item
 * keeps its own claimant and follows its own words. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest'
import { extract } from '../../../src/core/extract/extract'
import { reviseCase } from '../../../src/core/revisions/revise-case'
import { engineCase, sha256, story } from '../../helpers/builders'

const HEADLINE = 'Pier fees to rise'
const HALE = 'Mayor Ann Hale said the pier would stay open until 2027'
const RUIZ = 'Councillor Tom Ruiz added that the mooring fees would rise by 40 percent.'
const SENTENCE = `${HALE}, and ${RUIZ}`

function firstDraft() {
  const first = story([HEADLINE, SENTENCE])
  return engineCase(first, extract(first))
}

function revised(sentence: string) {
  const c = firstDraft()
  const next = story([HEADLINE, sentence])
  const result = reviseCase(c, {
    article: next,
    hash: sha256(next.text),
    fileName: 'story-v2.txt',
    extraction: extract(next),
    checker: 'Rosa',
    now: '2024-06-12T15:30:00.000Z'
  })
  if (!result.ok) throw new Error(result.error.message)
  return result.value
}

const claimantsOf = (items: { kind: string; anchor: { exact: string }; claimant: { name: string } | null }[]) =>
  items.filter((i) => i.kind === 'claim').map((i) => [i.anchor.exact, i.claimant?.name ?? null])

describe('a sentence of two claims in the next draft', () => {
  it('starts as two items, each with its own claimant', () => {
    expect(claimantsOf(firstDraft().items)).toEqual([
      [HALE, 'Ann Hale'],
      [RUIZ, 'Tom Ruiz']
    ])
  })

  it('carries both unchanged when the sentence is unchanged, with nothing new suggested', () => {
    const { case: after, report } = revised(`${SENTENCE} `)
    expect(claimantsOf(after.items)).toEqual([
      [HALE, 'Ann Hale'],
      [RUIZ, 'Tom Ruiz']
    ])
    expect(report.added).toEqual([])
  })

  it('changes only the clause whose words changed, its claimant kept', () => {
    const edited = SENTENCE.replace('40 percent', '45 percent')
    const { case: after, report } = revised(edited)
    expect(claimantsOf(after.items)).toEqual([
      [HALE, 'Ann Hale'],
      [RUIZ.replace('40', '45'), 'Tom Ruiz']
    ])
    expect(report.items.map((i) => i.outcome)).toEqual(['unchanged', 'changed'])
    expect(report.added).toEqual([])
  })
})
