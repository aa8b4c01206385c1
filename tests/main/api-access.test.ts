/**
 * Paths are capabilities: every API method that takes a path refuses one outside what the checker chose, refuses
 * `..`, and works on the files the checker did choose. Each refusal is `forbidden-path` and leaves the disk as it was.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { API_METHODS, type ApiMethod, type FactdeskApi, type Session } from '../../src/shared/contract'
import type { Result } from '../../src/shared/result'
import { callApi, createApiService } from '../../src/main/services/api'
import { appServices } from '../../src/main/services/app-services'
import { backupsDirFor } from '../../src/main/services/case-backups'
import { writeCase } from '../../src/main/services/case-store'
import { Capabilities, capabilitiesFor, plainPath } from '../../src/main/services/capabilities'
import { evidenceDirFor } from '../../src/main/services/evidence'
import { tempDir } from '../helpers/temp-dir'
import { harbourCase } from './harbour-case'

const SAMPLE = join(__dirname, '..', '..', 'resources', 'sample-article.txt')

interface World {
  api: FactdeskApi
  capabilities: Capabilities
  /** The article named on the command line, and its case, opened. */
  session: Session
  /** A file the checker picked (granted as the Electron shell grants a dropped or picked file). */
  chosen: string
  /** Another folder: a real article, a real case with a backup, a private file. Nothing may touch it. */
  outside: { dir: string; article: string; casePath: string; backup: string; secret: string }
}

function codeOf(result: Result<unknown>): string {
  return result.ok ? 'ok' : result.error.code
}

/** Every file under `dir` with its bytes: "nothing changed" means this is equal before and after. */
function snapshotOf(dir: string): Record<string, string> {
  const files: Record<string, string> = {}
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name)
      if (entry.isDirectory()) walk(path)
      else files[path] = readFileSync(path, 'base64')
    }
  }
  walk(dir)
  return files
}

async function makeWorld(): Promise<World> {
  const dataDir = tempDir()
  const articleDir = tempDir()
  const article = join(articleDir, 'water.txt')
  copyFileSync(SAMPLE, article)
  const chosen = join(articleDir, 'council minutes.txt')
  writeFileSync(chosen, 'Minutes of the council meeting.')

  const outsideDir = tempDir()
  const outsideArticle = join(outsideDir, 'other.txt')
  copyFileSync(SAMPLE, outsideArticle)
  const outsideCase = join(outsideDir, 'other.txt.factdesk.json')
  const written = await writeCase(outsideCase, harbourCase(), '')
  if (!written.ok) throw new Error(written.error.message)
  const saved = await writeCase(outsideCase, harbourCase({ articleDate: '2024-03-15' }), written.value.fingerprint)
  if (!saved.ok) throw new Error(saved.error.message)
  const backup = join(backupsDirFor(outsideCase), readdirSync(backupsDirFor(outsideCase))[0])
  const secret = join(outsideDir, 'passwords.txt')
  writeFileSync(secret, 'hunter2')

  const capabilities = capabilitiesFor(dataDir)
  const deps = { dataDir, resourcesDir: dirname(SAMPLE), mode: 'browser' as const, launchFile: article, capabilities }
  const api = createApiService({ ...deps, ...appServices(dataDir), snapshotOptions: { lookup: async () => [] } })
  const startup = await api.getStartup()
  if (!startup.ok || !startup.value.session) throw new Error('the launch file did not open')
  capabilities.grantFile(chosen)
  return {
    api,
    capabilities,
    session: startup.value.session,
    chosen,
    outside: { dir: outsideDir, article: outsideArticle, casePath: outsideCase, backup, secret }
  }
}

type Case = [string, (w: World) => { method: ApiMethod; input: unknown }]

/** For each method that takes a path: inputs naming a file the checker never chose. */
/** A patch that changes nothing: what putBackCase carries when the case on screen is its version on disk. */
const EMPTY_PATCH = { items: [], removedItemIds: [], sources: [], removedSourceIds: [], fields: {}, itemOrder: null }

const OUTSIDE: Case[] = [
  ['openFile an article in another folder', (w) => ({ method: 'openFile', input: { path: w.outside.article } })],
  ['openFile a case in another folder', (w) => ({ method: 'openFile', input: { path: w.outside.casePath } })],
  ['openFile a private file', (w) => ({ method: 'openFile', input: { path: w.outside.secret } })],
  [
    'saveCase over another case',
    (w) => ({ method: 'saveCase', input: { casePath: w.outside.casePath, case: w.session.case, fingerprint: '' } })
  ],
  [
    'saveCase into another folder',
    (w) => ({
      method: 'saveCase',
      input: { casePath: join(w.outside.dir, 'new.factdesk.json'), case: w.session.case, fingerprint: '' }
    })
  ],
  ['pollCase another case', (w) => ({ method: 'pollCase', input: { casePath: w.outside.casePath, fingerprint: '' } })],
  [
    'putBackCase over another case',
    (w) => ({ method: 'putBackCase', input: { casePath: w.outside.casePath, fingerprint: '', patch: EMPTY_PATCH } })
  ],
  ['closeCase another case', (w) => ({ method: 'closeCase', input: { casePath: w.outside.casePath } })],
  [
    'saveCopy beside another case',
    (w) => ({ method: 'saveCopy', input: { casePath: w.outside.casePath, case: w.session.case } })
  ],
  [
    'restoreBackup of another case',
    (w) => ({ method: 'restoreBackup', input: { casePath: w.outside.casePath, backupPath: w.outside.backup } })
  ],
  [
    'restoreBackup from another case’s backups',
    (w) => ({ method: 'restoreBackup', input: { casePath: w.session.casePath, backupPath: w.outside.backup } })
  ],
  [
    'addEvidenceFile from a file never picked',
    (w) => ({ method: 'addEvidenceFile', input: { casePath: w.session.casePath, file: { path: w.outside.secret } } })
  ],
  [
    'addEvidenceFile from /etc/passwd',
    (w) => ({ method: 'addEvidenceFile', input: { casePath: w.session.casePath, file: { path: '/etc/passwd' } } })
  ],
  [
    'addEvidenceFile into another case',
    (w) => ({ method: 'addEvidenceFile', input: { casePath: w.outside.casePath, file: { path: w.chosen } } })
  ],
  [
    'snapshotUrl into another case',
    (w) => ({ method: 'snapshotUrl', input: { casePath: w.outside.casePath, url: 'https://example.org/' } })
  ],
  [
    'renderReport saved beside another case',
    (w) => ({ method: 'renderReport', input: { casePath: w.outside.casePath, format: 'md', save: true } })
  ],
  [
    'revise another case',
    (w) => ({ method: 'revise', input: { casePath: w.outside.casePath, file: { path: w.chosen }, dryRun: false } })
  ],
  [
    'revise from a file never picked',
    (w) => ({
      method: 'revise',
      input: { casePath: w.session.casePath, file: { path: w.outside.article }, dryRun: false }
    })
  ]
]

/** The same methods, reaching outside with `..` from a folder the checker did choose. */
const CLIMBING: Case[] = [
  [
    'openFile',
    (w) => ({
      method: 'openFile',
      input: { path: `${dirname(w.chosen)}/../${w.outside.dir.split('/').pop()}/other.txt` }
    })
  ],
  [
    'openFile back to the chosen file itself',
    (w) => ({ method: 'openFile', input: { path: `${dirname(w.chosen)}/sub/../${w.chosen.split('/').pop()}` } })
  ],
  [
    'saveCase',
    (w) => ({
      method: 'saveCase',
      input: { casePath: `${dirname(w.session.casePath)}/../x/y.factdesk.json`, case: w.session.case, fingerprint: '' }
    })
  ],
  [
    'pollCase',
    (w) => ({
      method: 'pollCase',
      input: { casePath: `${dirname(w.session.casePath)}/../x/y.factdesk.json`, fingerprint: '' }
    })
  ],
  [
    'putBackCase',
    (w) => ({
      method: 'putBackCase',
      input: { casePath: `${dirname(w.session.casePath)}/../x/y.factdesk.json`, fingerprint: '', patch: EMPTY_PATCH }
    })
  ],
  [
    'closeCase',
    (w) => ({ method: 'closeCase', input: { casePath: `${w.outside.dir}/../${w.outside.casePath.slice(1)}` } })
  ],
  [
    'saveCopy',
    (w) => ({
      method: 'saveCopy',
      input: { casePath: `${dirname(w.session.casePath)}/../x/y.factdesk.json`, case: w.session.case }
    })
  ],
  [
    'restoreBackup',
    (w) => ({
      method: 'restoreBackup',
      input: {
        casePath: w.session.casePath,
        backupPath: `${backupsDirFor(w.session.casePath)}/../../../${w.outside.backup}`
      }
    })
  ],
  [
    'addEvidenceFile (the case)',
    (w) => ({
      method: 'addEvidenceFile',
      input: {
        casePath: `${dirname(w.session.casePath)}/../b/../${w.session.casePath.slice(1)}`,
        file: { path: w.chosen }
      }
    })
  ],
  [
    'addEvidenceFile (the file)',
    (w) => ({
      method: 'addEvidenceFile',
      input: { casePath: w.session.casePath, file: { path: `${dirname(w.chosen)}/../../etc/passwd` } }
    })
  ],
  [
    'snapshotUrl',
    (w) => ({
      method: 'snapshotUrl',
      input: { casePath: `${w.outside.dir}/../${w.outside.casePath.slice(1)}`, url: 'https://example.org/' }
    })
  ],
  [
    'renderReport',
    (w) => ({
      method: 'renderReport',
      input: {
        casePath: `${dirname(w.session.casePath)}/./../${w.outside.casePath.slice(1)}`,
        format: 'md',
        save: true
      }
    })
  ],
  [
    'revise',
    (w) => ({
      method: 'revise',
      input: {
        casePath: w.session.casePath,
        file: { path: `${dirname(w.chosen)}/../${w.outside.article.slice(1)}` },
        dryRun: true
      }
    })
  ]
]

/** And the files the checker did choose work: the expected answer of each. */
const ALLOWED: [string, (w: World) => { method: ApiMethod; input: unknown }, string][] = [
  ['openFile the launch file', (w) => ({ method: 'openFile', input: { path: w.session.case.articlePath } }), 'ok'],
  ['openFile the opened case', (w) => ({ method: 'openFile', input: { path: w.session.casePath } }), 'ok'],
  ['openFile a picked file', (w) => ({ method: 'openFile', input: { path: w.chosen } }), 'ok'],
  [
    'openFile an upload',
    () => ({
      method: 'openFile',
      input: { fileName: 'up.txt', base64: Buffer.from(readFileSync(SAMPLE)).toString('base64') }
    }),
    'ok'
  ],
  [
    'saveCase the opened case',
    (w) => ({
      method: 'saveCase',
      input: { casePath: w.session.casePath, case: w.session.case, fingerprint: w.session.fingerprint }
    }),
    'ok'
  ],
  [
    'pollCase the opened case',
    (w) => ({ method: 'pollCase', input: { casePath: w.session.casePath, fingerprint: w.session.fingerprint } }),
    'ok'
  ],
  // The file is a good version of the case: nothing is put back, and nothing written.
  [
    'putBackCase on the opened case',
    (w) => ({
      method: 'putBackCase',
      input: { casePath: w.session.casePath, fingerprint: w.session.fingerprint, patch: EMPTY_PATCH }
    }),
    'conflict'
  ],
  [
    'saveCopy beside the opened case',
    (w) => ({ method: 'saveCopy', input: { casePath: w.session.casePath, case: w.session.case } }),
    'ok'
  ],
  ['closeCase the opened case', (w) => ({ method: 'closeCase', input: { casePath: w.session.casePath } }), 'ok'],
  [
    'addEvidenceFile from a picked file',
    (w) => ({ method: 'addEvidenceFile', input: { casePath: w.session.casePath, file: { path: w.chosen } } }),
    'ok'
  ],
  [
    'addEvidenceFile from an upload',
    (w) => ({
      method: 'addEvidenceFile',
      input: { casePath: w.session.casePath, file: { fileName: 'a.txt', base64: 'YQ==' } }
    }),
    'ok'
  ],
  // The stub resolver answers no address: the request got past the path check and stopped at the address check.
  [
    'snapshotUrl into the opened case',
    (w) => ({ method: 'snapshotUrl', input: { casePath: w.session.casePath, url: 'https://example.org/' } }),
    'blocked-address'
  ],
  [
    'renderReport beside the opened case',
    (w) => ({ method: 'renderReport', input: { casePath: w.session.casePath, format: 'md', save: true } }),
    'ok'
  ],
  [
    'revise with a picked draft',
    (w) => ({ method: 'revise', input: { casePath: w.session.casePath, file: { path: w.chosen }, dryRun: true } }),
    'ok'
  ]
]

describe('API paths are capabilities', () => {
  let world: World
  beforeAll(async () => {
    world = await makeWorld()
  })

  it('has path tests for every method that takes a path, and says which methods take none', () => {
    const withPaths = new Set([...OUTSIDE, ...CLIMBING, ...ALLOWED].map(([, make]) => make(world).method))
    const withoutPaths = [
      'getStartup',
      'openDialog',
      'listRecent',
      // Names a recent-list entry; the only file it writes is the data folder's recent.json.
      'forgetRecent',
      'getSettings',
      'saveSettings',
      'saveProfile',
      'openExternal',
      // A job id names an import of this app, never a file.
      'importStatus',
      'cancelImport'
    ]
    expect([...withPaths, ...withoutPaths].sort()).toEqual([...API_METHODS].sort())
    expect([...withPaths].sort()).toEqual([...new Set(CLIMBING.map(([, make]) => make(world).method))].sort())
  })

  it.each(OUTSIDE)('refuses %s, touching nothing', async (_name, make) => {
    const before = snapshotOf(world.outside.dir)
    const { method, input } = make(world)
    const result = await callApi(world.api, method, input)
    expect(codeOf(result)).toBe('forbidden-path')
    expect(snapshotOf(world.outside.dir)).toEqual(before)
  })

  it.each(CLIMBING)('refuses `..` in %s', async (_name, make) => {
    const before = snapshotOf(world.outside.dir)
    const { method, input } = make(world)
    const result = await callApi(world.api, method, input)
    expect(codeOf(result)).toBe('forbidden-path')
    expect(result.ok ? '' : result.error.message).toContain('..')
    expect(snapshotOf(world.outside.dir)).toEqual(before)
  })

  it.each(ALLOWED)('allows %s', async (_name, make, expected) => {
    const { method, input } = make(world)
    const result = await callApi(world.api, method, input)
    expect(codeOf(result), result.ok ? '' : result.error.message).toBe(expected)
  })

  it('restores one of the opened case’s own backups', async () => {
    const { api, session } = await makeWorld()
    const saved = await api.saveCase({
      casePath: session.casePath,
      case: session.case,
      fingerprint: session.fingerprint
    })
    if (!saved.ok) throw new Error(saved.error.message)
    const backup = join(backupsDirFor(session.casePath), readdirSync(backupsDirFor(session.casePath))[0])
    const restored = await api.restoreBackup({ casePath: session.casePath, backupPath: backup })
    expect(codeOf(restored)).toBe('ok')
  })

  it('opens a case from the recent list in a later run, but no other', async () => {
    const dataDir = tempDir()
    const article = join(tempDir(), 'water.txt')
    copyFileSync(SAMPLE, article)
    const first = createApiService({ dataDir, resourcesDir: dirname(SAMPLE), mode: 'browser', launchFile: article })
    const opened = await first.getStartup()
    if (!opened.ok || !opened.value.session) throw new Error('did not open')
    const later = createApiService({ dataDir, resourcesDir: dirname(SAMPLE), mode: 'browser' })
    expect(codeOf(await later.openFile({ path: opened.value.session.casePath }))).toBe('ok')
    // The recent entry names the case, not the article: the article itself was chosen in another run.
    expect(codeOf(await later.openFile({ path: article }))).toBe('forbidden-path')
  })

  it('leaves no case, backup, evidence or report behind a refused request', async () => {
    const w = await makeWorld()
    const target = join(w.outside.dir, 'planted.txt.factdesk.json')
    await w.api.saveCase({ casePath: target, case: w.session.case, fingerprint: '' })
    await w.api.addEvidenceFile({ casePath: target, file: { fileName: 'x.txt', base64: 'eA==' } })
    await w.api.renderReport({ casePath: target, format: 'html', save: true })
    expect(existsSync(target)).toBe(false)
    expect(existsSync(backupsDirFor(target))).toBe(false)
    expect(existsSync(evidenceDirFor(target))).toBe(false)
    expect(readdirSync(w.outside.dir).sort()).toEqual([
      'other.txt',
      'other.txt.factdesk.backups',
      'other.txt.factdesk.json',
      'passwords.txt'
    ])
  })
})

describe('the capability registry', () => {
  it('refuses relative paths and `..` before looking anything up', () => {
    const capabilities = new Capabilities()
    capabilities.grantFile('/home/ana/drafts/a.txt')
    expect(codeOf(capabilities.chosen('drafts/a.txt'))).toBe('forbidden-path')
    expect(codeOf(capabilities.chosen('/home/ana/drafts/../drafts/a.txt'))).toBe('forbidden-path')
    expect(codeOf(capabilities.chosen('/home/ana/drafts//a.txt'))).toBe('ok')
    expect(plainPath('/home/ana/./drafts/a.txt')).toEqual({ ok: true, value: '/home/ana/drafts/a.txt' })
  })

  it('keeps chosen files and opened cases apart: a chosen file is not a case to write, nor a case a file to read', () => {
    const capabilities = new Capabilities()
    capabilities.grantFile('/d/a.txt.factdesk.json')
    capabilities.grantCase('/d/b.txt.factdesk.json')
    expect(codeOf(capabilities.openedCase('/d/a.txt.factdesk.json'))).toBe('forbidden-path')
    expect(codeOf(capabilities.chosen('/d/b.txt.factdesk.json'))).toBe('forbidden-path')
    expect(
      codeOf(capabilities.backupOf('/d/b.txt.factdesk.json', '/d/b.txt.factdesk.backups/2024-03-14T09-30-00.000Z.json'))
    ).toBe('ok')
    expect(codeOf(capabilities.backupOf('/d/b.txt.factdesk.json', '/d/b.txt.factdesk.backups'))).toBe('forbidden-path')
    // A grant of something that is not a case (or not a full path) grants nothing.
    capabilities.grantCase('/d/c.txt')
    capabilities.grantCase('relative.factdesk.json')
    expect(codeOf(capabilities.openedCase('/d/c.txt'))).toBe('forbidden-path')
  })

  it('does not let an opened case stand for the folder it is in', async () => {
    const dir = tempDir()
    mkdirSync(join(dir, 'sub'))
    const capabilities = new Capabilities()
    capabilities.grantCase(join(dir, 'a.txt.factdesk.json'))
    expect(codeOf(await capabilities.openable(join(dir, 'sub', 'b.txt')))).toBe('forbidden-path')
    expect(codeOf(await capabilities.openable(join(dir, 'a.txt')))).toBe('forbidden-path')
  })
})
