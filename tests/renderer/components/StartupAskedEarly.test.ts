// @vitest-environment happy-dom
/**
 * The page asks for what to show before its interface has loaded (main.tsx), and the interface shows that answer.
 * Asking a second time would be wrong, not just slow: the file named on the command line is the first answer's
 * alone, so a second answer shows the last case instead. The real App against a stand-in API.
 */
import { createElement } from 'react'
import { describe, expect, it } from 'vitest'
import { App } from '../../../src/renderer/src/App'
import { apiFromCaller, DEFAULT_SETTINGS, type ApiMethod, type Startup } from '../../../src/shared/contract'
import { fail, ok, type Result } from '../../../src/shared/result'
import { articleOf, caseFile, p, title } from '../../helpers/builders'
import { testRoot, wait } from '../test-root'

const article = articleOf(title('Night buses cut'), p('The council will run 14 night buses instead of 20.'))
const session = {
  casePath: '/desk/buses.txt.factdesk.json',
  case: caseFile(article),
  sentences: [],
  inconsistencies: [],
  twins: [],
  fingerprint: 'f1'
}
const startupWithCase: Startup = { session, broken: null, recent: [], settings: DEFAULT_SETTINGS, mode: 'browser' }

function standIn() {
  const calls: ApiMethod[] = []
  const api = apiFromCaller(async (method) => {
    calls.push(method)
    // What a second ask would answer: the start screen, no case.
    if (method === 'getStartup') return ok({ ...startupWithCase, session: null })
    if (method === 'listRecent') return ok([])
    if (method === 'pollCase') return ok({ fingerprint: 'f1', case: null, owners: [] })
    return fail('unsupported', `${method} is not part of this test`)
  })
  return { api, calls }
}

const root = testRoot()
const articleText = () => root.host.querySelector('[role="region"][aria-label="Article"]')?.textContent ?? ''

async function until(done: () => boolean): Promise<void> {
  for (let i = 0; i < 40 && !done(); i += 1) await wait(25)
}

describe('the startup state asked for before the interface loaded', () => {
  it('opens the case it names and does not ask again', async () => {
    const { api, calls } = standIn()
    let answer: (result: Result<Startup>) => void = () => undefined
    const early = new Promise<Result<Startup>>((resolve) => (answer = resolve))
    await root.render(createElement(App, { api, startup: early }))
    answer(ok(startupWithCase))
    await until(() => articleText().includes('14 night buses'))
    expect(articleText()).toContain('The council will run 14 night buses instead of 20.')
    expect(calls).not.toContain('getStartup')
  })

  it('says why the startup state could not be had, on the page', async () => {
    const { api, calls } = standIn()
    const early = Promise.resolve(fail('offline', 'The local server is not answering.'))
    await root.render(createElement(App, { api, startup: early }))
    await until(() => root.host.textContent?.includes('not answering') ?? false)
    expect(root.host.textContent).toContain('The local server is not answering.')
    expect(calls).not.toContain('getStartup')
  })

  it('is asked for by the interface itself when nothing asked earlier', async () => {
    const { api, calls } = standIn()
    await root.render(createElement(App, { api }))
    await until(() => calls.includes('getStartup'))
    expect(calls.filter((method) => method === 'getStartup')).toHaveLength(1)
  })
})
