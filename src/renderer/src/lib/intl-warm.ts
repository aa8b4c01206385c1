/**
 * A worker's whole work: format one date of each kind the page shows, then end. The first date formatter a page
 * makes loads the locale's calendar and time-zone data into ICU, 40–360 ms measured in Chromium at load 6–11;
 * ICU keeps that data for the whole renderer process, threads included, so made here it is ready for the page's
 * own formatters (about 1 ms each after it) while the page's thread compiles and renders the workspace.
 */
import { formatCalendarDate, formatDateTime } from './format'

formatDateTime(new Date().toISOString())
formatCalendarDate('2024-03-05')
formatCalendarDate('2024-03')
close()
