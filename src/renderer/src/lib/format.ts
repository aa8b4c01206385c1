/** Dates and times as a checker reads them, in their own locale. */

/**
 * One formatter for the page's life, made when a date is first shown (what toLocaleString with options does on
 * every call). The first one a page makes also loads the locale's calendar and time-zone data; main.tsx has a
 * worker load those (intl-warm.ts), so this one costs about a millisecond.
 */
let dateTimeFormat: Intl.DateTimeFormat | null = null

const DATE_TIME: Intl.DateTimeFormatOptions = {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit'
}

function dateTimeFormatter(): Intl.DateTimeFormat {
  dateTimeFormat ??= new Intl.DateTimeFormat(undefined, DATE_TIME)
  return dateTimeFormat
}

export function formatDateTime(iso: string): string {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  return dateTimeFormatter().format(date)
}

let secondsFormat: Intl.DateTimeFormat | null = null

/** As formatDateTime, to the second: for times that the minute alone does not tell apart (saves a minute apart). */
export function formatDateTimeSeconds(iso: string): string {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  secondsFormat ??= new Intl.DateTimeFormat(undefined, { ...DATE_TIME, second: '2-digit' })
  return secondsFormat.format(date)
}

/** "2024-03-05" → "5 March 2024"; "2022-08" → "August 2022"; anything else as it is. */
export function formatCalendarDate(value: string): string {
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
  if (day) {
    const date = new Date(Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3])))
    return date.toLocaleDateString(undefined, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })
  }
  const month = /^(\d{4})-(\d{2})$/.exec(value)
  if (month) {
    const date = new Date(Date.UTC(Number(month[1]), Number(month[2]) - 1, 1))
    return date.toLocaleDateString(undefined, { month: 'long', year: 'numeric', timeZone: 'UTC' })
  }
  return value
}

export function todayIso(): string {
  const now = new Date()
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}

/** Only http(s) links are ever handed to the system browser. */
export function isWebLink(url: string): boolean {
  return /^https?:\/\/\S+$/i.test(url.trim())
}
