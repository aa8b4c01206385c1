/**
 * A checker who opens a draft that lives inside this checkout (resources/sample-article.txt, a test fixture) gets
 * its case file, backups, evidence, lock, owner record and temps written beside it. Those are a checker's
 * confidential work, never the project's: git must not offer to commit them, and `npm test`'s prettier check must
 * not fail on them. The names come from the services that write them, so a new name is checked as it is made.
 */
import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { getFileInfo } from 'prettier'
import { describe, expect, it } from 'vitest'
import { backupsDirFor, brokenAside } from '../../src/main/services/case-backups'
import { copyTempPath } from '../../src/main/services/case-copy'
import { lockPathFor } from '../../src/main/services/case-lock'
import { ownerPathFor } from '../../src/main/services/case-owners'
import { CASE_SUFFIX } from '../../src/main/services/case-read'
import { evidenceDirFor } from '../../src/main/services/evidence'
import { tempPathFor } from '../../src/main/services/atomic-file'

const ROOT = join(__dirname, '..', '..')
const AT = new Date('2026-03-14T09:30:00.000Z')
const casePath = join(ROOT, 'resources', `sample-article.txt${CASE_SUFFIX}`)

const written: Record<string, string> = {
  'the case file': casePath,
  'a backup': join(backupsDirFor(casePath), '2026-03-14T09-30-00.000Z.json'),
  'an evidence document': join(evidenceDirFor(casePath), 'council-minutes.html'),
  'the lock': lockPathFor(casePath),
  'a stale lock set aside': `${lockPathFor(casePath)}.stale-0123456789ab`,
  "the owner's record": ownerPathFor(casePath, 'a1b2c3'),
  'a save in progress': tempPathFor(casePath),
  'a copy being saved': copyTempPath(join(ROOT, 'resources'), casePath, AT),
  'a damaged case set aside': brokenAside(casePath, AT),
  'a link set aside': brokenAside(casePath, AT, 'link')
}

/** null when this is not a git checkout (a source archive): then only prettier's side can be checked. */
function gitIgnores(path: string): boolean | null {
  const run = spawnSync('git', ['check-ignore', '--no-index', '--quiet', path], { cwd: ROOT })
  if (run.error || run.status === 128) return null
  return run.status === 0
}

describe('files Factdesk writes beside a draft opened from inside the checkout', () => {
  for (const [what, path] of Object.entries(written)) {
    it(`${what} is ignored by git and by prettier`, async () => {
      const git = gitIgnores(path)
      if (git === null) console.log('not a git checkout: git check-ignore skipped')
      else expect(git, path).toBe(true)
      const info = await getFileInfo(path, { ignorePath: [join(ROOT, '.gitignore'), join(ROOT, '.prettierignore')] })
      expect(info.ignored, path).toBe(true)
    })
  }

  it('the draft itself and the project files beside it are not ignored', async () => {
    for (const path of [join(ROOT, 'resources', 'sample-article.txt'), join(ROOT, 'docs', 'FORMAT.md')]) {
      expect(gitIgnores(path) ?? false, path).toBe(false)
      const info = await getFileInfo(path, { ignorePath: [join(ROOT, '.gitignore'), join(ROOT, '.prettierignore')] })
      expect(info.ignored, path).toBe(false)
    }
  })
})
