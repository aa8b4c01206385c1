/**
 * Build once before the end-to-end tests when the built app is older than its sources: the tests
 * must drive the code in the working tree, not yesterday's bundle.
 */
import { fileURLToPath } from 'node:url'
import { buildIfStale } from '../../scripts/build-if-stale.mjs'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))

export default function globalSetup(): void {
  buildIfStale(ROOT)
}
