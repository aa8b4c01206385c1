import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { APP_PAGE_URL, appResponse } from '../../../src/main/electron/app-protocol'
import { CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from '../../../src/main/services/csp'
import { tempDir } from '../../helpers/temp-dir'

vi.mock('electron', () => import('../../mocks/electron'))

describe('the app:// scheme', () => {
  let rendererDir: string
  let outside: string
  beforeAll(() => {
    const root = tempDir()
    rendererDir = join(root, 'renderer')
    mkdirSync(join(rendererDir, 'assets'), { recursive: true })
    writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Factdesk</title>')
    writeFileSync(join(rendererDir, 'assets', 'app.js'), 'console.log(1)')
    writeFileSync(join(rendererDir, '.env'), 'SECRET=1')
    outside = join(root, 'secret.txt')
    writeFileSync(outside, 'not part of the UI')
  })
  const get = (url: string, method = 'GET') => appResponse(rendererDir, { url, method })

  it('serves the built UI with every security header, the whole CSP among them', async () => {
    const page = await get(APP_PAGE_URL)
    expect(page.status).toBe(200)
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY)
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(page.headers.get(name)).toBe(value)
    expect(await page.text()).toContain('<title>Factdesk</title>')
    const script = await get('app://factdesk/assets/app.js')
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8')
    expect((await get(APP_PAGE_URL, 'HEAD')).status).toBe(200)
  })

  it.each([
    'app://factdesk/../secret.txt',
    'app://factdesk/%2e%2e/secret.txt',
    'app://factdesk/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
    'app://factdesk/..%5csecret.txt',
    'app://factdesk/.env',
    'app://factdesk/assets/missing.js',
    'app://factdesk/assets/',
    'app://other-host/index.html',
    'app://factdesk/index.html%00.js',
    `app://factdesk/${'x'.repeat(300)}`,
    'file:///etc/passwd',
    'not a url'
  ])('answers 404 to %s, with the security headers still on', async (url) => {
    const response = await get(url)
    expect(response.status).toBe(404)
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY)
    expect(await response.text()).not.toContain('not part of the UI')
  })

  it('serves nothing but GET and HEAD', async () => {
    expect((await get(APP_PAGE_URL, 'POST')).status).toBe(405)
  })
})
