/**
 * Runs a hook inside a real React root (react-dom in happy-dom), for renderer tests: every render,
 * effect and state update goes through `act`, so a test sees what the UI would after it settles.
 * A test file using it starts with `// @vitest-environment happy-dom`.
 */
import { act, createElement } from 'react'
import { createRoot } from 'react-dom/client'

// Tells React that updates are wrapped in act(), as in its own test utilities.
Object.assign(globalThis, { IS_REACT_ACT_ENVIRONMENT: true })

export interface RenderedHook<P, R> {
  /** What the hook returned on its latest render. */
  readonly current: R
  /** How many times the hook has rendered. */
  readonly renders: number
  rerender(props: P): Promise<void>
  unmount(): Promise<void>
}

interface ProbeProps<P, R> {
  hook: (props: P) => R
  props: P
  report: (value: R) => void
}

function Probe<P, R>({ hook, props, report }: ProbeProps<P, R>): null {
  report(hook(props))
  return null
}

export async function renderHook<P, R>(hook: (props: P) => R, initialProps: P): Promise<RenderedHook<P, R>> {
  const values: R[] = []
  const report = (value: R) => void values.push(value)
  const root = createRoot(document.createElement('div'))
  const render = (props: P) => root.render(createElement(Probe<P, R>, { hook, props, report }))
  await act(async () => render(initialProps))
  return {
    get current() {
      return values[values.length - 1]
    },
    get renders() {
      return values.length
    },
    rerender: (props) => act(async () => render(props)),
    unmount: () => act(async () => root.unmount())
  }
}

/** Runs `work` inside act() and waits for React to settle (effects, transitions, state updates). */
export async function settle(work: () => void | Promise<void> = () => undefined): Promise<void> {
  await act(async () => {
    await work()
  })
}
