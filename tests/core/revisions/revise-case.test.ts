import { describe, expect, it } from 'vitest'
import { ANCHOR_CONTEXT_CHARS } from '../../../src/core/case/anchor'
import { extract } from '../../../src/core/extract/extract'
import { reviseCase } from '../../../src/core/revisions/revise-case'
import { reportJson, reportText } from '../../../src/core/revisions/revision-report'
import { UNRELATED_DRAFT_SHARE } from '../../../src/core/revisions/shared-text'
import type { CaseFile, Item } from '../../../src/shared/case'
import { itemWith, sha256, story } from '../../helpers/builders'
import { floodsCase } from './floods-case'
import { BASE, BRIDGES, FLOODED_TWICE, INSURERS, LARGEST, OTHER_STORY, TROOPS } from './revision-pairs'

const NOW = '2024-06-12T15:30:00.000Z'
const TREASURY = 'The Treasury said £40m in emergency funding would reach councils by March.'

/** The checker's work on draft 1: a verified claim with a source and a note, a quote in progress. */
function workedCase(): CaseFile {
  const c = floodsCase()
  const work = (item: Item, status: string): Item => ({
    ...item,
    state: 'accepted',
    status,
    sourceIds: ['s1'],
    notes: [{ id: 'n1', at: '2024-06-11T10:00:00.000Z', by: 'Rosa', text: 'MoD press office confirmed by phone.' }]
  })
  const troops = itemWith(c, TROOPS).id
  const bridges = itemWith(c, BRIDGES, 'quote').id
  return {
    ...c,
    items: c.items.map((i) => (i.id === troops ? work(i, 'verified') : i.id === bridges ? work(i, 'in-progress') : i))
  }
}

function revise(c: CaseFile, paragraphs: string[], checker = 'Rosa') {
  const article = story(paragraphs)
  return reviseCase(c, {
    article,
    hash: sha256(article.text),
    fileName: 'floods-v2.md',
    extraction: extract(article),
    checker,
    now: NOW
  })
}

const edited = [
  BASE[0],
  BASE[1].replace('5,000 troops would', '5,500 troops would'),
  BASE[2].replace(' “Every bridge north of Carlisle is closed.”', ''),
  TREASURY,
  ...BASE.slice(3)
]

describe('importing a new draft into a case', () => {
  const before = workedCase()
  const result = revise(before, edited)
  if (!result.ok) throw new Error(result.error.message)
  const { case: after, report } = result.value
  const text = after.drafts[1].article.text
  const byId = (id: string) => after.items.find((i) => i.id === id)!

  it('keeps every draft version and makes the new one current', () => {
    expect(after.drafts.map((d) => [d.id, d.fileName])).toEqual([
      ['d1', 'floods-v1.md'],
      ['d2', 'floods-v2.md']
    ])
    expect(after.currentDraftId).toBe('d2')
    expect(after.drafts[0]).toEqual(before.drafts[0])
  })

  it('explains a changed claim from its new words', () => {
    const item = byId(itemWith(before, TROOPS).id)
    expect(item.reasons.join(' · ')).toContain('5,500 troops')
    expect(item.reasons.join(' · ')).not.toContain('5,000 troops')
    expect(item.facts.map((f) => f.text)).toContain('5,500 troops')
  })

  it('leaves a changed suggestion nobody has checked yet Unchecked, with its old wording for the diff', () => {
    const fresh = floodsCase()
    const changed = revise(fresh, edited)
    if (!changed.ok) throw new Error(changed.error.message)
    const old = itemWith(fresh, TROOPS)
    const item = changed.value.case.items.find((i) => i.id === old.id)!
    expect(item.status).toBe('unchecked')
    expect(item.statusDraftId).toBe(old.statusDraftId)
    expect(item.previousText).toBe(TROOPS)
    expect(item.history.at(-1)).toMatchObject({
      action: 'revised',
      detail: 'changed',
      from: 'unchecked',
      to: 'unchecked'
    })
  })

  it('marks the edited figure for re-check, keeping the old wording, status history and work', () => {
    const old = itemWith(before, TROOPS)
    const item = byId(old.id)
    expect(item.status).toBe('needs-recheck')
    expect(item.statusDraftId).toBe('d2')
    expect(item.previousText).toBe(TROOPS)
    expect(item.anchor.exact).toBe(TROOPS.replace('5,000', '5,500'))
    expect(item.sourceIds).toEqual(['s1'])
    expect(item.notes).toHaveLength(1)
    expect(item.history.at(-1)).toEqual({
      at: NOW,
      by: 'Rosa',
      action: 'revised',
      detail: 'changed',
      from: 'verified',
      to: 'needs-recheck',
      draftId: 'd2'
    })
    expect(item.facts.map((f) => f.text)).toContain('5,500 troops')
    expect(item.facts.map((f) => f.text)).not.toContain('5,000 troops')
    for (const fact of item.facts) expect(text.slice(fact.start, fact.end)).toBe(fact.text)
  })

  it('keeps a deleted quote as removed, with its old words and its work', () => {
    const old = itemWith(before, BRIDGES, 'quote')
    const item = byId(old.id)
    expect(item.state).toBe('removed')
    expect(item.anchor).toEqual(old.anchor)
    expect(item.status).toBe('in-progress')
    expect(item.notes).toHaveLength(1)
    expect(item.history.at(-1)).toMatchObject({
      action: 'revised',
      detail: 'removed',
      from: 'in-progress',
      to: 'in-progress',
      draftId: 'd2'
    })
  })

  it('moves unchanged items to their new place and keeps the draft their status was given on', () => {
    const old = itemWith(before, FLOODED_TWICE)
    const item = byId(old.id)
    expect(item.anchor.start).toBe(
      old.anchor.start + TREASURY.length + 2 - ' “Every bridge north of Carlisle is closed.”'.length
    )
    expect(item.anchor.exact).toBe(FLOODED_TWICE)
    expect(item.statusDraftId).toBe('d1')
    // A revision that changed nothing leaves no entry in the item's history.
    expect(item.history).toEqual(old.history)
  })

  it('shifts the speaker mention and speech cue of a carried quote', () => {
    const old = before.items.find((i) => i.kind === 'quote' && i.anchor.exact.startsWith('We have never seen'))!
    const item = byId(old.id)
    expect(item.cue && text.slice(item.cue.start, item.cue.end)).toBe('said')
    expect(item.mention && text.slice(item.mention.start, item.mention.end)).toBe('Mary Okafor')
    expect(item.cue!.start).toBeGreaterThan(item.anchor.end)
  })

  it('carries a claim’s claimant: its mention and cue follow their words into the new draft', () => {
    const old = itemWith(before, INSURERS)
    expect(old.claimant?.name).toMatch(/Association of British Insurers$/)
    const item = byId(old.id)
    expect(item.claimant?.name).toBe(old.claimant?.name)
    expect(item.claimant && text.slice(item.claimant.mention.start, item.claimant.mention.end)).toBe(
      'the Association of British Insurers'
    )
    expect(item.claimant?.cue && text.slice(item.claimant.cue.start, item.claimant.cue.end)).toBe('according to')
    expect(item.claimant!.mention.start).toBeGreaterThan(old.claimant!.mention.start)
  })

  it('suggests the new check-worthy sentence, with ids after the highest existing one', () => {
    const highest = Math.max(...before.items.map((i) => Number(i.id.slice(1))))
    expect(report.added.map((c) => c.text)).toEqual([TREASURY])
    expect(report.addedItemIds).toEqual([`i${highest + 1}`])
    const added = byId(`i${highest + 1}`)
    expect(added).toMatchObject({ state: 'suggested', status: 'unchecked', statusDraftId: 'd2' })
    expect(added.anchor.exact).toBe(TREASURY)
  })

  it('leaves every carried anchor slicing back to its words in the new draft', () => {
    for (const item of after.items.filter((i) => i.state !== 'removed')) {
      expect(text.slice(item.anchor.start, item.anchor.end)).toBe(item.anchor.exact)
      expect(item.anchor.prefix).toBe(
        text.slice(Math.max(0, item.anchor.start - ANCHOR_CONTEXT_CHARS), item.anchor.start)
      )
    }
  })

  it('reports outcomes per item, in JSON and in words', () => {
    expect(report.summary).toEqual({
      unchanged: before.items.length - 2 - 1,
      changed: 1,
      speakerChanged: 0,
      speakerChanges: [],
      removed: 2,
      added: 1,
      sharedText: expect.any(Number)
    })
    expect(report.summary.sharedText).toBeGreaterThan(UNRELATED_DRAFT_SHARE)
    const json = reportJson(report)
    expect(Object.keys(json)).toEqual(['draftId', 'previousDraftId', 'fileName', 'summary', 'items', 'added'])
    const troops = json.items.find((i) => i.before.text === TROOPS)!
    expect(troops).toMatchObject({ outcome: 'changed', after: { text: TROOPS.replace('5,000', '5,500') } })
    expect(json.items.find((i) => i.outcome === 'removed')!.after).toBeNull()
    const words = reportText(report)
    expect(words).toContain('1 changed')
    expect(words).toContain('Every bridge north of Carlisle is closed.')
    expect(words).not.toContain('is it the right file?')
  })

  it('says when the new draft shares almost no text with the current one: another article chosen by mistake', () => {
    // Every item loses its words and 30 new ones appear; the counts alone read like a heavy edit.
    const other = revise(before, OTHER_STORY)
    if (!other.ok) throw new Error(other.error.message)
    const { summary } = other.value.report
    expect(summary.unchanged).toBe(0)
    expect(summary.sharedText).toBeLessThan(UNRELATED_DRAFT_SHARE)
    expect(reportText(other.value.report)).toContain(
      'This draft shares almost no text with the current one (0% in common) — is it the right file?'
    )
  })

  // Words added at the end of a claim's sentence: the claim is the new sentence as the extractor splits it, so an
  // abbreviation's full stop ("Dr. Hale") does not cut it short.
  it('takes words added at the end of a claim into it, up to the end of its sentence', () => {
    const longer = 'The deployment is the largest since 2013, according to Dr. Anne Harlow of the relief effort.'
    const result = revise(floodsCase(), [BASE[0], BASE[1].replace(LARGEST, longer), ...BASE.slice(2)])
    if (!result.ok) throw new Error(result.error.message)
    const item = result.value.case.items.find((it) => it.previousText === LARGEST)
    expect(item?.anchor.exact).toBe(longer)
  })

  it('refuses the same draft again, changing nothing', () => {
    const again = revise(after, edited)
    expect(again.ok).toBe(false)
    if (!again.ok) {
      expect(again.error.code).toBe('already-current')
      expect(again.error.message).toMatch(/already the current draft/)
    }
  })

  it('keeps the wording last checked when an item changes again before being re-checked', () => {
    const third = revise(
      after,
      edited.map((p) => p.replace('5,500 troops', '6,000 troops'))
    )
    if (!third.ok) throw new Error(third.error.message)
    const item = third.value.case.items.find((i) => i.id === itemWith(before, TROOPS).id)!
    expect(item.previousText).toBe(TROOPS)
    expect(item.anchor.exact).toBe(TROOPS.replace('5,000', '6,000'))
    expect(item.statusDraftId).toBe('d2')
    expect(third.value.case.drafts.map((d) => d.id)).toEqual(['d1', 'd2', 'd3'])
  })
})

describe('the changes view list', () => {
  it('puts the item to re-check first, then removals, with old and new wording', async () => {
    const { changesSincePreviousDraft } = await import('../../../src/core/revisions/changes-since')
    const result = revise(workedCase(), edited)
    if (!result.ok) throw new Error(result.error.message)
    const changes = changesSincePreviousDraft(result.value.case)
    expect(changes.previous?.id).toBe('d1')
    expect(changes.current?.id).toBe('d2')
    expect(changes.entries.map((e) => [e.outcome, e.needsRecheck, e.before])).toEqual([
      ['changed', true, TROOPS],
      ['removed', false, '“Every bridge north of Carlisle is closed.”'], // the claim (the whole sentence)…
      ['removed', false, BRIDGES] // …and the quote inside it
    ])
    expect(changes.entries[0].after).toBe(TROOPS.replace('5,000', '5,500'))
    expect(changes.entries.slice(1).every((e) => e.outcome === 'removed' && e.after === null)).toBe(true)
    expect(changes.entries.slice(1).map((e) => e.before)).toContain(BRIDGES)
  })

  it('is empty for a case with one draft', async () => {
    const { changesSincePreviousDraft } = await import('../../../src/core/revisions/changes-since')
    const changes = changesSincePreviousDraft(floodsCase())
    expect(changes).toMatchObject({ previous: null, entries: [] })
  })
})
