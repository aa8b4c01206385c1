/**
 * Build once before the end-to-end tests when the built app is older than its sources: the tests
 * must drive the code in the working tree, not yesterday's bundle. Temporary folders of the run
 * (data folders, articles, saved reports) go under one folder removed at the end, as in vitest.
 */
import { fileURLToPath } from 'node:url'
import { buildIfStale } from '../../scripts/build-if-stale.mjs'
import setupTempRoot from '../helpers/temp-root'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))

export default function globalSetup(): () => void {
  buildIfStale(ROOT)
  return setupTempRoot()
}
