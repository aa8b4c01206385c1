import { describe, expect, it } from 'vitest'
import { senderCheckFor } from '../../../src/main/electron/sender-check'

describe('IPC sender check', () => {
  const built = senderCheckFor('app://factdesk/index.html')
  const dev = senderCheckFor('http://localhost:5173/')

  it.each([
    ['app://factdesk/index.html', true],
    ['app://factdesk/index.html#/case', true],
    ['app://factdesk/index.html?x=1', true],
    ['app://factdesk/other.html', false],
    ['app://evil/index.html', false],
    ['app://factdesk.evil/index.html', false],
    ['file:///opt/factdesk/out/renderer/index.html', false],
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
    ['app://factdesk/index.html', false]
  ])('dev server: %s → %s', (url, expected) => {
    expect(dev(url)).toBe(expected)
  })
})
