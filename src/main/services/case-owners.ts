/**
 * Who has a case open, the way Word's owner file says "Open on LAPTOP-3 by Ana since 10:42": each running
 * Factdesk (the desktop app, a browser-mode server) that opens a case writes `.<case file name>.owner-<id>.json`
 * beside it with the checker's name, the host, its pid, when it opened the case and a heartbeat it refreshes
 * every HEARTBEAT_MS. One file per process, so no two processes ever write the same owner file.
 *
 * An owner file whose process is gone (same host, pid not running) or whose heartbeat is older than
 * OWNER_STALE_MS belongs to a Factdesk that stopped without closing the case (a crash, a laptop that slept in a
 * synced folder): it is taken over (deleted) and the checker told once. Owner files are a courtesy, never a
 * reason a case cannot open: a folder that cannot hold one (read-only) just has none.
 */
import { randomBytes } from 'node:crypto'
import { hostname } from 'node:os'
import { unlinkSync } from 'node:fs'
import { readdir, readFile, unlink } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import type { CaseOwner, ViewerTag } from '../../shared/contract'
import { writeFileAtomic } from './atomic-file'
import { processAlive } from './case-lock'

export const HEARTBEAT_MS = 30_000
/** Four missed heartbeats: a sleeping laptop or a stopped Factdesk, not a busy one. */
export const OWNER_STALE_MS = 4 * HEARTBEAT_MS
/**
 * A window's poll (every 2 s per tab) writes the owner file only once its last write is this old: an atomic write,
 * two fsyncs, every poll of every tab was disk work competing with the saves' own fsyncs, for a heartbeat the timer
 * writes every HEARTBEAT_MS anyway. Half of it, so a poll still refreshes a heartbeat the timer was late with.
 */
export const POLL_REFRESH_MS = HEARTBEAT_MS / 2

const HOST = hostname()
/** This process's owner id: one per running Factdesk. */
const OWNER_ID = randomBytes(6).toString('hex')

interface Owned {
  name: string
  since: string
  /** When this process last wrote its owner file (Date.now()), whether or not the write went through. */
  written: number
}

/** The cases this process has open, by canonical path. */
const owned = new Map<string, Owned>()
let heartbeat: ReturnType<typeof setInterval> | null = null

function prefixOf(casePath: string): string {
  return `.${basename(casePath)}.owner-`
}

export function ownerPathFor(casePath: string, id = OWNER_ID): string {
  return join(dirname(casePath), `${prefixOf(casePath)}${id}.json`)
}

async function writeOwner(casePath: string, mine: Owned): Promise<void> {
  mine.written = Date.now()
  const record: CaseOwner = {
    name: mine.name,
    host: HOST,
    pid: process.pid,
    since: mine.since,
    heartbeat: new Date().toISOString()
  }
  await writeFileAtomic(ownerPathFor(casePath), `${JSON.stringify(record)}\n`).catch(() => undefined)
}

function isOwner(value: unknown): value is CaseOwner {
  const v = value as Partial<CaseOwner> | null
  return (
    !!v &&
    typeof v.name === 'string' &&
    typeof v.host === 'string' &&
    typeof v.pid === 'number' &&
    typeof v.since === 'string' &&
    typeof v.heartbeat === 'string'
  )
}

function isStale(owner: CaseOwner, now: number): boolean {
  if (owner.host === HOST && owner.pid !== process.pid && !processAlive(owner.pid)) return true
  const beat = Date.parse(owner.heartbeat)
  return !Number.isFinite(beat) || now - beat > OWNER_STALE_MS
}

/** A time in this computer's own words (the checker reading the notice sits at it). */
function local(iso: string): string {
  const at = new Date(iso)
  return Number.isNaN(at.getTime()) ? iso : at.toLocaleString()
}

function describeTakeover(owner: CaseOwner, casePath: string): string {
  const who = owner.name || 'an unnamed checker'
  return `Took over ${basename(casePath)} from ${who} on ${owner.host} (open since ${local(owner.since)}, last heard from ${local(owner.heartbeat)}): that Factdesk stopped without closing the case. Everything it saved is in the case.`
}

/**
 * The other owners of a case, stale ones removed; answers them, what was taken over, and whether this process's own
 * owner file is there.
 */
async function otherOwners(
  casePath: string
): Promise<{ owners: CaseOwner[]; takenOver: CaseOwner[]; ownFile: boolean }> {
  const prefix = prefixOf(casePath)
  let names: string[]
  try {
    names = (await readdir(dirname(casePath))).filter((name) => name.startsWith(prefix) && name.endsWith('.json'))
  } catch {
    return { owners: [], takenOver: [], ownFile: false }
  }
  const now = Date.now()
  const owners: CaseOwner[] = []
  const takenOver: CaseOwner[] = []
  for (const name of names) {
    if (name === basename(ownerPathFor(casePath))) continue
    const path = join(dirname(casePath), name)
    let owner: unknown
    try {
      owner = JSON.parse(await readFile(path, 'utf8'))
    } catch {
      continue // being written right now, or gone
    }
    if (!isOwner(owner)) continue
    if (isStale(owner, now)) {
      await unlink(path).catch(() => undefined)
      takenOver.push(owner)
    } else owners.push(owner)
  }
  owners.sort((a, b) => a.since.localeCompare(b.since))
  return { owners, takenOver, ownFile: names.includes(basename(ownerPathFor(casePath))) }
}

function startHeartbeat(): void {
  if (heartbeat) return
  heartbeat = setInterval(() => {
    for (const [casePath, mine] of owned) void writeOwner(casePath, mine)
  }, HEARTBEAT_MS)
  heartbeat.unref()
}

/** This process opens `casePath` (canonical) for `name`: its owner file is written; answers the others and a notice. */
export async function claimCase(
  casePath: string,
  name: string
): Promise<{ owners: CaseOwner[]; notice: string | null }> {
  const mine = owned.get(casePath) ?? { name, since: new Date().toISOString(), written: 0 }
  mine.name = name
  owned.set(casePath, mine)
  await writeOwner(casePath, mine)
  startHeartbeat()
  const { owners, takenOver } = await otherOwners(casePath)
  const notice = takenOver.length > 0 ? takenOver.map((owner) => describeTakeover(owner, casePath)).join(' ') : null
  return { owners, notice }
}

/**
 * A case just made where none was: owner files of stopped Factdesks left beside its path (their case deleted or moved
 * after a crash) go without a word. Nothing they saved is in the new case, so claimCase's takeover notice ("Everything
 * it saved is in the case") would be untrue; live owners stay.
 */
export async function dropStaleOwners(casePath: string): Promise<void> {
  await otherOwners(casePath)
}

/** Who else has the case open now; refreshes this process's heartbeat when it has the case open. */
export async function caseOwners(casePath: string): Promise<CaseOwner[]> {
  const others = await otherOwners(casePath)
  const mine = owned.get(casePath)
  // Written again at once when it is gone (another Factdesk took it over as stale after a sleep, a sync removed it).
  if (mine && (!others.ownFile || Date.now() - mine.written >= POLL_REFRESH_MS)) await writeOwner(casePath, mine)
  return others.owners
}

/**
 * The names of the others who have the case open, for a conflict's `theirsBy` ('' when nobody else does: the
 * change came from a synced copy or a program). Best effort: whoever wrote the change is most likely one of them.
 */
export async function otherOwnerNames(casePath: string): Promise<string> {
  const names = (await otherOwners(casePath)).owners.map((owner) => owner.name || `${owner.host} (unnamed)`)
  return [...new Set(names)].join(', ')
}

/**
 * The windows of this process that have each case open, by the id each sends with its poll (a tab's, kept across its
 * reloads). Browser mode serves any number of tabs from one process, which has one owner file: a tab is told of the
 * others here, as a second Factdesk is by its owner file. A window not heard from in OWNER_STALE_MS is gone (closed
 * without a word); a background tab still polls about once a minute. `page`: the page load last heard from in it.
 */
interface Viewer {
  since: string
  seen: number
  page?: string
}
const viewers = new Map<string, Map<string, Viewer>>()

function liveViewers(casePath: string, now: number): Map<string, Viewer> {
  const all = viewers.get(casePath) ?? new Map<string, Viewer>()
  for (const [id, seen] of all) if (now - seen.seen > OWNER_STALE_MS) all.delete(id)
  viewers.set(casePath, all)
  return all
}

/**
 * Window `viewer` (its page load `page`) polls or opens `casePath`: noted; answers the other windows of this process
 * with it open, as owners.
 */
export function viewersBeside(
  casePath: string,
  tag: ViewerTag & { viewer: string },
  name: string,
  now: number
): CaseOwner[] {
  const all = liveViewers(casePath, now)
  const { viewer, page } = tag
  const was = all.get(viewer)
  all.set(viewer, { since: was?.since ?? new Date(now).toISOString(), seen: now, page: page ?? was?.page })
  return [...all]
    .filter(([id]) => id !== viewer)
    .map(([, { since, seen }]) => ({
      name,
      host: HOST,
      pid: process.pid,
      since,
      heartbeat: new Date(seen).toISOString(),
      here: true
    }))
}

/**
 * Window `viewer` closed the case: answers how many windows of this process still have it open. A close naming a
 * page load other than the one last heard from in that window is an earlier page's, come late (a reload: the old
 * page's pagehide beacon can reach the server after the new page's getStartup opened the case): the window stays.
 */
export function viewerLeaves(casePath: string, tag: ViewerTag & { viewer: string }, now: number): number {
  const all = liveViewers(casePath, now)
  const { viewer, page } = tag
  const known = all.get(viewer)?.page
  if (page && known && known !== page) return all.size
  all.delete(viewer)
  if (all.size === 0) viewers.delete(casePath)
  return all.size
}

/** This process is done with the case: its owner file goes. */
export async function releaseCase(casePath: string): Promise<void> {
  if (!owned.delete(casePath)) return
  await unlink(ownerPathFor(casePath)).catch(() => undefined)
  if (owned.size === 0 && heartbeat) {
    clearInterval(heartbeat)
    heartbeat = null
  }
}

// A Factdesk that exits normally leaves no owner file (a crash leaves one, which the next opener takes over).
process.on('exit', () => {
  for (const casePath of owned.keys()) {
    try {
      unlinkSync(ownerPathFor(casePath))
    } catch {
      // already gone
    }
  }
})
