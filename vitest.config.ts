import { defineConfig } from 'vitest/config'

/**
 * Proofs of wall-clock latency (a save answered within 200 ms while a draft at the size limit imports) run on
 * their own after the suite (vitest.latency.config.ts): beside two other test files on two cores, what they
 * measure is the neighbours, not the app (a fresh-clone run failed at 311 ms once, and passed alone at once).
 */
export const LATENCY_PROOFS = ['tests/main/web-import-latency.test.ts']

/** What every run shares: forked workers, the temporary data root, a timeout for slow shared machines. */
export const SHARED_TEST_OPTIONS = {
  testTimeout: 20000,
  pool: 'forks' as const,
  globalSetup: ['tests/helpers/temp-root.ts']
}

export default defineConfig({
  test: {
    ...SHARED_TEST_OPTIONS,
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/e2e/**', 'node_modules/**', ...LATENCY_PROOFS]
  }
})
