// @vitest-environment happy-dom
/**
 * The selected item keeps its row when what the checker set takes it out of the filter, until the selection moves
 * or the filter changes; an item selected while hidden (clicked in the article) is not brought into the list.
 */
import { describe, expect, it } from 'vitest'
import type { Item } from '../../../src/shared/case'
import { useHeldItem } from '../../../src/renderer/src/hooks/useHeldItem'
import { NO_FILTER, type ItemFilter } from '../../../src/renderer/src/lib/filters'
import { articleOf, claim, p } from '../../helpers/builders'
import { renderHook } from '../render-hook'

const BOXES = 'The port handled 2.1 million containers last year.'
const FEES = 'Dock fees have doubled since 2020.'
const CRANE = 'The new crane cost 9 million pounds.'
const PORT = articleOf(p(BOXES), p(FEES), p(CRANE))
const mine = claim(PORT, BOXES, { id: 'mine' })
const yours = claim(PORT, FEES, { id: 'yours' })
const later = claim(PORT, CRANE, { id: 'later' })
const sorted = [mine, yours, later]
const NONE: ReadonlySet<string> = new Set()

interface Props {
  visible: Item[]
  filter: ItemFilter
  selectedId: string | null
}

const held = (first: Props) =>
  renderHook(({ visible, filter, selectedId }: Props) => useHeldItem(visible, sorted, NONE, filter, selectedId), first)
const ids = (items: Item[]) => items.map((item) => item.id)

describe('useHeldItem', () => {
  it('keeps the rated item in its place, marked outside the filter, until the selection moves', async () => {
    const hook = await held({ visible: sorted, filter: NO_FILTER, selectedId: 'yours' })
    expect(ids(hook.current.items)).toEqual(['mine', 'yours', 'later'])
    await hook.rerender({ visible: [mine, later], filter: NO_FILTER, selectedId: 'yours' })
    expect(ids(hook.current.items)).toEqual(['mine', 'yours', 'later'])
    expect([...hook.current.outside]).toEqual(['yours'])
    await hook.rerender({ visible: [mine, later], filter: NO_FILTER, selectedId: 'later' })
    expect(ids(hook.current.items)).toEqual(['mine', 'later'])
    expect(hook.current.outside.size).toBe(0)
  })

  it('lets it go when the filter changes', async () => {
    const hook = await held({ visible: sorted, filter: NO_FILTER, selectedId: 'yours' })
    await hook.rerender({ visible: [mine, later], filter: { ...NO_FILTER, type: 'claim' }, selectedId: 'yours' })
    expect(ids(hook.current.items)).toEqual(['mine', 'later'])
  })

  it('does not list an item selected while the filter hid it', async () => {
    const hook = await held({ visible: [mine, later], filter: NO_FILTER, selectedId: 'mine' })
    await hook.rerender({ visible: [mine, later], filter: NO_FILTER, selectedId: 'yours' })
    expect(ids(hook.current.items)).toEqual(['mine', 'later'])
  })
})
