/**
 * Services the API delegates to that live in their own modules (the report exporter, the draft
 * revision importer). Both shells (Electron, browser mode) build the API with these, so wiring a
 * service here makes it available everywhere at once.
 */
import { readFile } from 'node:fs/promises'
import { ok } from '../../shared/result'
import { UNNAMED_CHECKER } from '../../core/case/op-context'
import type { ApiDeps } from './api'
import { readCase, fingerprintOf } from './case-store'
import { defaultReportPath, exportReport } from './export'
import { revise } from './revise'
import { sessionFrom } from './sessions'
import { loadSettings } from './settings'


export function appServices(dataDir: string): Pick<ApiDeps, 'renderReport' | 'revise'> {
  return {
    async renderReport(input) {
      const loaded = await readCase(input.casePath)
      if (!loaded.ok) return loaded
      const { paperSize } = await loadSettings(dataDir)
      return exportReport({
        case: loaded.value.case,
        casePath: input.casePath,
        format: input.format,
        // The preview asks for content; saving writes `<article>.report.<ext>` beside the case.
        out: input.save ? defaultReportPath(input.casePath, input.format) : null,
        paperSize,
        appendix: input.appendix === true,
        now: new Date()
      })
    },

    async revise(input) {
      const { checkerName } = await loadSettings(dataDir)
      const result = await revise({ ...input, checker: checkerName || UNNAMED_CHECKER })
      if (!result.ok) return result
      // A dry run wrote nothing: the session keeps the fingerprint of the file still on disk.
      const fingerprint = result.value.fingerprint ?? fingerprintOf(await readFile(input.casePath))
      const session = sessionFrom(input.casePath, { case: result.value.case, fingerprint })
      return ok({ session, summary: result.value.report.summary })
    }
  }
}
