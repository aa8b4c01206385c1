import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import {
  ANSWER_PART_CHANNEL,
  API_METHODS,
  apiFromCaller,
  CHOSEN_FILE_CHANNEL,
  ELEMENTS_PER_PART,
  COMMAND_CHANNEL,
  type Command,
  type FactdeskBridge
} from '../../src/shared/contract'
import { fail, ok, type Result } from '../../src/shared/result'
import { AnswerParts } from '../../src/main/electron/answer-parts'
import { setupIpc } from '../../src/main/electron/ipc'
import { senderCheckFor } from '../../src/main/electron/sender-check'
import { Capabilities } from '../../src/main/services/capabilities'
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

  describe('long answers', () => {
    /** A session of a big case, as main would answer it: 28,000 items, their sentences, a long draft. */
    const bigSession = () => ({
      casePath: '/cases/big.factdesk.json',
      case: {
        drafts: [{ id: 'd1', article: { text: 'Draft. '.repeat(1000), blocks: [{ start: 0, end: 6 }] } }],
        items: Array.from({ length: 28_000 }, (_, n) => ({ id: `i${n}`, notes: [{ text: `Note “${n}”` }] }))
      },
      sentences: Array.from({ length: 30_000 }, (_, n) => ({ start: n, end: n + 1, score: (n % 100) / 100 }))
    })
    /** Every IPC answer main gives the preload, as it crosses. */
    let answers: unknown[]
    beforeEach(() => {
      answers = []
      const api = apiFromCaller(async (method) => (method === 'openFile' ? ok(bigSession()) : ok(null)))
      setupIpc(api, senderCheckFor('app://factdesk/index.html'), new Capabilities(), new AnswerParts())
      for (const [channel, handler] of fake.ipcHandlers) {
        fake.ipcHandlers.set(channel, async (...args) => {
          const answer = await handler(...args)
          answers.push(answer)
          return answer
        })
      }
    })

    it('hands the page a big session whole and in order, main’s answers crossing as short messages', async () => {
      const session = await bridge.openFile({ path: '/cases/big.factdesk.json' })
      expect(session).toEqual(ok(bigSession()))
      // The head, then 56 parts of items and 60 of sentences: none holds more than ELEMENTS_PER_PART elements.
      expect(answers.length).toBe(1 + 56 + 60)
      const sizes = answers.map((answer) => JSON.stringify(answer).length)
      expect(Math.max(...sizes)).toBeLessThan(ELEMENTS_PER_PART * 64)
      expect(JSON.stringify(session).length).toBeGreaterThan(100 * Math.max(...sizes))
    })

    it('answers a part lost or cut off mid-way as an error, never half a case and never a throw', async () => {
      const parts = fake.ipcHandlers.get(ANSWER_PART_CHANNEL)!
      let asked = 0
      fake.ipcHandlers.set(ANSWER_PART_CHANNEL, (...args) => {
        asked += 1
        return asked === 3 ? fail('not-found', 'That answer is no longer held.') : parts(...args)
      })
      const lost = (await bridge.openFile({ path: '/cases/big.factdesk.json' })) as Result<unknown>
      expect(lost).toEqual(fail('not-found', 'That answer is no longer held.'))
      asked = 0
      fake.ipcHandlers.set(ANSWER_PART_CHANNEL, (...args) => {
        asked += 1
        if (asked === 5) throw new Error('render frame disposed')
        return parts(...args)
      })
      const cut = (await bridge.openFile({ path: '/cases/big.factdesk.json' })) as Result<unknown>
      expect(cut.ok ? '' : `${cut.error.code}: ${cut.error.message}`).toMatch(/^internal: .*cut off.*disposed/)
      // A part that does not belong where it lands (a list out of order) is refused the same way.
      fake.ipcHandlers.set(ANSWER_PART_CHANNEL, async (...args) => {
        const part = (await parts(...args)) as Result<{ list: number; elements: unknown[] }>
        return part.ok ? ok({ ...part.value, list: part.value.list + 1 }) : part
      })
      const misplaced = (await bridge.openFile({ path: '/cases/big.factdesk.json' })) as Result<unknown>
      expect(misplaced.ok ? '' : misplaced.error.code).toBe('internal')
    })
  })
})
