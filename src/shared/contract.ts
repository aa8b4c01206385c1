/**
 * The API contract between the UI and the Node side: every method, its input and its result.
 * Electron exposes it through the preload facade (IPC); browser mode serves the same methods over
 * loopback HTTP (POST /api/<method>). Main validates every input (zod schemas in src/main/services/validation.ts)
 * and every method answers a Result: errors cross as data, never as thrown exceptions.
 */
import type { Inconsistency, ScoredSentence } from './article'
import type { CaseChecklists, CaseFile, Item, RatingMapEntry, ReportHeader, Snapshot, Source, StatusDef } from './case'
import { fail, type Result } from './result'

/** Every report format, in the order the export dialog and the CLI list them. */
export const REPORT_FORMATS = ['html', 'pdf', 'md', 'csv', 'json', 'claimreview'] as const
export type ReportFormat = (typeof REPORT_FORMATS)[number]

/** Paper sizes a PDF report can be printed on, as the settings dialog and the CLI list them. */
export const PAPER_SIZES = ['A4', 'Letter'] as const
export type PaperSize = (typeof PAPER_SIZES)[number]

export interface Settings {
  checkerName: string
  /** Paper size for PDF reports. */
  paperSize: PaperSize
}

/** Settings before the checker saves any: no name yet (history says "Unnamed checker"), A4 paper. */
export const DEFAULT_SETTINGS: Settings = { checkerName: '', paperSize: 'A4' }

/** What a newsroom sets once for every new case (docs/FORMAT.md, "Newsroom profile"). */
export interface NewsroomProfile {
  statuses: StatusDef[]
  ratingMap: RatingMapEntry[]
  checklists: CaseChecklists
  reportHeader: ReportHeader
  savedAt: string
  /** Something to tell the checker about the file (an old profile that could not be read, set aside). */
  notice?: string
}

export interface RecentEntry {
  casePath: string
  articlePath: string | null
  title: string
  openedAt: string
  /**
   * True when the case file is not on disk any more (moved, deleted, on a drive not plugged in): the start screen and
   * the File menu show it as missing, to locate or remove from the list. Absent when the case is there.
   */
  missing?: boolean
}

/** An open case as the UI sees it: the case file plus the engine's view of the current draft. */
export interface Session {
  casePath: string
  case: CaseFile
  /**
   * The engine's view of the current draft that the case does not store: every scored sentence (for
   * coverage) and the possible inconsistencies. Claims and quotes are already the case's items.
   */
  sentences: ScoredSentence[]
  inconsistencies: Inconsistency[]
  /**
   * The case's twins not linked yet, as [later item id, first item id] (core/case/twins.ts), found where the case was
   * loaded: the workspace links them on open without normalising every sentence in the window. [] once linked.
   */
  twins: Array<[string, string]>
  /**
   * Opaque token of the file on disk when loaded/saved: a save names the version it started from with it, and the
   * Node side merges any change made on disk since (saveCase).
   */
  fingerprint: string
  /** Other Factdesk windows or processes that have this case open now (their owner files), oldest first. */
  owners?: CaseOwner[]
  /** Something the checker should be told once on opening (e.g. a stale owner taken over), or absent. */
  notice?: string
}

/**
 * Who has a case open: one owner file beside the case per running Factdesk that opened it (docs/FORMAT.md), kept
 * fresh by a heartbeat. "Open on LAPTOP-3 by Ana since 10:42".
 */
export interface CaseOwner {
  /** The checker's name in that Factdesk's settings ('' when none is set). */
  name: string
  host: string
  pid: number
  /** When it opened the case, and when it last said it still has it (ISO times). */
  since: string
  heartbeat: string
  /** Another window or tab of this very Factdesk (browser mode serves many tabs from one process). */
  here?: boolean
}

/**
 * What changed in a case since the version a save's fingerprint names: what saveCase sends instead of the whole
 * case. Built and applied by src/core/case/case-patch.ts (`casePatch(base, next)`, `applyPatch(base, patch)`).
 */
export interface CasePatch {
  /** Items added or changed, each whole; a new id is added at the end unless `itemOrder` places it. */
  items: Item[]
  removedItemIds: string[]
  /** Sources added or changed, each whole. */
  sources: Source[]
  removedSourceIds: string[]
  /** The case's other fields that changed (drafts, statuses, threshold, conflicts…), with their new values. */
  fields: Partial<Omit<CaseFile, 'items' | 'sources' | 'schemaVersion' | 'id' | 'updatedAt'>>
  /** Every item id in order when the order changed other than by appending; null when it did not. */
  itemOrder: string[] | null
}

/** What a save answers. */
export interface SaveResult {
  fingerprint: string
  savedAt: string
  /**
   * Null when the file on disk was still the version the save started from. Otherwise the file had changed outside
   * (another window, another process, a synced copy) and the save merged it three-way with the version the
   * fingerprint names as base: this is the case now on disk (both sides' changes; same-field clashes in
   * `conflicts`), which the UI takes as its new base.
   */
  merged: CaseFile | null
  /**
   * Why backups of this case are not being kept (the last one could not be written: its folder read-only or in the
   * way, the disk full), in the checker's words; null while they are. The save itself went through.
   */
  backups?: string | null
}

/** What putBackCase answers: the new token of the case file, and where the file it replaced was kept, if any. */
export interface PutBack {
  fingerprint: string
  savedAt: string
  setAside: string | null
}

/** What pollCase answers: the case on disk now, when it is not the version the caller holds, and who has it open. */
export interface CasePoll {
  /** Token of the file on disk now (the one asked about when the file cannot be used: see `problem`). */
  fingerprint: string
  /** The case on disk when its token differs from the one asked about; null when unchanged or unusable. */
  case: CaseFile | null
  /**
   * True when `case` is a version this Factdesk had on disk and wrote over since: an older copy put back (a checkout,
   * a sync tool), never to be merged in, even by a window that did not hold that version itself.
   */
  olderCopy?: boolean
  /** Other Factdesk windows or processes with the case open. */
  owners: CaseOwner[]
  /** The case file cannot be used as it is on disk now (damaged, gone); absent or null when it can. */
  problem?: CaseFileProblem | null
  /** Why backups of this case are not being kept (as SaveResult.backups); null while they are. */
  backups?: string | null
  /**
   * The article the case was made from, as it is on disk now (the window offers it as the next draft when its text is
   * none of the case's drafts); null when there is none to watch (an upload) or it cannot be read.
   */
  draftOnDisk?: DraftOnDisk | null
  /**
   * The path of the article the case was made from when it is watched and nothing is at that path any more (moved or
   * deleted while the case is open); absent or null while it is there, or when there is none to watch.
   */
  draftGone?: string | null
}

/**
 * Why the case file on disk cannot be used now: `damaged` (it does not parse or validate: another program wrote
 * it, a copy broke), `missing` (moved or deleted), `replaced` (it is another case: its id is not this one's) or
 * `older` (an earlier version of this very case, one the window saved or read before: a sync or a copy put an old
 * file back; merged, it would undo the work saved since). The window finds the last two from the case the poll
 * answers. `message` says it in the checker's words.
 */
export interface CaseFileProblem {
  /**
   * `newer`: saved by a newer Factdesk since (a format this one cannot read), never replaced by this one. `link`: a
   * symbolic link put where the case file was, never read or written through (put back keeps the link aside).
   */
  kind: 'damaged' | 'missing' | 'replaced' | 'older' | 'newer' | 'link'
  message: string
}

/** The article file a case was made from, as it is on disk now (edited since the case read it, or not). */
export interface DraftOnDisk {
  /** Its full path: a file this app may read as the case's next draft (revise). */
  path: string
  fileName: string
  /** SHA-256 of its normalised text, as a draft's `hash`: equal to one of the case's drafts when it is that text. */
  hash: string
  /** When the file was last modified (ISO 8601). */
  modifiedAt: string
}

/** Why a case could not be opened, with the newest good backup to offer, if any. */
export interface BrokenCase {
  casePath: string
  problem: string
  backups: { path: string; savedAt: string }[]
}

export interface Startup {
  session: Session | null
  broken: BrokenCase | null
  recent: RecentEntry[]
  settings: Settings
  /** 'electron' or 'browser': the UI hides what a mode cannot do (e.g. native dialogs). */
  mode: 'electron' | 'browser'
  /**
   * Best-effort housekeeping that failed this run (the recent list or settings could not be written: a full or
   * read-only data folder), in words, to show once; absent or [] when all went well. Never stops a case opening.
   */
  warnings?: string[]
  /**
   * The file named when Factdesk started could not be opened (empty, binary, missing, too large…): why, in words.
   * No other case is opened in its place; the window shows the start screen with this, to open another file.
   */
  launchError?: string
}

/** A file chosen in the UI: a path (Electron, CLI) or its bytes (browser mode upload, drag and drop). */
export type FileInput = { path: string } | { fileName: string; base64: string }

/**
 * Names a draft import so the UI can follow it (importStatus) and stop it (cancelImport) while the call that started
 * it (openFile, revise) is still waiting: a random id the caller makes, unique per import.
 */
export interface ImportJobTag {
  jobId?: string
}

/**
 * The window's own id (a tab's, kept across its reloads), as pollCase takes it: a case opened with it answers the other
 * windows of this process with that case open among its owners, from the first frame rather than the first poll.
 */
export interface ViewerTag {
  viewer?: string
  /**
   * This page load's own id (another after a reload, where `viewer` stays): a close names the page it closes for, so
   * a reload's late beacon, arriving after the new page opened the case, does not close it (case-owners.ts).
   */
  page?: string
}

/**
 * Browser mode: where a page going away for good sends its beacon (navigator.sendBeacon, pagehide), the body
 * `{ token, casePath, viewer, page }` as JSON: closeCase for that window, so the other tabs stop saying it has the case open
 * (src/main/web/server.ts handleBeacon).
 */
export const LEAVE_BEACON_PATH = '/beacon/closeCase'

/**
 * An uploaded case file that Factdesk already keeps, with other work in it than the file picked (openFile answered
 * 'case-in-library', saying what differs): 'library' opens the copy kept, 'separate' keeps the file as a second copy.
 */
export type SameCaseChoice = 'library' | 'separate'

/** What openFile takes: the file, its import's id, and for an upload the checker's answer to 'case-in-library'. */
export type OpenFileInput = ({ path: string } | { fileName: string; base64: string; sameCase?: SameCaseChoice }) &
  ImportJobTag &
  ViewerTag

/** Where an import is, in the order they happen; the app says each in words ("Reading draft… 40%"). */
export const IMPORT_PHASES = [
  'reading',
  'parsing',
  'sentences',
  'check-worthiness',
  'quotes',
  'consistency',
  'case'
] as const
export type ImportPhase = (typeof IMPORT_PHASES)[number]

/** What importStatus answers while an import runs. */
export interface ImportProgress {
  jobId: string
  phase: ImportPhase
  /** 0–100, over the whole import (reading to the last extraction stage, or to the new case built). */
  percent: number
  /** Since the import started, in milliseconds. */
  elapsedMs: number
}

export interface RevisionSummary {
  unchanged: number
  /** Items whose words changed, the speaker of their transcript turn staying the same. */
  changed: number
  /** Transcript claims given to another speaker (their words changed or not): "Speaker changed: A → B". */
  speakerChanged: number
  /** Each different speaker change once, in the order met: "LINDQVIST → OKAFOR". */
  speakerChanges: string[]
  removed: number
  added: number
  /**
   * Share in [0, 1] of text the two drafts have in common (core/revisions/shared-text.ts): under
   * UNRELATED_DRAFT_SHARE the preview asks whether the new draft is the right file at all.
   */
  sharedText: number
}

export interface FactdeskApi {
  /**
   * What to show at start: the case given on the command line, else the last case, else the sample. `viewer`: the
   * window's own id, as pollCase takes it, so the session names the other windows of this process with that case open
   * from the first frame (not from the first poll, 2 s later, when the line saying so pushed the workspace down).
   */
  getStartup(input?: ViewerTag): Promise<Result<Startup>>
  /**
   * Open an article (creating its case) or an existing `.factdesk.json` case. With `jobId` the import can be
   * followed (importStatus) and cancelled (cancelImport) meanwhile; a cancelled or over-budget import answers an
   * error and changes nothing. An uploaded case Factdesk already keeps opens that copy; when the two differ it
   * answers 'case-in-library' saying how, and the checker's choice comes back as `sameCase`.
   */
  openFile(input: OpenFileInput): Promise<Result<Session>>
  /**
   * Native open dialog (Electron); null when cancelled. Browser mode answers fail('unsupported'). `jobId` names the
   * import of the file chosen, as for openFile.
   */
  openDialog(input?: ImportJobTag & ViewerTag): Promise<Result<Session | null>>
  listRecent(): Promise<Result<RecentEntry[]>>
  /** Takes a case off the recent list (a missing one the checker removed, or located elsewhere); the list after. */
  forgetRecent(input: { casePath: string }): Promise<Result<RecentEntry[]>>
  /**
   * Save atomically, under a lock shared by every process, what changed since the version `fingerprint` names:
   * `patch` (what the app sends) or the whole `case` (the CLI, older callers); exactly one of them. When the file
   * changed on disk since, the save merges three-way and answers the merged case (SaveResult.merged). It fails
   * with 'conflict' only when the version `fingerprint` names is no longer known (reload then), with 'case-invalid'
   * when the file on disk does not parse (it is never replaced), and 'locked' when another process held the lock
   * too long.
   */
  saveCase(input: {
    casePath: string
    fingerprint: string
    case?: CaseFile
    patch?: CasePatch
  }): Promise<Result<SaveResult>>
  /** The case on disk if it changed since `fingerprint`, and who else has it open; refreshes this app's heartbeat. */
  /** `viewer`: the window's own id (a tab's, kept across reloads), so the others of this process are told of it. */
  pollCase(input: { casePath: string; fingerprint: string } & ViewerTag): Promise<Result<CasePoll>>
  /**
   * "Put my version back", when the case file on disk cannot be used (damaged, missing, another case): writes the
   * case on screen (the version `fingerprint` names and `patch`) in its place, the file that was there kept aside
   * first (`<case minus .json>.broken-<time>.json`, or for another case `<name> (replaced <time>).factdesk.json`),
   * never deleted. Refused with 'conflict', writing nothing, when the file is a good version of this case again.
   */
  putBackCase(input: {
    casePath: string
    fingerprint: string
    patch: CasePatch
    /** The token of a good file of this case to replace all the same (an older copy the checker was told of). */
    replacing?: string
  }): Promise<Result<PutBack>>
  /** This window is done with the case (another case opened, window closed): its owner file goes. */
  /** With `viewer`: the case stays open (owner file, watches) while another window of this process has it open. */
  closeCase(input: { casePath: string } & ViewerTag): Promise<Result<null>>
  /**
   * "Save my version as a copy": writes `case` beside the case file as `<name> (copy <time>).factdesk.json`, never
   * over anything; answers its path.
   */
  saveCopy(input: { casePath: string; case: CaseFile }): Promise<Result<{ path: string }>>
  /** Replace a broken case file by one of its backups (the broken one is kept aside, never deleted). */
  restoreBackup(input: { casePath: string; backupPath: string } & ViewerTag): Promise<Result<Session>>
  getSettings(): Promise<Result<Settings>>
  saveSettings(input: Settings): Promise<Result<Settings>>
  /**
   * Make these statuses, ratings, checklists and report header the newsroom profile (`<data folder>/profile.json`):
   * every case created from now on starts with them. A part left out keeps the profile's. Answers the profile as
   * saved.
   */
  saveProfile(
    input: Pick<NewsroomProfile, 'statuses' | 'ratingMap'> &
      Partial<Pick<NewsroomProfile, 'checklists' | 'reportHeader'>>
  ): Promise<Result<NewsroomProfile>>
  /** Copy a local file into the case's evidence folder; returns its path there and SHA-256. */
  addEvidenceFile(input: {
    casePath: string
    file: FileInput
  }): Promise<Result<{ filePath: string; sha256: string; fileName: string }>>
  /** Save a snapshot of a web page into the evidence folder, where the network allows. */
  snapshotUrl(input: { casePath: string; url: string }): Promise<Result<Snapshot>>
  /** Open an http(s) link in the system browser. Any other scheme is refused. */
  openExternal(input: { url: string }): Promise<Result<null>>
  /**
   * Render the verification report; html for the preview, or written to disk when `save` is true.
   * `appendix` adds each item's history, the evidence hashes and the checked copy (default false).
   * `case`: the case as the checker sees it (edits not yet saved included); without it the file on disk is used.
   */
  renderReport(input: {
    casePath: string
    format: ReportFormat
    save: boolean
    appendix?: boolean
    case?: CaseFile
  }): Promise<Result<{ content: string | null; path: string | null }>>
  /**
   * Import a new draft of the case's article and re-anchor every item. `case`: revise the case as the checker sees
   * it instead of the file on disk; `base`, what the app sends: the same case as the version on disk `fingerprint`
   * names and `patch`, the edits not saved yet (a big case's tens of MB are not sent back; at most one of the two).
   * With `dryRun` nothing is written: the answer's session holds the revised case (and the disk's fingerprint),
   * which the app applies as one undoable step and saves with its own token. Without `dryRun` the revised case is
   * saved here (the CLI).
   */
  revise(input: {
    casePath: string
    file: FileInput
    dryRun: boolean
    case?: CaseFile
    base?: { fingerprint: string; patch: CasePatch }
    jobId?: string
  }): Promise<Result<{ session: Session; summary: RevisionSummary }>>
  /**
   * How far the import named `jobId` (given to openFile or revise) has got; null when it is not running (not started
   * yet, finished, cancelled). Polled by the app every quarter second once an import takes over half a second.
   */
  importStatus(input: { jobId: string }): Promise<Result<ImportProgress | null>>
  /**
   * Stop the import named `jobId`: its worker is ended at once and the call that started it answers
   * 'import-cancelled'. Nothing was written; the open case stays as it was. `cancelled` is false when there was no
   * such import running (it had already finished).
   */
  cancelImport(input: { jobId: string }): Promise<Result<{ cancelled: boolean }>>
}

/**
 * A command from a menu: the desktop app's native menu (sent by main on COMMAND_CHANNEL) or the app's own
 * File menu in the toolbar. One shape for both; the renderer dispatches it in one place (App.tsx).
 */
export type Command =
  | { command: 'open' }
  | { command: 'open-recent'; casePath: string }
  | { command: 'import-draft' }
  | { command: 'changes' }
  | { command: 'export-report' }
  | { command: 'save-copy' }
  | { command: 'settings' }

/** The one IPC channel on which main sends a Command to a window. */
export const COMMAND_CHANNEL = 'command'

/**
 * The IPC channel on which the preload tells main the full path of a file the checker picked or dropped: the API
 * touches only files the checker chose (src/main/services/capabilities.ts).
 */
export const CHOSEN_FILE_CHANNEL = 'chosen-file'

/**
 * Long answers over IPC, in parts. A message is one uninterrupted step for both sides: a session for a draft at the
 * size limit (28,000 items) in one IPC answer held Electron's main thread and the window 0.3–0.7 s each, in which
 * main answered nobody else (another window's saves). So main answers a long Result as a PartedAnswer: the Result
 * with every long list in it emptied, where those lists lie, and an id; the preload then asks for the lists'
 * elements on ANSWER_PART_CHANNEL, ELEMENTS_PER_PART at a time, each part one short message, other calls answered
 * between them, and hands the page the Result whole. Browser mode's server does the same with its answer's bytes
 * (json-answer.ts).
 */
export const ANSWER_PART_CHANNEL = 'answer-part'

/** Elements of a long list per part: 500 items are 10–20 ms of cloning on this machine, short beside a save. */
export const ELEMENTS_PER_PART = 500

/** A list emptied in a PartedAnswer's head: the keys from the head down to it, and how many elements it had. */
export interface PartedList {
  path: Array<string | number>
  length: number
}

/** What main answers over IPC instead of a Result with lists longer than ELEMENTS_PER_PART. */
export interface PartedAnswer {
  parted: { id: string; head: Result<unknown>; lists: PartedList[] }
}

/** One part: the next elements of list number `list` (in the order of PartedAnswer's lists). */
export interface AnswerPart {
  list: number
  elements: unknown[]
}

export function isPartedAnswer(value: unknown): value is PartedAnswer {
  return typeof value === 'object' && value !== null && 'parted' in value
}

/**
 * The emptied lists in a received head, by the places the sender gave, each replaced by a new list to be filled in
 * order (here from IPC parts; in main from the import worker's parts, case-transfer.ts).
 */
export function emptiedLists(head: unknown, places: PartedList[]): Array<{ list: unknown[]; length: number }> {
  return places.map(({ path, length }) => {
    let holder = head as Record<string | number, unknown>
    for (const key of path.slice(0, -1)) holder = holder[key] as Record<string | number, unknown>
    const list: unknown[] = []
    holder[path[path.length - 1]] = list
    return { list, length }
  })
}

/**
 * The whole Result from a PartedAnswer's head and its parts, asked for one at a time with `next` (the preload's
 * ipcRenderer.invoke on ANSWER_PART_CHANNEL). A part that fails, or does not fit the lists, answers a failure: an
 * error as data, never half a case.
 */
export async function assembleParted(
  parted: PartedAnswer['parted'],
  next: (id: string) => Promise<Result<AnswerPart>>
): Promise<Result<unknown>> {
  const lists = emptiedLists(parted.head, parted.lists)
  for (const [index, { list, length }] of lists.entries()) {
    while (list.length < length) {
      const part = await next(parted.id)
      if (!part.ok) return part
      const { elements } = part.value
      if (part.value.list !== index || elements.length === 0 || list.length + elements.length > length)
        return lostAnswer('a part did not fit the answer')
      for (const element of elements) list.push(element)
    }
  }
  return parted.head
}

function lostAnswer(why: string): Result<never> {
  return fail('internal', `The answer from Factdesk’s main process was lost: ${why}.`)
}

/**
 * What the Electron preload puts on `window.factdesk`: every API method, plus the two things only the
 * desktop shell has. In browser mode there is no bridge and the renderer reaches the same API over HTTP.
 */
export interface FactdeskBridge extends FactdeskApi {
  /** Subscribes to menu commands; answers the function that unsubscribes. */
  onCommand(callback: (command: Command) => void): () => void
  /**
   * The full path of a file picked or dropped in the window, which the API may then read ('' when it has none:
   * a file made by script, a folder).
   */
  pathForFile(file: File): Promise<string>
}

export type ApiMethod = keyof FactdeskApi
export type ApiInput<M extends ApiMethod> = Parameters<FactdeskApi[M]>[0]
export type ApiResult<M extends ApiMethod> = Awaited<ReturnType<FactdeskApi[M]>>

/** Every method, once: a method missing here (or one that does not exist) fails to compile. */
const METHODS = {
  getStartup: true,
  openFile: true,
  openDialog: true,
  listRecent: true,
  forgetRecent: true,
  saveCase: true,
  pollCase: true,
  putBackCase: true,
  closeCase: true,
  saveCopy: true,
  restoreBackup: true,
  getSettings: true,
  saveSettings: true,
  saveProfile: true,
  addEvidenceFile: true,
  snapshotUrl: true,
  openExternal: true,
  renderReport: true,
  revise: true,
  importStatus: true,
  cancelImport: true
} as const satisfies Record<ApiMethod, true>

/** Every method, for the IPC and HTTP shells to register and the clients to expose. */
export const API_METHODS = Object.keys(METHODS) as ApiMethod[]

/** Builds an object with one function per API method from one generic caller (the preload, the HTTP client). */
export function apiFromCaller(call: (method: ApiMethod, input: unknown) => Promise<Result<unknown>>): FactdeskApi {
  const api = {} as Record<ApiMethod, (input?: unknown) => Promise<Result<unknown>>>
  for (const method of API_METHODS) api[method] = (input?: unknown) => call(method, input)
  // Each entry forwards its input untouched and answers what the Node side answered for that method.
  return api as unknown as FactdeskApi
}
