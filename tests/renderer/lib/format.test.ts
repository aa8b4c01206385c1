/** Dates as a checker reads them, and which links may leave the app. */
import { describe, expect, it } from 'vitest'
import { formatCalendarDate, formatDateTime, isWebLink, todayIso } from '../../../src/renderer/src/lib/format'

describe('formatCalendarDate', () => {
  // The words follow the checker's locale; what matters is that the day, the month's name and the year are there.
  const monthName = (month: number): string =>
    new Date(Date.UTC(2000, month - 1, 1)).toLocaleDateString(undefined, { month: 'long', timeZone: 'UTC' })

  it.each([
    ['a day', '2024-03-05', ['5', '2024', monthName(3)]],
    ['a month', '2022-08', ['2022', monthName(8)]],
    ['the first of January', '2024-01-01', ['1', '2024', monthName(1)]]
  ])('%s reads as words', (_name, iso, parts) => {
    const text = formatCalendarDate(iso)
    expect(text).not.toBe(iso)
    for (const part of parts) expect(text).toContain(part)
  })

  it('keeps the first of January in January for a checker west of UTC', () => {
    const zone = process.env.TZ
    process.env.TZ = 'America/Los_Angeles'
    try {
      expect(formatCalendarDate('2024-01-01')).toContain('2024')
      expect(formatCalendarDate('2024-01-01')).toContain(monthName(1))
    } finally {
      if (zone === undefined) delete process.env.TZ
      else process.env.TZ = zone
    }
  })

  it.each([
    ['a year alone', '2013'],
    ['a range', '1914..1918'],
    ['free text', 'last spring'],
    ['a month without a year', '--08']
  ])('%s is shown as it is', (_name, value) => {
    expect(formatCalendarDate(value)).toBe(value)
  })
})

describe('formatDateTime', () => {
  it('shows a timestamp with its year, not as ISO', () => {
    const text = formatDateTime('2024-05-14T09:05:00.000Z')
    expect(text).toContain('2024')
    expect(text).not.toContain('T09')
  })

  it('shows a value that is not a date as it is', () => {
    expect(formatDateTime('not a date <b>')).toBe('not a date <b>')
  })
})

describe('todayIso', () => {
  it('is today in the checker’s own calendar, as yyyy-mm-dd', () => {
    const now = new Date()
    const expected = [now.getFullYear(), now.getMonth() + 1, now.getDate()]
      .map((n) => String(n).padStart(2, '0'))
      .join('-')
    expect(todayIso()).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    expect(todayIso()).toBe(expected)
  })
})

describe('isWebLink: only http(s) links are handed to the system browser', () => {
  it.each([
    ['https://www.riverton.example.gov/news', true],
    ['http://example.org', true],
    ['  HTTPS://EXAMPLE.ORG/PATH  ', true],
    ['javascript:alert(1)', false],
    ['file:///etc/passwd', false],
    ['data:text/html,<script>x</script>', false],
    ['//evil.example/protocol-relative', false],
    ['https://exa mple.org', false],
    ['', false]
  ])('%s → %s', (url, expected) => {
    expect(isWebLink(url)).toBe(expected)
  })
})
