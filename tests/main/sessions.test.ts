import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { writeFileAtomic } from '../../src/main/services/atomic-file'
import { pendingWrites, readCase, writeCase } from '../../src/main/services/case-store'
import { openFile } from '../../src/main/services/sessions'
import { staleArticleNotice } from '../../src/main/services/case-loader'
import { getStartup } from '../../src/main/services/startup'
import { tempDir } from '../helpers/temp-dir'

const SAMPLE = join(__dirname, '..', '..', 'resources', 'sample-article.txt')
const RESOURCES = dirname(SAMPLE)

function articleIn(dir: string, name = 'water.txt'): string {
  const path = join(dir, name)
  copyFileSync(SAMPLE, path)
  return path
}

describe('opening an article', () => {
  it('creates <file>.factdesk.json beside it with the engine’s suggestions, and re-opens it next time', async () => {
    const dataDir = tempDir()
    const article = articleIn(tempDir())
    const first = await openFile({ dataDir }, { path: article })
    if (!first.ok) throw new Error(first.error.message)
    expect(first.value.casePath).toBe(`${article}.factdesk.json`)
    expect(first.value.sentences.length).toBeGreaterThan(
      first.value.case.items.filter((i) => i.kind === 'claim').length
    )
    expect(Array.isArray(first.value.inconsistencies)).toBe(true)
    expect(first.value.case.items.length).toBeGreaterThan(5)
    expect(first.value.case.articleDate).toBe('2024-03-14')
    expect(first.value.case.drafts[0].hash).toMatch(/^[0-9a-f]{64}$/)
    const before = readFileSync(first.value.casePath, 'utf8')
    const again = await openFile({ dataDir }, { path: article })
    if (!again.ok) throw new Error(again.error.message)
    expect(again.value.case.id).toBe(first.value.case.id)
    expect(again.value.fingerprint).toBe(first.value.fingerprint)
    expect(readFileSync(first.value.casePath, 'utf8')).toBe(before)
  })

  it('says when the article on disk is no longer the draft its case shows (edited since, or an earlier draft)', async () => {
    const dataDir = tempDir()
    const article = articleIn(tempDir())
    const first = await openFile({ dataDir }, { path: article })
    if (!first.ok) throw new Error(first.error.message)
    expect(first.value.notice).toBeUndefined()
    // Someone else edits the article while the case is closed: opening it showed the old text without a word.
    const original = readFileSync(article, 'utf8')
    writeFileSync(article, original.replace('$48 million', '$52 million'))
    const edited = await openFile({ dataDir }, { path: article })
    if (!edited.ok) throw new Error(edited.error.message)
    expect(edited.value.case.id).toBe(first.value.case.id)
    expect(edited.value.notice).toBe(
      "water.txt has changed since this case last read it: shown is the case's current draft (water.txt). To check the file as it is now, import it as the next draft from the banner above the article."
    )
    writeFileSync(article, original)
    const restored = await openFile({ dataDir }, { path: article })
    expect(restored.ok && restored.value.notice).toBeUndefined()
    // An earlier draft of the case: said as such.
    const older = await readCase(first.value.casePath)
    if (!older.ok) throw new Error(older.error.message)
    const current = older.value.case.drafts[0]
    const revised = {
      ...older.value.case,
      currentDraftId: 'd2',
      drafts: [current, { ...current, id: 'd2', hash: 'f'.repeat(64), fileName: 'water-v2.txt' }]
    }
    expect(staleArticleNotice(revised, current.hash, 'water.txt')).toBe(
      'water.txt is an earlier draft of this case: shown is its current draft (water-v2.txt).'
    )
    // An upload has no file to watch, so no banner to point to: the menu it is.
    expect(staleArticleNotice(older.value.case, 'e'.repeat(64), 'water.txt')).toMatch(
      /To check the file as it is now, choose File › Import new draft… and pick it\.$/
    )
  })

  it('keeps the case in the data folder when the article’s folder is read-only', async () => {
    const dataDir = tempDir()
    const articleDir = tempDir()
    const article = articleIn(articleDir)
    const readOnlyArticleDir = async (path: string, text: string) => {
      if (path.startsWith(articleDir)) throw Object.assign(new Error('EROFS: read-only file system'), { code: 'EROFS' })
      return writeFileAtomic(path, text)
    }
    const session = await openFile({ dataDir, writeText: readOnlyArticleDir }, { path: article })
    if (!session.ok) throw new Error(session.error.message)
    expect(session.value.casePath.startsWith(join(dataDir, 'cases'))).toBe(true)
    expect(existsSync(`${article}.factdesk.json`)).toBe(false)
    // Opening the article again finds that case by the article's hash.
    const again = await openFile({ dataDir, writeText: readOnlyArticleDir }, { path: article })
    expect(again.ok && again.value.case.id).toBe(session.value.case.id)
  })

  it('puts an uploaded article’s case in the data folder and finds it again by its hash', async () => {
    const dataDir = tempDir()
    const upload = { fileName: 'water.txt', base64: readFileSync(SAMPLE).toString('base64') }
    const first = await openFile({ dataDir }, upload)
    const second = await openFile({ dataDir }, upload)
    if (!first.ok || !second.ok) throw new Error('expected ok')
    expect(first.value.casePath).toMatch(/cases\/water\.txt-[0-9a-f]{12}\.factdesk\.json$/)
    expect(second.value.case.id).toBe(first.value.case.id)
    expect(first.value.case.articlePath).toBe('')
  })

  it('opens an uploaded case as a copy in the data folder, renamed or not, and says where it lives', async () => {
    const article = articleIn(tempDir())
    const created = await openFile({ dataDir: tempDir() }, { path: article })
    if (!created.ok) throw new Error(created.error.message)
    const bytes = readFileSync(created.value.casePath)
    // A browser names its second download of a file "… (1).json": that was read as a draft ".json not supported".
    for (const fileName of ['water.txt.factdesk.json', 'water.txt.factdesk (1).json']) {
      // Another Factdesk, whose data folder does not hold this case yet.
      const dataDir = tempDir()
      const opened = await openFile({ dataDir }, { fileName, base64: bytes.toString('base64') })
      if (!opened.ok) throw new Error(opened.error.message)
      expect(opened.value.case.id).toBe(created.value.case.id)
      expect(opened.value.casePath).toBe(join(dataDir, 'cases', 'water.txt.factdesk.json'))
      // The checker picked a file: they are told their work goes to the copy, and the file they picked is left alone.
      expect(opened.value.notice).toBe(
        `Opened a copy of ${fileName}: a browser cannot save into the file it picked, so your work on this case is ` +
          `saved in Factdesk's data folder, at ${opened.value.casePath}. The file you picked is not changed.`
      )
    }
    expect(readFileSync(created.value.casePath)).toEqual(bytes)
  })

  it('opens an existing case file directly, and names a file it cannot import', async () => {
    const dataDir = tempDir()
    const article = articleIn(tempDir())
    const created = await openFile({ dataDir }, { path: article })
    if (!created.ok) throw new Error(created.error.message)
    const reopened = await openFile({ dataDir }, { path: created.value.casePath })
    expect(reopened.ok && reopened.value.case.id).toBe(created.value.case.id)
    const missing = await openFile({ dataDir }, { path: join(tempDir(), 'nope.txt') })
    expect(missing.ok ? '' : missing.error.message).toContain('nope.txt')
  })

  it('answers case-invalid for a damaged case and offers its backups at start-up, without touching it', async () => {
    const dataDir = tempDir()
    const article = articleIn(tempDir())
    const created = await openFile({ dataDir }, { path: article })
    if (!created.ok) throw new Error(created.error.message)
    const saved = await writeCase(created.value.casePath, created.value.case, created.value.fingerprint)
    expect(saved.ok).toBe(true)
    // The backup of a save is written after the save answers: wait for it, or a busy machine lists one.
    await pendingWrites(created.value.casePath)
    writeFileSync(created.value.casePath, '{ "schemaVersion": 1, ')
    const opened = await openFile({ dataDir }, { path: article })
    expect(opened.ok ? 'ok' : opened.error.code).toBe('case-invalid')
    expect(readFileSync(created.value.casePath, 'utf8')).toBe('{ "schemaVersion": 1, ')
    const startup = await getStartup({ dataDir }, { launchFile: null, mode: 'browser', resourcesDir: RESOURCES })
    if (!startup.ok) throw new Error(startup.error.message)
    expect(startup.value.session).toBeNull()
    expect(startup.value.broken?.casePath).toBe(created.value.casePath)
    expect(startup.value.broken?.backups.length).toBe(2)
  })
})

describe('start-up', () => {
  it('opens the command-line file first', async () => {
    const dataDir = tempDir()
    const article = articleIn(tempDir(), 'launch.txt')
    const startup = await getStartup({ dataDir }, { launchFile: article, mode: 'electron', resourcesDir: RESOURCES })
    if (!startup.ok) throw new Error(startup.error.message)
    expect(startup.value.session?.casePath).toBe(`${article}.factdesk.json`)
    expect(startup.value.mode).toBe('electron')
    expect(startup.value.recent[0].casePath).toBe(`${article}.factdesk.json`)
  })

  it('else the last case, else the sample copied into the data folder', async () => {
    const dataDir = tempDir()
    const first = await getStartup({ dataDir }, { launchFile: null, mode: 'browser', resourcesDir: RESOURCES })
    if (!first.ok) throw new Error(first.error.message)
    const sampleCase = join(dataDir, 'sample', 'sample-article.txt.factdesk.json')
    expect(first.value.session?.casePath).toBe(sampleCase)
    expect(first.value.settings).toEqual({ checkerName: '', paperSize: 'A4' })
    const article = articleIn(tempDir(), 'later.txt')
    await openFile({ dataDir }, { path: article })
    const second = await getStartup({ dataDir }, { launchFile: null, mode: 'browser', resourcesDir: RESOURCES })
    expect(second.ok && second.value.session?.casePath).toBe(`${article}.factdesk.json`)
    const loaded = await readCase(sampleCase)
    expect(loaded.ok).toBe(true)
  })

  // It used to fail the whole start-up: the window said "Factdesk could not start" and offered nothing to do.
  it('says so when the command-line file cannot be opened, and opens no other case in its place', async () => {
    const dataDir = tempDir()
    await openFile({ dataDir }, { path: articleIn(tempDir(), 'earlier.txt') })
    const empty = join(tempDir(), 'empty.txt')
    writeFileSync(empty, '')
    for (const launchFile of ['/no/such/draft.txt', empty]) {
      const startup = await getStartup({ dataDir }, { launchFile, mode: 'browser', resourcesDir: RESOURCES })
      if (!startup.ok) throw new Error(startup.error.message)
      expect(startup.value.launchError).toContain(basename(launchFile))
      expect(startup.value.session).toBeNull()
      expect(startup.value.broken).toBeNull()
      // The start screen still offers the recent cases.
      expect(startup.value.recent.map((entry) => basename(entry.casePath))).toEqual(['earlier.txt.factdesk.json'])
    }
    expect(existsSync(`${empty}.factdesk.json`)).toBe(false)
  })
})
