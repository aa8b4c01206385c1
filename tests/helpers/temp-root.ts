/**
 * Vitest global setup: every temporary folder a test run makes (through os.tmpdir(), in the test
 * workers and in the child processes they start) goes under one folder for the run, removed when
 * the run ends. Without it each `npm test` left a few thousand factdesk-* folders in /tmp.
 * Workers are forked after this runs, so they inherit TMPDIR.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export default function setup(): () => void {
  const previous = process.env.TMPDIR
  const root = mkdtempSync(join(tmpdir(), 'factdesk-vitest-'))
  process.env.TMPDIR = root
  return () => {
    if (previous === undefined) delete process.env.TMPDIR
    else process.env.TMPDIR = previous
    rmSync(root, { recursive: true, force: true })
  }
}
