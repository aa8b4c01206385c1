import { execFileSync } from 'node:child_process'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { bundleForNode } from '../../helpers/bundle-for-node'
import { GROWTH_CASES, MAX_RATIO, type Pair } from './growth/measure'

/**
 * Growth tests (issue 9): for each input the issue measured as super-linear, the time at 2n over the
 * time at n is at most 2.5 for n up to 64k (a quadratic step gives 4, a linear one 2). Measured in a
 * child process with a fresh heap; see growth/measure.ts for how it stays robust on a busy machine.
 */
let results: Record<string, Pair[]> = {}

beforeAll(async () => {
  const script = await bundleForNode(join(__dirname, 'growth/measure.ts'), 'factdesk-growth-')
  const output = execFileSync(process.execPath, ['--expose-gc', script, '--run'], {
    encoding: 'utf8',
    timeout: 240_000
  })
  results = JSON.parse(output) as Record<string, Pair[]>
}, 300_000)

describe('the importers and extraction grow linearly on the inputs that used to backtrack', () => {
  it.each(Object.keys(GROWTH_CASES))('%s', (name) => {
    const pairs = results[name] ?? []
    expect(pairs.length).toBe(GROWTH_CASES[name]?.sizes.length)
    for (const pair of pairs) {
      const at = `n=${pair.n}: ${pair.small.toFixed(1)} ms, 2n: ${pair.large.toFixed(1)} ms`
      expect(pair.ratio, at).toBeLessThanOrEqual(MAX_RATIO)
    }
  })
})
