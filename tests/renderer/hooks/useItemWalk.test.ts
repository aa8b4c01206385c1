// @vitest-environment happy-dom
/**
 * J and K walk the listed items; a walk from an item the filter hides goes on from its place in the text; a click
 * in the article selects without asking anything to scroll.
 */
import { describe, expect, it } from 'vitest'
import type { Item } from '../../../src/shared/case'
import { useItemWalk } from '../../../src/renderer/src/hooks/useItemWalk'
import { articleOf, claim, p } from '../../helpers/builders'
import { renderHook, settle } from '../render-hook'

const FIRST = 'The ferry carried 90,000 passengers last year.'
const SECOND = 'Fares rose by a fifth in two years.'
const THIRD = 'The new pier cost 8 million pounds.'
const FOURTH = 'Three crossings were cancelled in March.'
const HARBOUR = articleOf(p(FIRST), p(SECOND), p(THIRD), p(FOURTH))
const first = claim(HARBOUR, FIRST, { id: 'first' })
const second = claim(HARBOUR, SECOND, { id: 'second' })
const third = claim(HARBOUR, THIRD, { id: 'third' })
const fourth = claim(HARBOUR, FOURTH, { id: 'fourth' })
const ALL = [first, second, third, fourth]

interface Props {
  visible: Item[]
}

const walk = (visible: Item[]) => renderHook(({ visible }: Props) => useItemWalk(visible, ALL), { visible })

describe('useItemWalk', () => {
  it('starts on the first listed item and walks the list, stopping at either end', async () => {
    const hook = await walk(ALL)
    expect(hook.current.selectedId).toBe('first')
    await settle(() => hook.current.move(-1))
    expect(hook.current.selectedId).toBe('first')
    await settle(() => hook.current.move(1))
    await settle(() => hook.current.move(1))
    expect(hook.current.selected).toBe(third)
    await settle(() => hook.current.move(1))
    await settle(() => hook.current.move(1))
    expect(hook.current.selectedId).toBe('fourth')
  })

  it('from an item the filter hides, goes on from where it sits in the text', async () => {
    const hook = await walk(ALL)
    await settle(() => hook.current.select('third'))
    await hook.rerender({ visible: [first, fourth] })
    expect(hook.current.selected).toBe(third) // still on screen, though no longer listed
    await settle(() => hook.current.move(1))
    expect(hook.current.selectedId).toBe('fourth')
    await settle(() => hook.current.select('second'))
    await settle(() => hook.current.move(-1))
    expect(hook.current.selectedId).toBe('first')
  })

  it('a click in the article selects without a scroll; a walk or rescroll asks for one', async () => {
    const hook = await walk(ALL)
    const token = hook.current.scrollToken
    await settle(() => hook.current.select('second', false))
    expect(hook.current.selectedId).toBe('second')
    expect(hook.current.scrollToken).toBe(token)
    await settle(() => hook.current.move(1))
    expect(hook.current.scrollToken).toBe(token + 1)
    await settle(() => hook.current.rescroll())
    expect(hook.current.scrollToken).toBe(token + 2)
  })

  it('an empty list leaves the selection alone', async () => {
    const hook = await walk([])
    expect(hook.current.selectedId).toBeNull()
    await settle(() => hook.current.move(1))
    expect(hook.current.selectedId).toBeNull()
  })
})
