import { copyFileSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { API_METHODS, type FactdeskApi } from '../../src/shared/contract'
import { fail, ok } from '../../src/shared/result'
import { callApi, createApiService, type ApiDeps } from '../../src/main/services/api'
import { tempDir } from '../helpers/temp-dir'

const SAMPLE = join(__dirname, '..', '..', 'resources', 'sample-article.txt')

function api(extra: Partial<ApiDeps> = {}) {
  return createApiService({ dataDir: tempDir(), resourcesDir: dirname(SAMPLE), mode: 'browser', ...extra })
}

/** The case the first start shows (the bundled sample's): a case opened in this run. */
async function openedSample(instance: FactdeskApi): Promise<string> {
  const startup = await instance.getStartup()
  if (!startup.ok || !startup.value.session) throw new Error('the sample did not open')
  return startup.value.session.casePath
}

describe('the API', () => {
  it('implements every method of the contract', () => {
    const instance = api()
    for (const method of API_METHODS) expect(typeof instance[method]).toBe('function')
  })

  it('answers a Result, never a throw, whatever it is given', async () => {
    const instance = api({ openUrl: async () => ok(null) })
    // Relative paths the generator invents resolve inside an empty folder, never the repo.
    const cwd = process.cwd()
    process.chdir(tempDir())
    await fc
      .assert(
        fc.asyncProperty(
          fc.constantFrom(...API_METHODS.filter((m) => m !== 'getStartup' && m !== 'openDialog')),
          fc.anything(),
          async (method, input) => {
            const result = await callApi(instance, method, input)
            expect(typeof result.ok).toBe('boolean')
          }
        ),
        { numRuns: 150 }
      )
      .finally(() => process.chdir(cwd))
  })

  it('refuses bad input with the field at fault, before doing anything', async () => {
    const instance = api()
    const relative = await instance.saveCase({ casePath: 'draft.factdesk.json', case: {} as never, fingerprint: '' })
    expect(relative.ok ? 'ok' : relative.error.code).toBe('invalid-input')
    expect(relative.ok ? '' : relative.error.message).toMatch(/^saveCase: (casePath|case)/)
    const casePath = await openedSample(instance)
    const before = readFileSync(casePath, 'utf8')
    const notACase = await instance.saveCase({
      casePath,
      case: { schemaVersion: 1, items: 'all of them' } as never,
      fingerprint: ''
    })
    expect(notACase.ok ? 'ok' : notACase.error.code).toBe('invalid-input')
    expect(readFileSync(casePath, 'utf8')).toBe(before)
    const wrongScheme = await instance.openExternal({ url: 'file:///etc/passwd' })
    expect(wrongScheme.ok ? 'ok' : wrongScheme.error.code).toBe('unsupported-url')
    const extra = await callApi(instance, 'openFile', { path: '/x.txt', also: 1 })
    expect(extra.ok ? 'ok' : extra.error.code).toBe('invalid-input')
    const unknown = await callApi(instance, 'deleteEverything', {})
    expect(unknown.ok ? 'ok' : unknown.error.code).toBe('unknown-method')
  })

  it('says what browser mode cannot do, and what is not wired', async () => {
    const instance = api()
    const dialog = await instance.openDialog()
    expect(dialog.ok ? 'ok' : dialog.error.code).toBe('unsupported')
    const casePath = await openedSample(instance)
    const upload = { fileName: 'b.txt', base64: Buffer.from('A new draft.').toString('base64') }
    const draft = await instance.revise({ casePath, file: upload, dryRun: true })
    expect(draft.ok ? 'ok' : draft.error.code).toBe('unavailable')
  })

  it('turns a crash inside a service into an "internal" Result', async () => {
    const instance = api({
      renderReport: async () => {
        throw new Error('boom')
      }
    })
    const report = await instance.renderReport({ casePath: await openedSample(instance), format: 'html', save: false })
    expect(report).toEqual(fail('internal', 'renderReport failed unexpectedly: boom'))
  })

  it('opens links only after the scheme check, through the mode’s opener', async () => {
    const opened: string[] = []
    const instance = api({ openUrl: async (url) => (opened.push(url), ok(null)) })
    expect((await instance.openExternal({ url: 'https://example.org/report?id=3' })).ok).toBe(true)
    expect((await instance.openExternal({ url: 'javascript:alert(1)' })).ok).toBe(false)
    expect(opened).toEqual(['https://example.org/report?id=3'])
  })

  it('shows the command-line file once, then the last case opened', async () => {
    const dataDir = tempDir()
    const launch = join(tempDir(), 'launch.txt')
    copyFileSync(SAMPLE, launch)
    const other = join(tempDir(), 'other.txt')
    copyFileSync(SAMPLE, other)
    const instance = api({ dataDir, launchFile: launch, chooseFile: async () => other })
    const first = await instance.getStartup()
    expect(first.ok && first.value.session?.casePath).toBe(`${launch}.factdesk.json`)
    const picked = await instance.openDialog()
    expect(picked.ok && picked.value?.casePath).toBe(`${other}.factdesk.json`)
    const reload = await instance.getStartup()
    expect(reload.ok && reload.value.session?.casePath).toBe(`${other}.factdesk.json`)
  })

  it('saves and restores settings', async () => {
    const instance = api()
    await instance.saveSettings({ checkerName: 'Ines Duarte', paperSize: 'Letter' })
    expect(await instance.getSettings()).toEqual(ok({ checkerName: 'Ines Duarte', paperSize: 'Letter' }))
  })
})
