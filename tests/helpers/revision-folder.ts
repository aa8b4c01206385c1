/**
 * A temp folder holding draft 1 of an article (Markdown), its case saved by the real pipeline, and
 * draft 2 beside it: the starting point of every test of importing a new draft.
 */
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createCase } from '../../src/core/case/create-case'
import { extract } from '../../src/core/extract/extract'
import { writeCase } from '../../src/main/services/case-store'
import { importFile } from '../../src/main/services/file-import'
import type { CaseFile } from '../../src/shared/case'

export const markdown = (paragraphs: string[]): string => `# ${paragraphs[0]}\n\n${paragraphs.slice(1).join('\n\n')}\n`

export interface RevisionFolder {
  dir: string
  casePath: string
  v1: string
  v2: string
}

/** `work` is what the checker did on draft 1 before draft 2 arrived (nothing by default). */
export async function revisionFolder(
  v1Paragraphs: string[],
  v2Paragraphs: string[],
  work: (c: CaseFile) => CaseFile = (c) => c
): Promise<RevisionFolder> {
  const dir = mkdtempSync(join(tmpdir(), 'factdesk-revise-'))
  const v1 = join(dir, 'floods.md')
  const v2 = join(dir, 'floods-v2.md')
  writeFileSync(v1, markdown(v1Paragraphs))
  writeFileSync(v2, markdown(v2Paragraphs))
  const imported = await importFile(v1)
  if (!imported.ok) throw new Error(imported.error.message)
  const { article, hash, fileName } = imported.value
  const created = createCase({
    article,
    extraction: extract(article),
    hash,
    fileName,
    articlePath: v1,
    now: '2024-06-11T09:00:00.000Z',
    caseId: 'case-floods'
  })
  const casePath = `${v1}.factdesk.json`
  const saved = await writeCase(casePath, work(created), '')
  if (!saved.ok) throw new Error(saved.error.message)
  return { dir, casePath, v1, v2 }
}
