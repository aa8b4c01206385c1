/**
 * How the importer timings are taken, one way for the benches and the tests that assert growth (issue 9):
 * bench/hostile-inputs.ts and tests/core/import/hostile-inputs.test.ts (a hostile shape at 1 MB and at 128 KB),
 * tests/core/import/importers-growth.test.ts (an input at n and at 2n). CPU time of this process, not the wall
 * clock, so waiting for a core on a busy shared machine is not slower code; a collection before each sample, so
 * garbage from before is not counted in it (run with node --expose-gc); the best of several samples, since noise
 * only ever adds time. Plain Node, no test runner: the tests run it in a child process with a fresh heap.
 */

export function cpuMs(): number {
  const { user, system } = process.cpuUsage()
  return (user + system) / 1000
}

const collectGarbage = (globalThis as { gc?: () => void }).gc ?? ((): void => undefined)

/** The least CPU ms of `rounds` samples, each `repeats` runs of `run` after a collection. */
export function bestOf(run: () => unknown, rounds: number, repeats = 1): number {
  let best = Infinity
  for (let round = 0; round < rounds; round++) {
    collectGarbage()
    const start = cpuMs()
    for (let i = 0; i < repeats; i++) run()
    best = Math.min(best, cpuMs() - start)
  }
  return best
}

/** One run at a size, its input built outside the timing. */
export type AtSize = (size: number) => () => unknown

/** The best of `rounds` samples at `size`: the input built once, then timed as bestOf does. */
export const bestAtSize = (prepare: AtSize, size: number, rounds: number, repeats = 1): number =>
  bestOf(prepare(size), rounds, repeats)

/** Waits `ms` without spinning (no CPU time), for a neighbour that thrashes the shared caches to pass. */
export function pause(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms)
}
