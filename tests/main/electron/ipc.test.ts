import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import {
  ANSWER_PART_CHANNEL,
  API_METHODS,
  apiFromCaller,
  CHOSEN_FILE_CHANNEL,
  ELEMENTS_PER_PART,
  type AnswerPart,
  type PartedAnswer
} from '../../../src/shared/contract'
import { ok, type Result } from '../../../src/shared/result'
import { AnswerParts } from '../../../src/main/electron/answer-parts'
import { grantChosenFile, setupIpc } from '../../../src/main/electron/ipc'
import { senderCheckFor } from '../../../src/main/electron/sender-check'
import { Capabilities } from '../../../src/main/services/capabilities'
import { fake, ipcRenderer, resetFake } from '../../mocks/electron'
import { tempDir } from '../../helpers/temp-dir'

vi.mock('electron', () => import('../../mocks/electron'))

const codeOf = (result: unknown) =>
  (result as Result<unknown>).ok ? 'ok' : (result as { error: { code: string } }).error.code

/** A session-like answer with long lists at three depths, one inside a short list. */
function longAnswer(items: number, blocks = 700, sentences = 1800) {
  return {
    casePath: '/cases/long.factdesk.json',
    case: {
      drafts: [{ id: 'd1', article: { text: 'x', blocks: Array.from({ length: blocks }, (_, n) => ({ start: n })) } }],
      items: Array.from({ length: items }, (_, n) => ({
        id: `i${n}`,
        note: `Note ${n}: “quoted” ${'é'.repeat(n % 7)}`
      }))
    },
    sentences: Array.from({ length: sentences }, (_, n) => ({ start: n, end: n + 1, score: n / sentences })),
    inconsistencies: [{ kind: 'number' }]
  }
}

describe('IPC', () => {
  let calls: string[]
  let capabilities: Capabilities
  let parts: AnswerParts
  beforeEach(() => {
    resetFake()
    calls = []
    capabilities = new Capabilities()
    // A stand-in API: records the call, answers its input; getSettings crashes.
    const api = apiFromCaller(async (method, input) => {
      calls.push(method)
      if (method === 'getSettings') throw new Error('settings file on fire')
      if (method === 'openFile') {
        const { items, others } = input as { items: number; others?: number }
        return ok(longAnswer(items, others, others))
      }
      return ok(input)
    })
    parts = new AnswerParts()
    setupIpc(api, senderCheckFor('app://factdesk/index.html'), capabilities, parts)
  })

  it('registers one handle() per contract method and the chosen-file channel; no other listener', () => {
    expect([...fake.ipcHandlers.keys()].sort()).toEqual(
      [...API_METHODS, CHOSEN_FILE_CHANNEL, ANSWER_PART_CHANNEL].sort()
    )
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

  it('answers a long Result as its head and short parts, in order, other calls answered between them', async () => {
    const expected = longAnswer(2600)
    const answer = (await ipcRenderer.invoke('openFile', { items: 2600 })) as PartedAnswer
    expect(answer.parted.lists).toEqual([
      { path: ['value', 'case', 'drafts', 0, 'article', 'blocks'], length: 700 },
      { path: ['value', 'case', 'items'], length: 2600 },
      { path: ['value', 'sentences'], length: 1800 }
    ])
    // The head is the answer with those lists emptied, and nothing else changed.
    const head = answer.parted.head as { value: ReturnType<typeof longAnswer> }
    expect(head.value.case.items).toEqual([])
    expect({ ...head.value, case: null, sentences: null }).toEqual({ ...expected, case: null, sentences: null })
    expect(JSON.stringify(head).length).toBeLessThan(1000)
    const got: AnswerPart[] = []
    for (;;) {
      const part = (await ipcRenderer.invoke(ANSWER_PART_CHANNEL, answer.parted.id)) as Result<AnswerPart>
      if (!part.ok) break
      got.push(part.value)
      // Any other call is answered between two parts.
      expect(await ipcRenderer.invoke('listRecent')).toEqual(ok(undefined))
    }
    expect(got.map((part) => part.elements.length).every((n) => n > 0 && n <= ELEMENTS_PER_PART)).toBe(true)
    const list = (n: number) => got.filter((part) => part.list === n).flatMap((part) => part.elements)
    expect(list(0)).toEqual(expected.case.drafts[0].article.blocks)
    expect(list(1)).toEqual(expected.case.items)
    expect(list(2)).toEqual(expected.sentences)
    expect(got.length).toBe(2 + 6 + 4)
    expect(parts.held).toBe(0)
  })

  it('answers a short Result whole, and a part of an answer it does not hold as an error (data, not a throw)', async () => {
    expect(await ipcRenderer.invoke('openFile', { items: 3, others: 3 })).toEqual(ok(longAnswer(3, 3, 3)))
    expect(parts.held).toBe(0)
    for (const id of ['no-such-answer', 42, undefined])
      expect(codeOf(await ipcRenderer.invoke(ANSWER_PART_CHANNEL, id))).toBe('not-found')
    const answer = (await ipcRenderer.invoke('openFile', { items: 600 })) as PartedAnswer
    fake.frameUrl = 'https://evil.example/'
    expect(codeOf(await ipcRenderer.invoke(ANSWER_PART_CHANNEL, answer.parted.id))).toBe('forbidden')
    expect(parts.held).toBe(1)
  })

  it('forgets an answer whose parts nobody asks for (a window closed mid-way)', async () => {
    vi.useFakeTimers()
    try {
      const answer = (await ipcRenderer.invoke('openFile', { items: 600 })) as PartedAnswer
      expect(codeOf(await ipcRenderer.invoke(ANSWER_PART_CHANNEL, answer.parted.id))).toBe('ok')
      vi.advanceTimersByTime(61_000)
      expect(parts.held).toBe(0)
      expect(codeOf(await ipcRenderer.invoke(ANSWER_PART_CHANNEL, answer.parted.id))).toBe('not-found')
    } finally {
      vi.useRealTimers()
    }
  })
})
