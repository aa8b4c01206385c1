/**
 * The newsroom profile, `<data folder>/profile.json`: the statuses and ClaimReview ratings a newsroom
 * settles once. Every new case starts from it; Settings pushes a case's statuses and ratings to it.
 * A profile that is missing, damaged or lacks the statuses Factdesk sets is ignored (new cases get the
 * defaults): like settings, the profile is a convenience, never a reason a case cannot be made.
 */
import { mkdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { Low } from 'lowdb'
import { z } from 'zod'
import type { NewsroomProfile } from '../../shared/contract'
import { DEFAULT_STATUSES, type CaseFile } from '../../shared/case'
import { fail, ok, type Result } from '../../shared/result'
import { KEPT_STATUSES, reviseStatuses } from '../../core/case/ops-status-list'
import { editRatingMap } from '../../core/case/ratings'
import { AtomicJsonFile } from './atomic-file'
import { ratingRowSchema, statusSchema } from './validation'

export const profileSchema = z.object({
  statuses: z.array(statusSchema).min(1).max(50),
  ratingMap: z.array(ratingRowSchema).max(50)
})

const storedSchema = profileSchema.extend({ savedAt: z.string() })

export function profilePath(dataDir: string): string {
  return join(dataDir, 'profile.json')
}

/**
 * The profile as a case would take it, or a sentence saying why it cannot be. The list is checked as
 * an edit of a case would be (labels, colours, ids); the statuses Factdesk sets keep their own flags.
 */
function checked(input: z.infer<typeof profileSchema>): Result<Pick<NewsroomProfile, 'statuses' | 'ratingMap'>> {
  const ids = new Set(input.statuses.map((s) => s.id))
  const missing = KEPT_STATUSES.find((id) => !ids.has(id))
  if (missing) return fail('invalid-input', `A profile needs the status "${missing}": Factdesk sets it.`)
  const statuses = input.statuses.map((s) => {
    const builtIn = DEFAULT_STATUSES.find((d) => d.id === s.id && KEPT_STATUSES.includes(d.id))
    return builtIn ? { ...s, resolved: builtIn.resolved, ...(builtIn.system ? { system: true } : {}) } : s
  })
  const shell = { statuses, items: [], ratingMap: [], currentDraftId: '' } as unknown as CaseFile
  const revised = reviseStatuses(shell, statuses, {}, NO_ONE)
  if (!revised.ok) return revised
  return ok({
    statuses: revised.value.statuses,
    ratingMap: editRatingMap(revised.value, input.ratingMap, NO_ONE).ratingMap
  })
}

/** Checking a profile changes no case: nobody and no time are recorded. */
const NO_ONE = { by: '', at: '' }

export async function loadProfile(dataDir: string): Promise<NewsroomProfile | null> {
  let raw: unknown
  try {
    raw = JSON.parse(await readFile(profilePath(dataDir), 'utf8'))
  } catch {
    return null // none yet, or unreadable: new cases get the defaults
  }
  const parsed = storedSchema.safeParse(raw)
  if (!parsed.success) return null
  const good = checked(parsed.data)
  return good.ok ? { ...good.value, savedAt: parsed.data.savedAt } : null
}

export async function saveProfile(dataDir: string, input: unknown, now: Date): Promise<Result<NewsroomProfile>> {
  const parsed = profileSchema.safeParse(input)
  if (!parsed.success) return fail('invalid-input', 'The profile was not saved: its statuses or ratings are not valid.')
  const good = checked(parsed.data)
  if (!good.ok) return good
  const profile: NewsroomProfile = { ...good.value, savedAt: now.toISOString() }
  try {
    await mkdir(dataDir, { recursive: true })
    await new Low<NewsroomProfile>(new AtomicJsonFile<NewsroomProfile>(profilePath(dataDir)), profile).write()
  } catch (error) {
    return fail('write-failed', `Could not save the newsroom profile in ${dataDir}: ${(error as Error).message}.`)
  }
  return ok(profile)
}

/** A new case with the profile's statuses and ratings (copies: a case never shares objects with the profile). */
export function withProfile(c: CaseFile, profile: NewsroomProfile | null): CaseFile {
  if (!profile) return c
  return {
    ...c,
    statuses: profile.statuses.map((s) => ({ ...s })),
    ratingMap: profile.ratingMap.map((r) => ({ ...r }))
  }
}
