/**
 * PDF reports in the desktop app: the report HTML printed by Electron's own Chromium
 * (webContents.printToPDF) in a hidden, sandboxed window with JavaScript off, so no separate
 * browser is needed. Installed into the exporter with setPdfPrinter at start.
 */
import { BrowserWindow } from 'electron'
import { escapeHtml } from '../../core/report/escape'
import type { PdfPrinter } from '../services/export'

/** 14 mm side margins match the exporter's headless-Chromium output. */
const MARGINS = { top: 0.6, bottom: 0.7, left: 0.55, right: 0.55 }

export const electronPdfPrinter: PdfPrinter = async (html, paperSize, footer) => {
  const window = new BrowserWindow({
    show: false,
    webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, javascript: false, webSecurity: true, disableBlinkFeatures: 'Auxclick' }
  })
  try {
    // The report is self-contained (its own CSP forbids every load); a data: URL keeps it off disk.
    await window.loadURL(`data:text/html;charset=utf-8;base64,${Buffer.from(html, 'utf8').toString('base64')}`)
    const title = escapeHtml(footer?.title ?? 'Verification report')
    const pdf = await window.webContents.printToPDF({
      pageSize: paperSize,
      printBackground: true,
      displayHeaderFooter: true,
      headerTemplate: '<div></div>',
      footerTemplate: `<div style="font-size:8px;width:100%;margin:0 14mm;display:flex;justify-content:space-between;color:#555;font-family:system-ui,sans-serif"><span>${title}</span><span>Page <span class="pageNumber"></span> of <span class="totalPages"></span></span></div>`,
      margins: MARGINS
    })
    return new Uint8Array(pdf)
  } finally {
    window.destroy()
  }
}
