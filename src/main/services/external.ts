/**
 * Opening a link in the system browser. Only http(s): a `file:`, `javascript:` or custom-scheme
 * link from a hostile source page must never reach the OS's URL handler, which would run programs.
 */
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { delimiter, join } from 'node:path'
import { fail, ok, type Result } from '../../shared/result'

/** Parses a web address, refusing every scheme but http(s); `refused` says what was not done. */
export function parseWebUrl(raw: string, refused: string): Result<URL> {
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    return fail('invalid-url', `"${raw}" is not a web address.`)
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return fail('unsupported-url', `Only http and https ${refused}, not ${url.protocol} addresses.`)
  }
  return ok(url)
}

export function checkExternalUrl(raw: string): Result<string> {
  const parsed = parseWebUrl(raw, 'links are opened')
  return parsed.ok ? ok(parsed.value.href) : parsed
}

/** The first of `names` found on PATH. */
export function findOnPath(names: string[], pathEnv = process.env.PATH ?? ''): string | null {
  for (const dir of pathEnv.split(delimiter).filter(Boolean)) {
    for (const name of names) {
      const candidate = join(dir, name)
      if (existsSync(candidate)) return candidate
    }
  }
  return null
}

/**
 * Browser mode's opener: the page itself cannot open a new tab without a user gesture being
 * lost over the network round trip, so the server asks the desktop (xdg-open) where it exists.
 */
export async function openWithDesktop(url: string): Promise<Result<null>> {
  const opener = findOnPath(['xdg-open', 'open'])
  if (!opener) return fail('unsupported', `No program to open links is installed here; copy the link instead: ${url}`)
  const child = spawn(opener, [url], { detached: true, stdio: 'ignore' })
  child.on('error', () => undefined)
  child.unref()
  return ok(null)
}
