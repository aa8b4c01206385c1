import { defineConfig } from 'vitest/config'
import { LATENCY_PROOFS, SHARED_TEST_OPTIONS } from './vitest.config'

/** The latency proofs alone, one file at a time, so nothing else in the suite shares the cores they time. */
export default defineConfig({
  test: { ...SHARED_TEST_OPTIONS, include: LATENCY_PROOFS, fileParallelism: false }
})
