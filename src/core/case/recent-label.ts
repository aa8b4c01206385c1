/**
 * How a recent case is named in menus: by its article's file name and the folder it is in, since
 * two drafts often share a headline ("Harbour fees rise" twice says nothing) but never a path.
 * Cases kept in the data folder (`cases/<file>-<hash>.factdesk.json`) are named by their file
 * and "Factdesk's data folder". Pure: used by the renderer and the desktop menu alike.
 */
import type { RecentEntry } from '../../shared/contract'
import { CASE_FILE_SUFFIX } from '../import/errors'

/** `<file>-<12 hex digits>.factdesk.json` inside a `cases` folder: a case made for an uploaded article. */
const DATA_FOLDER_CASE = /[\\/]cases[\\/]([^\\/]+)-[0-9a-f]{12}\.factdesk\.json$/

export interface RecentLabel {
  file: string
  folder: string
  title: string
}

function parts(path: string): string[] {
  return path.split(/[\\/]+/).filter(Boolean)
}

/** The last two folders of a path ("…/desk/march"), or the path itself when short. */
export function shortFolder(path: string): string {
  const folders = parts(path).slice(0, -1)
  const rooted = /^[\\/]/.test(path) ? '/' : ''
  if (folders.length <= 2) return `${rooted}${folders.join('/')}` || '/'
  return `…/${folders.slice(-2).join('/')}`
}

const folderOf = (path: string): string => parts(path).slice(0, -1).join('/')

export function recentLabel(entry: RecentEntry): RecentLabel {
  const inDataFolder = DATA_FOLDER_CASE.exec(entry.casePath)
  if (inDataFolder) return { file: inDataFolder[1], folder: 'Factdesk’s data folder', title: entry.title }
  const casePath = entry.casePath
  const file = entry.articlePath
    ? (parts(entry.articlePath).pop() ?? entry.articlePath)
    : (parts(casePath).pop() ?? casePath).replace(CASE_FILE_SUFFIX, '')
  // Named by where the case is when it is not beside its article: a case opened from a copy (uploaded in browser mode,
  // kept in the data folder) was named by the folder its article had once, which held nothing of it any more.
  const beside = entry.articlePath !== null && folderOf(entry.articlePath) === folderOf(casePath)
  return { file, folder: shortFolder(beside ? (entry.articlePath ?? casePath) : casePath), title: entry.title }
}

/** One entry per case, newest first: the same case reached by two spellings of its path counts once. */
export function uniqueRecent(entries: RecentEntry[]): RecentEntry[] {
  const seen = new Set<string>()
  return entries.filter((entry) => {
    const key = parts(entry.casePath).join('/')
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}
