// @vitest-environment happy-dom
/**
 * The backups the start screen offers for a damaged case. Every save keeps one, so a checker rating items makes
 * several a minute; listed to the minute they all read alike ("Dec 6, 2026, 07:06 AM" four times), and which one to
 * restore could not be told. They are listed to the second when the minute does not tell them apart.
 */
import { createElement } from 'react'
import { describe, expect, it } from 'vitest'
import { BrokenCaseScreen } from '../../../src/renderer/src/components/BrokenCaseScreen'
import { apiFromCaller } from '../../../src/shared/contract'
import { fail } from '../../../src/shared/result'
import { testRoot } from '../test-root'

const root = testRoot()
const api = apiFromCaller(async (method) => fail('unsupported', `${method} is not part of this test`))

async function listed(savedAts: string[]): Promise<string[]> {
  const backups = savedAts.map((savedAt, index) => ({ path: `/desk/fees.txt.factdesk.backups/${index}.json`, savedAt }))
  const broken = { casePath: '/desk/fees.txt.factdesk.json', problem: 'It is not valid JSON.', backups }
  await root.render(
    createElement(BrokenCaseScreen, { api, broken, onSession: () => undefined, onOpenOther: () => undefined })
  )
  return [...root.host.querySelectorAll('.backups li > span')].map((span) => span.textContent ?? '')
}

describe('the backups of a damaged case', () => {
  it('saved in the same minute: each reads differently, newest first', async () => {
    const labels = await listed(['2024-03-14T09:30:05.120Z', '2024-03-14T09:30:41.007Z', '2024-03-14T09:30:22.500Z'])
    expect(labels).toHaveLength(3)
    expect(new Set(labels).size).toBe(3)
    expect(labels[0]).toContain(':41')
    expect(labels[0]).toContain('newest')
    expect(labels[1]).toContain(':22')
    expect(labels[2]).toContain(':05')
  })

  it('minutes apart: to the minute, as every other time on screen', async () => {
    const labels = await listed(['2024-03-14T09:30:05.120Z', '2024-03-14T11:45:41.007Z'])
    expect(new Set(labels).size).toBe(2)
    expect(labels.join(' ')).not.toMatch(/:41|:05\b/)
  })
})
