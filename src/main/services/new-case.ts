/**
 * A new case for an imported draft, made ready to write: built from the extraction, checked against the case schema,
 * and serialised to its file's bytes. For a draft at the size limit (28,000 items, a 46 MB file) that is about a
 * second and a half of CPU, so the import worker does it beside the extraction (draft-work.ts): the thread that
 * answers the window only writes the bytes, through the case store's locked atomic write (case-store.ts).
 */
import type { Extraction } from '../../shared/article'
import type { CaseFile } from '../../shared/case'
import { fail, ok, type Result } from '../../shared/result'
import { createCase, type CaseSettings } from '../../core/case/create-case'
import { ENGINE_NAME } from '../../core/case/op-context'
import { linkTwins } from '../../core/case/twins'
import { existingCasePath } from './case-paths'
import { caseBytesIndexed, type CaseBytesIndex } from './case-text'
import type { ImportedArticle } from './file-import'
import { validateCase } from './validation'

/** What a new case needs besides the draft: given by the thread that will write it. */
export interface NewCaseOrder {
  /** The app's data folder: an article with a case there (or beside it) is not given a second one. */
  dataDir: string
  /** The article's file, recorded in the case; null for an upload. */
  articlePath: string | null
  caseId: string
  /** When the case is created (createdAt, updatedAt, the items' first history entry). */
  now: string
  /** The newsroom profile's settings for new cases. */
  settings: Partial<CaseSettings>
}

/** A new case checked and serialised: `bytes` are exactly serialiseCaseBytes(case), `index` where its parts lie. */
export interface PreparedCase {
  case: CaseFile
  bytes: Uint8Array
  index: CaseBytesIndex
}

/** The case for `imported`, ready to write; null when the article already has a case (it is opened instead). */
export function prepareNewCase(
  imported: ImportedArticle,
  extraction: Extraction,
  order: NewCaseOrder,
  progress: (done: number) => void = () => undefined
): Result<PreparedCase | null> {
  if (existingCasePath(order.dataDir, imported, order.articlePath)) return ok(null)
  progress(0)
  const created = createCase({
    article: imported.article,
    extraction,
    hash: imported.hash,
    fileName: imported.fileName,
    articlePath: order.articlePath ?? '',
    now: order.now,
    caseId: order.caseId,
    settings: order.settings
  })
  // Twins linked as the case is made (what opening it linked, and saved, before): its first open has none to link.
  const built = linkTwins(created, { by: ENGINE_NAME, at: order.now })
  // Shares of the work, measured at 2 MB on a loaded machine: building 0.3–0.5 s, checking 0.6–0.8 s, serialising 1.3 s.
  progress(0.15)
  // The same check every save makes (case-store.ts writeCase): a case that does not validate is never written.
  const valid = validateCase(built)
  if (!valid.ok) return fail('internal', `The new case for ${imported.fileName} is not valid: ${valid.error.message}.`)
  progress(0.45)
  const { bytes, index } = caseBytesIndexed(valid.value)
  progress(1)
  return ok({ case: valid.value, bytes, index })
}
