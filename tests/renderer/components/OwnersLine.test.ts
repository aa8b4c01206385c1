/**
 * Who else has the case open, in the checker's words: another Factdesk by its host and checker, another tab or window
 * of this very Factdesk (browser mode's tabs share one process) as such.
 */
import { describe, expect, it } from 'vitest'
import { ownerWords } from '../../../src/renderer/src/components/OwnersLine'

const since = '2026-03-03T10:42:00.000Z'
const owner = { name: 'Ana', host: 'LAPTOP-3', pid: 41, since, heartbeat: since }

describe('ownerWords', () => {
  it('names another Factdesk by its computer and checker', () => {
    expect(ownerWords(owner)).toMatch(/^Open on LAPTOP-3 by Ana since /)
  })

  it('says another tab or window of this Factdesk as such, not as this computer by this checker', () => {
    expect(ownerWords({ ...owner, here: true })).toMatch(/^Open in another tab or window of this Factdesk since /)
  })
})
