import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import {
  API_METHODS,
  CHOSEN_FILE_CHANNEL,
  COMMAND_CHANNEL,
  type Command,
  type FactdeskBridge
} from '../../src/shared/contract'
import { fail, ok } from '../../src/shared/result'
import { fake, ipcMain, ipcRenderer, sendToRenderer } from '../mocks/electron'

vi.mock('electron', () => import('../mocks/electron'))

describe('the preload bridge', () => {
  let exposed: string[]
  let bridge: FactdeskBridge
  beforeAll(async () => {
    await import('../../src/preload/index')
    exposed = [...fake.exposed.keys()]
    bridge = fake.exposed.get('factdesk') as FactdeskBridge
  })
  beforeEach(() => {
    fake.ipcHandlers.clear()
    ipcRenderer.removeAllListeners()
  })

  it('puts one object on window, with the contract’s methods and the two shell functions, and nothing of Node’s', () => {
    expect(exposed).toEqual(['factdesk'])
    expect(Object.keys(bridge).sort()).toEqual([...API_METHODS, 'onCommand', 'pathForFile'].sort())
    for (const value of Object.values(bridge)) {
      expect(typeof value).toBe('function')
      expect(value).not.toBe(ipcRenderer.invoke)
    }
    expect(JSON.stringify(Object.keys(bridge))).not.toMatch(/ipcRenderer|process|require/)
  })

  it('sends each API method on its own channel, input untouched, and answers what main answered', async () => {
    const seen: [string, unknown][] = []
    for (const method of API_METHODS)
      ipcMain.handle(method, (_event, input) => (seen.push([method, input]), ok(`${method} done`)))
    for (const method of API_METHODS) {
      const call = bridge[method] as (input: unknown) => Promise<unknown>
      expect(await call({ marker: method })).toEqual(ok(`${method} done`))
    }
    expect(seen).toEqual(API_METHODS.map((method) => [method, { marker: method }]))
  })

  it('hands the page the command alone, never the IPC event, and stops when unsubscribed', () => {
    const received: unknown[][] = []
    const unsubscribe = bridge.onCommand((...args: unknown[]) => received.push(args))
    const command: Command = { command: 'open-recent', casePath: '/cases/a.factdesk.json' }
    sendToRenderer(COMMAND_CHANNEL, command)
    unsubscribe()
    sendToRenderer(COMMAND_CHANNEL, { command: 'open' })
    expect(received).toEqual([[command]])
  })

  it('answers the path of a picked or dropped file once main has accepted it, and nothing for any other', async () => {
    const granted: unknown[] = []
    ipcMain.handle(CHOSEN_FILE_CHANNEL, (_event, path) => {
      granted.push(path)
      return path === '/home/ana/folder' ? fail('is-directory', 'a folder') : ok(null)
    })
    const dropped = new File(['A draft.'], 'draft.txt')
    fake.filePaths.set(dropped, '/home/ana/draft.txt')
    expect(await bridge.pathForFile(dropped)).toBe('/home/ana/draft.txt')
    const folder = new File([], 'folder')
    fake.filePaths.set(folder, '/home/ana/folder')
    expect(await bridge.pathForFile(folder)).toBe('')
    // A File the page made itself has no path: main is not even asked.
    expect(await bridge.pathForFile(new File(['x'], '/etc/passwd'))).toBe('')
    expect(granted).toEqual(['/home/ana/draft.txt', '/home/ana/folder'])
  })
})
