/**
 * Opening browser mode in a Chromium/Chrome "app" window (no tabs, no address bar), so it feels
 * like the desktop app. A fresh profile under the data folder each launch: no extensions, no
 * synced account, no history of the checker's own browsing can see the drafts, and nothing of
 * the session stays after it closes. Background networking is off: nothing leaves the laptop.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, mkdir, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { findOnPath } from '../services/external'

const BROWSERS = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome']

export function findBrowser(): string | null {
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium'
  return findOnPath(BROWSERS)
}

export function browserArgs(url: string, profileDir: string, runningAsRoot: boolean): string[] {
  return [
    `--app=${url}`,
    `--user-data-dir=${profileDir}`,
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    // Chromium refuses to start as root with its sandbox on; only then is it turned off.
    ...(runningAsRoot ? ['--no-sandbox'] : [])
  ]
}

export interface LaunchedBrowser {
  child: ChildProcess
  /** Resolves when the window's process ends, with how long it ran. */
  exited: Promise<{ code: number | null; ranMs: number }>
  /** Closes the window if still open and deletes the throwaway profile. */
  dispose(): Promise<void>
}

export async function launchAppWindow(url: string, dataDir: string): Promise<LaunchedBrowser | null> {
  const browser = findBrowser()
  if (!browser) return null
  await mkdir(join(dataDir, 'browser'), { recursive: true })
  const profileDir = await mkdtemp(join(dataDir, 'browser', 'profile-'))
  const started = Date.now()
  const child = spawn(browser, browserArgs(url, profileDir, process.getuid?.() === 0), { stdio: 'ignore' })
  const exited = new Promise<{ code: number | null; ranMs: number }>((done) => {
    child.once('exit', (code) => done({ code, ranMs: Date.now() - started }))
    child.once('error', () => done({ code: -1, ranMs: Date.now() - started }))
  })
  return {
    child,
    exited,
    async dispose() {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM')
        await Promise.race([exited, new Promise((done) => setTimeout(done, 3000))])
      }
      await rm(profileDir, { recursive: true, force: true }).catch(() => undefined)
    }
  }
}
