import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { main } from '../../src/cli/main'

let out: string
let err: string
beforeEach(() => {
  out = ''
  err = ''
  vi.spyOn(console, 'log').mockImplementation((...parts: unknown[]) => void (out += parts.join(' ') + '\n'))
  vi.spyOn(console, 'error').mockImplementation((...parts: unknown[]) => void (err += parts.join(' ') + '\n'))
})
afterEach(() => vi.restoreAllMocks())

describe('factdesk COMMAND --help', () => {
  // `factdesk report --help` answered "unknown option --help" with exit status 1.
  it.each(['extract', 'init', 'serve', 'report', 'revise'])('%s --help prints its usage and succeeds', async (name) => {
    expect(await main([name, '--help'])).toBe(0)
    expect(out).toMatch(new RegExp(`^usage: factdesk ${name} `))
    expect(err).toBe('')
  })

  it('answers -h after other arguments too, and does nothing else', async () => {
    expect(await main(['report', 'no-such-draft.txt', '--format', 'md', '-h'])).toBe(0)
    expect(out).toContain('--format html|pdf|md|csv|json|claimreview')
    expect(err).toBe('')
  })

  it('lists every command with what it does, each usage on its own line', async () => {
    expect(await main(['--help'])).toBe(0)
    for (const name of ['extract', 'init', 'serve', 'report', 'revise'])
      expect(out).toMatch(new RegExp(`^  factdesk ${name} .*\\n {6}\\S`, 'm'))
  })
})
