import { describe, expect, it } from 'vitest'
import { setClaimant, setSpeaker } from '../../../src/core/case/ops-attribution'
import { itemStarting } from '../../helpers/builders'
import { ANNA, TEXT, at, sahelCase } from './sahel-case'
import type { CaseFile } from '../../../src/shared/case'

const unwrap = (result: { ok: true; value: CaseFile } | { ok: false; error: { message: string } }): CaseFile => {
  if (!result.ok) throw new Error(result.error.message)
  return result.value
}

describe('the checker corrects a claimant', () => {
  const claimId = (c: CaseFile): string => itemStarting(c, 'France will send').id

  it('renaming keeps the words that named them and records who changed what', () => {
    const c = sahelCase()
    const after = unwrap(setClaimant(c, claimId(c), '  Ministry of  Armed Forces ', ANNA))
    const item = itemStarting(after, 'France will send')
    expect(item.claimant).toEqual({
      name: 'Ministry of Armed Forces',
      mention: at('the defence ministry'),
      cue: at('said')
    })
    expect(item.history.at(-1)).toMatchObject({
      action: 'claimant',
      by: 'Anna Checker',
      from: 'the defence ministry',
      to: 'Ministry of Armed Forces'
    })
    expect(itemStarting(c, 'France will send').claimant?.name).toBe('the defence ministry')
  })

  it('clearing removes the claimant; setting the same name again changes nothing', () => {
    const c = sahelCase()
    const cleared = unwrap(setClaimant(c, claimId(c), null, ANNA))
    expect(itemStarting(cleared, 'France will send').claimant).toBeNull()
    expect(unwrap(setClaimant(c, claimId(c), 'the defence ministry', ANNA))).toBe(c)
  })

  it('a claimant given to a claim that had none points at the nearest place the article names them', () => {
    const c = sahelCase()
    const id = itemStarting(c, 'Critics say').id
    const named = itemStarting(unwrap(setClaimant(c, id, 'Florence Parly', ANNA)), 'Critics say')
    expect(named.claimant).toEqual({ name: 'Florence Parly', mention: at('Florence Parly'), cue: null })
    const unnamed = itemStarting(unwrap(setClaimant(c, id, 'A farmers’ union', ANNA)), 'Critics say')
    const start = at('Critics say').start
    expect(unnamed.claimant).toEqual({ name: 'A farmers’ union', mention: { start, end: start, text: '' }, cue: null })
    expect(TEXT.slice(unnamed.claimant!.mention.start, unnamed.claimant!.mention.end)).toBe('')
  })

  // "Quillhaven Harbour Authority annual report" given to a claim was shown as named by “report”: the word of another
  // report three paragraphs up. Only a surname (capitalised in the name and in the article) stands for a name.
  it('a name is found by its surname alone only where the article writes it as a name', () => {
    const c = sahelCase()
    const id = itemStarting(c, 'Critics say').id
    const mentionOf = (name: string) => itemStarting(unwrap(setClaimant(c, id, name, ANNA)), 'Critics say').claimant
    expect(mentionOf('Ms Florence Parly')?.mention).toEqual(at('Parly'))
    const start = at('Critics say').start
    const nowhere = { start, end: start, text: '' }
    expect(mentionOf('Sahel mission')?.mention).toEqual(nowhere)
    expect(mentionOf('Anne Mission')?.mention).toEqual(nowhere)
    expect(mentionOf('The mission')?.mention).toEqual(at('the mission'))
  })

  it('an empty or overlong name is refused with a message, and the case is untouched', () => {
    const c = sahelCase()
    const empty = setClaimant(c, claimId(c), '   ', ANNA)
    expect(empty.ok ? '' : empty.error.message).toMatch(/Type a name/)
    const long = setClaimant(c, claimId(c), 'x'.repeat(201), ANNA)
    expect(long.ok ? '' : long.error.code).toBe('name-too-long')
    expect(setClaimant(c, 'nope', 'X', ANNA).ok).toBe(false)
  })
})

describe('the checker corrects a speaker', () => {
  it('renaming keeps mention and cue, drops a description that belonged to the other name', () => {
    const c = sahelCase()
    const id = itemStarting(c, 'We will not').id
    const item = itemStarting(unwrap(setSpeaker(c, id, 'Sébastien Lecornu', ANNA)), 'We will not')
    expect(item.speaker).toEqual({ name: 'Sébastien Lecornu', description: null, anonymous: false })
    expect(item.mention).toEqual(at('Florence Parly'))
    expect(item.history.at(-1)).toMatchObject({ action: 'speaker', from: 'Florence Parly', to: 'Sébastien Lecornu' })
  })

  it('clearing removes speaker, mention and cue', () => {
    const c = sahelCase()
    const id = itemStarting(c, 'We will not').id
    const item = itemStarting(unwrap(setSpeaker(c, id, null, ANNA)), 'We will not')
    expect([item.speaker, item.mention, item.cue]).toEqual([null, null, null])
  })
})
