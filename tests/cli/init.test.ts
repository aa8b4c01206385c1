import { copyFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { run } from '../../src/cli/commands/init'
import { pendingWrites, readCase, writeCase } from '../../src/main/services/case-store'
import { backupsDirFor } from '../../src/main/services/case-backups'
import { tempDir } from '../helpers/temp-dir'
import { DEFAULT_REPORT_HEADER } from '../../src/core/case/case-settings'
import { saveProfile } from '../../src/main/services/profile'
import { DEFAULT_STATUSES } from '../../src/shared/case'

const SAMPLE = join(__dirname, '..', '..', 'resources', 'sample-article.txt')

let out: string[]
let err: string[]

beforeEach(() => {
  out = []
  err = []
  process.env.FACTDESK_DATA_DIR = tempDir()
  vi.spyOn(console, 'log').mockImplementation((line: string) => void out.push(line))
  vi.spyOn(console, 'error').mockImplementation((line: string) => void err.push(line))
})
afterEach(() => {
  vi.restoreAllMocks()
  delete process.env.FACTDESK_DATA_DIR
})

function article(): string {
  const path = join(tempDir(), 'port-story.txt')
  copyFileSync(SAMPLE, path)
  return path
}

describe('factdesk init', () => {
  it('says on stderr when the case’s backups cannot be kept, the case saved all the same (exit 0)', async () => {
    const file = article()
    writeFileSync(backupsDirFor(`${file}.factdesk.json`), 'a file where the backups folder goes')
    expect(await run([file])).toBe(0)
    expect(out).toEqual([`${file}.factdesk.json`])
    expect((await readCase(out[0])).ok).toBe(true)
    expect(err.join('\n')).toMatch(/^factdesk init: Backups of port-story\.txt\.factdesk\.json are not being kept/m)
  })

  it('creates the case the app would create and prints its path; the file validates', async () => {
    const file = article()
    expect(await run([file])).toBe(0)
    expect(out).toEqual([`${file}.factdesk.json`])
    const loaded = await readCase(out[0])
    expect(loaded.ok).toBe(true)
    if (loaded.ok) expect(loaded.value.case.items.length).toBeGreaterThan(5)
  })

  it('a new case starts from the newsroom profile in the same data folder as the app’s', async () => {
    const header = { ...DEFAULT_REPORT_HEADER, newsroom: 'Port Gazette' }
    const saved = await saveProfile(
      process.env.FACTDESK_DATA_DIR ?? '',
      { statuses: DEFAULT_STATUSES, ratingMap: [], reportHeader: header },
      new Date()
    )
    if (!saved.ok) throw new Error(saved.error.message)
    expect(await run([article()])).toBe(0)
    const loaded = await readCase(out[0])
    if (!loaded.ok) throw new Error(loaded.error.message)
    expect(loaded.value.case.reportHeader).toEqual(header)
    expect(loaded.value.case.ratingMap).toEqual([])
    expect(err).toEqual([])
  })

  it('refreshes suggestions without dropping the checker’s work', async () => {
    const file = article()
    await run([file])
    const casePath = out[0]
    const loaded = await readCase(casePath)
    if (!loaded.ok) throw new Error(loaded.error.message)
    const [first, second, third, ...rest] = loaded.value.case.items
    const worked = {
      ...loaded.value.case,
      items: [
        {
          ...first,
          status: 'verified',
          state: 'accepted' as const,
          notes: [{ id: 'n1', at: '2024-03-14T10:00:00Z', by: 'Ines', text: 'Checked with the council.' }]
        },
        { ...second, state: 'dismissed' as const, dismissed: { by: 'Ines', at: '2024-03-14T10:01:00Z' } },
        // As an older Factdesk scored it: the refresh brings the engine's score back.
        { ...third, score: 0.01 },
        ...rest
      ]
    }
    const saved = await writeCase(casePath, worked, loaded.value.fingerprint)
    expect(saved.ok).toBe(true)
    out = []
    expect(await run([file])).toBe(0)
    expect(out).toEqual([casePath])
    expect(err.join('\n')).toMatch(
      /refreshed suggestions \(2 checked items kept, \d+ unchanged, 1 updated, 0 added, 0 dropped\)/
    )
    const after = await readCase(casePath)
    if (!after.ok) throw new Error(after.error.message)
    const byId = new Map(after.value.case.items.map((item) => [item.id, item]))
    expect(byId.get(first.id)?.status).toBe('verified')
    expect(byId.get(first.id)?.notes[0].text).toBe('Checked with the council.')
    expect(byId.get(second.id)?.state).toBe('dismissed')
    expect(byId.get(third.id)?.score).toBe(third.score)
    expect(after.value.case.items.map((item) => item.id).sort()).toEqual(
      loaded.value.case.items.map((item) => item.id).sort()
    )
  })

  // Run again on an unchanged article, init rewrote the case and said '43 updated': each run added a backup identical
  // to the file, so ten runs pushed every backup of the checker's real work out of the ten kept.
  it('writes nothing when the suggestions are already up to date, and says so', async () => {
    const file = article()
    await run([file])
    const casePath = out[0]
    await pendingWrites(casePath) // the backup of a save lands just after it
    const before = readFileSync(casePath, 'utf8')
    const backups = readdirSync(backupsDirFor(casePath))
    out = []
    err = []
    expect(await run([file])).toBe(0)
    expect(out).toEqual([casePath])
    expect(err).toHaveLength(1)
    expect(err[0]).toMatch(
      /^factdesk init: suggestions already up to date \(\d+ unchanged, 0 checked items kept\); nothing written$/
    )
    expect(readFileSync(casePath, 'utf8')).toBe(before)
    await pendingWrites(casePath)
    expect(readdirSync(backupsDirFor(casePath))).toEqual(backups)
  })

  it('leaves the case alone when the article is a newer draft', async () => {
    const file = article()
    await run([file])
    const casePath = out[0]
    const before = readFileSync(casePath, 'utf8')
    writeFileSync(file, readFileSync(file, 'utf8').replace('$48 million', '$52 million'))
    out = []
    expect(await run([file])).toBe(0)
    expect(out).toEqual([casePath])
    expect(err.join('\n')).toMatch(/left unchanged: .* differs from the case's current draft; run factdesk revise/)
    expect(readFileSync(casePath, 'utf8')).toBe(before)
  })

  it('fails with one clear line for a missing file or bad usage', async () => {
    expect(await run(['/no/such/story.txt'])).toBe(1)
    expect(err).toEqual(['factdesk init: /no/such/story.txt does not exist'])
    err = []
    expect(await run([])).toBe(1)
    expect(err).toEqual(['factdesk init: usage: factdesk init FILE'])
    err = []
    expect(await run(['--force', 'x'])).toBe(1)
    expect(err).toHaveLength(1)
  })

  // A damaged case was named ('… is damaged: it is not valid JSON …') with nothing to do about it: the app offers
  // the newest good backups, a terminal had no such offer.
  it('names the newest good backup of a damaged case and how to put it back, on the same line', async () => {
    const file = article()
    await run([file])
    const casePath = out[0]
    await pendingWrites(casePath)
    const [backup] = readdirSync(backupsDirFor(casePath))
    const damaged = readFileSync(casePath, 'utf8').slice(0, 2000)
    writeFileSync(casePath, damaged)
    err = []
    expect(await run([file])).toBe(1)
    expect(err).toHaveLength(1)
    expect(err[0]).toContain('is damaged: it is not valid JSON')
    expect(err[0]).toContain(
      `It was not changed; its newest good backup is ${join(backupsDirFor(casePath), backup)}: open the case in Factdesk to put it back, or copy it over the case.`
    )
    expect(readFileSync(casePath, 'utf8')).toBe(damaged)
  })

  it('names a damaged case instead of overwriting it', async () => {
    const file = article()
    writeFileSync(`${file}.factdesk.json`, '[]')
    expect(await run([file])).toBe(1)
    expect(err[0]).toMatch(/^factdesk init: port-story\.txt\.factdesk\.json is not a Factdesk case/)
    expect(readFileSync(`${file}.factdesk.json`, 'utf8')).toBe('[]')
  })
})
