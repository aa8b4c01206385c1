/**
 * Starts the real browser-mode server on a copy of the sample article in a fresh temp folder,
 * with its own data folder, and reads the address from the first line of stdout.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { fileURLToPath } from 'node:url'

export const ROOT = fileURLToPath(new URL('../..', import.meta.url))

export interface Served {
  url: string
  dir: string
  articlePath: string
  casePath: string
  stop(): void
  /** Like stop(), but waits for the server to exit first, so no late write races the folder's removal. */
  close(): Promise<void>
}

/** The sample the app ships; a short stand-in article only if it is missing from the tree. */
export function copySample(dir: string): string {
  const target = join(dir, 'sample.txt')
  const sample = join(ROOT, 'resources', 'sample-article.txt')
  if (existsSync(sample)) copyFileSync(sample, target)
  else
    writeFileSync(
      target,
      'Water plant faces $48 million bill\n\nThe plant, which supplies 310,000 homes, needs a $48 million overhaul, the utility said on Monday.\n\n"We are not in any danger," said Helen Okafor, the chief executive.\n'
    )
  return target
}

/**
 * `article`: a file to check instead of the sample (copied into the temp folder under its own name).
 * `alongside`: an article already being checked by another server, served in place (a second process on one case,
 * with a data folder of its own).
 */
export async function serve(options: { article?: string; alongside?: string } = {}): Promise<Served> {
  const dir = mkdtempSync(join(tmpdir(), 'factdesk-e2e-'))
  let articlePath: string
  if (options.alongside) articlePath = options.alongside
  else if (options.article) {
    articlePath = join(dir, basename(options.article))
    copyFileSync(options.article, articlePath)
  } else articlePath = copySample(dir)
  const child: ChildProcess = spawn(
    'node',
    [join(ROOT, 'bin', 'factdesk.js'), 'serve', articlePath, '--no-open', '--port', '0'],
    {
      cwd: ROOT,
      env: { ...process.env, FACTDESK_DATA_DIR: join(dir, 'data') },
      stdio: ['ignore', 'pipe', 'pipe']
    }
  )
  let stderr = ''
  child.stderr?.on('data', (chunk) => (stderr += String(chunk)))
  const url = await new Promise<string>((resolve, reject) => {
    let stdout = ''
    const timer = setTimeout(() => {
      // The test fails without a Served to close: a server that answers later must not run on for the rest of the run.
      child.kill('SIGKILL')
      reject(new Error(`factdesk serve printed no URL in 15 s; stderr: ${stderr}`))
    }, 15_000)
    child.stdout?.on('data', (chunk) => {
      stdout += String(chunk)
      const line = stdout.split('\n')[0]
      if (stdout.includes('\n')) {
        clearTimeout(timer)
        resolve(line.trim())
      }
    })
    child.on('exit', (code) =>
      reject(new Error(`factdesk serve exited (${code}) before printing a URL; stderr: ${stderr}`))
    )
  })
  const exited = new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve()
    else child.once('exit', () => resolve())
  })
  return {
    url,
    dir,
    articlePath,
    casePath: `${articlePath}.factdesk.json`,
    stop: () => {
      child.kill('SIGTERM')
      rmSync(dir, { recursive: true, force: true })
    },
    close: async () => {
      child.kill('SIGTERM')
      // A server that ignores SIGTERM must not hang the suite.
      const force = setTimeout(() => child.kill('SIGKILL'), 5_000)
      await exited
      clearTimeout(force)
      rmSync(dir, { recursive: true, force: true, maxRetries: 3 })
    }
  }
}

export function readCase(casePath: string): import('../../src/shared/case').CaseFile {
  return JSON.parse(readFileSync(casePath, 'utf8'))
}
