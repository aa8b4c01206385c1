/** The claimant rows behind the bench's split by cue: scored as the shared PolNeAR scorer scores claimants. */
import { describe, expect, it } from 'vitest'
import { isSayingCue } from '../../bench/cue-kinds'
import { claimantRows, parseAnn, type ClaimJson } from '../../bench/polnear-rows'

// Written here in brat standoff: T spans (type, start end, text), E events joining them.
const TEXT = 'The mayor said the bridge would close in May. The council signed a deal to sell the depot.'
const ANN = [
  'T1\tSource 0 9\tThe mayor',
  'T2\tCue 10 14\tsaid',
  'T3\tContent 15 44\tthe bridge would close in May',
  'E1\tAttribution:T2 Source:T1 Cue:T2 Content:T3',
  'T4\tSource 46 57\tThe council',
  'T5\tCue 58 74\tsigned a deal to',
  'T6\tContent 75 89\tsell the depot',
  'E2\tAttribution:T5 Source:T4 Cue:T5 Content:T6',
  'T7\tContent 0 3;10 12\tThe\nsa',
  'The rest of a span that ran over a line break: no record, though it begins with a T'
].join('\n')

function claim(start: number, text: string, claimant: ClaimJson['claimant']): ClaimJson {
  return { start, text, claimant }
}

describe('parseAnn', () => {
  it('joins each event to its spans and skips the second line of a broken span', () => {
    const gold = parseAnn(ANN)
    expect(gold).toHaveLength(2)
    expect(gold[0]).toMatchObject({ source: [{ text: 'The mayor', parts: [[0, 9]] }], cue: 'said' })
    expect(gold[1].content[0].text).toBe('sell the depot')
  })
})

describe('claimantRows', () => {
  const gold = parseAnn(ANN)
  const first = TEXT.slice(0, 45)
  const second = TEXT.slice(46)

  it('is right when the mention overlaps the gold source, wrong when the claim has no claimant', () => {
    const rows = claimantRows(TEXT, TEXT, gold, [
      claim(0, first, { name: 'the mayor', mention: { start: 0, text: 'The mayor' } }),
      claim(46, second, null)
    ])
    expect(rows).toEqual([
      { right: true, source: 'The mayor', cue: 'said', miss: null },
      { right: false, source: 'The council', cue: 'signed a deal to', miss: 'none' }
    ])
  })

  it('is right when the name shares a capitalised word with the source, though the mention is elsewhere', () => {
    const text = 'Ms Ruiz said taxes rose. Ruiz added more.'
    const ann = 'T1\tSource 0 7\tMs Ruiz\nT2\tContent 13 23\ttaxes rose\nE1\tA:T2 Source:T1 Content:T2'
    const rows = claimantRows(text, text, parseAnn(ann), [
      claim(0, 'Ms Ruiz said taxes rose.', { name: 'Ana Ruiz', mention: { start: 25, text: 'Ruiz' } })
    ])
    expect(rows.map((row) => row.right)).toEqual([true])
  })

  it('leaves out attributions no claim covers and quoted content', () => {
    const quoted = 'T1\tSource 0 3\tAna\nT2\tContent 9 15\t"Soon"\nE1\tA:T2 Source:T1 Content:T2'
    expect(
      claimantRows('Ana said "Soon".', 'Ana said "Soon".', parseAnn(quoted), [claim(0, 'Ana said', null)])
    ).toEqual([])
    expect(claimantRows(TEXT, TEXT, gold, [])).toEqual([])
  })

  it('maps claims back to the original file when the engine shortened the text', () => {
    const original = `Headline\n\n\n\n${TEXT}`
    const shifted = parseAnn(ANN.replace(/(\d+) (\d+)\t/g, (_, a, b) => `${Number(a) + 12} ${Number(b) + 12}\t`))
    const engineText = `Headline\n\n${TEXT}`
    const rows = claimantRows(original, engineText, shifted, [
      claim(10, first, { name: 'the mayor', mention: { start: 10, text: 'The mayor' } })
    ])
    expect(rows).toEqual([{ right: true, source: 'The mayor', cue: 'said', miss: null }])
  })
})

describe('claimantRows: why a row is wrong', () => {
  // Two attributions in one sentence: the union's inside the mayor's.
  const text = 'The mayor said the union claims the bridge is unsafe, but she added that it would reopen.'
  const ann = [
    'T1\tSource 0 9\tThe mayor',
    'T2\tCue 10 14\tsaid',
    'T3\tContent 15 52\tthe union claims the bridge is unsafe',
    'E1\tA:T2 Source:T1 Cue:T2 Content:T3',
    'T4\tSource 15 24\tthe union',
    'T5\tCue 25 31\tclaims',
    'T6\tContent 32 52\tthe bridge is unsafe',
    'E2\tA:T5 Source:T4 Cue:T5 Content:T6',
    'T7\tSource 58 61\tshe',
    'T8\tCue 62 67\tadded',
    'T9\tContent 68 89\tthat it would reopen',
    'E3\tA:T8 Source:T7 Cue:T8 Content:T9'
  ].join('\n')
  const gold = parseAnn(ann)
  const mayor = { start: 0, text: 'The mayor' }
  const said = { start: 10, text: 'said' }
  const misses = (claims: ClaimJson[]) => claimantRows(text, text, gold, claims).map((row) => row.miss)

  it('names an earlier attribution, a later one, and a pronoun the corpus marks on its own', () => {
    expect(misses([claim(0, text, { name: 'Tom Reyes', mention: mayor, cue: said })])).toEqual([
      null,
      'earlier',
      'pronoun'
    ])
    const union = { start: 15, text: 'the union' }
    expect(misses([claim(0, text, { name: 'the union', mention: union, cue: { start: 25, text: 'claims' } })])).toEqual(
      ['later', null, 'pronoun']
    )
  })

  it('tells the right cue with another subject from no claimant at all', () => {
    const wrongSubject = { name: 'the bridge', mention: { start: 36, text: 'the bridge' }, cue: said }
    expect(misses([claim(0, text, wrongSubject)])).toEqual(['same-cue', 'later', 'pronoun'])
    expect(misses([claim(0, text, null)])).toEqual(['none', 'none', 'none-pronoun'])
  })
})

describe('isSayingCue', () => {
  it('takes words of saying, writing, thinking and finding in any inflection', () => {
    for (const cue of ['said', 'told reporters', 'criticized', 'worries', 'a study found', 'according to', 'admitted'])
      expect(isSayingCue(cue), cue).toBe(true)
  })

  it('leaves actions and states', () => {
    for (const cue of ['signed an agreement to', 'abolished', 'cares', 'hired', 'sponsored', 'was negotiated'])
      expect(isSayingCue(cue), cue).toBe(false)
  })
})
