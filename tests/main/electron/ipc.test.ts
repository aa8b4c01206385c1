import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { API_METHODS, apiFromCaller, CHOSEN_FILE_CHANNEL } from '../../../src/shared/contract'
import { ok, type Result } from '../../../src/shared/result'
import { grantChosenFile, setupIpc } from '../../../src/main/electron/ipc'
import { senderCheckFor } from '../../../src/main/electron/sender-check'
import { Capabilities } from '../../../src/main/services/capabilities'
import { fake, ipcRenderer, resetFake } from '../../mocks/electron'
import { tempDir } from '../../helpers/temp-dir'

vi.mock('electron', () => import('../../mocks/electron'))

const codeOf = (result: unknown) =>
  (result as Result<unknown>).ok ? 'ok' : (result as { error: { code: string } }).error.code

describe('IPC', () => {
  let calls: string[]
  let capabilities: Capabilities
  beforeEach(() => {
    resetFake()
    calls = []
    capabilities = new Capabilities()
    // A stand-in API: records the call, answers its input; getSettings crashes.
    const api = apiFromCaller(async (method, input) => {
      calls.push(method)
      if (method === 'getSettings') throw new Error('settings file on fire')
      return ok(input)
    })
    setupIpc(api, senderCheckFor('app://factdesk/index.html'), capabilities)
  })

  it('registers one handle() per contract method and the chosen-file channel; no other listener', () => {
    expect([...fake.ipcHandlers.keys()].sort()).toEqual([...API_METHODS, CHOSEN_FILE_CHANNEL].sort())
    expect(fake.ipcListeners).toEqual([])
  })

  it('answers the app’s own page and no other frame, without running the method', async () => {
    expect(await ipcRenderer.invoke('listRecent')).toEqual(ok(undefined))
    for (const url of ['https://evil.example/', 'app://factdesk/other.html', 'file:///opt/factdesk/index.html', '']) {
      fake.frameUrl = url
      const answer = await ipcRenderer.invoke('listRecent')
      expect(codeOf(answer)).toBe('forbidden')
    }
    expect(calls).toEqual(['listRecent'])
  })

  it('turns a crash into an "internal" Result: nothing is thrown across IPC', async () => {
    const answer = (await ipcRenderer.invoke('getSettings')) as Result<unknown>
    expect(codeOf(answer)).toBe('internal')
    expect(answer.ok ? '' : answer.error.message).toContain('settings file on fire')
  })

  it('grants a chosen file only when it is an existing regular file named by a full path', async () => {
    const dir = tempDir()
    const file = join(dir, 'draft.txt')
    writeFileSync(file, 'A draft.')
    mkdirSync(join(dir, 'folder'))
    expect(codeOf(await grantChosenFile(capabilities, 42))).toBe('invalid-input')
    expect(codeOf(await grantChosenFile(capabilities, `${file}\0.png`))).toBe('invalid-input')
    expect(codeOf(await grantChosenFile(capabilities, 'draft.txt'))).toBe('forbidden-path')
    expect(codeOf(await grantChosenFile(capabilities, `${dir}/folder/../draft.txt`))).toBe('forbidden-path')
    expect(codeOf(await grantChosenFile(capabilities, join(dir, 'folder')))).toBe('is-directory')
    expect(codeOf(await grantChosenFile(capabilities, join(dir, 'gone.txt')))).toBe('not-found')
    expect(capabilities.chosen(file).ok).toBe(false)
    expect(codeOf(await ipcRenderer.invoke(CHOSEN_FILE_CHANNEL, file))).toBe('ok')
    expect(capabilities.chosen(file).ok).toBe(true)
  })

  it('refuses a chosen file from a frame that is not the app’s page', async () => {
    const file = join(tempDir(), 'draft.txt')
    writeFileSync(file, 'A draft.')
    fake.frameUrl = 'https://evil.example/'
    expect(codeOf(await ipcRenderer.invoke(CHOSEN_FILE_CHANNEL, file))).toBe('forbidden')
    expect(capabilities.chosen(file).ok).toBe(false)
  })
})
