/**
 * Checking a save's patch (src/shared/contract.ts CasePatch) before it touches the case held for it: each item and
 * source in it against the case schema, each field against its own schema, no id both changed and removed. What
 * only the whole case can say (the current draft exists, ids unique) is checked once the patch is applied
 * (`checkPatchedCase`), over the case's top level and the patch's own entries, not every item again.
 */
import { z } from 'zod'
import type { CasePatch } from '../../shared/contract'
import type { CaseFile } from '../../shared/case'
import { fail, ok, type Result } from '../../shared/result'
import {
  caseFields,
  checklistsSchema,
  conflictSchema,
  describeIssues,
  itemSchema,
  reportHeaderSchema,
  sourceSchema
} from './validation'

const shape = caseFields.shape

/** Answers are filed by step key: two steps of one list with the same key would share them. */
const editedChecklists = checklistsSchema.superRefine((lists, ctx) => {
  for (const [kind, steps] of Object.entries(lists as Record<string, { key: string; label: string }[] | undefined>)) {
    const keys = new Set<string>()
    steps?.forEach((step, index) => {
      if (!step.key) ctx.addIssue({ code: 'custom', path: [kind, index, 'key'], message: 'empty step key' })
      else if (keys.has(step.key))
        ctx.addIssue({ code: 'custom', path: [kind, index, 'key'], message: `step key "${step.key}" used twice` })
      if (!step.label.trim()) ctx.addIssue({ code: 'custom', path: [kind, index, 'label'], message: 'empty label' })
      keys.add(step.key)
    })
  }
})

const fieldsSchema = z
  .object({
    createdAt: shape.createdAt,
    articlePath: shape.articlePath,
    articleDate: shape.articleDate,
    drafts: shape.drafts,
    currentDraftId: shape.currentDraftId,
    statuses: shape.statuses,
    ratingMap: shape.ratingMap,
    threshold: shape.threshold,
    conflicts: z.array(conflictSchema).nullable(),
    // null: the case went back to having none (the built-in ones), as after undoing the first edit of an old case.
    checklists: editedChecklists.nullable(),
    reportHeader: reportHeaderSchema.nullable()
  })
  .partial()
  .strict()

const MAX_ENTRIES = 200_000

export const casePatchSchema: z.ZodType<CasePatch> = z
  .object({
    items: z.array(itemSchema).max(MAX_ENTRIES),
    removedItemIds: z.array(z.string()).max(MAX_ENTRIES),
    sources: z.array(sourceSchema).max(MAX_ENTRIES),
    removedSourceIds: z.array(z.string()).max(MAX_ENTRIES),
    fields: fieldsSchema as unknown as z.ZodType<CasePatch['fields']>,
    itemOrder: z.array(z.string()).max(MAX_ENTRIES).nullable()
  })
  .strict()
  .superRefine((patch, ctx) => {
    const removed = new Set(patch.removedItemIds)
    patch.items.forEach((item, index) => {
      if (removed.has(item.id))
        ctx.addIssue({
          code: 'custom',
          path: ['items', index, 'id'],
          message: `item "${item.id}" is both changed and removed`
        })
    })
  })

/** A patch from an untrusted caller, checked. */
export function validatePatch(patch: unknown): Result<CasePatch> {
  const parsed = casePatchSchema.safeParse(patch)
  return parsed.success
    ? ok(parsed.data)
    : fail('invalid-input', `Not saved: the change is not valid (${describeIssues(parsed.error)}).`)
}

/** The rules of a whole case that a patch can break, checked on the case it made. */
export function checkPatchedCase(caseFile: CaseFile): Result<CaseFile> {
  if (!caseFile.drafts.some((draft) => draft.id === caseFile.currentDraftId)) {
    return fail('invalid-input', `Not saved: no draft has the id "${caseFile.currentDraftId}".`)
  }
  const seen = new Set<string>()
  for (const item of caseFile.items) {
    if (seen.has(item.id)) return fail('invalid-input', `Not saved: two items have the id "${item.id}".`)
    seen.add(item.id)
  }
  return ok(caseFile)
}
