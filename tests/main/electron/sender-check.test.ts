import { describe, expect, it } from 'vitest'
import { senderCheckFor } from '../../src/main/electron/sender-check'

describe('IPC sender check', () => {
  const built = senderCheckFor('file:///opt/factdesk/out/renderer/index.html')
  const dev = senderCheckFor('http://localhost:5173/')

  it.each([
    ['file:///opt/factdesk/out/renderer/index.html', true],
    ['file:///opt/factdesk/out/renderer/index.html#/case', true],
    ['file:///opt/factdesk/out/renderer/other.html', false],
    ['file:///tmp/evil/index.html', false],
    ['https://evil.example/', false],
    ['about:blank', false],
    ['not a url', false],
    [undefined, false]
  ])('built app: %s → %s', (url, expected) => {
    expect(built(url)).toBe(expected)
  })

  it.each([
    ['http://localhost:5173/src/main.tsx', true],
    ['http://localhost:5174/', false],
    ['http://127.0.0.1:5173/', false],
    ['file:///opt/factdesk/out/renderer/index.html', false]
  ])('dev server: %s → %s', (url, expected) => {
    expect(dev(url)).toBe(expected)
  })
})
