/**
 * The article file each open case was made from, watched while the case is open, so a checker is told when the
 * draft they are checking is edited on disk (by the writer, by a sync) while they work, not at the next open.
 *
 * Which file: the article beside the case (`draft.txt` for `draft.txt.factdesk.json`: the one-case-per-article
 * convention, a file whose case the checker opened), else the article path the case names when the checker opened
 * that very article in this run (a case kept in the data folder). Never a path a case file names alone: a case is
 * data another program may have written, and this app reads only what the checker chose and their cases' files.
 *
 * How: the file's stats are looked at on each poll of the case (every 2 s while its window is open, and when the
 * window regains focus; a stat costs nothing). The file is read, by the draft engine (off the main thread in the app),
 * for the hash of its text at the first poll and then only when its stats change; the answer is kept per stats, so a
 * file edited once is read once, however often it is polled. The window compares the hash with the case's drafts: an
 * article edited before the case was opened (said by a notice at the open) is offered as the next draft too.
 */
import { stat } from 'node:fs/promises'
import { existsSync } from 'node:fs'
import { basename } from 'node:path'
import type { Session } from '../../shared/contract'
import type { DraftOnDisk } from '../../shared/contract'
import type { Capabilities } from './capabilities'
import { CASE_SUFFIX } from './case-store'
import { statKey } from './case-versions'
import type { DraftEngine } from './draft-engine'

interface Watched {
  path: string
  /** Windows that opened the case and have not closed it: a reload opens the new one before the old one closes. */
  openings: number
  /** The last stats read and what they answered. */
  last: { key: string; answer: DraftOnDisk | null } | null
}

/** The article to watch for an opened case, or null (an upload, or an article the checker did not choose here). */
export function watchedArticle(session: Session, capabilities: Capabilities): string | null {
  const beside = session.casePath.slice(0, -CASE_SUFFIX.length)
  if (session.casePath.endsWith(CASE_SUFFIX) && existsSync(beside)) return beside
  const named = session.case.articlePath
  return named && capabilities.chosen(named).ok ? named : null
}

export class DraftWatch {
  private readonly watched = new Map<string, Watched>()

  constructor(private readonly engine: DraftEngine) {}

  /** Starts watching `articlePath` for the case at `casePath` (canonical). */
  watch(casePath: string, articlePath: string | null): void {
    const known = this.watched.get(casePath)
    // The same case opened again (a reload, a second tab) keeps what it has seen since it was first opened.
    if (known && known.path === articlePath) return void (known.openings += 1)
    if (!articlePath) return void this.watched.delete(casePath)
    this.watched.set(casePath, { path: articlePath, openings: 1, last: null })
  }

  /** A window closed the case; the last one to close it ends the watch. */
  forget(casePath: string): void {
    const known = this.watched.get(casePath)
    if (known && --known.openings <= 0) this.watched.delete(casePath)
  }

  /** The article as it is on disk now; null when it is not watched or cannot be read. */
  async check(casePath: string): Promise<DraftOnDisk | null> {
    const watched = this.watched.get(casePath)
    if (!watched) return null
    const key = await statKey(watched.path)
    if (key === null) return null
    if (watched.last?.key === key) return watched.last.answer
    const answer = await this.read(watched.path)
    // Stats that moved while it was read: read again at the next poll, the file is still being written.
    if ((await statKey(watched.path)) === key) watched.last = { key, answer }
    return answer
  }

  /**
   * The watched article's path when nothing is there any more (moved, deleted); null while it is, or when the case has
   * no article watched. A file that is there but cannot be read is not gone (check() says nothing of it either).
   */
  async gone(casePath: string): Promise<string | null> {
    const watched = this.watched.get(casePath)
    if (!watched) return null
    const missing = await stat(watched.path).then(
      () => false,
      (error: NodeJS.ErrnoException) => error.code === 'ENOENT' || error.code === 'ENOTDIR'
    )
    return missing ? watched.path : null
  }

  private async read(path: string): Promise<DraftOnDisk | null> {
    const read = await this.engine.run({ kind: 'read', file: { path } })
    // A file that cannot be read as a draft now (half written, binary, over the limit) is no draft to offer.
    if (!read.ok) return null
    const modified = await stat(path).catch(() => null)
    return {
      path,
      fileName: basename(path),
      hash: read.value.hash,
      modifiedAt: (modified?.mtime ?? new Date()).toISOString()
    }
  }
}
