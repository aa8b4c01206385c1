// Types for scripts/build-if-stale.mjs.
export const BUILT: string[]
export function buildIfStale(root: string, options?: { stdio?: 'inherit' | 'ignore' | 'pipe' }): boolean
