// @vitest-environment happy-dom
/**
 * Picking a speaker (or a status, a type, what to show) in the filters: the detail pane follows to the first item
 * listed when the one on screen is not listed; setting a status that takes the item out of the list does not. A choice
 * that lists nothing leaves nothing selected: the other speaker's item stayed on screen, editable, under an empty list.
 */
import { describe, expect, it } from 'vitest'
import type { Item } from '../../../src/shared/case'
import { useSelectionFollowsFilter } from '../../../src/renderer/src/hooks/useSelectionFollowsFilter'
import { NO_FILTER, type ItemFilter } from '../../../src/renderer/src/lib/filters'
import { articleOf, claim, p } from '../../helpers/builders'
import { renderHook } from '../render-hook'

const MINE = 'The mill closed in 2019 with 400 jobs lost.'
const YOURS = 'Rents rose by a third in five years.'
const LATER = 'The bridge cost 12 million pounds.'
const DEBATE = articleOf(p(MINE), p(YOURS), p(LATER))
// The hook reads only ids; the filter that listed them is lib/filters.ts's (tested there).
const mine = claim(DEBATE, MINE, { id: 'mine' })
const yours = claim(DEBATE, YOURS, { id: 'yours' })
const later = claim(DEBATE, LATER, { id: 'later' })

interface Props {
  filter: ItemFilter
  visible: Item[]
  selectedId: string | null
}

async function follow(first: Props) {
  const selected: Array<string | null> = []
  const hook = await renderHook(
    ({ filter, visible, selectedId }: Props) =>
      useSelectionFollowsFilter(
        filter,
        visible,
        selectedId,
        (id) => selected.push(id),
        () => selected.push(null)
      ),
    first
  )
  return { hook, selected }
}

describe('useSelectionFollowsFilter', () => {
  it('picking another speaker selects their first item when the one on screen is not theirs', async () => {
    const { hook, selected } = await follow({ filter: NO_FILTER, visible: [mine, yours, later], selectedId: 'mine' })
    expect(selected).toEqual([])
    await hook.rerender({ filter: { ...NO_FILTER, speaker: 'MORROW' }, visible: [yours, later], selectedId: 'mine' })
    expect(selected).toEqual(['yours'])
  })

  it("keeps the item on screen when it is among the speaker's", async () => {
    const { hook, selected } = await follow({ filter: NO_FILTER, visible: [mine, yours, later], selectedId: 'later' })
    await hook.rerender({ filter: { ...NO_FILTER, speaker: 'MORROW' }, visible: [yours, later], selectedId: 'later' })
    expect(selected).toEqual([])
  })

  it('a status just set that takes the item out of "To check" leaves it on screen', async () => {
    const { hook, selected } = await follow({ filter: NO_FILTER, visible: [mine, yours, later], selectedId: 'mine' })
    await hook.rerender({ filter: NO_FILTER, visible: [yours, later], selectedId: 'mine' })
    expect(selected).toEqual([])
  })

  it('typed words wait for Enter', async () => {
    const { hook, selected } = await follow({ filter: NO_FILTER, visible: [mine, yours, later], selectedId: 'mine' })
    await hook.rerender({ filter: { ...NO_FILTER, text: 'bridge' }, visible: [later], selectedId: 'mine' })
    await hook.rerender({ filter: { ...NO_FILTER, text: 'bridge mill' }, visible: [], selectedId: 'mine' })
    expect(selected).toEqual([])
  })

  it("a speaker chosen with nothing listed leaves nothing selected, not the other speaker's item", async () => {
    const { hook, selected } = await follow({ filter: NO_FILTER, visible: [mine, yours, later], selectedId: 'mine' })
    await hook.rerender({ filter: { ...NO_FILTER, speaker: 'MORROW' }, visible: [], selectedId: 'mine' })
    expect(selected).toEqual([null])
    // Once nothing is selected, nothing more to do.
    await hook.rerender({ filter: { ...NO_FILTER, speaker: 'MORROW', type: 'claim' }, visible: [], selectedId: null })
    expect(selected).toEqual([null])
  })
})
