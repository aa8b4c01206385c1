/**
 * The case in an article's folder whose current draft is this article, under another article's name. After
 * `factdesk revise story.txt story-v2.txt` the case stays `story.txt.factdesk.json`, and story-v2.txt has no case
 * beside it nor in the data folder by its hash (case-paths.ts): `report story-v2.txt` then reported every item
 * Unchecked and `init story-v2.txt` started a second case, a fork of the check. The CLI asks here after those
 * lookups find nothing. Cases are read as text and only parsed when they hold the hash somewhere.
 */
import { readdir, readFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { currentDraft } from '../../core/case/case-reading'
import { CASE_SUFFIX } from './case-store'
import { parseCaseText } from './case-read'

/** Every case beside the article whose current draft has this hash, by name (copies of a case hold it too). */
export async function casesHoldingDraft(articlePath: string, hash: string): Promise<string[]> {
  const folder = dirname(articlePath)
  const names = await readdir(folder).catch(() => [] as string[])
  const found: string[] = []
  for (const name of names.filter((entry) => entry.endsWith(CASE_SUFFIX)).sort()) {
    const path = join(folder, name)
    const text = await readFile(path, 'utf8').catch(() => null)
    if (text === null || !text.includes(hash)) continue
    const parsed = parseCaseText(text, name)
    if (parsed.ok && currentDraft(parsed.value).hash === hash) found.push(path)
  }
  return found
}

/** The one case that holds the draft and a line saying so, or why none is chosen (several), or nothing at all. */
export async function caseOfDraft(
  articlePath: string,
  hash: string
): Promise<{ casePath: string | null; note: string; problem: string | null }> {
  const found = await casesHoldingDraft(articlePath, hash)
  if (found.length === 1)
    return {
      casePath: found[0],
      note: `using the case whose current draft is this article: ${found[0]}`,
      problem: null
    }
  const problem =
    found.length > 1
      ? `${found.length} cases beside ${articlePath} have it as their current draft (${found.join(', ')})`
      : null
  return { casePath: null, note: '', problem }
}
