import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  unlinkSync,
  writeFileSync
} from 'node:fs'
import { hostname } from 'node:os'
import { spawnSync } from 'node:child_process'
import { basename, dirname, join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { createApiService } from '../../src/main/services/api'
import { backupsDirFor } from '../../src/main/services/case-backups'
import { POLL_REFRESH_MS, ownerPathFor } from '../../src/main/services/case-owners'
import { writeCase } from '../../src/main/services/case-store'
import { openFile } from '../../src/main/services/sessions'
import { getStartup } from '../../src/main/services/startup'
import { tempDir } from '../helpers/temp-dir'

const SAMPLE = join(__dirname, '..', '..', 'resources', 'sample-article.txt')

function article(): string {
  const path = join(tempDir(), 'water.txt')
  copyFileSync(SAMPLE, path)
  return path
}

/** A pid that surely ran and is gone. */
function deadPid(): number {
  return Number(spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']).stdout.toString())
}

describe('opening a case sweeps its own leftovers', () => {
  it('removes temp files of unfinished writes and set-aside locks, and nothing else', async () => {
    const path = article()
    const first = await openFile({ dataDir: tempDir() }, { path })
    if (!first.ok) throw new Error(first.error.message)
    const folder = dirname(first.value.casePath)
    const name = basename(first.value.casePath)
    const leftovers = [`.${name}.0123456789ab.tmp`, `.${name}.lock.stale-ba9876543210`]
    for (const file of leftovers) writeFileSync(join(folder, file), 'a full copy of the case')
    mkdirSync(backupsDirFor(first.value.casePath), { recursive: true })
    writeFileSync(join(backupsDirFor(first.value.casePath), '.2024-03-14T10-00-00.000Z.json.00112233aabb.tmp'), 'x')
    const kept = ['.other.txt.factdesk.json.0123456789ab.tmp', 'notes.tmp']
    for (const file of kept) writeFileSync(join(folder, file), 'not ours')
    const again = await openFile({ dataDir: tempDir() }, { path })
    expect(again.ok).toBe(true)
    const left = readdirSync(folder)
    for (const file of leftovers) expect(left).not.toContain(file)
    for (const file of kept) expect(left).toContain(file)
    expect(readdirSync(backupsDirFor(first.value.casePath)).filter((f) => f.endsWith('.tmp'))).toEqual([])
  })
})

describe('one case, one spelling', () => {
  it('opens a case under its real path whatever path or link it was given', async () => {
    const path = article()
    const opened = await openFile({ dataDir: tempDir() }, { path })
    if (!opened.ok) throw new Error(opened.error.message)
    const link = join(tempDir(), 'linked')
    symlinkSync(dirname(path), link)
    for (const spelling of [
      `${dirname(path)}/./${basename(opened.value.casePath)}`,
      join(link, basename(opened.value.casePath)),
      join(link, 'water.txt')
    ]) {
      const again = await openFile({ dataDir: tempDir() }, { path: spelling })
      expect(again.ok && again.value.casePath).toBe(opened.value.casePath)
    }
  })
})

describe('a data folder that cannot be written', () => {
  it('never stops a case beside its article from opening and saving, and is told once', async () => {
    const blocker = join(tempDir(), 'not-a-folder')
    writeFileSync(blocker, 'a file where the data folder should be')
    const dataDir = join(blocker, 'factdesk')
    const path = article()
    const startup = await getStartup({ dataDir }, { launchFile: path, mode: 'browser', resourcesDir: dirname(SAMPLE) })
    if (!startup.ok || !startup.value.session) throw new Error(startup.ok ? 'no session' : startup.error.message)
    expect(startup.value.warnings).toEqual([expect.stringMatching(/recent files list .* could not be updated/)])
    const { casePath, case: c, fingerprint } = startup.value.session
    const saved = await writeCase(casePath, { ...c, threshold: 0.7 }, fingerprint)
    expect(saved.ok).toBe(true)
    const next = await getStartup({ dataDir }, { launchFile: path, mode: 'browser', resourcesDir: dirname(SAMPLE) })
    // The same failure again is not news: the start screen said it once.
    expect(next.ok && next.value.warnings).toEqual([])
  })

  it('opens 200 cases at once without an error, and leaves a readable recent list and no temp file', async () => {
    const dataDir = tempDir()
    const api = createApiService({ dataDir, resourcesDir: dirname(SAMPLE), mode: 'browser' })
    // A short article: the test is about 200 opens racing for the case and the recent list, not extraction.
    const text = 'Harbour fees rose 12% last year, the port authority said on Monday.\n\nShips waited two days.\n'
    const upload = { fileName: 'harbour.txt', base64: Buffer.from(text).toString('base64') }
    const results = await Promise.all(Array.from({ length: 200 }, () => api.openFile(upload)))
    expect(results.filter((r) => !r.ok).map((r) => !r.ok && r.error.message)).toEqual([])
    expect(JSON.parse(readFileSync(join(dataDir, 'recent.json'), 'utf8'))).toHaveLength(1)
    expect(readdirSync(dataDir).filter((f) => f.endsWith('.tmp'))).toEqual([])
    expect(new Set(results.map((r) => r.ok && r.value.casePath)).size).toBe(1)
  }, 60_000)
})

/** The API of a browser-mode Factdesk started on `path`, and the session it opened. */
async function startedOn(path: string) {
  const api = createApiService({ dataDir: tempDir(), resourcesDir: dirname(SAMPLE), mode: 'browser', launchFile: path })
  const startup = await api.getStartup()
  if (!startup.ok || !startup.value.session) throw new Error('not opened')
  return { api, session: startup.value.session }
}

describe('owner files', () => {
  it('says who else has the case open, takes over a stale owner with a notice, and goes when the case is closed', async () => {
    const { api, session } = await startedOn(article())
    const { casePath, fingerprint } = session
    expect(existsSync(ownerPathFor(casePath))).toBe(true)
    expect(session.owners).toEqual([])
    const now = new Date().toISOString()
    const live = { name: 'Ana', host: hostname(), pid: process.ppid, since: now, heartbeat: now }
    const crashed = { name: 'Ben', host: hostname(), pid: deadPid(), since: now, heartbeat: now }
    writeFileSync(ownerPathFor(casePath, 'aaaaaaaaaaaa'), JSON.stringify(live))
    writeFileSync(ownerPathFor(casePath, 'bbbbbbbbbbbb'), JSON.stringify(crashed))
    const reopened = await api.openFile({ path: casePath })
    if (!reopened.ok) throw new Error(reopened.error.message)
    expect(reopened.value.owners).toEqual([live])
    expect(reopened.value.notice).toMatch(/^Took over water\.txt\.factdesk\.json from Ben on /)
    expect(existsSync(ownerPathFor(casePath, 'bbbbbbbbbbbb'))).toBe(false)
    const polled = await api.pollCase({ casePath, fingerprint })
    expect(polled.ok && polled.value).toMatchObject({ case: null, owners: [live] })
    await api.closeCase({ casePath })
    expect(existsSync(ownerPathFor(casePath))).toBe(false)
  })

  it('says nothing of a takeover when the case was deleted and only its crashed owner file was left beside it', async () => {
    const path = article()
    const now = new Date().toISOString()
    const crashed = { name: 'Ben', host: hostname(), pid: deadPid(), since: now, heartbeat: now }
    const casePath = `${path}.factdesk.json`
    writeFileSync(ownerPathFor(casePath, 'bbbbbbbbbbbb'), JSON.stringify(crashed))
    const { api, session } = await startedOn(path)
    expect(session.casePath).toBe(casePath)
    // A new case holds nothing Ben saved: "Everything it saved is in the case" would be untrue.
    expect(session.notice).toBeUndefined()
    expect(existsSync(ownerPathFor(casePath, 'bbbbbbbbbbbb'))).toBe(false)
    await api.closeCase({ casePath })
  })

  it('a poll refreshes the heartbeat once it is half a heartbeat old, not at each poll, and puts a removed owner file back', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    try {
      const opened = Date.parse('2026-03-03T10:00:00.000Z')
      vi.setSystemTime(opened)
      const api = createApiService({
        dataDir: tempDir(),
        resourcesDir: dirname(SAMPLE),
        mode: 'browser',
        launchFile: article()
      })
      const startup = await api.getStartup()
      if (!startup.ok || !startup.value.session) throw new Error('not opened')
      const { casePath, fingerprint } = startup.value.session
      const heartbeat = () => JSON.parse(readFileSync(ownerPathFor(casePath), 'utf8')).heartbeat
      const pollAt = async (at: number) => {
        vi.setSystemTime(at)
        expect((await api.pollCase({ casePath, fingerprint })).ok).toBe(true)
      }
      expect(heartbeat()).toBe('2026-03-03T10:00:00.000Z')
      for (let n = 1; n <= 5; n += 1) await pollAt(opened + n * 2_000)
      expect(heartbeat()).toBe('2026-03-03T10:00:00.000Z')
      await pollAt(opened + POLL_REFRESH_MS)
      expect(heartbeat()).toBe(new Date(opened + POLL_REFRESH_MS).toISOString())
      // Taken over by another Factdesk (it thought this one gone), or removed by a sync: written again at the next poll.
      unlinkSync(ownerPathFor(casePath))
      await pollAt(opened + POLL_REFRESH_MS + 2_000)
      expect(heartbeat()).toBe(new Date(opened + POLL_REFRESH_MS + 2_000).toISOString())
      await api.closeCase({ casePath })
    } finally {
      vi.useRealTimers()
    }
  })
})
