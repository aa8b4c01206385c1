/**
 * Files changed by someone else while a case is open, told at the next poll (every 2 s, and when the window regains
 * focus) instead of at the next open or the next edit: the article the case was made from edited on disk
 * (draftOnDisk, which the checker may then import as the next draft), and the case file itself damaged, deleted or
 * replaced by another case (problem; and "Put my version back", which keeps whatever was there aside).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createApiService } from '../../src/main/services/api'
import { appServices } from '../../src/main/services/app-services'
import { backupsDirFor } from '../../src/main/services/case-backups'
import { pendingWrites, writeCase } from '../../src/main/services/case-store'
import { harbourCase } from './harbour-case'
import { DRAFT, openedArticle, poll, verified } from './opened-article'
import { tempDir } from '../helpers/temp-dir'

const EDITED = 'Harbour fees rise\n\nHarbour fees rose 14% last year, the port said on Monday.\n'

describe('the article edited on disk while its case is open', () => {
  it('is answered by the next poll with the hash of its new text, and may then be imported as the next draft', async () => {
    const { api, session, article } = await openedArticle()
    // As opened: its text is the case's draft, nothing for the window to offer.
    expect((await poll(api, session)).draftOnDisk?.hash).toBe(session.case.drafts[0].hash)
    writeFileSync(article, EDITED)
    const onDisk = (await poll(api, session)).draftOnDisk
    expect(onDisk).toMatchObject({ path: article, fileName: 'fees.txt' })
    expect(onDisk?.hash).toMatch(/^[0-9a-f]{64}$/)
    expect(session.case.drafts.map((d) => d.hash)).not.toContain(onDisk?.hash)
    // The same answer while the file stays as it is.
    expect((await poll(api, session)).draftOnDisk).toEqual(onDisk)
    // The revision flow may read it now: the poll named it to this window.
    const revised = await api.revise({ casePath: session.casePath, file: { path: article }, dryRun: true })
    expect(revised.ok ? revised.value.summary.changed : revised.error.message).toBe(1)
    // Put back as it was: its hash is the case's draft again (the window then has nothing to offer).
    writeFileSync(article, DRAFT)
    expect((await poll(api, session)).draftOnDisk?.hash).toBe(session.case.drafts[0].hash)
  })

  it('edited before its case was opened (the case file opened, not the article): the first poll has its new text', async () => {
    const { session, article } = await openedArticle()
    writeFileSync(article, EDITED)
    const dataDir = tempDir()
    const deps = { dataDir, resourcesDir: tempDir(), mode: 'browser' as const, launchFile: session.casePath }
    const api = createApiService({ ...deps, ...appServices(dataDir) })
    const startup = await api.getStartup()
    if (!startup.ok || !startup.value.session) throw new Error('the case did not open')
    const onDisk = (await poll(api, startup.value.session)).draftOnDisk
    expect(onDisk?.fileName).toBe('fees.txt')
    expect(session.case.drafts.map((d) => d.hash)).not.toContain(onDisk?.hash)
  })

  it('is still watched after the case is opened again and the window that had it closes (a reload)', async () => {
    const { api, session, article } = await openedArticle()
    const again = await api.openFile({ path: session.casePath })
    if (!again.ok) throw new Error(again.error.message)
    await api.closeCase({ casePath: session.casePath })
    writeFileSync(article, EDITED)
    const onDisk = (await poll(api, again.value)).draftOnDisk
    expect(onDisk?.fileName).toBe('fees.txt')
    expect(onDisk?.hash).not.toBe(session.case.drafts[0].hash)
    await api.closeCase({ casePath: session.casePath })
    expect((await poll(api, again.value)).draftOnDisk).toBeNull()
  })

  it('moved or deleted: the poll names it as gone (the case itself is fine), and not once it is back', async () => {
    const { api, session, article } = await openedArticle()
    expect((await poll(api, session)).draftGone).toBeNull()
    renameSync(article, `${article}.moved`)
    const polled = await poll(api, session)
    expect(polled).toMatchObject({ draftGone: article, draftOnDisk: null, problem: null })
    // Saving the case goes on as usual: it never needed the article.
    const saved = await api.saveCase(verified(session))
    expect(saved.ok ? 'saved' : saved.error.message).toBe('saved')
    renameSync(`${article}.moved`, article)
    expect((await poll(api, session)).draftGone).toBeNull()
    rmSync(article)
    expect((await poll(api, session)).draftGone).toBe(article)
  })

  it('is not watched when the case only names it: an article path inside a case file is no permission', async () => {
    const { article } = await openedArticle()
    const elsewhere = join(tempDir(), 'other.factdesk.json')
    await writeCase(elsewhere, harbourCase({ articlePath: article }), '')
    const dataDir = tempDir()
    const deps = { dataDir, resourcesDir: tempDir(), mode: 'browser' as const, launchFile: elsewhere }
    const api = createApiService({ ...deps, ...appServices(dataDir) })
    const startup = await api.getStartup()
    if (!startup.ok || !startup.value.session) throw new Error('the case did not open')
    writeFileSync(article, EDITED)
    expect((await poll(api, startup.value.session)).draftOnDisk).toBeNull()
    rmSync(article)
    expect((await poll(api, startup.value.session)).draftGone).toBeNull()
    const revised = await api.revise({ casePath: elsewhere, file: { path: article }, dryRun: true })
    expect(revised.ok ? 'ok' : revised.error.code).toBe('forbidden-path')
  })
})

describe('the case file changed by someone else while it is open', () => {
  it('damaged: said by the next poll; put back writes the checker’s version and keeps the damaged file aside', async () => {
    const { api, session } = await openedArticle()
    writeFileSync(session.casePath, '{"schemaVersion": 2, "items": [')
    const polled = await poll(api, session)
    expect(polled.problem?.kind).toBe('damaged')
    expect(polled.problem?.message).toMatch(/is damaged: it is not valid JSON/)
    expect(polled.case).toBeNull()
    // A save is still refused, the damaged file never replaced unseen.
    const saved = await api.saveCase(verified(session))
    expect(saved.ok ? 'ok' : saved.error.code).toBe('case-invalid')

    const put = await api.putBackCase(verified(session))
    if (!put.ok) throw new Error(put.error.message)
    expect(put.value.setAside).toMatch(/fees\.txt\.factdesk\.broken-.*\.json$/)
    expect(readFileSync(put.value.setAside ?? '', 'utf8')).toBe('{"schemaVersion": 2, "items": [')
    expect(JSON.parse(readFileSync(session.casePath, 'utf8')).items[0].status).toBe('verified')
    const after = await poll(api, session, put.value.fingerprint)
    expect([after.problem, after.case]).toEqual([null, null])
  })

  it('deleted: said by the next poll; put back writes it again, with nothing to keep aside', async () => {
    const { api, session } = await openedArticle()
    rmSync(session.casePath)
    const polled = await poll(api, session)
    expect(polled.problem).toEqual({
      kind: 'missing',
      message: `Nothing is at ${session.casePath} any more.`
    })
    const put = await api.putBackCase(verified(session))
    expect(put.ok ? put.value.setAside : put.error.message).toBeNull()
    expect(JSON.parse(readFileSync(session.casePath, 'utf8')).items[0].status).toBe('verified')
  })

  it('renamed while open: a save makes no second copy at the old name; put back is the checker’s call', async () => {
    const { api, session } = await openedArticle()
    const renamed = join(dirname(session.casePath), 'fees (Ana).factdesk.json')
    renameSync(session.casePath, renamed)
    const kept = readFileSync(renamed, 'utf8')
    // The save comes before the next poll has told the window.
    const saved = await api.saveCase(verified(session))
    expect(saved.ok ? 'ok' : saved.error.code).toBe('not-found')
    expect(saved.ok ? '' : saved.error.message).toMatch(/is gone \(moved, renamed or deleted.*put your version back/)
    expect(existsSync(session.casePath)).toBe(false)
    expect(readFileSync(renamed, 'utf8')).toBe(kept)
    const put = await api.putBackCase(verified(session))
    if (!put.ok) throw new Error(put.error.message)
    expect(JSON.parse(readFileSync(session.casePath, 'utf8')).items[0].status).toBe('verified')
  })

  it('saved by a newer Factdesk: said as such, never saved or put back over, the edits kept for a copy', async () => {
    const { api, session } = await openedArticle()
    const newer = { ...JSON.parse(readFileSync(session.casePath, 'utf8')), schemaVersion: 99, futureField: 'kept' }
    writeFileSync(session.casePath, JSON.stringify(newer))
    const polled = await poll(api, session)
    expect(polled.problem?.kind).toBe('newer')
    const saved = await api.saveCase(verified(session))
    expect(saved.ok ? 'ok' : saved.error.code).toBe('case-newer')
    expect(saved.ok ? '' : saved.error.message).toMatch(
      /newer Factdesk \(format 99.*it was not replaced.*save them as a copy/
    )
    const put = await api.putBackCase(verified(session))
    expect(put.ok ? 'ok' : put.error.message).toMatch(/^Not put back: .*newer Factdesk/)
    expect(JSON.parse(readFileSync(session.casePath, 'utf8'))).toEqual(newer)
    expect(readdirSync(dirname(session.casePath)).filter((name) => /broken|replaced/.test(name))).toEqual([])
  })

  it('replaced by another case: a save refuses to merge the two; put back keeps the other case aside, openable', async () => {
    const { api, session } = await openedArticle()
    const other = harbourCase()
    writeFileSync(session.casePath, `${JSON.stringify(other, null, 2)}\n`)
    // The poll answers the case on disk: the window sees it is not its own (another id) and says so.
    expect((await poll(api, session)).case?.id).toBe(other.id)
    const saved = await api.saveCase(verified(session))
    expect(saved.ok ? 'ok' : saved.error.message).toMatch(/is now another case \(“.*”\), not the one you are checking/)
    expect(JSON.parse(readFileSync(session.casePath, 'utf8')).id).toBe(other.id)

    const put = await api.putBackCase(verified(session))
    if (!put.ok) throw new Error(put.error.message)
    expect(put.value.setAside).toMatch(/fees\.txt \(replaced .*\)\.factdesk\.json$/)
    expect(JSON.parse(readFileSync(put.value.setAside ?? '', 'utf8')).id).toBe(other.id)
    expect(JSON.parse(readFileSync(session.casePath, 'utf8')).id).toBe(session.case.id)
  })

  it('an older copy of the case put back over it is replaced only when named by its token, and kept aside', async () => {
    const { api, session } = await openedArticle()
    const older = readFileSync(session.casePath)
    const saved = await api.saveCase(verified(session))
    if (!saved.ok) throw new Error(saved.error.message)
    writeFileSync(session.casePath, older)
    const newer = { ...verified(session), fingerprint: saved.value.fingerprint, patch: verified(session).patch }
    // A good file of this case, not named: refused as before.
    const refused = await api.putBackCase(newer)
    expect(refused.ok ? 'ok' : refused.error.code).toBe('conflict')
    // Saved over here, the older copy is said to be one: a window that never held it (reloaded) knows it too.
    expect((await poll(api, session, saved.value.fingerprint)).olderCopy).toBe(true)
    const put = await api.putBackCase({ ...newer, replacing: session.fingerprint })
    if (!put.ok) throw new Error(put.error.message)
    expect(put.value.setAside).toMatch(/fees\.txt \(replaced .*\)\.factdesk\.json$/)
    expect(readFileSync(put.value.setAside ?? '')).toEqual(older)
    expect(JSON.parse(readFileSync(session.casePath, 'utf8')).items[0].status).toBe('verified')
  })

  it('a good version of the case is not put back over: refused, nothing written or set aside', async () => {
    const { api, session } = await openedArticle()
    const before = readFileSync(session.casePath, 'utf8')
    const put = await api.putBackCase(verified(session))
    expect(put.ok ? 'ok' : put.error.code).toBe('conflict')
    expect(readFileSync(session.casePath, 'utf8')).toBe(before)
    expect(readdirSync(dirname(session.casePath)).filter((name) => /broken|replaced/.test(name))).toEqual([])
    expect(existsSync(session.casePath)).toBe(true)
  })
})

describe('backups that cannot be written while the case is saved', () => {
  it('are said by the next poll and save, saves going on, and said again when they are kept once more', async () => {
    const { api, session } = await openedArticle()
    const backups = backupsDirFor(session.casePath)
    rmSync(backups, { recursive: true, force: true })
    writeFileSync(backups, 'a file where the backups folder goes')
    const first = await api.saveCase(verified(session))
    if (!first.ok) throw new Error(first.error.message)
    await pendingWrites(session.casePath)
    const told = (await poll(api, session, first.value.fingerprint)).backups
    expect(told).toMatch(
      /^Backups of fees\.txt\.factdesk\.json are not being kept: .*a file is where its folder goes.*saves still go through/
    )
    // The case itself keeps being saved, and every answer says it until backups work again.
    const again = await api.saveCase({ ...verified(session), fingerprint: first.value.fingerprint })
    expect(again.ok && again.value.backups).toBe(told)
    await pendingWrites(session.casePath)
    expect(JSON.parse(readFileSync(session.casePath, 'utf8')).items[0].status).toBe('verified')
    rmSync(backups)
    const fixed = await api.saveCase({ ...verified(session), fingerprint: again.ok ? again.value.fingerprint : '' })
    if (!fixed.ok) throw new Error(fixed.error.message)
    await pendingWrites(session.casePath)
    expect((await poll(api, session, fixed.value.fingerprint)).backups).toBeNull()
    expect(readdirSync(backups)).toHaveLength(1)
  })
})

describe('the case file replaced by a folder while it is open', () => {
  it('is said in words by the poll, a save and put back, the folder left alone; a copy saves the work', async () => {
    const { api, session } = await openedArticle()
    rmSync(session.casePath)
    mkdirSync(session.casePath)
    writeFileSync(join(session.casePath, 'inside.txt'), 'someone’s file')
    const folderNow = `A folder is at ${session.casePath}, where the case file was; Factdesk leaves a folder as it is.`
    expect((await poll(api, session)).problem).toEqual({
      kind: 'missing',
      message: `${folderNow} Move it away to put your version back.`
    })
    const notSaved = `Not saved: ${session.casePath} is a folder now, not the case file; it was left as it is. Your edits are still on screen: save them as a copy, or move the folder away and put them back.`
    const saved = await api.saveCase(verified(session))
    expect(saved.ok ? 'saved' : saved.error.message).toBe(notSaved)
    const put = await api.putBackCase(verified(session))
    expect(put.ok ? 'put back' : put.error.message).toBe(notSaved.replace('Not saved', 'Not put back'))
    const opened = await api.openFile({ path: session.casePath })
    expect(opened.ok ? 'opened' : opened.error.message).toBe(folderNow)
    expect(readdirSync(session.casePath)).toEqual(['inside.txt'])
    const copy = await api.saveCopy({ casePath: session.casePath, case: session.case })
    expect(copy.ok && dirname(copy.value.path)).toBe(dirname(session.casePath))
    // The folder moved away: the checker's version goes back in its place.
    renameSync(session.casePath, `${session.casePath}.moved`)
    const back = await api.putBackCase(verified(session))
    expect(back.ok ? back.value.setAside : back.error.message).toBeNull()
    expect(JSON.parse(readFileSync(session.casePath, 'utf8')).items[0].status).toBe('verified')
  })
})
