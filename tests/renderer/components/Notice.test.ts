// @vitest-environment happy-dom
/**
 * A notice goes by itself after a few seconds; a sticky one (what opening a case says about it: the article on disk
 * is not the draft shown) stays until the checker closes it.
 */
import { act, createElement } from 'react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { Notice } from '../../../src/renderer/src/components/Notice'
import { testRoot } from '../test-root'

const root = testRoot()
beforeEach(() => {
  vi.useFakeTimers()
})
afterEach(() => {
  vi.useRealTimers()
})

describe('Notice', () => {
  it('goes after a few seconds, unless sticky; a sticky one goes when closed', async () => {
    const gone: string[] = []
    await root.render(createElement(Notice, { message: 'Saved as a copy.', onDone: () => gone.push('plain') }))
    await act(async () => vi.advanceTimersByTime(60_000))
    expect(gone).toEqual(['plain'])

    const stale = 'ferry.html has changed since this case last read it: shown is the case’s current draft.'
    await root.render(createElement(Notice, { message: stale, sticky: true, onDone: () => gone.push('sticky') }))
    await act(async () => vi.advanceTimersByTime(60_000))
    expect(gone).toEqual(['plain'])
    expect(root.host.textContent).toContain(stale)
    await act(async () => root.host.querySelector<HTMLButtonElement>('button[aria-label="Close message"]')?.click())
    expect(gone).toEqual(['plain', 'sticky'])
  })
})
