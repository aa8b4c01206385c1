/**
 * The newsroom profile: saved through the API into the data folder, checked like a status edit, and
 * every case created afterwards starts with its statuses and ratings; a damaged profile is ignored.
 */
import { writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { DEFAULT_RATING_MAP, DEFAULT_STATUSES } from '../../src/shared/case'
import { callApi, createApiService } from '../../src/main/services/api'
import { loadProfile, profilePath } from '../../src/main/services/profile'
import { tempDir } from '../helpers/temp-dir'

const SAMPLE = join(__dirname, '..', '..', 'resources', 'sample-article.txt')
const LEGAL = {
  id: 'legal-review',
  label: 'Legal review',
  color: '#123456',
  description: 'With the lawyers.',
  resolved: false
}
const STATUSES = [...DEFAULT_STATUSES.filter((s) => s.id !== 'unverifiable'), LEGAL]
const RATINGS = [
  ...DEFAULT_RATING_MAP.filter((r) => r.status !== 'unverifiable'),
  { status: 'legal-review', ratingValue: 0, alternateName: 'Pending' }
]

function service(dataDir: string) {
  return createApiService({
    dataDir,
    resourcesDir: dirname(SAMPLE),
    mode: 'browser',
    now: () => new Date('2026-03-06T10:00:00Z')
  })
}

describe('the newsroom profile', () => {
  it('is saved in the data folder, and a case made afterwards starts with its statuses and ratings', async () => {
    const dataDir = tempDir()
    const api = service(dataDir)
    const saved = await api.saveProfile({ statuses: STATUSES, ratingMap: RATINGS })
    if (!saved.ok) throw new Error(saved.error.message)
    expect(saved.value.savedAt).toBe('2026-03-06T10:00:00.000Z')
    expect((await loadProfile(dataDir))?.statuses.map((s) => s.id)).toEqual(STATUSES.map((s) => s.id))
    const startup = await api.getStartup()
    if (!startup.ok || !startup.value.session) throw new Error('the sample did not open')
    const c = startup.value.session.case
    expect(c.statuses.map((s) => s.label)).toContain('Legal review')
    expect(c.statuses.map((s) => s.id)).not.toContain('unverifiable')
    expect(c.ratingMap).toContainEqual({ status: 'legal-review', ratingValue: 0, alternateName: 'Pending' })
  })

  it('refuses a profile without the statuses Factdesk sets, with duplicate labels, or with unknown fields', async () => {
    const api = service(tempDir())
    expect((await api.saveProfile({ statuses: STATUSES.filter((s) => s.id !== 'unchecked'), ratingMap: [] })).ok).toBe(
      false
    )
    const twice = STATUSES.map((s) => (s.id === 'legal-review' ? { ...s, label: 'Verified' } : s))
    expect((await api.saveProfile({ statuses: twice, ratingMap: [] })).ok).toBe(false)
    const extra = await callApi(api, 'saveProfile', { statuses: STATUSES, ratingMap: [], header: 'x' })
    expect(extra.ok).toBe(false)
  })

  it('keeps the flags of the statuses Factdesk sets and drops rating rows for statuses it lacks', async () => {
    const dataDir = tempDir()
    const api = service(dataDir)
    const flipped = STATUSES.map((s) => (s.id === 'needs-recheck' ? { ...s, resolved: true, system: false } : s))
    const saved = await api.saveProfile({
      statuses: flipped,
      ratingMap: [...RATINGS, { status: 'gone', ratingValue: 1, alternateName: 'X' }]
    })
    if (!saved.ok) throw new Error(saved.error.message)
    expect(saved.value.statuses.find((s) => s.id === 'needs-recheck')).toMatchObject({ resolved: false, system: true })
    expect(saved.value.ratingMap.map((r) => r.status)).not.toContain('gone')
  })

  it('a damaged profile is ignored: new cases get the defaults', async () => {
    const dataDir = tempDir()
    writeFileSync(profilePath(dataDir), '{"statuses": 3')
    expect(await loadProfile(dataDir)).toBeNull()
    const startup = await service(dataDir).getStartup()
    if (!startup.ok || !startup.value.session) throw new Error('the sample did not open')
    expect(startup.value.session.case.statuses.map((s) => s.id)).toEqual(DEFAULT_STATUSES.map((s) => s.id))
  })
})
