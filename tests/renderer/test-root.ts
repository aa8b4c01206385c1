/**
 * A real React root in a host element of its own, for component tests (react-dom in happy-dom): `render` goes
 * through act, and after each test the root is unmounted and its host removed. A test file using it starts with
 * `// @vitest-environment happy-dom`.
 */
import { act, type ReactNode } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import { afterEach } from 'vitest'

// Tells React that updates are wrapped in act(), as in its own test utilities.
Object.assign(globalThis, { IS_REACT_ACT_ENVIRONMENT: true })

export interface TestRoot {
  /** The element the root renders into (a new one per test). */
  readonly host: HTMLElement
  /** Renders `element` (null unmounts what was there, as a parent removing a dialog does). */
  render(element: ReactNode): Promise<void>
}

/** Call once at the top of a test file: each test's first render makes a fresh root. */
export function testRoot(): TestRoot {
  let root: Root | null = null
  let host: HTMLElement | null = null
  afterEach(async () => {
    await act(async () => root?.unmount())
    root = null
    host?.remove()
    host = null
  })
  return {
    get host() {
      if (!host) throw new Error('nothing rendered yet')
      return host
    },
    async render(element) {
      if (!host) {
        host = document.createElement('div')
        document.body.append(host)
        root = createRoot(host)
      }
      await act(async () => root?.render(element))
    }
  }
}

/** Lets timers and promises run for `ms`, inside act. */
export const wait = (ms: number): Promise<void> => act(() => new Promise<void>((resolve) => setTimeout(resolve, ms)))
