/**
 * The case in an article's folder whose current draft is this article, under another article's name. After
 * `factdesk revise story.txt story-v2.txt` the case stays `story.txt.factdesk.json`, and story-v2.txt has no case
 * beside it nor in the data folder by its hash (case-paths.ts): `report story-v2.txt` then reported every item
 * Unchecked and `init story-v2.txt` started a second case, a fork of the check. The CLI asks here after those
 * lookups find nothing, and so does the import engine making a new case for a draft opened by its path (draft-work.ts),
 * off the thread that answers the window. Cases are read as bytes and only parsed when they hold the hash somewhere.
 */
import { readdir, readFile } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { currentDraft } from '../../core/case/case-reading'
import { CASE_SUFFIX, fingerprintOf, parseCaseText, type LoadedCase } from './case-read'
import { statKey } from './case-versions'

/** A case holding the draft as it was read, with the file's stats just before and just after (as readCase). */
export interface HoldingRead {
  casePath: string
  loaded: LoadedCase
  before: string | null
  after: string | null
}

/** Every case beside the article whose current draft has this hash (copies of a case hold it too), by name. */
export interface Holding {
  paths: string[]
  /** The first one as it was read: when it is the only one, it opens from this read, not read again. */
  first: HoldingRead | null
}

/** The case file at `path` when its current draft has this hash, else null. */
async function readIfHolding(path: string, hash: string): Promise<HoldingRead | null> {
  const before = await statKey(path)
  const bytes = await readFile(path).catch(() => null)
  const after = await statKey(path)
  if (bytes === null || !bytes.includes(hash)) return null
  const parsed = parseCaseText(bytes.toString('utf8'), basename(path))
  if (!parsed.ok || currentDraft(parsed.value).hash !== hash) return null
  return { casePath: path, loaded: { case: parsed.value, fingerprint: fingerprintOf(bytes) }, before, after }
}

/** The cases beside the article that hold the draft, each read once; only the first one's read is kept. */
export async function readCasesHoldingDraft(articlePath: string, hash: string): Promise<Holding> {
  const folder = dirname(articlePath)
  const names = await readdir(folder).catch(() => [] as string[])
  const holding: Holding = { paths: [], first: null }
  for (const name of names.filter((entry) => entry.endsWith(CASE_SUFFIX)).sort()) {
    const read = await readIfHolding(join(folder, name), hash)
    if (!read) continue
    holding.paths.push(read.casePath)
    holding.first ??= read
  }
  return holding
}

/** Why no case is chosen when several hold the draft: each named (a copy of the case, say). */
export function severalHoldIt(articlePath: string, paths: string[]): string {
  return `${paths.length} cases beside ${articlePath} have it as their current draft (${paths.join(', ')})`
}

/**
 * The app's words when several cases hold the draft (a copy of the case beside it): none is opened, as the CLI picks
 * none, and no new case is made, which would be one more copy of the check.
 */
export function severalHoldItInTheApp(articlePath: string, paths: string[]): string {
  return (
    `${severalHoldIt(articlePath, paths)}, so none was opened and no new case was made. Open the one you mean with ` +
    `File › Open… (a case file opens as it is), and move the other out of the folder so that ${basename(articlePath)} ` +
    'opens that one next time.'
  )
}

/** The one case that holds the draft and a line saying so, or why none is chosen (several), or nothing at all. */
export async function caseOfDraft(
  articlePath: string,
  hash: string
): Promise<{ casePath: string | null; note: string; problem: string | null }> {
  const found = (await readCasesHoldingDraft(articlePath, hash)).paths
  if (found.length === 1)
    return {
      casePath: found[0],
      note: `using the case whose current draft is this article: ${found[0]}`,
      problem: null
    }
  return { casePath: null, note: '', problem: found.length > 1 ? severalHoldIt(articlePath, found) : null }
}
