// @vitest-environment happy-dom
/**
 * Running a case op from the UI: stamped with the checker and the time; a refused op leaves the
 * case as it was and tells the checker why, instead of throwing.
 */
import { describe, expect, it } from 'vitest'
import type { CaseFile } from '../../../src/shared/case'
import { fail, ok } from '../../../src/shared/result'
import type { OpContext } from '../../../src/core/case/op-context'
import { addNote } from '../../../src/core/case/ops-notes'
import type { CaseState } from '../../../src/renderer/src/hooks/useCaseState'
import { useRunOp, type RunOp } from '../../../src/renderer/src/lib/run-op'
import { caseFile, claim, paragraphs } from '../../helpers/builders'
import { renderHook, settle } from '../render-hook'

const A = paragraphs('Harbour fees rose 12% last year.')

/** A case state that applies changes in memory and records what it was asked. */
function fakeState(start: CaseFile) {
  const applied: Array<{ debounce?: boolean }> = []
  const state = {
    caseFile: start,
    apply(change: (c: CaseFile) => CaseFile, options: { debounce?: boolean } = {}) {
      const next = change(state.caseFile)
      applied.push(options)
      if (next === state.caseFile) return false
      state.caseFile = next
      return true
    }
  }
  return { state: state as unknown as CaseState & { caseFile: CaseFile }, applied }
}

async function runner(checker: string) {
  const { state, applied } = fakeState(caseFile(A, { items: [claim(A, 'Harbour fees rose 12% last year.')] }))
  const notices: string[] = []
  const hook = await renderHook(
    ({ name }: { name: string }) => useRunOp(state, name, (message) => void notices.push(message)),
    {
      name: checker
    }
  )
  return { state, applied, notices, hook }
}

describe('useRunOp', () => {
  it('runs the op as the checker, now, and applies its case', async () => {
    const { state, hook } = await runner('Anna Checker')
    let seen: OpContext | null = null
    let changed = false
    await settle(() => {
      changed = (hook.current as RunOp)((c, ctx) => {
        seen = ctx
        return addNote(c, 'i1', 'Called the port.', ctx)
      })
    })
    expect(changed).toBe(true)
    expect(seen!.by).toBe('Anna Checker')
    expect(Math.abs(Date.parse(seen!.at) - Date.now())).toBeLessThan(60_000)
    expect(state.caseFile.items[0].notes.map((note) => note.text)).toEqual(['Called the port.'])
  })

  it('unwraps an op that answers a Result', async () => {
    const { state, hook, notices } = await runner('Anna Checker')
    await settle(() => void hook.current((c) => ok({ ...c, threshold: 0.7 })))
    expect(state.caseFile.threshold).toBe(0.7)
    expect(notices).toEqual([])
  })

  it('a refused op changes nothing and tells the checker why', async () => {
    const { state, hook, notices } = await runner('Anna Checker')
    const before = state.caseFile
    let changed = true
    await settle(() => {
      changed = hook.current(() => fail('empty-note', 'A note needs some text.'))
    })
    expect(changed).toBe(false)
    expect(state.caseFile).toBe(before)
    expect(notices).toEqual(['A note needs some text.'])
  })

  it('passes the debounce wish through (typing is saved in one write)', async () => {
    const { applied, hook } = await runner('Anna Checker')
    await settle(() => void hook.current((c) => ({ ...c, threshold: 0.6 }), { debounce: true }))
    expect(applied).toEqual([{ debounce: true }])
  })

  it('signs with the name the checker has now, after a rename', async () => {
    const { state, hook } = await runner('Anna Checker')
    await hook.rerender({ name: 'Anna Renamed' })
    await settle(() => void hook.current((c, ctx) => addNote(c, 'i1', 'Second call.', ctx)))
    expect(state.caseFile.items[0].notes[0].by).toBe('Anna Renamed')
  })
})
