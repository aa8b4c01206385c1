/**
 * Radio transcripts write who chairs in the label itself: "PRESENTER (NAME):" on the first turn, the
 * name alone after that, and may close on the editor's note in brackets. The transcripts are our own.
 */
import { describe, expect, it } from 'vitest'
import { extract } from '../../../src/core/extract/extract'
import { imported } from './helpers'

const PHONE_IN = [
  'Transcript: Harbour Hour, Radio Wessex, 2 March 2026',
  'PRESENTER (TOM ASHBY): Good morning. With me is the harbour master, Ines Carvalho. Thank you for coming in.',
  'INES CARVALHO: Thank you, Tom.',
  'TOM ASHBY: The port says cargo fell last year. By how much?',
  'INES CARVALHO: Cargo fell by 12% in 2025, mostly because the grain contract moved to Poole.',
  'TOM ASHBY: Will the ferry fares rise?',
  'INES CARVALHO: Fares stay frozen until April, and the council pays £2 million towards them.',
  'TOM ASHBY: Ines Carvalho, thank you.',
  '(After the programme, the council said it had paid £1.4 million of the ferry subsidy so far this year.)'
]

describe('a presenter named in brackets beside the role', () => {
  it('reads "PRESENTER (TOM ASHBY):" as Tom Ashby’s first turn, as moderator, and keeps his questions out of the claims', () => {
    const article = imported('phone-in.txt', PHONE_IN.join('\n\n'))
    const turns = article.blocks.filter((block) => block.kind === 'turn')
    expect(turns[0]?.speaker).toBe('TOM ASHBY')
    expect(turns[0]?.role).toBe('moderator')
    expect(turns.filter((turn) => turn.speaker === 'TOM ASHBY').every((turn) => turn.role === 'moderator')).toBe(true)
    const claimants = extract(article).claims.map((claim) => claim.claimant?.name)
    expect(claimants).not.toContain('TOM ASHBY')
    expect(claimants).not.toContain('Tom Ashby')
  })

  it('reads the name first and the role in brackets the same way', () => {
    const lines = [...PHONE_IN]
    lines[1] = 'TOM ASHBY (PRESENTER): Good morning. With me is the harbour master, Ines Carvalho.'
    const turns = imported('phone-in.txt', lines.join('\n\n')).blocks.filter((block) => block.kind === 'turn')
    expect(turns[0]?.speaker).toBe('TOM ASHBY')
    expect(turns[0]?.role).toBe('moderator')
  })

  it('keeps a name with a party in brackets a name, not a role', () => {
    const lines = [...PHONE_IN]
    lines[2] = 'INES CARVALHO (LAB): Thank you, Tom.'
    const turns = imported('phone-in.txt', lines.join('\n\n')).blocks.filter((block) => block.kind === 'turn')
    expect(turns.find((turn) => turn.speaker?.startsWith('INES'))?.role).toBe('participant')
  })
})

describe('the editor’s note in brackets after the last turn', () => {
  it('is a paragraph whose claim is the council’s, not the last speaker’s', () => {
    const result = extract(imported('phone-in.txt', PHONE_IN.join('\n\n')))
    const note = result.claims.find((claim) => claim.text.includes('£1.4 million'))
    expect(note?.claimant?.name).toMatch(/council/i)
  })

  it('leaves a speaker’s own aside in brackets theirs', () => {
    const lines = [
      ...PHONE_IN.slice(0, -2),
      'INES CARVALHO: Thank you.',
      '(We had 40 ships in last week alone, by the way, and I think that will grow.)'
    ]
    const last = imported('phone-in.txt', lines.join('\n\n')).blocks.at(-1)
    expect(last?.kind).toBe('turn')
    expect(last?.speaker).toBe('INES CARVALHO')
  })
})
