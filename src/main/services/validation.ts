/**
 * The case file's schema in zod, mirroring src/shared/case.ts field for field. Every case read
 * from disk and every case the UI asks to save goes through `validateCase`, so a damaged or
 * hand-edited file is reported (with the path of the first bad fields) instead of half-loaded.
 * The `z.ZodType<CaseFile>` annotation makes TypeScript check the mirror stays faithful.
 */
import { z } from 'zod'
import {
  BLOCK_KINDS,
  CLAIM_TYPES,
  type Article,
  type Claimant,
  type Fact,
  type Span,
  type Speaker
} from '../../shared/article'
import {
  SCHEMA_VERSION,
  type CaseChecklists,
  type CaseConflict,
  type CaseFile,
  type Item,
  type ReportHeader,
  type Source
} from '../../shared/case'
import { fail, ok, type Result } from '../../shared/result'

const offset = z.number().int().nonnegative()
const isoish = z.string()

const spanSchema: z.ZodType<Span> = z.object({ start: offset, end: offset, text: z.string() })

const blockSchema = z.object({
  kind: z.enum(BLOCK_KINDS),
  start: offset,
  end: offset,
  speaker: z.string().optional(),
  speakerName: z.string().optional(),
  role: z.enum(['participant', 'moderator', 'audience', 'system']).optional(),
  roleReason: z.string().optional(),
  time: z.object({ start: z.number().nonnegative(), end: z.number().nonnegative() }).optional(),
  captions: z.array(z.object({ at: offset, start: z.number().nonnegative(), end: z.number().nonnegative() })).optional()
})

export const articleSchema: z.ZodType<Article> = z.object({
  text: z.string(),
  title: z.string(),
  standfirst: z.string(),
  metadata: z.record(z.string(), z.string()),
  blocks: z.array(blockSchema)
})

const factSchema: z.ZodType<Fact> = z.object({
  kind: z.enum(['number', 'date', 'relative-date', 'person', 'place', 'organisation']),
  start: offset,
  end: offset,
  text: z.string(),
  value: z.string().nullable()
})

const speakerSchema: z.ZodType<Speaker> = z.object({
  name: z.string(),
  description: z.string().nullable(),
  anonymous: z.boolean()
})

const claimantSchema: z.ZodType<Claimant> = z.object({
  name: z.string(),
  mention: spanSchema,
  cue: spanSchema.nullable()
})

const claimTypeSchema = z.enum(CLAIM_TYPES)

const anchorSchema = z.object({ start: offset, end: offset, exact: z.string(), prefix: z.string(), suffix: z.string() })

const historySchema = z.object({
  at: isoish,
  by: z.string(),
  action: z.string(),
  from: z.string().optional(),
  to: z.string().optional(),
  draftId: z.string().optional(),
  detail: z.string().optional()
})

const noteSchema = z.object({
  id: z.string(),
  at: isoish,
  by: z.string(),
  text: z.string(),
  editedAt: isoish.optional(),
  editedBy: z.string().optional()
})

const querySchema = z.object({
  id: z.string(),
  at: isoish,
  by: z.string(),
  text: z.string(),
  resolvedAt: isoish.nullable(),
  resolvedBy: z.string().nullable(),
  answer: z.string().nullable()
})

export const itemSchema: z.ZodType<Item> = z.object({
  id: z.string().min(1),
  kind: z.enum(['claim', 'quote']),
  origin: z.enum(['engine', 'manual']),
  state: z.enum(['suggested', 'accepted', 'dismissed', 'removed']),
  anchor: anchorSchema,
  status: z.string().min(1),
  statusDraftId: z.string(),
  claimType: claimTypeSchema.nullable(),
  score: z.number().nullable(),
  reasons: z.array(z.string()),
  facts: z.array(factSchema),
  speaker: speakerSchema.nullable(),
  mention: spanSchema.nullable(),
  cue: spanSchema.nullable(),
  claimant: claimantSchema.nullable(),
  sourceIds: z.array(z.string()),
  verdictNote: z.string(),
  notes: z.array(noteSchema),
  queries: z.array(querySchema),
  correction: z.object({ replacement: z.string(), at: isoish, by: z.string() }).nullable(),
  checklist: z.record(z.string(), z.object({ done: z.boolean(), detail: z.string() })),
  twinOf: z.string().nullable(),
  dismissed: z.object({ by: z.string(), at: isoish }).nullable(),
  previousText: z.string().nullable(),
  history: z.array(historySchema),
  unsent: z.record(z.string().max(200), z.string().max(100_000)).optional()
})

const snapshotSchema = z.object({ path: z.string(), sha256: z.string(), at: isoish })

export const sourceSchema: z.ZodType<Source> = z.object({
  id: z.string().min(1),
  kind: z.enum(['web', 'document', 'person', 'dataset', 'other']),
  title: z.string(),
  url: z.string(),
  publisher: z.string(),
  publishedAt: z.string(),
  accessedAt: z.string(),
  archiveUrl: z.string(),
  passage: z.string(),
  filePath: z.string(),
  sha256: z.string(),
  person: z
    .object({
      name: z.string(),
      role: z.string(),
      contact: z.string(),
      reachedAt: z.string(),
      channel: z.string(),
      confirmed: z.string(),
      onRecord: z.boolean()
    })
    .nullable(),
  snapshot: snapshotSchema.nullable(),
  notes: z.string(),
  createdAt: isoish,
  createdBy: z.string()
})

const draftSchema = z.object({
  id: z.string().min(1),
  hash: z.string().regex(/^[0-9a-f]{64}$/, 'expected a SHA-256 in hex'),
  fileName: z.string(),
  importedAt: isoish,
  article: articleSchema
})

export const ratingRowSchema = z.object({ status: z.string(), ratingValue: z.number(), alternateName: z.string() })

export const statusSchema = z.object({
  id: z.string().min(1),
  label: z.string(),
  color: z.string(),
  description: z.string(),
  resolved: z.boolean(),
  system: z.boolean().optional()
})

const checklistStepSchema = z.object({
  // '' only in a list sent to be saved as a profile (a step added in Settings gets its key when it is taken in).
  key: z.string().max(100),
  label: z.string().max(1_000),
  hint: z.string().max(1_000)
})
const stepListSchema = z.array(checklistStepSchema).max(200)

export const checklistsSchema: z.ZodType<CaseChecklists> = z.object({
  quote: stepListSchema,
  claim: stepListSchema,
  quantity: stepListSchema.optional(),
  prediction: stepListSchema.optional(),
  'correlation/causation': stepListSchema.optional(),
  'laws/rules': stepListSchema.optional(),
  'personal experience': stepListSchema.optional(),
  other: stepListSchema.optional()
})

export const reportHeaderSchema: z.ZodType<ReportHeader> = z.object({
  newsroom: z.string().max(1_000),
  masthead: z.string().max(1_000),
  preparedFor: z.string().max(1_000),
  contact: z.string().max(1_000),
  logoText: z.string().max(1_000)
})

export const conflictSchema: z.ZodType<CaseConflict> = z.object({
  id: z.string().min(1),
  kind: z.enum(['field', 'deleted']),
  scope: z.enum(['item', 'source', 'case']),
  targetId: z.string(),
  field: z.string(),
  base: z.unknown().transform((value) => value ?? null),
  ours: z.unknown().transform((value) => value ?? null),
  theirs: z.unknown().transform((value) => value ?? null),
  oursBy: z.string(),
  theirsBy: z.string(),
  at: isoish
})

/** The case's top-level fields, each with its schema (a save's patch checks the fields it changes with these). */
export const caseFields = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  id: z.string().min(1),
  createdAt: isoish,
  updatedAt: isoish,
  articlePath: z.string(),
  articleDate: z.string().nullable(),
  drafts: z.array(draftSchema).min(1),
  currentDraftId: z.string(),
  items: z.array(itemSchema),
  sources: z.array(sourceSchema),
  statuses: z.array(statusSchema).min(1),
  ratingMap: z.array(ratingRowSchema),
  threshold: z.number(),
  conflicts: z.array(conflictSchema).optional(),
  checklists: checklistsSchema.optional(),
  reportHeader: reportHeaderSchema.optional()
})

export const caseFileSchema: z.ZodType<CaseFile> = caseFields.superRefine((data, ctx) => {
  // Cross-field rules a type cannot say: the current draft exists, ids are unique.
  if (!data.drafts.some((draft) => draft.id === data.currentDraftId)) {
    ctx.addIssue({ code: 'custom', path: ['currentDraftId'], message: `no draft has the id "${data.currentDraftId}"` })
  }
  const seen = new Set<string>()
  data.items.forEach((item, index) => {
    if (seen.has(item.id))
      ctx.addIssue({ code: 'custom', path: ['items', index, 'id'], message: `duplicate item id "${item.id}"` })
    seen.add(item.id)
  })
})

/** "items[3].anchor.start" from zod's ['items', 3, 'anchor', 'start']. */
export function formatIssuePath(path: readonly PropertyKey[]): string {
  let out = ''
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`
    else out += out ? `.${String(part)}` : String(part)
  }
  return out || '(top level)'
}

/** The first few problems in words, each led by its field path. */
export function describeIssues(error: z.ZodError, limit = 3): string {
  const parts = error.issues.slice(0, limit).map((issue) => `${formatIssuePath(issue.path)}: ${issue.message}`)
  const more = error.issues.length > limit ? ` (and ${error.issues.length - limit} more)` : ''
  return parts.join('; ') + more
}

export function validateCase(data: unknown): Result<CaseFile> {
  const parsed = caseFileSchema.safeParse(data)
  if (parsed.success) return ok(parsed.data)
  return fail('case-invalid', describeIssues(parsed.error))
}
