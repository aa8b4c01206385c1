/**
 * Median wall-clock and CPU time of `runs` calls after one warm-up call (JIT and caches, as in a running app).
 * CPU time is the steadier figure on a busy machine; both are printed. Shared by the revisions benches.
 */
export function medianTime<T>(run: () => T, runs: number): { ms: number; cpuMs: number; result: T } {
  let result = run()
  const wall: number[] = []
  const cpu: number[] = []
  for (let k = 0; k < runs; k++) {
    const t0 = performance.now()
    const c0 = process.cpuUsage()
    result = run()
    const used = process.cpuUsage(c0)
    wall.push(performance.now() - t0)
    cpu.push((used.user + used.system) / 1000)
  }
  const median = (values: number[]): number => values.sort((a, b) => a - b)[values.length >> 1]
  return { ms: median(wall), cpuMs: median(cpu), result }
}
