import { describe, expect, it } from 'vitest'
import { migrateCase } from '../../../src/core/case/migrations'
import { SCHEMA_VERSION } from '../../../src/shared/case'
import { sahelCase } from './sahel-case'

/** A version-1 file as Factdesk wrote it before claimants: the same case without the field. */
function versionOneCase(): Record<string, unknown> {
  const c = JSON.parse(JSON.stringify(sahelCase())) as Record<string, unknown> & { items: Record<string, unknown>[] }
  for (const item of c.items) delete item.claimant
  return { ...c, schemaVersion: 1 }
}

describe('case migrations', () => {
  it('a version-1 case opens as the current version, every item with no claimant recorded', () => {
    const migrated = migrateCase(versionOneCase(), 'old.factdesk.json')
    if (!migrated.ok) throw new Error(migrated.error.message)
    const value = migrated.value as { schemaVersion: number; items: { claimant: unknown; id: string }[] }
    expect(value.schemaVersion).toBe(SCHEMA_VERSION)
    expect(value.items.length).toBeGreaterThan(0)
    expect(value.items.every((item) => item.claimant === null)).toBe(true)
    expect(value.items.map((item) => item.id)).toEqual(sahelCase().items.map((item) => item.id))
  })

  it('leaves what it does not recognise for validation to report', () => {
    const migrated = migrateCase({ schemaVersion: 1, items: 'all of them' }, 'odd.json')
    expect(migrated.ok && (migrated.value as { items: unknown }).items).toBe('all of them')
  })

  it('refuses a newer version and a missing one with a clear message', () => {
    const newer = migrateCase({ schemaVersion: SCHEMA_VERSION + 1 }, 'future.json')
    expect(newer.ok ? '' : newer.error.code).toBe('case-newer')
    const none = migrateCase({}, 'nothing.json')
    expect(none.ok ? '' : none.error.message).toMatch(/schemaVersion is missing/)
  })

  it('person sources were never named in shared reports: a version-1 person is not on the record', () => {
    const person = {
      name: 'Mira Kovac',
      role: 'press officer',
      contact: 'private',
      reachedAt: '2024-05-01',
      channel: 'phone',
      confirmed: 'the figure'
    }
    const migrated = migrateCase(
      {
        schemaVersion: 1,
        items: [],
        sources: [
          { id: 's1', kind: 'person', person },
          { id: 's2', kind: 'web', person: null }
        ]
      },
      'old.json'
    )
    if (!migrated.ok) throw new Error(migrated.error.message)
    const value = migrated.value as { sources: Array<{ person: Record<string, unknown> | null }> }
    expect(value.sources[0].person).toEqual({ ...person, onRecord: false })
    expect(value.sources[1].person).toBeNull()
  })
})
