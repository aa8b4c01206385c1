/**
 * The open case's state in a window, before any file: the undo/redo stack of whole-case snapshots, the version on
 * disk it was made from, the view the UI reads (a new object whenever any of it changes) and the changes the checker
 * makes. The session (case-session.ts) adds saving and watching the file; this base says when a change needs a save
 * (`schedule`), and the session decides how.
 */
import type { CaseFileProblem, CaseOwner, DraftOnDisk, FactdeskApi } from '../../../shared/contract'
import type { CaseFile } from '../../../shared/case'
import { canRedo, canUndo, pushState, redo, undo, undoStack, type UndoStack } from '../../../core/case/undo'
import { carryUnsent } from '../../../core/case/unsent'

export type SaveState =
  | { kind: 'saved'; at: string | null }
  | { kind: 'saving' }
  | { kind: 'unsaved' }
  | { kind: 'failed'; reason: string }
  | { kind: 'conflict'; reason: string }

export interface ApplyOptions {
  /** Typing-like: saved after a short pause, and keystrokes close together are one undo step. */
  debounce?: boolean
  /** False for text typed and not sent yet: saved, but never an undo step of its own. */
  undoable?: boolean
}

/** What the window shows of the session; a new object whenever any of it changes. */
export interface SessionView {
  case: CaseFile
  saveState: SaveState
  canUndo: boolean
  canRedo: boolean
  /** Other windows or processes with the case open, as the last poll saw them. */
  owners: CaseOwner[]
  /** How many times a change made outside was merged in (the UI tells the checker when it grows). */
  outsideMerges: number
  /** The case file on disk cannot be used now (damaged, gone, another case): nothing is saved until it can. */
  diskProblem: CaseFileProblem | null
  /** The article the case was made from, as it is on disk after it changed while the case was open. */
  draftOnDisk: DraftOnDisk | null
  /** The article the case was made from was watched and is gone from its place (moved, deleted): its path. */
  draftGone: string | null
  /** Why backups of the case are not being kept (saves still go through), as the last save or poll said; or null. */
  backups: string | null
}

export type SessionApi = Pick<FactdeskApi, 'saveCase' | 'pollCase' | 'putBackCase'>

export interface SessionInit {
  casePath: string
  case: CaseFile
  fingerprint: string
  owners?: CaseOwner[]
  /** This window's id (api/client.ts windowId), sent with each poll so other windows of this Factdesk are told. */
  viewer?: string
  /** This page load's id, sent with it (api/client.ts viewerTag). */
  page?: string
}

export interface SessionOptions {
  /** Long enough to gather a burst of keystrokes, short enough that every change is saved within a second. */
  debounceMs?: number
  /** Keystrokes closer together than this belong to the same undo step. */
  typingGroupMs?: number
  retryMs?: number
  /** How often to look at the file for changes made outside; 0 never (tests drive `checkOutside`). */
  pollMs?: number
  now?: () => number
}

export const SAVE_DEBOUNCE_MS = 300
export const TYPING_GROUP_MS = 1000
export const RETRY_MS = 3000
export const POLL_MS = 2000

export abstract class SessionCore {
  readonly casePath: string
  protected stack: UndoStack<CaseFile>
  /** The version on disk `fingerprint` names: what the next save's patch is made against, the merge base. */
  protected base: CaseFile
  protected fingerprint: string
  protected saveState: SaveState = { kind: 'saved', at: null }
  protected owners: CaseOwner[]
  protected outsideMerges = 0
  protected diskProblem: CaseFileProblem | null = null
  protected draftOnDisk: DraftOnDisk | null = null
  protected draftGone: string | null = null
  protected backups: string | null = null
  private view: SessionView
  private readonly listeners = new Set<() => void>()
  private lastTyped = 0
  /** The checker's name, recorded on the conflicts a merge finds. */
  protected checker = ''
  protected readonly options: Required<SessionOptions>
  protected readonly viewer: string | undefined
  protected readonly page: string | undefined

  constructor(init: SessionInit, options: SessionOptions = {}) {
    this.casePath = init.casePath
    this.stack = undoStack(init.case)
    this.base = init.case
    this.fingerprint = init.fingerprint
    this.owners = init.owners ?? []
    this.viewer = init.viewer
    this.page = init.page
    this.options = {
      debounceMs: SAVE_DEBOUNCE_MS,
      typingGroupMs: TYPING_GROUP_MS,
      retryMs: RETRY_MS,
      pollMs: POLL_MS,
      now: () => Date.now(),
      ...options
    }
    this.view = this.makeView()
  }

  // ---- what the UI reads -------------------------------------------------------------------------------------

  readonly getView = (): SessionView => this.view

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener)
    return () => void this.listeners.delete(listener)
  }

  get present(): CaseFile {
    return this.stack.present
  }

  /** The case on disk as this session last knew it (what a report or a revision would otherwise read). */
  get savedVersion(): { case: CaseFile; fingerprint: string } {
    return { case: this.base, fingerprint: this.fingerprint }
  }

  protected makeView(): SessionView {
    return {
      case: this.stack.present,
      saveState: this.saveState,
      canUndo: canUndo(this.stack),
      canRedo: canRedo(this.stack),
      owners: this.owners,
      outsideMerges: this.outsideMerges,
      diskProblem: this.diskProblem,
      draftOnDisk: this.draftOnDisk,
      draftGone: this.draftGone,
      backups: this.backups
    }
  }

  protected emit(): void {
    const next = this.makeView()
    const old = this.view
    if ((Object.keys(next) as (keyof SessionView)[]).every((key) => next[key] === old[key])) return
    this.view = next
    for (const listener of [...this.listeners]) listener()
  }

  /** What a save or poll said of the case's backups; absent (a server that does not say) changes nothing. */
  protected noteBackups(backups: string | null | undefined): void {
    if (backups === undefined || backups === this.backups) return
    this.backups = backups
    this.emit()
  }

  protected setSaveState(state: SaveState): void {
    this.saveState = state
    this.emit()
  }

  setChecker(name: string): void {
    this.checker = name
  }

  // ---- changes -----------------------------------------------------------------------------------------------

  /** Apply a change; false when it changed nothing. */
  apply(change: (c: CaseFile) => CaseFile, options: ApplyOptions = {}): boolean {
    const current = this.stack
    const next = change(current.present)
    if (next === current.present) return false
    const debounce = options.debounce ?? false
    if (options.undoable === false) return this.commit({ ...current, present: next }, debounce)
    // Typing in a field is one undo step, not one per keystroke: debounced edits close together replace the present.
    const now = this.options.now()
    const typing = debounce && now - this.lastTyped < this.options.typingGroupMs && current.past.length > 0
    this.lastTyped = debounce ? now : 0
    return this.commit(typing ? { ...current, present: next, future: [] } : pushState(current, next), debounce)
  }

  undo(): void {
    this.restore(undo)
  }

  redo(): void {
    this.restore(redo)
  }

  /** Undo or redo, with the text typed and not sent carried into the snapshot restored. */
  private restore(step: (s: UndoStack<CaseFile>) => UndoStack<CaseFile>): void {
    const next = step(this.stack)
    if (next === this.stack) return
    this.lastTyped = 0
    this.commit({ ...next, present: carryUnsent(this.stack.present, next.present) }, false)
  }

  private commit(next: UndoStack<CaseFile>, debounce: boolean): boolean {
    if (next === this.stack) return false
    this.stack = next
    if (this.saveState.kind !== 'saving' && this.saveState.kind !== 'conflict') this.saveState = { kind: 'unsaved' }
    this.emit()
    this.schedule(debounce)
    return true
  }

  /** A change was committed: save it now, or after a pause when `debounce` (typing). */
  protected abstract schedule(debounce: boolean): void
}
