/**
 * Browser mode serves every tab from one process, which has one owner file per case: two tabs on one case are two
 * windows of the same Factdesk. Each is told of the other (as a second Factdesk is by its owner file), neither loses
 * the other's edits, and one tab closing the case leaves it open for the other (its owner file, its article watch).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { FactdeskApi, Session } from '../../src/shared/contract'
import { createApiService } from '../../src/main/services/api'
import { OWNER_STALE_MS, ownerPathFor } from '../../src/main/services/case-owners'
import { holdSettings, loadSettings } from '../../src/main/services/settings'
import { tempDir } from '../helpers/temp-dir'
import { openedArticle, verified } from './opened-article'

const TWO_CLAIMS =
  'Harbour fees rise\n\nHarbour fees rose 12% last year, the port said.\n\nThe port handled 4.2 million tonnes in 2023.\n'
const TAB_A = 'tab-a-0123456789'
const TAB_B = 'tab-b-0123456789'

/** Two tabs with the case open: the first opened it at launch, the second opened the same case. */
async function twoTabs(now?: () => Date): Promise<{ api: FactdeskApi; a: Session; b: Session; article: string }> {
  const { api, session: a, article } = await openedArticle(TWO_CLAIMS, now)
  const opened = await api.openFile({ path: a.casePath })
  if (!opened.ok || !opened.value) throw new Error('the second tab could not open the case')
  return { api, a, b: opened.value, article }
}

async function ownersSeenBy(api: FactdeskApi, session: Session, viewer: string) {
  const polled = await api.pollCase({ casePath: session.casePath, fingerprint: session.fingerprint, viewer })
  if (!polled.ok) throw new Error(polled.error.message)
  return polled.value.owners
}

describe('two tabs on one case in browser mode', () => {
  it('each is told the case is open in the other, by its next poll', async () => {
    const { api, a, b } = await twoTabs()
    expect(await ownersSeenBy(api, a, TAB_A)).toEqual([])
    expect(await ownersSeenBy(api, b, TAB_B)).toMatchObject([{ here: true, pid: process.pid }])
    expect(await ownersSeenBy(api, a, TAB_A)).toMatchObject([{ here: true, pid: process.pid }])
    // A poll without a window's id (an older page) is told only of other Factdesks, as before.
    const plain = await api.pollCase({ casePath: a.casePath, fingerprint: a.fingerprint })
    expect(plain.ok && plain.value.owners).toEqual([])
  })

  it('a tab opening the case at start (getStartup with its id) is told of the other tabs at once, and they of it', async () => {
    const { api, a } = await twoTabs()
    await ownersSeenBy(api, a, TAB_A)
    // A third tab loads the page: the startup answer names tab A, as its first poll would 2 s later.
    const third = await api.getStartup({ viewer: TAB_B })
    if (!third.ok || !third.value.session) throw new Error('the third tab did not open the case')
    expect(third.value.session.casePath).toBe(a.casePath)
    expect(third.value.session.owners).toMatchObject([{ here: true, pid: process.pid }])
    expect(await ownersSeenBy(api, a, TAB_A)).toMatchObject([{ here: true, pid: process.pid }])
    // Without an id (an older page) it is told only of other Factdesks, as before.
    const plain = await api.getStartup()
    expect(plain.ok && plain.value.session?.owners).toEqual([])
  })

  it('a tab opening the case from the File menu (openFile with its id) is told of the other tabs at once, and they of it', async () => {
    const { api, a } = await twoTabs()
    await ownersSeenBy(api, a, TAB_A)
    // Tab B had another case on screen and picks this one (Open recent, Open…): the answer names tab A.
    const opened = await api.openFile({ path: a.casePath, viewer: TAB_B })
    if (!opened.ok) throw new Error(opened.error.message)
    expect(opened.value.owners).toMatchObject([{ here: true, pid: process.pid }])
    expect(await ownersSeenBy(api, a, TAB_A)).toMatchObject([{ here: true, pid: process.pid }])
    // Without an id (an older page) it is told only of other Factdesks, as before.
    const plain = await api.openFile({ path: a.casePath })
    expect(plain.ok && plain.value.owners).toEqual([])
  })

  it('a tab not heard from for longer than an owner’s heartbeat may be late is no longer named', async () => {
    let at = Date.parse('2026-03-03T10:00:00.000Z')
    const { api, a, b } = await twoTabs(() => new Date(at))
    await ownersSeenBy(api, b, TAB_B)
    at += OWNER_STALE_MS + 1
    expect(await ownersSeenBy(api, a, TAB_A)).toEqual([])
  })

  it('neither loses the other’s edits: both saves, made on the same version, are on disk', async () => {
    const { api, a, b } = await twoTabs()
    const first = await api.saveCase(verified(a, 0))
    const second = await api.saveCase(verified(b, 1))
    if (!first.ok || !second.ok) throw new Error('a save failed')
    expect(second.value.merged?.items.map((item) => item.status)).toEqual(['verified', 'verified'])
    const onDisk = JSON.parse(readFileSync(a.casePath, 'utf8'))
    expect(onDisk.items.map((item: { status: string }) => item.status)).toEqual(['verified', 'verified'])
  })

  it('one tab closing the case leaves it open for the other: owner file, saves and article watch go on', async () => {
    const { api, a, b, article } = await twoTabs()
    await ownersSeenBy(api, a, TAB_A)
    await ownersSeenBy(api, b, TAB_B)
    expect((await api.closeCase({ casePath: a.casePath, viewer: TAB_A })).ok).toBe(true)
    // Other Factdesks still see this one has it open.
    expect(existsSync(ownerPathFor(b.casePath))).toBe(true)
    writeFileSync(article, TWO_CLAIMS.replace('12%', '14%'))
    const polled = await api.pollCase({ casePath: b.casePath, fingerprint: b.fingerprint, viewer: TAB_B })
    expect(polled.ok && polled.value.draftOnDisk?.path).toBe(article)
    expect(polled.ok && polled.value.owners).toEqual([])
    const saved = await api.saveCase(verified(b, 1))
    expect(saved.ok ? 'saved' : saved.error.message).toBe('saved')
    // The last tab closes it: the owner file goes.
    await api.closeCase({ casePath: b.casePath, viewer: TAB_B })
    expect(existsSync(ownerPathFor(b.casePath))).toBe(false)
  })

  it('a reload’s beacon arriving after the new page opened the case closes nothing: it names the page it was for', async () => {
    const { api, session, article } = await openedArticle(TWO_CLAIMS)
    const [before, after] = ['page-before-reload', 'page-after-reload']
    await api.pollCase({ casePath: session.casePath, fingerprint: session.fingerprint, viewer: TAB_A, page: before })
    // The tab reloads: the new page (same window id) opens the case before the old page's pagehide beacon is in.
    const reloaded = await api.getStartup({ viewer: TAB_A, page: after })
    if (!reloaded.ok || !reloaded.value.session) throw new Error('the reloaded page did not open the case')
    expect((await api.closeCase({ casePath: session.casePath, viewer: TAB_A, page: before })).ok).toBe(true)
    // Still open in the new page: its owner file, and its article watch (an edit on disk is said at its next poll).
    expect(existsSync(ownerPathFor(session.casePath))).toBe(true)
    writeFileSync(article, TWO_CLAIMS.replace('12%', '14%'))
    const polled = await api.pollCase({
      casePath: session.casePath,
      fingerprint: session.fingerprint,
      viewer: TAB_A,
      page: after
    })
    expect(polled.ok && polled.value.draftOnDisk?.path).toBe(article)
    // The new page's own close does close it.
    await api.closeCase({ casePath: session.casePath, viewer: TAB_A, page: after })
    expect(existsSync(ownerPathFor(session.casePath))).toBe(false)
  })

  it('names the checker as last saved in the settings, without reading the settings file at each poll', async () => {
    const article = join(tempDir(), 'fees.txt')
    writeFileSync(article, TWO_CLAIMS)
    const dataDir = tempDir()
    let reads = 0
    const counted = (dir: string) => ((reads += 1), loadSettings(dir))
    const settings = holdSettings(dataDir, counted)
    const api = createApiService({ dataDir, resourcesDir: tempDir(), mode: 'browser', launchFile: article, settings })
    const startup = await api.getStartup()
    const opened = await api.openFile({ path: article })
    if (!startup.ok || !startup.value.session || !opened.ok || !opened.value) throw new Error('the tabs did not open')
    const [a, b] = [startup.value.session, opened.value]
    expect((await api.saveSettings({ checkerName: 'Ines Duarte', paperSize: 'A4' })).ok).toBe(true)
    await ownersSeenBy(api, b, TAB_B)
    const readsBefore = reads
    // The app reads its settings through `counted` (opening a case reads them).
    expect(readsBefore).toBeGreaterThan(0)
    for (let n = 0; n < 5; n += 1) expect(await ownersSeenBy(api, a, TAB_A)).toMatchObject([{ name: 'Ines Duarte' }])
    expect((await api.saveSettings({ checkerName: 'Ana Reyes', paperSize: 'A4' })).ok).toBe(true)
    expect(await ownersSeenBy(api, a, TAB_A)).toMatchObject([{ name: 'Ana Reyes' }])
    expect(reads).toBe(readsBefore)
  })
})
