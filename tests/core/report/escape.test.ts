import { describe, expect, test } from 'vitest'
import fc from 'fast-check'
import {
  escapeHtml,
  formatTime,
  revealControls,
  safeCssColor,
  safeHttpUrl,
  safeToken
} from '../../../src/core/report/escape'

describe('escapeHtml', () => {
  test('escapes every character that can open markup or close an attribute', () => {
    expect(escapeHtml(`<a href="x" onclick='y'>&\`</a>`)).toBe(
      '&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;&#96;&lt;/a&gt;'
    )
    expect(escapeHtml(null)).toBe('')
    expect(escapeHtml(42)).toBe('42')
  })

  test('any string comes out without < > " \' ` or a bare &', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 100 }), (text) => {
        const out = escapeHtml(text)
        expect(out).not.toMatch(/[<>"'`\u202a-\u202e\u2066-\u2069]/)
        expect(out.replace(/&(amp|lt|gt|quot|#39|#96);/g, '')).not.toContain('&')
      }),
      { numRuns: 500 }
    )
  })
})

describe('revealControls', () => {
  test('shows direction overrides as visible tags and drops other controls', () => {
    expect(revealControls('invoice\u202Egpj.exe')).toBe('invoice⟦U+202E⟧gpj.exe')
    expect(revealControls('a\u2066b\u2069c')).toBe('a⟦U+2066⟧b⟦U+2069⟧c')
    expect(revealControls('tab\there\nline\u0000\u0007\u009b')).toBe('tab\there\nline')
  })
})

describe('safeHttpUrl', () => {
  test.each([
    ['https://example.org/a?b=c#d', 'https://example.org/a?b=c#d'],
    ['HTTP://EXAMPLE.ORG', 'http://example.org/'],
    ['  https://example.org/x  ', 'https://example.org/x'],
    ['javascript:alert(1)', null],
    ['JaVaScRiPt:alert(1)', null],
    ['data:text/html,<script>', null],
    ['//evil.example/x', null],
    ['/relative/path', null],
    ['https://ok.example/path" onmouseover="alert(1)', null],
    ['https://ok.example/\u202Eevil', null],
    ['https:///no-host', null],
    ['', null],
    ['ftp://example.org/file', null]
  ])('%j → %j', (input, expected) => {
    expect(safeHttpUrl(input)).toBe(expected)
  })

  test('whatever it accepts is http(s) with no space, double quote or angle bracket', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.webUrl(),
          fc.string({ maxLength: 60 }),
          fc.string().map((s) => `https://a.example/${s}`)
        ),
        (input) => {
          const out = safeHttpUrl(input)
          if (out !== null) expect(out).toMatch(/^https?:\/\/[^\s"<>]+$/)
        }
      ),
      { numRuns: 500 }
    )
  })
})

describe('safeCssColor and safeToken', () => {
  test.each([
    ['#1E8E3E', '#1e8e3e'],
    ['#abc', '#abc'],
    ['rebeccapurple', 'rebeccapurple'],
    ['red;background:url(https://evil.example/)', '#9aa0a6'],
    ['expression(alert(1))', '#9aa0a6'],
    ['#12345', '#9aa0a6'],
    ['', '#9aa0a6']
  ])('colour %j → %j', (input, expected) => {
    expect(safeCssColor(input)).toBe(expected)
  })

  test('tokens keep only id-safe characters', () => {
    expect(safeToken('i2" onmouseover="x')).toBe('i2__onmouseover__x')
    expect(safeToken('')).toBe('_')
  })
})

describe('formatTime', () => {
  test.each([
    ['2024-05-14T09:30:00.000Z', '2024-05-14 09:30 UTC'],
    ['2024-05-14T11:30:00+02:00', '2024-05-14 09:30 UTC'],
    ['2024-05-14', '2024-05-14'],
    ['2022-08', '2022-08'],
    ['yesterday', 'yesterday']
  ])('%j → %j', (input, expected) => {
    expect(formatTime(input)).toBe(expected)
  })
})
