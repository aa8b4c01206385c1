/**
 * Case files carry `schemaVersion`. A file written by an older Factdesk is upgraded in memory,
 * one version at a time, before validation; it is written back in the new version only when the
 * checker next saves (so opening never rewrites a file by itself). A file from a NEWER Factdesk
 * is refused rather than guessed at: saving it would drop fields this version does not know.
 */
import { SCHEMA_VERSION } from '../../shared/case'
import { fail, ok, type Result } from '../../shared/result'

type Migration = (data: Record<string, unknown>) => Record<string, unknown>

/**
 * MIGRATIONS[n] turns a version-n file into a version-(n+1) file; docs/FORMAT.md lists each change.
 * A migration only adds what the older format could not say, with the value that means "nothing
 * recorded", and leaves anything it does not recognise for validation to report.
 */
const MIGRATIONS: Record<number, Migration> = {
  // 1 → 2: claims name who made them (`claimant`); a version-1 item has none recorded. Person
  // sources say whether they are on the record (`person.onRecord`); a version-1 person was never
  // named in shared reports, so false keeps that meaning.
  1: (data) => ({
    ...data,
    items: mapItems(data.items, (item) => ({ claimant: null, ...item })),
    sources: mapItems(data.sources, (source) =>
      isObject(source.person) ? { ...source, person: { onRecord: false, ...source.person } } : source
    )
  })
}

function mapItems(items: unknown, upgrade: (item: Record<string, unknown>) => Record<string, unknown>): unknown {
  if (!Array.isArray(items)) return items
  return items.map((item) => (isObject(item) ? upgrade(item) : item))
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

export function migrateCase(raw: unknown, fileLabel: string): Result<unknown> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return fail('case-invalid', `${fileLabel} is not a Factdesk case: its top level is not a JSON object.`)
  }
  let data = raw as Record<string, unknown>
  const version = data.schemaVersion
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return fail('case-invalid', `${fileLabel} is not a Factdesk case: schemaVersion is missing or not a whole number.`)
  }
  if (version > SCHEMA_VERSION) {
    return fail(
      'case-newer',
      `${fileLabel} was saved by a newer Factdesk (format ${version}; this one reads up to ${SCHEMA_VERSION}); update Factdesk to open it.`
    )
  }
  for (let from = version; from < SCHEMA_VERSION; from += 1) {
    const step = MIGRATIONS[from]
    if (!step) return fail('case-invalid', `${fileLabel} uses format ${from}, which this Factdesk cannot upgrade.`)
    data = { ...step(data), schemaVersion: from + 1 }
  }
  return ok(data)
}
