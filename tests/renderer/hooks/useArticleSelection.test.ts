// @vitest-environment happy-dom
/**
 * Adding a claim by hand waits for the ops' chunk (lib/hand-ops.ts); when that chunk cannot be loaded the checker is
 * told nothing was added, and the next add tries the load again.
 */
import { act } from 'react'
import { describe, expect, it, vi } from 'vitest'
import type { CaseFile } from '../../../src/shared/case'
import type { Op } from '../../../src/renderer/src/lib/run-op'
import { renderHook } from '../render-hook'

const chunk = vi.hoisted(() => ({ failures: 0 }))

vi.mock('../../../src/core/case/ops-add', () => {
  if (chunk.failures > 0) {
    chunk.failures--
    throw new Error('Failed to fetch dynamically imported module')
  }
  return {
    addManualItem: (c: CaseFile) => ({ ok: true, value: { case: c, id: 'item-new' } }),
    addNothingToCheck: (c: CaseFile) => ({ ok: true, value: { case: c } })
  }
})

describe('adding by hand when the ops chunk cannot be loaded', () => {
  it('says nothing was added, and the next add loads the chunk and selects the new item', async () => {
    vi.resetModules()
    chunk.failures = 1
    const { useArticleSelection } = await import('../../../src/renderer/src/hooks/useArticleSelection')
    const messages: string[] = []
    const selected: string[] = []
    const current = {} as CaseFile
    const run = (op: Op) => {
      const outcome = op(current, { by: 'Checker', at: '2026-12-05T00:00:00Z' })
      if ('ok' in outcome && !outcome.ok) messages.push(outcome.error.message)
      return true
    }
    const hook = await renderHook(() => useArticleSelection(run, (id) => selected.push(id)), {})
    const selection = { start: 0, end: 10, rect: { top: 0, left: 0, bottom: 0 } }
    await act(async () => {
      hook.current.addItem('claim', selection)
      await new Promise((resolve) => setTimeout(resolve, 0))
    })
    expect(messages).toEqual(['Nothing was added: part of Factdesk could not be loaded. Try again in a moment.'])
    expect(selected).toEqual([])
    await act(async () => {
      hook.current.addItem('claim', selection)
      await new Promise((resolve) => setTimeout(resolve, 0))
    })
    expect(selected).toEqual(['item-new'])
    expect(messages).toHaveLength(1)
    await hook.unmount()
  })
})
