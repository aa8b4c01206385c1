// @vitest-environment happy-dom
/**
 * What the workspace derives from the case, and what it keeps: a status change recomputes progress
 * and highlights but not the draft; a filter keystroke recomputes only the visible list.
 */
import { describe, expect, it } from 'vitest'
import type { ScoredSentence } from '../../../src/shared/article'
import type { CaseFile } from '../../../src/shared/case'
import { NO_FILTER, type ItemFilter } from '../../../src/renderer/src/lib/filters'
import { useWorkspaceData } from '../../../src/renderer/src/hooks/useWorkspaceData'
import { articleOf, caseFile, claim, p, quote, title } from '../../helpers/builders'
import { renderHook } from '../render-hook'

const FEES = 'Harbour fees rose 12% last year.'
const PARK = 'The port will build a 40-berth marina by 2026.'
const QUOTE = 'We had no choice,'
const ARTICLE = articleOf(title('Harbour fees rise'), p(`${FEES} ${PARK}`), p(`"${QUOTE}" said Ana Ruiz.`))

function harbour(): CaseFile {
  return caseFile(ARTICLE, {
    items: [
      claim(ARTICLE, PARK, { id: 'i2', state: 'accepted', status: 'in-progress' }),
      claim(ARTICLE, FEES, { id: 'i1', state: 'accepted', status: 'verified' }),
      quote(ARTICLE, QUOTE, { id: 'i3', speaker: { name: 'Ana Ruiz', description: null, anonymous: false } })
    ]
  })
}

interface Props {
  c: CaseFile
  filter: ItemFilter
}

const NO_SENTENCES: ScoredSentence[] = []
const render = (c: CaseFile, filter: ItemFilter = NO_FILTER) =>
  renderHook(({ c, filter }: Props) => useWorkspaceData(c, NO_SENTENCES, filter, false), { c, filter })

describe('useWorkspaceData', () => {
  it('derives the list in reading order, the progress, the speakers and the status colours', async () => {
    const hook = await render(harbour())
    const data = hook.current
    expect(data.text).toBe(ARTICLE.text)
    expect(data.sorted.map((item) => item.id)).toEqual(['i1', 'i2', 'i3'])
    // "To check" leaves out i1, already verified.
    expect(data.visible.map((item) => item.id)).toEqual(['i2', 'i3'])
    expect(data.progress).toMatchObject({ resolved: 1, total: 3 })
    expect(data.speakerNames).toEqual(['Ana Ruiz'])
    expect(data.statusColors.verified).toBe(data.statusMap.get('verified')?.color)
    expect(data.marks.itemsById.size).toBe(3)
    await hook.unmount()
  })

  it('a status change recomputes progress and highlights, and keeps the draft and the status table', async () => {
    const before = harbour()
    const hook = await render(before)
    const first = hook.current
    const after: CaseFile = {
      ...before,
      items: before.items.map((it) => (it.id === 'i2' ? { ...it, status: 'verified' } : it))
    }
    await hook.rerender({ c: after, filter: NO_FILTER })
    const second = hook.current
    expect(second.progress).toMatchObject({ resolved: 2, total: 3 })
    expect(second.marks).not.toBe(first.marks)
    expect(second.draft).toBe(first.draft)
    expect(second.statusMap).toBe(first.statusMap)
    await hook.unmount()
  })

  it('a filter keystroke changes the visible list only', async () => {
    const c = harbour()
    const hook = await render(c)
    const first = hook.current
    await hook.rerender({ c, filter: { ...NO_FILTER, text: 'marina' } })
    const second = hook.current
    expect(second.visible.map((item) => item.id)).toEqual(['i2'])
    expect(second.sorted).toBe(first.sorted)
    expect(second.marks).toBe(first.marks)
    expect(second.progress).toBe(first.progress)
    await hook.unmount()
  })

  it('an empty list counts what "All" would list for the same filters; a list with items counts nothing', async () => {
    const c = harbour()
    const hook = await render(c)
    expect(hook.current.elsewhere).toBe(0)
    // The verified claim is the only one about fees: "To check" lists nothing, "All" lists it.
    await hook.rerender({ c, filter: { ...NO_FILTER, text: 'fees' } })
    expect(hook.current.visible).toEqual([])
    expect(hook.current.elsewhere).toBe(1)
    await hook.rerender({ c, filter: { ...NO_FILTER, text: 'ferry' } })
    expect(hook.current.elsewhere).toBe(0)
    await hook.unmount()
  })

  it('search text follows each changed item, its status label and its sources', async () => {
    const before = harbour()
    const hook = await render(before, { ...NO_FILTER, show: 'all', text: 'verified' })
    expect(hook.current.visible.map((item) => item.id)).toEqual(['i1'])
    // Kept texts are per item: the item whose status changed is searched by its new label, the others as before.
    const verified: CaseFile = {
      ...before,
      items: before.items.map((it) => (it.id === 'i2' ? { ...it, status: 'verified' } : it))
    }
    await hook.rerender({ c: verified, filter: { ...NO_FILTER, show: 'all', text: 'verified' } })
    expect(hook.current.visible.map((item) => item.id)).toEqual(['i1', 'i2'])
    // A renamed status is searched by its new name, unchanged items included.
    const renamed: CaseFile = {
      ...verified,
      statuses: verified.statuses.map((s) => (s.id === 'verified' ? { ...s, label: 'Confirmed' } : s))
    }
    await hook.rerender({ c: renamed, filter: { ...NO_FILTER, show: 'all', text: 'confirmed' } })
    expect(hook.current.visible.map((item) => item.id)).toEqual(['i1', 'i2'])
    await hook.unmount()
  })

  it('the highlights follow a status change', async () => {
    const before = harbour()
    const hook = await render(before)
    const after: CaseFile = {
      ...before,
      items: before.items.map((it) => (it.id === 'i2' ? { ...it, status: 'incorrect' } : it))
    }
    await hook.rerender({ c: after, filter: NO_FILTER })
    expect(hook.current.marks.itemsById.get('i2')?.status).toBe('incorrect')
    await hook.unmount()
  })

  it('a change the article does not show (a note typed, not sent) keeps its marks; a status change remakes them', async () => {
    const before = harbour()
    const hook = await render(before)
    const first = hook.current.marks
    const typing: CaseFile = {
      ...before,
      items: before.items.map((it) => (it.id === 'i2' ? { ...it, unsent: { note: 'Called the port' } } : it))
    }
    await hook.rerender({ c: typing, filter: NO_FILTER })
    expect(hook.current.marks).toBe(first)
    expect(hook.current.sorted.find((it) => it.id === 'i2')).toBe(typing.items[0])
    const rated: CaseFile = {
      ...typing,
      items: typing.items.map((it) => (it.id === 'i2' ? { ...it, status: 'incorrect' } : it))
    }
    await hook.rerender({ c: rated, filter: NO_FILTER })
    expect(hook.current.marks).not.toBe(first)
    expect(hook.current.marks.itemsById.get('i2')?.status).toBe('incorrect')
    await hook.unmount()
  })

  it('gives one spelling per name for the rows and the detail pane, kept while the names stay the same', async () => {
    const fees = ARTICLE.text.indexOf(FEES)
    const named = (name: string) => ({ name, mention: { start: fees, end: fees + 7, text: 'Harbour' }, cue: null })
    const before: CaseFile = {
      ...harbour(),
      items: harbour().items.map((it) =>
        it.id === 'i1'
          ? { ...it, claimant: named('The Harbour Board') }
          : it.id === 'i2'
            ? { ...it, claimant: named('the Harbour Board') }
            : it
      )
    }
    const hook = await render(before)
    const first = hook.current
    expect(first.shownName('the Harbour Board')).toBe('The Harbour Board')
    expect(first.shownName('Ana Ruiz')).toBe('Ana Ruiz')
    const after: CaseFile = {
      ...before,
      items: before.items.map((it) => (it.id === 'i2' ? { ...it, status: 'verified' } : it))
    }
    await hook.rerender({ c: after, filter: NO_FILTER })
    expect(hook.current.shownName).toBe(first.shownName)
    await hook.unmount()
  })

  it('opens a cut claim’s row on the last words before it, kept while the draft stays, and none for the others', async () => {
    const cut = 'which staff said would raise about $3.4 million a year.'
    const article = articleOf(title('Rates'), p(`The board voted 4-1 to approve the increase, ${cut}`))
    const c = caseFile(article, {
      items: [
        claim(article, cut, { id: 'i1' }),
        claim(article, 'The board voted 4-1 to approve the increase,', { id: 'i2' })
      ]
    })
    const hook = await render(c)
    const [first, second] = c.items
    expect(hook.current.rowLeadIn(first)).toBe('…4-1 to approve the increase,')
    expect(hook.current.rowLeadIn(second)).toBe('')
    const kept = hook.current.rowLeadIn
    await hook.rerender({ c: { ...c, items: [{ ...first, status: 'verified' }, second] }, filter: NO_FILTER })
    expect(hook.current.rowLeadIn).toBe(kept)
    await hook.unmount()
  })
})
