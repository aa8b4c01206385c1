/**
 * The ops that add a claim or quote by hand (core/case/ops-add.ts) read a claim's claimant with the extraction engine,
 * about 170 KB of the interface's 625 KB: that code is its own chunk, asked for once the workspace is on screen
 * (prefetchHandOps) and waited for only by an add made before it arrived. It was parsed and run before the first
 * screen of every open, for an action taken later if at all.
 */
type HandOps = typeof import('../../../core/case/ops-add')

let loading: Promise<HandOps> | null = null

/** The ops' chunk; a failed load (the app's own server gone in browser mode) is tried again at the next add. */
export function handOps(): Promise<HandOps> {
  loading ??= import('../../../core/case/ops-add').catch((error: unknown) => {
    loading = null
    throw error
  })
  return loading
}

/** What the checker reads when the chunk could not be loaded: nothing was added, and trying again may work. */
export const HAND_OPS_UNLOADED = 'Nothing was added: part of Factdesk could not be loaded. Try again in a moment.'

/** Loads the chunk when the page is idle after its first screen (at the latest 2 s after it is called). */
export function prefetchHandOps(): void {
  const load = () => void handOps().catch(() => undefined) // an add asks again and says so if it still fails
  if (typeof requestIdleCallback === 'function') requestIdleCallback(load, { timeout: 2000 })
  else setTimeout(load, 500)
}
