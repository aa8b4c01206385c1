/**
 * Where Factdesk keeps what belongs to the user rather than to one article: settings, recent
 * files, cases of uploaded articles, the sample. Electron passes app.getPath('userData');
 * browser mode and the CLI use $FACTDESK_DATA_DIR, else $XDG_CONFIG_HOME/factdesk, else
 * ~/.config/factdesk. Tests point FACTDESK_DATA_DIR at a temp folder.
 */
import { mkdirSync, readFileSync } from 'node:fs'
import { homedir } from 'node:os'
import { basename, dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

export function defaultDataDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.FACTDESK_DATA_DIR) return resolve(env.FACTDESK_DATA_DIR)
  const configHome =
    env.XDG_CONFIG_HOME && env.XDG_CONFIG_HOME.startsWith('/') ? env.XDG_CONFIG_HOME : join(homedir(), '.config')
  return join(configHome, 'factdesk')
}

/** Creates the folder when missing; answers the folder. */
export function ensureDir(dir: string): string {
  mkdirSync(dir, { recursive: true })
  return dir
}

/** Cases of articles that have no writable folder of their own (uploads, read-only shares). */
export function casesDir(dataDir: string): string {
  return join(dataDir, 'cases')
}

/** A file name safe to create inside Factdesk's folders: no path, no leading dot, no odd characters. */
export function safeFileName(name: string): string {
  const cleaned = basename(name.replace(/\\/g, '/'))
    .replace(/[^\w.\- ()]+/g, '_')
    .replace(/^\.+/, '')
    .slice(0, 100)
  return cleaned || 'file'
}

/**
 * The project root (the folder holding Factdesk's package.json), found by walking up from a
 * module's URL. Works from the sources (src/...), the CLI bundle (out/cli) and Electron's main (out/main).
 */
export function findAppRoot(moduleUrl: string): string {
  let dir = dirname(fileURLToPath(moduleUrl))
  for (;;) {
    if (isFactdeskRoot(dir)) return dir
    const parent = dirname(dir)
    if (parent === dir) return resolve(dirname(fileURLToPath(moduleUrl)), '..', '..')
    dir = parent
  }
}

function isFactdeskRoot(dir: string): boolean {
  try {
    return (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: string }).name === 'factdesk'
  } catch {
    return false
  }
}
