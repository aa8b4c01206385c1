/**
 * The zod schema of every API method's input. The UI is trusted code, but in browser mode the
 * API is an HTTP endpoint and in both modes a compromised renderer must not be able to make the
 * Node side write outside a case's folders; so every input is checked before any service runs.
 */
import { isAbsolute } from 'node:path'
import { z } from 'zod'
import { REPORT_FORMATS, type ApiInput, type ApiMethod } from '../../shared/contract'
import type { CaseFile } from '../../shared/case'
import { MAX_PACKAGE_BYTES } from '../../core/import/errors'
import { CASE_SUFFIX } from './case-store'
import { casePatchSchema } from './patch-validation'
import { profileSchema } from './profile'
import { settingsSchema } from './settings'

/**
 * Uploads share the importers' limits: the largest file any draft may be is a Word package (MAX_PACKAGE_BYTES);
 * text drafts are held to MAX_IMPORT_BYTES by precheck, before any decoding. The base64 field may run one megabyte
 * past the package limit so that a file just over it reaches precheck and gets the same sentence as on disk
 * ("it is 50.4 MB, over the 50 MB limit for Word files") before any parsing; far larger bodies never get this far.
 */
export const MAX_UPLOAD_BYTES = MAX_PACKAGE_BYTES
export const MAX_BASE64_CHARS = Math.ceil((MAX_UPLOAD_BYTES + 1024 * 1024) / 3) * 4

/** Methods without input accept nothing, null or {} (what HTTP and IPC send) and see undefined. */
const noInput = z.union([z.undefined(), z.null(), z.object({}).strict()]).transform(() => undefined)

const filePath = z
  .string()
  .min(1)
  .max(4096)
  .refine((p) => !p.includes('\0'), 'must not contain NUL characters')

const casePath = filePath.refine(
  (p) => isAbsolute(p) && p.endsWith(CASE_SUFFIX),
  `must be the full path of a ${CASE_SUFFIX} case file`
)

/** A window's own id (case-owners.ts viewers): letters, digits and dashes. */
const viewerId = z
  .string()
  .regex(/^[\da-z-]{8,64}$/i)
  .optional()
/** The window's id and its page load's (contract.ts ViewerTag), alike in form. */
const viewerFields = { viewer: viewerId, page: viewerId }

const uploadName = z.string().min(1).max(255)
const uploadBytes = z
  .string()
  .max(MAX_BASE64_CHARS, `the file is larger than ${MAX_UPLOAD_BYTES / (1024 * 1024)} MB`)
  .regex(/^[A-Z0-9+/]*={0,2}$/i, 'is not base64')

/** An import's id, made by the UI (a random UUID or similar): short, plain characters. */
const jobId = z
  .string()
  .min(8)
  .max(64)
  .regex(/^[\w-]+$/, 'must be letters, digits, - and _')

export const fileInputSchema = z.union([
  z.object({ path: filePath }).strict(),
  z.object({ fileName: uploadName, base64: uploadBytes }).strict()
])

/** A whole case in an input: only its shape here; the service that uses it validates it in full (validateCase). */
const anyCase = z.custom<CaseFile>(
  (value) => typeof value === 'object' && value !== null && !Array.isArray(value),
  'expected an object'
)

/** One schema per method, each typed to parse into exactly the contract's input for that method. */
export const API_INPUTS: { [M in ApiMethod]: z.ZodType<ApiInput<M>> } = {
  getStartup: z.union([noInput, z.object({ ...viewerFields }).strict()]),
  // The file, and optionally the id that names its import for importStatus and cancelImport.
  openFile: z.union([
    z.object({ path: filePath, jobId: jobId.optional(), ...viewerFields }).strict(),
    z
      .object({
        fileName: uploadName,
        base64: uploadBytes,
        jobId: jobId.optional(),
        sameCase: z.enum(['library', 'separate']).optional(),
        ...viewerFields
      })
      .strict()
  ]),
  openDialog: z
    .union([z.undefined(), z.null(), z.object({ jobId: jobId.optional(), ...viewerFields }).strict()])
    .transform((input) => input ?? undefined),
  listRecent: noInput,
  forgetRecent: z.object({ casePath }).strict(),
  // A whole case is validated in full by writeCase (the one place every save goes through): checking it here too
  // cost a second walk over a megabyte-sized object on every key press. A patch is small: it is checked here, and
  // the case it makes is checked again where it is applied (case-saves.ts).
  saveCase: z
    .object({ casePath, fingerprint: z.string().max(128), case: anyCase.optional(), patch: casePatchSchema.optional() })
    .strict()
    .refine(
      (input) => (input.case === undefined) !== (input.patch === undefined),
      'give either the case or a patch, not both'
    ),
  pollCase: z.object({ casePath, fingerprint: z.string().max(128), ...viewerFields }).strict(),
  // The patch is checked where it is applied (case-put-back.ts), as a save's is.
  putBackCase: z
    .object({
      casePath,
      fingerprint: z.string().max(128),
      patch: casePatchSchema,
      replacing: z.string().max(128).optional()
    })
    .strict(),
  closeCase: z.object({ casePath, ...viewerFields }).strict(),
  saveCopy: z.object({ casePath, case: anyCase }).strict(),
  restoreBackup: z.object({ casePath, backupPath: filePath, ...viewerFields }).strict(),
  getSettings: noInput,
  saveSettings: settingsSchema.strict(),
  saveProfile: profileSchema.strict(),
  addEvidenceFile: z.object({ casePath, file: fileInputSchema }).strict(),
  snapshotUrl: z.object({ casePath, url: z.string().min(1).max(8192) }).strict(),
  openExternal: z.object({ url: z.string().min(1).max(8192) }).strict(),
  renderReport: z
    .object({
      casePath,
      format: z.enum(REPORT_FORMATS),
      save: z.boolean(),
      appendix: z.boolean().optional(),
      case: anyCase.optional()
    })
    .strict(),
  // The case on screen as a patch on the version on disk (what the app sends), or whole (older callers); the case it
  // makes is checked in full where it is revised (case-work.ts).
  revise: z
    .object({
      casePath,
      file: fileInputSchema,
      dryRun: z.boolean(),
      case: anyCase.optional(),
      base: z
        .object({ fingerprint: z.string().max(128), patch: casePatchSchema })
        .strict()
        .optional(),
      jobId: jobId.optional()
    })
    .strict()
    .refine((input) => !(input.case && input.base), 'give the case or its base and patch, not both'),
  importStatus: z.object({ jobId }).strict(),
  cancelImport: z.object({ jobId }).strict()
}
