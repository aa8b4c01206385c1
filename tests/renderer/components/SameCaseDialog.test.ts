// @vitest-environment happy-dom
/**
 * A case file picked in browser mode that Factdesk already keeps, with other work in it: the server says what differs
 * and the window asks which copy to work in, instead of quietly opening one more copy. The real App against a
 * stand-in API.
 */
import { act, createElement } from 'react'
import { describe, expect, it } from 'vitest'
import { App } from '../../../src/renderer/src/App'
import { apiFromCaller, DEFAULT_SETTINGS, type ApiMethod } from '../../../src/shared/contract'
import { fail, ok } from '../../../src/shared/result'
import { articleOf, caseFile, p, title } from '../../helpers/builders'
import { testRoot, wait } from '../test-root'

const DIFFERS =
  'fees.txt.factdesk.json is a case Factdesk already keeps, at /data/cases/fees.txt.factdesk.json (saved 2026-03-03 ' +
  '10:00), and the two differ: the file you picked (saved 2026-03-02 09:00) has 1 item checked differently. Open the ' +
  'copy Factdesk keeps, or keep the file you picked as a second copy beside it?'

function standIn() {
  const calls: { method: ApiMethod; input: unknown }[] = []
  const article = articleOf(title('Harbour fees'), p('The harbour fees rose by 12% in March.'))
  const session = (casePath: string) => ({
    casePath,
    case: caseFile(article),
    sentences: [],
    inconsistencies: [],
    twins: [],
    fingerprint: 'f1'
  })
  const api = apiFromCaller(async (method, input) => {
    calls.push({ method, input })
    if (method === 'getStartup')
      return ok({ session: null, broken: null, recent: [], settings: DEFAULT_SETTINGS, mode: 'browser' })
    if (method === 'listRecent') return ok([])
    if (method === 'openFile') {
      const choice = (input as { sameCase?: string }).sameCase
      if (!choice) return fail('case-in-library', DIFFERS)
      return ok(
        session(choice === 'library' ? '/data/cases/fees.txt.factdesk.json' : '/data/cases/fees.txt-2.factdesk.json')
      )
    }
    if (method === 'pollCase') return ok({ fingerprint: 'f1', case: null, owners: [] })
    return fail('unsupported', `${method} is not part of this test`)
  })
  return { api, calls }
}

const root = testRoot()
const button = (name: string) => [...root.host.querySelectorAll('button')].find((b) => b.textContent === name)
const dialog = () => document.querySelector('dialog[open]')

async function until(check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 100 && !check(); i += 1) await wait(25)
  if (!check()) throw new Error(`never happened: ${what}`)
}

/** The checker picks the case file with Open… (browser mode's hidden file input). */
async function pickCaseFile(): Promise<void> {
  const input = root.host.parentElement?.querySelector('input[type="file"]') as HTMLInputElement
  const file = new File(['{"schemaVersion":2,"id":"c1"}'], 'fees.txt.factdesk.json', { type: 'application/json' })
  Object.defineProperty(input, 'files', { value: [file], configurable: true })
  await act(async () => input.dispatchEvent(new Event('change', { bubbles: true })))
}

const openFileCalls = (calls: { method: ApiMethod; input: unknown }[]) =>
  calls.filter((call) => call.method === 'openFile').map((call) => (call.input as { sameCase?: string }).sameCase)

describe('opening a case Factdesk already keeps, with other work in it', () => {
  for (const [label, choice] of [
    ['Open the copy Factdesk keeps', 'library'],
    ['Keep both: open the file as a second copy', 'separate']
  ] as const) {
    it(`says what differs and asks; “${label}” opens ${choice === 'library' ? 'the copy kept' : 'a second copy'}`, async () => {
      const { api, calls } = standIn()
      await root.render(createElement(App, { api }))
      await until(() => button('Open a draft…') !== undefined, 'the start screen')
      await pickCaseFile()
      await until(() => dialog() !== null, 'the question')
      expect(dialog()?.textContent).toContain('This case is already in Factdesk')
      expect(dialog()?.textContent).toContain(DIFFERS)
      // Nothing opened, nothing copied while the checker reads.
      expect(openFileCalls(calls)).toEqual([undefined])
      await act(async () => button(label)?.click())
      await until(() => openFileCalls(calls).length === 2, 'the file opened as chosen')
      expect(openFileCalls(calls)).toEqual([undefined, choice])
      await until(() => root.host.textContent?.includes('Harbour fees') === true, 'the case on screen')
      expect(dialog()).toBeNull()
      // Each open carries the window's id, as getStartup does, so the session names the other tabs from its first frame.
      const viewerOf = (call: { input: unknown }) => (call.input as { viewer?: string } | undefined)?.viewer
      const startupViewer = viewerOf(calls.find((call) => call.method === 'getStartup')!)
      expect(startupViewer).toMatch(/^[\da-f]{24}$/)
      expect(calls.filter((call) => call.method === 'openFile').map(viewerOf)).toEqual([startupViewer, startupViewer])
    })
  }
})
