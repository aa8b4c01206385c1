/**
 * The printed page around the HTML report, shared by both PDF printers (headless Chromium for the
 * CLI and browser mode, Electron's printToPDF in the desktop app), so a report looks the same
 * whichever printed it.
 */
import { escapeHtml } from '../escape'

/** Page margins in millimetres; the bottom one leaves room for the footer. */
export const PRINT_MARGINS_MM = { top: 16, bottom: 18, left: 14, right: 14 } as const

/** The footer's title when the caller gives none. */
export const DEFAULT_FOOTER_TITLE = 'Verification report'

/** Chromium's print footer: the report's title on the left, "Page X of Y" on the right. */
export function printFooterTemplate(title: string = DEFAULT_FOOTER_TITLE): string {
  const style = `font-size:8px;width:100%;margin:0 ${PRINT_MARGINS_MM.left}mm;display:flex;justify-content:space-between;color:#555;font-family:system-ui,sans-serif`
  return `<div style="${style}"><span>${escapeHtml(title)}</span><span>Page <span class="pageNumber"></span> of <span class="totalPages"></span></span></div>`
}
