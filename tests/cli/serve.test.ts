import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { parseServeArgs } from '../../src/cli/commands/serve'
import { browserArgs } from '../../src/main/web/browser-launch'
import { tempDir } from '../helpers/temp-dir'

const ROOT = join(__dirname, '..', '..')
let child: ChildProcess | null = null

beforeAll(() => {
  const build = spawnSync(process.execPath, [join(ROOT, 'scripts', 'build-cli.mjs')], { cwd: ROOT, encoding: 'utf8' })
  if (build.status !== 0) throw new Error(`CLI build failed: ${build.stderr}`)
})
afterEach(() => {
  if (child && child.exitCode === null) child.kill('SIGKILL')
  child = null
})

function firstLine(proc: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: proc.stdout! })
    lines.once('line', resolve)
    proc.once('exit', (code) => reject(new Error(`serve exited early with ${code}`)))
  })
}

describe('factdesk serve', () => {
  it('prints the URL with its token on the first line, serves, and stops cleanly on SIGTERM', async () => {
    const renderer = tempDir()
    writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>Factdesk</title>')
    child = spawn(process.execPath, [join(ROOT, 'bin', 'factdesk.js'), 'serve', '--no-open', '--port', '0'], {
      cwd: ROOT,
      env: { ...process.env, FACTDESK_DATA_DIR: tempDir(), FACTDESK_RENDERER_DIR: renderer },
      stdio: ['ignore', 'pipe', 'pipe']
    })
    const url = await firstLine(child)
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[0-9a-f]{64}$/)
    const { origin, searchParams } = new URL(url)
    const page = await fetch(url)
    expect(page.status).toBe(200)
    expect(await page.text()).toContain('<title>Factdesk</title>')
    const settings = await fetch(`${origin}/api/getSettings`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-factdesk-token': searchParams.get('token')! },
      body: '{}'
    })
    expect(await settings.json()).toEqual({ ok: true, value: { checkerName: '', paperSize: 'A4' } })
    const exited = new Promise<number | null>((resolve) => child!.once('exit', (code) => resolve(code)))
    child.kill('SIGTERM')
    expect(await exited).toBe(0)
  })

  it('fails with one line for a missing file', () => {
    const result = spawnSync(
      process.execPath,
      [join(ROOT, 'bin', 'factdesk.js'), 'serve', '/no/such/draft.txt', '--no-open'],
      {
        cwd: ROOT,
        env: { ...process.env, FACTDESK_DATA_DIR: tempDir() },
        encoding: 'utf8'
      }
    )
    expect(result.status).toBe(1)
    expect(result.stderr.trim().split('\n')).toEqual(['factdesk serve: /no/such/draft.txt does not exist'])
    expect(result.stdout).toBe('')
  })

  it.each([
    [['--port', '70000'], /--port needs a number/],
    [['--port'], /--port needs a number/],
    [['--verbose'], /unknown option --verbose/],
    [['a.txt', 'b.txt'], /only one FILE/]
  ])('rejects %j', (args, message) => {
    const parsed = parseServeArgs(args)
    expect(typeof parsed === 'string' ? parsed : '').toMatch(message)
  })

  it('reads FILE, --port and --no-open', () => {
    expect(parseServeArgs(['draft.txt', '--port=8123', '--no-open'])).toEqual({
      file: join(process.cwd(), 'draft.txt'),
      port: 8123,
      open: false
    })
  })

  it('opens an app window on a fresh profile with background networking off; --no-sandbox only as root', () => {
    const user = browserArgs('http://127.0.0.1:1/?token=t', '/data/browser/profile-x', false)
    expect(user).toEqual(
      expect.arrayContaining([
        '--app=http://127.0.0.1:1/?token=t',
        '--user-data-dir=/data/browser/profile-x',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync'
      ])
    )
    expect(user).not.toContain('--no-sandbox')
    expect(browserArgs('u', 'p', true)).toContain('--no-sandbox')
  })
})
