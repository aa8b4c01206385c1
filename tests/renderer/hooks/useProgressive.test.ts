// @vitest-environment happy-dom
/** The first screenful at once, the rest right after; later updates render the whole list. */
import { describe, expect, it } from 'vitest'
import { useProgressive } from '../../../src/renderer/src/hooks/useProgressive'
import { renderHook } from '../render-hook'

const numbers = (count: number): number[] => Array.from({ length: count }, (_, i) => i)

describe('useProgressive', () => {
  it('renders the first screenful first, then everything', async () => {
    const all = numbers(1000)
    const hook = await renderHook(({ list }: { list: number[] }) => useProgressive(list, 60), { list: all })
    expect(hook.current).toBe(all)
    expect(hook.renders).toBeGreaterThanOrEqual(2)
    await hook.unmount()
  })

  it('shows only the first screenful on the very first render', async () => {
    const seen: number[] = []
    const hook = await renderHook(
      ({ list }: { list: number[] }) => {
        const shown = useProgressive(list, 60)
        seen.push(shown.length)
        return shown
      },
      { list: numbers(1000) }
    )
    expect(seen[0]).toBe(60)
    expect(seen[seen.length - 1]).toBe(1000)
    await hook.unmount()
  })

  it('renders a short list whole at once', async () => {
    const short = numbers(10)
    const seen: number[] = []
    const hook = await renderHook(
      ({ list }: { list: number[] }) => {
        const shown = useProgressive(list, 60)
        seen.push(shown.length)
        return shown
      },
      { list: short }
    )
    expect(seen).toEqual([10])
    await hook.unmount()
  })

  it('after the first pass, a longer list is rendered whole, not cut again', async () => {
    const hook = await renderHook(({ list }: { list: number[] }) => useProgressive(list, 60), { list: numbers(1000) })
    const longer = numbers(2000)
    await hook.rerender({ list: longer })
    expect(hook.current).toBe(longer)
    await hook.unmount()
  })
})
