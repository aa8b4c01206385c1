/**
 * Services the API delegates to that live in their own modules (the report exporter, the draft
 * revision importer). Both shells (Electron, browser mode) build the API with these, so wiring a
 * service here makes it available everywhere at once. What differs between the shells comes in as
 * options, like the API's dialogs: Electron prints PDFs with its own Chromium and asks where to save.
 */
import { UNNAMED_CHECKER } from '../../core/case/op-context'
import type { ApiDeps } from './api'
import { readCase } from './case-store'
import { defaultReportPath, exportReport, type PdfPrinter } from './export'
import { revise } from './revise'
import type { DraftEngine } from './draft-engine'
import { sessionOf } from './sessions'
import { loadSettings } from './settings'
import { validateCase } from './validation'
import type { CaseFile } from '../../shared/case'
import { fail, ok, type Result } from '../../shared/result'

function checkedCase(caseFile: CaseFile): Result<{ case: CaseFile }> {
  const valid = validateCase(caseFile)
  return valid.ok
    ? ok({ case: valid.value })
    : fail('invalid-input', `No report: the case is not valid (${valid.error.message}).`)
}

export interface AppServiceOptions {
  /** Prints report HTML to PDF; headless Chromium when absent (the CLI, browser mode). */
  printPdf?: PdfPrinter
  /**
   * A native save dialog opened on `suggested` (beside the case); answers the chosen path, or null when cancelled.
   * Absent in browser mode, where a saved report goes beside the case.
   */
  chooseReportPath?: (suggested: string) => Promise<string | null>
  /** Who imports and extracts a new draft: the shells' worker engine; in-process when absent. */
  engine?: DraftEngine
}

export function appServices(
  dataDir: string,
  options: AppServiceOptions = {}
): Pick<ApiDeps, 'renderReport' | 'revise'> {
  return {
    async renderReport(input) {
      // The case as the checker sees it when the UI sends it (edits not yet saved included), else the file on disk.
      const loaded = input.case ? checkedCase(input.case) : await readCase(input.casePath)
      if (!loaded.ok) return loaded
      const { paperSize } = await loadSettings(dataDir)
      // The preview asks for content; saving writes `<article>.report.<ext>` beside the case, or where the
      // checker chose in the save dialog (nothing at all when they cancel it).
      const beside = defaultReportPath(input.casePath, input.format)
      const out = !input.save ? null : options.chooseReportPath ? await options.chooseReportPath(beside) : beside
      if (input.save && out === null) return ok({ content: null, path: null })
      return exportReport(
        {
          case: loaded.value.case,
          casePath: input.casePath,
          format: input.format,
          out,
          paperSize,
          appendix: input.appendix === true,
          now: new Date()
        },
        { printer: options.printPdf }
      )
    },

    async revise(input) {
      const { checkerName } = await loadSettings(dataDir)
      const result = await revise({ ...input, checker: checkerName || UNNAMED_CHECKER, engine: options.engine })
      if (!result.ok) return result
      // A dry run wrote nothing: the session keeps the fingerprint of the file still on disk.
      const fingerprint = result.value.fingerprint ?? result.value.diskFingerprint
      // No twins handed over: the workspace links them when a case opens, and a revised draft's on its next open.
      const session = sessionOf(input.casePath, result.value.case, result.value.extraction, fingerprint, [])
      return ok({ session, summary: result.value.report.summary })
    }
  }
}
