// @vitest-environment happy-dom
/**
 * What the window says of the case file beside the checker's work: backups that stopped being kept are said once
 * (not at every save or poll that repeats it), and said again when they are kept once more.
 */
import { describe, expect, it } from 'vitest'
import type { FactdeskApi } from '../../../src/shared/contract'
import type { CaseState } from '../../../src/renderer/src/hooks/useCaseState'
import { BACKUPS_AGAIN, useCaseFileActions } from '../../../src/renderer/src/hooks/useCaseFileActions'
import { renderHook } from '../render-hook'

const NOT_KEPT = 'Backups of a.factdesk.json are not being kept: the disk is full.'

function stateWith(backups: string | null): CaseState {
  return { session: { casePath: '/cases/a.factdesk.json' }, outsideMerges: 0, backups } as unknown as CaseState
}

describe('useCaseFileActions: backups not kept', () => {
  it('tells the checker once when backups stop, and once when they are kept again', async () => {
    const told: string[] = []
    const notify = (message: string) => void told.push(message)
    const hook = await renderHook(
      ({ state }: { state: CaseState }) => useCaseFileActions({} as FactdeskApi, state, notify, () => undefined),
      { state: stateWith(null) }
    )
    expect(told).toEqual([])
    await hook.rerender({ state: stateWith(NOT_KEPT) })
    await hook.rerender({ state: stateWith(NOT_KEPT) })
    await hook.rerender({ state: stateWith(NOT_KEPT) })
    expect(told).toEqual([NOT_KEPT])
    await hook.rerender({ state: stateWith(null) })
    await hook.rerender({ state: stateWith(null) })
    expect(told).toEqual([NOT_KEPT, BACKUPS_AGAIN])
    await hook.unmount()
  })
})
