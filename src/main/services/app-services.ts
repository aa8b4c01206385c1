/**
 * Services the API delegates to that live in their own modules (the report exporter, the draft
 * revision importer). Both shells (Electron, browser mode) build the API with these, so wiring a
 * service here makes it available everywhere at once.
 */
import { readFile } from 'node:fs/promises'
import { ok } from '../../shared/result'
import { UNNAMED_CHECKER } from '../../core/case/op-context'
import type { ApiDeps } from './api'
import { readCase, revisionOf } from './case-store'
import { defaultReportPath, exportReport } from './export'
import { importDraftIntoCase } from './revise'
import { sessionFrom } from './sessions'
import { loadSettings } from './settings'


export function appServices(dataDir: string): Pick<ApiDeps, 'renderReport' | 'importDraft'> {
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
        now: new Date()
      })
    },

    async importDraft(input) {
      const { checkerName } = await loadSettings(dataDir)
      const result = await importDraftIntoCase({ ...input, checker: checkerName || UNNAMED_CHECKER })
      if (!result.ok) return result
      // A dry run wrote nothing: the session keeps the revision of the file still on disk.
      const revision = result.value.revision ?? revisionOf(await readFile(input.casePath))
      const session = sessionFrom(input.casePath, { case: result.value.case, revision })
      return ok({ session, summary: result.value.report.summary })
    }
  }
}
