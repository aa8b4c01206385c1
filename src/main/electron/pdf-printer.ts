/**
 * PDF reports in the desktop app: the report HTML printed by Electron's own Chromium
 * (webContents.printToPDF) in a hidden, sandboxed window with JavaScript off, so no separate
 * browser is needed. Given to the report service when the desktop app is wired (desktop-app.ts).
 */
import { BrowserWindow } from 'electron'
import { PRINT_MARGINS_MM, printFooterTemplate } from '../../core/report/html/print-page'
import type { PdfPrinter } from '../services/export'

/** printToPDF takes margins in inches; the millimetres are the exporter's headless-Chromium ones. */
const inches = (millimetres: number): number => millimetres / 25.4
const MARGINS = {
  top: inches(PRINT_MARGINS_MM.top),
  bottom: inches(PRINT_MARGINS_MM.bottom),
  left: inches(PRINT_MARGINS_MM.left),
  right: inches(PRINT_MARGINS_MM.right)
}

export const electronPdfPrinter: PdfPrinter = async (html, paperSize, footer) => {
  const window = new BrowserWindow({
    show: false,
    webPreferences: {
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      javascript: false,
      webSecurity: true,
      disableBlinkFeatures: 'Auxclick'
    }
  })
  try {
    // The report is self-contained (its own CSP forbids every load); a data: URL keeps it off disk.
    await window.loadURL(`data:text/html;charset=utf-8;base64,${Buffer.from(html, 'utf8').toString('base64')}`)
    const pdf = await window.webContents.printToPDF({
      pageSize: paperSize,
      printBackground: true,
      displayHeaderFooter: true,
      headerTemplate: '<div></div>',
      footerTemplate: printFooterTemplate(footer?.title),
      margins: MARGINS
    })
    return new Uint8Array(pdf)
  } finally {
    window.destroy()
  }
}
