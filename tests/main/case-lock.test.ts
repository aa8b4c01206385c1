import { existsSync, readFileSync, readdirSync, utimesSync, writeFileSync } from 'node:fs'
import { hostname } from 'node:os'
import { join } from 'node:path'
import { spawnSync } from 'node:child_process'
import { describe, expect, it } from 'vitest'
import {
  LOCK_STALE_MS,
  LockTimeoutError,
  lockPathFor,
  withCaseLock,
  type LockFiller
} from '../../src/main/services/case-lock'
import { tempDir } from '../helpers/temp-dir'

function casePath(): string {
  return join(tempDir(), 'story.txt.factdesk.json')
}

/** A pid that surely ran and is gone: a child that has exited. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'])
  return Number(child.stdout.toString())
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

describe('the case lock', () => {
  it('lets one writer in at a time and leaves no lock behind', async () => {
    const path = casePath()
    let inside = 0
    let most = 0
    await Promise.all(
      Array.from({ length: 8 }, () =>
        withCaseLock(path, async () => {
          inside += 1
          most = Math.max(most, inside)
          await sleep(3)
          inside -= 1
        })
      )
    )
    expect(most).toBe(1)
    expect(existsSync(lockPathFor(path))).toBe(false)
  })

  it('takes over a lock whose process is gone', async () => {
    const path = casePath()
    writeFileSync(
      lockPathFor(path),
      JSON.stringify({ host: hostname(), pid: deadPid(), nonce: 'old', at: new Date().toISOString() })
    )
    expect(await withCaseLock(path, async () => 'written', 1000)).toBe('written')
    expect(readdirSync(join(path, '..'))).toEqual([])
  })

  it('takes over a lock older than any write, whoever holds it', async () => {
    const path = casePath()
    writeFileSync(
      lockPathFor(path),
      JSON.stringify({ host: 'another-laptop', pid: 1, nonce: 'old', at: '2020-01-01T00:00:00.000Z' })
    )
    const old = (Date.now() - LOCK_STALE_MS - 5000) / 1000
    utimesSync(lockPathFor(path), old, old)
    expect(await withCaseLock(path, async () => 'written', 1000)).toBe('written')
  })

  it('takes over at once an empty or unparseable lock nobody holds (a full disk left it at an earlier save)', async () => {
    for (const leftover of ['', '{"host":"', 'not a lock']) {
      const path = casePath()
      writeFileSync(lockPathFor(path), leftover)
      const earlier = (Date.now() - 1000) / 1000
      utimesSync(lockPathFor(path), earlier, earlier)
      // Less than the two seconds such a lock used to be waited out, at every save.
      expect(await withCaseLock(path, async () => 'written', 500)).toBe('written')
      expect(readdirSync(join(path, '..'))).toEqual([])
    }
  })

  it('a lock is never seen empty: it appears with its writer in it', async () => {
    const path = casePath()
    const seen: string[] = []
    await withCaseLock(path, async () => void seen.push(readFileSync(lockPathFor(path), 'utf8')))
    expect(JSON.parse(seen[0])).toMatchObject({ host: hostname(), pid: process.pid })
    expect(readdirSync(join(path, '..'))).toEqual([])
  })

  it('waits for a live writer, then gives up with LockTimeoutError, leaving its lock alone', async () => {
    const path = casePath()
    const theirs = JSON.stringify({
      host: hostname(),
      pid: process.ppid,
      nonce: 'theirs',
      at: new Date().toISOString()
    })
    writeFileSync(lockPathFor(path), theirs)
    await expect(withCaseLock(path, async () => 'written', 150)).rejects.toBeInstanceOf(LockTimeoutError)
    expect(existsSync(lockPathFor(path))).toBe(true)
  })

  it('a lock that cannot be filled (the disk full halfway through its file) fails its writer and leaves no file', async () => {
    const path = casePath()
    const halfThenFull: LockFiller = async (handle, text) => {
      await handle.writeFile(text.slice(0, 9))
      throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' })
    }
    let ran = false
    const tried = withCaseLock(path, async () => void (ran = true), 500, halfThenFull)
    await expect(tried).rejects.toMatchObject({ code: 'ENOSPC' })
    expect(ran).toBe(false)
    // Neither the lock nor its half-filled side file stays to be waited on or swept by the next writer.
    expect(readdirSync(join(path, '..'))).toEqual([])
    expect(await withCaseLock(path, async () => 'written', 500)).toBe('written')
  })
})
