/**
 * The newsroom profile, `<data folder>/profile.json`: the statuses, ClaimReview ratings, checklists and report
 * header a newsroom settles once. Every new case starts from it (app, browser mode and CLI alike); Settings pushes
 * a case's settings to it. Like settings, the profile is a convenience, never a reason a case cannot be made: a
 * part that is missing takes the built-in value, a part that is damaged too, with a sentence saying so. Nothing
 * in the file is lost: a profile that cannot be read is set aside, never overwritten, before a new one is saved,
 * and fields a newer Factdesk wrote are kept.
 */
import { copyFile, mkdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { Low } from 'lowdb'
import { z } from 'zod'
import type { NewsroomProfile } from '../../shared/contract'
import { DEFAULT_RATING_MAP, DEFAULT_STATUSES, type CaseFile } from '../../shared/case'
import { fail, ok, type Result } from '../../shared/result'
import {
  DEFAULT_CHECKLISTS,
  DEFAULT_REPORT_HEADER,
  normaliseChecklists,
  normaliseReportHeader
} from '../../core/case/case-settings'
import type { CaseSettings } from '../../core/case/create-case'
import { KEPT_STATUSES, reviseStatuses } from '../../core/case/ops-status-list'
import { editRatingMap } from '../../core/case/ratings'
import { AtomicJsonFile } from './atomic-file'
import { checklistsSchema, describeIssues, ratingRowSchema, reportHeaderSchema, statusSchema } from './validation'

const PART_SCHEMAS = {
  statuses: z.array(statusSchema).min(1).max(50),
  ratingMap: z.array(ratingRowSchema).max(50),
  checklists: checklistsSchema,
  reportHeader: reportHeaderSchema
}

/** What Settings sends: statuses and ratings, and (since checklists and headers are per case) those too. */
export const profileSchema = z.object({
  statuses: PART_SCHEMAS.statuses,
  ratingMap: PART_SCHEMAS.ratingMap,
  checklists: PART_SCHEMAS.checklists.optional(),
  reportHeader: PART_SCHEMAS.reportHeader.optional()
})

type PartName = keyof typeof PART_SCHEMAS
const PARTS = Object.keys(PART_SCHEMAS) as PartName[]
const PART_WORDS: Record<PartName, string> = {
  statuses: 'statuses',
  ratingMap: 'ratings',
  checklists: 'checklists',
  reportHeader: 'report header'
}

export function profilePath(dataDir: string): string {
  return join(dataDir, 'profile.json')
}

/** Checking a profile changes no case: nobody and no time are recorded. */
const NO_ONE = { by: '', at: '' }

/**
 * Statuses and ratings as a case would take them, or a sentence saying why they cannot be. The list is checked as
 * an edit of a case would be (labels, colours, ids); the statuses Factdesk sets keep their own flags.
 */
function checkedStatuses(
  input: Pick<CaseSettings, 'statuses' | 'ratingMap'>
): Result<Pick<CaseSettings, 'statuses' | 'ratingMap'>> {
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

/** Every part of a profile checked; a part left out keeps `fallback`'s. */
function checkedProfile(input: z.infer<typeof profileSchema>, fallback: CaseSettings): Result<CaseSettings> {
  const statuses = checkedStatuses(input)
  if (!statuses.ok) return statuses
  const checklists = normaliseChecklists(input.checklists ?? fallback.checklists)
  if (!checklists.ok) return checklists
  const reportHeader = normaliseReportHeader(input.reportHeader ?? fallback.reportHeader)
  if (!reportHeader.ok) return reportHeader
  return ok({ ...statuses.value, checklists: checklists.value, reportHeader: reportHeader.value })
}

const BUILT_IN: CaseSettings = {
  statuses: DEFAULT_STATUSES,
  ratingMap: DEFAULT_RATING_MAP,
  checklists: DEFAULT_CHECKLISTS,
  reportHeader: DEFAULT_REPORT_HEADER
}

/** What reading profile.json gave: the profile (null when there is none to use) and what was wrong with it. */
export interface ProfileReading {
  profile: NewsroomProfile | null
  /** A sentence for the checker when the file exists but all or part of it could not be used; null otherwise. */
  problem: string | null
  /** The file as read, when it was a JSON object (its unknown fields are kept on the next save). */
  raw: Record<string, unknown> | null
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Reads profile.json part by part: each good part is used, each bad one replaced by the built-in value. */
export async function readProfile(dataDir: string): Promise<ProfileReading> {
  const path = profilePath(dataDir)
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT') return { profile: null, problem: null, raw: null }
    return {
      profile: null,
      problem: `${unusable(path)} could not be read (${code ?? 'error'}). ${BUILT_IN_USED}`,
      raw: null
    }
  }
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch {
    return { profile: null, problem: `${unusable(path)} is not valid JSON. ${BUILT_IN_USED}`, raw: null }
  }
  if (!isObject(raw) || !PARTS.some((part) => Object.hasOwn(raw as object, part)))
    return {
      profile: null,
      problem: `${unusable(path)} is not a Factdesk newsroom profile. ${BUILT_IN_USED}`,
      raw: null
    }
  const good: Partial<CaseSettings> = {}
  const bad: string[] = []
  for (const part of PARTS) {
    if (!Object.hasOwn(raw, part)) continue
    const parsed = PART_SCHEMAS[part].safeParse(raw[part])
    if (parsed.success) Object.assign(good, { [part]: parsed.data })
    else bad.push(`its ${PART_WORDS[part]} (${describeIssues(parsed.error, 1)})`)
  }
  const checked = checkParts(good, bad)
  const savedAt = typeof raw.savedAt === 'string' ? raw.savedAt : ''
  const problem =
    bad.length > 0
      ? `The newsroom profile ${path} has parts Factdesk cannot use: ${bad.join('; ')}. New cases take the built-in ${bad.length === 1 ? 'value' : 'values'} instead; the file was not changed.`
      : null
  return { profile: { ...checked, savedAt }, problem, raw }
}

/** The good parts checked as a whole; a part that fails its checks joins `bad` and takes the built-in value. */
function checkParts(good: Partial<CaseSettings>, bad: string[]): CaseSettings {
  let pair = checkedStatuses({
    statuses: good.statuses ?? DEFAULT_STATUSES,
    ratingMap: good.ratingMap ?? DEFAULT_RATING_MAP
  })
  if (!pair.ok) {
    bad.push(`its statuses (${pair.error.message})`)
    // The ratings still count for the built-in statuses they name.
    pair = checkedStatuses({ statuses: DEFAULT_STATUSES, ratingMap: good.ratingMap ?? DEFAULT_RATING_MAP })
  }
  const out: CaseSettings = { ...BUILT_IN, ...(pair.ok ? pair.value : {}) }
  if (good.checklists) {
    const lists = normaliseChecklists(good.checklists)
    if (lists.ok) out.checklists = lists.value
    else bad.push(`its checklists (${lists.error.message})`)
  }
  if (good.reportHeader) {
    const header = normaliseReportHeader(good.reportHeader)
    if (header.ok) out.reportHeader = header.value
    else bad.push(`its report header (${header.error.message})`)
  }
  return out
}

const BUILT_IN_USED = 'New cases start with the built-in settings; the file was not changed.'

function unusable(path: string): string {
  return `The newsroom profile ${path}`
}

/** The profile new cases start from, or null when there is none (or nothing of it can be used). */
export async function loadProfile(dataDir: string): Promise<NewsroomProfile | null> {
  return (await readProfile(dataDir)).profile
}

/** "2026-03-06T10-00-00Z": a time that can sit in a file name on every system. */
function fileStamp(now: Date): string {
  return now
    .toISOString()
    .replace(/\.\d+Z$/, 'Z')
    .replace(/:/g, '-')
}

/**
 * Make `input` the newsroom profile. A part left out keeps what the profile had. A file that could not all be
 * read is copied aside first (`profile (set aside <time>).json`, said in `notice`), so nothing in it is lost.
 */
export async function saveProfile(dataDir: string, input: unknown, now: Date): Promise<Result<NewsroomProfile>> {
  const parsed = profileSchema.safeParse(input)
  if (!parsed.success) return fail('invalid-input', `The profile was not saved: ${describeIssues(parsed.error, 1)}.`)
  const current = await readProfile(dataDir)
  const good = checkedProfile(parsed.data, current.profile ?? BUILT_IN)
  if (!good.ok) return fail(good.error.code, `The profile was not saved: ${good.error.message}`)
  const savedAt = now.toISOString()
  let notice: string | undefined
  try {
    await mkdir(dataDir, { recursive: true })
    if (current.problem) {
      const aside = join(dataDir, `profile (set aside ${fileStamp(now)}).json`)
      await copyFile(profilePath(dataDir), aside)
      notice = `The old profile could not all be read; it was kept as ${aside}.`
    }
    // Fields a newer Factdesk wrote stay in the file: this version only replaces the parts it knows.
    const stored = { ...(current.problem ? {} : (current.raw ?? {})), ...good.value, savedAt }
    await new Low<Record<string, unknown>>(new AtomicJsonFile(profilePath(dataDir)), stored).write()
  } catch (error) {
    return fail('write-failed', `Could not save the newsroom profile in ${dataDir}: ${(error as Error).message}.`)
  }
  return ok({ ...good.value, savedAt, ...(notice ? { notice } : {}) })
}

/** The settings a new case takes from the profile (its own copies; none when there is no profile). */
export function profileSettings(profile: NewsroomProfile | null): Partial<CaseSettings> {
  if (!profile) return {}
  const { statuses, ratingMap, checklists, reportHeader } = profile
  return structuredClone({ statuses, ratingMap, checklists, reportHeader })
}
