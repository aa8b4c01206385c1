/**
 * The import worker is a file a worker thread loads by path, so a build that forgot it would only fail when a
 * checker opens a draft. Checked here without building: both builds name it as an entry, under the very file name
 * the shells ask for beside their bundle (src/main/index.ts for the desktop app, `factdesk serve` for browser mode).
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const ROOT = join(__dirname, '..', '..')
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8')
const WORKER_SOURCE = 'src/main/services/import-worker.ts'

describe('the import worker is built beside both bundles', () => {
  it('is an entry of the main build, as import-worker.js beside index.js', async () => {
    const config = (await import('../../electron.vite.config')).default as {
      main: { build: { rolldownOptions: { input: Record<string, string> } } }
    }
    const input = config.main.build.rolldownOptions.input
    expect(input['import-worker']).toBe(join(ROOT, WORKER_SOURCE))
    expect(read('src/main/index.ts')).toContain("join(here, 'import-worker.js')")
  })

  it('is an entry of the CLI build, as import-worker.mjs beside index.mjs', () => {
    const script = read('scripts/build-cli.mjs')
    expect(script).toContain(`'import-worker': '${WORKER_SOURCE}'`)
    expect(script).toContain("outExtension: { '.js': '.mjs' }")
    expect(read('src/cli/commands/serve.ts')).toContain("new URL('./import-worker.mjs', import.meta.url)")
  })

  it('is among the files the end-to-end tests rebuild when stale', async () => {
    const { BUILT } = (await import('../../scripts/build-if-stale.mjs')) as { BUILT: string[] }
    expect(BUILT).toEqual(expect.arrayContaining(['out/main/import-worker.js', 'out/cli/import-worker.mjs']))
  })
})
