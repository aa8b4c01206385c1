/**
 * An article whose folder cannot hold its case (a read-only share) has its case in the data folder. Hostile turns of
 * that fallback: the data folder refusing too, a full disk, and the article's folder writable again later, with the
 * article as it was or edited meanwhile: the next open must find the case holding the checker's work, never start a
 * second one beside the article.
 */
import { copyFileSync, existsSync, readdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { writeFileAtomic, type TextWriter } from '../../src/main/services/atomic-file'
import { pendingWrites } from '../../src/main/services/case-store'
import { openFile } from '../../src/main/services/sessions'
import { tempDir } from '../helpers/temp-dir'

const SAMPLE = join(__dirname, '..', '..', 'resources', 'sample-article.txt')

/** The real writer, except in `folder`, which fails every write as Node does with `code`. */
function refusing(folder: string, code: string): TextWriter {
  return async (path, text, unchanged) => {
    if (dirname(path) === folder) throw Object.assign(new Error(`${code}: refused, write`), { code })
    return writeFileAtomic(path, text, unchanged)
  }
}

/** The sample opened from a read-only folder: its case made in the data folder. */
async function openedReadOnly() {
  const dataDir = tempDir()
  const article = join(tempDir(), 'water.txt')
  copyFileSync(SAMPLE, article)
  const session = await openFile({ dataDir, writeText: refusing(dirname(article), 'EROFS') }, { path: article })
  if (!session.ok) throw new Error(session.error.message)
  await pendingWrites(session.value.casePath)
  expect(session.value.casePath.startsWith(join(dataDir, 'cases'))).toBe(true)
  return { dataDir, article, session: session.value }
}

describe('the article’s folder writable again later', () => {
  it('the article as it was: the next open picks the data folder’s case, and makes none beside it', async () => {
    const { dataDir, article, session } = await openedReadOnly()
    const again = await openFile({ dataDir }, { path: article })
    expect(again.ok ? again.value.casePath : again.error.message).toBe(session.casePath)
    expect(existsSync(`${article}.factdesk.json`)).toBe(false)
  })

  it('the article edited meanwhile: the next open picks the data folder’s case, and makes none beside it', async () => {
    const { dataDir, article, session } = await openedReadOnly()
    writeFileSync(
      article,
      `${'Water bills rose 9% in May, the regulator said.\n\n'}${session.case.drafts[0].article.text}`
    )
    const again = await openFile({ dataDir }, { path: article })
    expect(again.ok ? again.value.casePath : again.error.message).toBe(session.casePath)
    expect(existsSync(`${article}.factdesk.json`)).toBe(false)
    // As a case beside it would: the checker is told the article changed, and offered it as the next draft.
    expect(again.ok && again.value.notice).toMatch(/^water\.txt has changed since this case last read it/)
  })
})

describe('when the case cannot be made where it falls back to', () => {
  it('the data folder refusing too: both folders said, nothing written', async () => {
    const dataDir = tempDir()
    const article = join(tempDir(), 'water.txt')
    copyFileSync(SAMPLE, article)
    writeFileSync(join(dataDir, 'cases'), 'a file where the cases folder goes')
    const opened = await openFile({ dataDir, writeText: refusing(dirname(article), 'EROFS') }, { path: article })
    expect(opened.ok ? 'opened' : opened.error.code).toBe('not-writable')
    expect(opened.ok ? '' : opened.error.message).toMatch(
      new RegExp(
        `^Could not create ${article}\\.factdesk\\.json: the folder is read-only .*; nothing was written\\. ` +
          `Could not create ${join(dataDir, 'cases')}/water\\.txt-[0-9a-f]{12}\\.factdesk\\.json: a file is where its folder goes; ` +
          'nothing was written\\. Make either folder writable, then open the article again\\.$'
      )
    )
    expect(readdirSync(dirname(article))).toEqual(['water.txt'])
  })

  it('a full disk in the article’s folder: said, nothing written anywhere', async () => {
    const dataDir = tempDir()
    const article = join(tempDir(), 'water.txt')
    copyFileSync(SAMPLE, article)
    const opened = await openFile({ dataDir, writeText: refusing(dirname(article), 'ENOSPC') }, { path: article })
    expect(opened.ok ? 'opened' : opened.error.message).toBe(
      `Could not create ${article}.factdesk.json: the disk is full; nothing was written. Free some space and try again.`
    )
    expect(readdirSync(dirname(article))).toEqual(['water.txt'])
    expect(readdirSync(dataDir).filter((name) => name === 'cases')).toEqual([]) // not moved elsewhere
  })
})
