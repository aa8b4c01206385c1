/**
 * The open case in a window, and the only writer of it while it is open: an undo/redo stack of whole-case
 * snapshots, autosave of what changed (a patch against the version on disk it started from), and outside changes
 * merged in rather than thrown away. Plain TypeScript, no React: the hook (useCaseState) subscribes to it.
 *
 * - Discrete actions (a status, accept, a source) are saved at once; typing-like edits after a short pause, and
 *   keystrokes close together are one undo step. Saves never overlap: what changes during a save goes right after.
 * - Text typed and not sent (core/case/unsent.ts) is saved like any change but is never an undo step.
 * - The file changed outside (another window, another process, a synced copy): a save answers the merged case, or
 *   the poll notices a new fingerprint; either way the outside version becomes the base and the checker's own
 *   changes are merged on top of it three-way (core/case/merge-cases.ts). The same field changed on both sides
 *   becomes a conflict in the case, both values kept until the checker picks. Undo never reverts outside changes.
 * - A save refused for a full disk or a server restarting is retried every few seconds until it works.
 */
import type { CaseOwner, FactdeskApi } from '../../../shared/contract'
import type { CaseFile } from '../../../shared/case'
import { applyPatch, casePatch, isEmptyPatch } from '../../../core/case/case-patch'
import { mergeCases } from '../../../core/case/merge-cases'
import { canRedo, canUndo, pushState, redo, undo, undoStack, type UndoStack } from '../../../core/case/undo'
import { carryUnsent } from '../../../core/case/unsent'
import { keepIdentity } from './case-identity'

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
}

export type SessionApi = Pick<FactdeskApi, 'saveCase' | 'pollCase'>

export interface SessionInit {
  casePath: string
  case: CaseFile
  fingerprint: string
  owners?: CaseOwner[]
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

type Timer = ReturnType<typeof setTimeout>

export class CaseSession {
  readonly casePath: string
  private stack: UndoStack<CaseFile>
  /** The version on disk `fingerprint` names: what the next save's patch is made against, the merge base. */
  private base: CaseFile
  private fingerprint: string
  private saveState: SaveState = { kind: 'saved', at: null }
  private owners: CaseOwner[]
  private outsideMerges = 0
  private view: SessionView
  private readonly listeners = new Set<() => void>()
  private saving: Promise<void> | null = null
  private saveTimer: Timer | null = null
  private retryTimer: Timer | null = null
  private pollTimer: Timer | null = null
  private polling = false
  private running = false
  private lastTyped = 0
  /** The checker's name, recorded on the conflicts a merge finds. */
  private checker = ''
  private readonly options: Required<SessionOptions>

  constructor(
    private readonly api: SessionApi,
    init: SessionInit,
    options: SessionOptions = {}
  ) {
    this.casePath = init.casePath
    this.stack = undoStack(init.case)
    this.base = init.case
    this.fingerprint = init.fingerprint
    this.owners = init.owners ?? []
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

  private makeView(): SessionView {
    return {
      case: this.stack.present,
      saveState: this.saveState,
      canUndo: canUndo(this.stack),
      canRedo: canRedo(this.stack),
      owners: this.owners,
      outsideMerges: this.outsideMerges
    }
  }

  private emit(): void {
    const next = this.makeView()
    const old = this.view
    if ((Object.keys(next) as (keyof SessionView)[]).every((key) => next[key] === old[key])) return
    this.view = next
    for (const listener of [...this.listeners]) listener()
  }

  private setSaveState(state: SaveState): void {
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

  private schedule(debounce: boolean): void {
    if (this.saveTimer) clearTimeout(this.saveTimer)
    this.saveTimer = null
    if (debounce) this.saveTimer = setTimeout(() => void this.flush(), this.options.debounceMs)
    else void this.flush()
  }

  // ---- saving ------------------------------------------------------------------------------------------------

  /** Writes everything pending now; true when what is on screen is on disk. */
  async flush(): Promise<boolean> {
    if (this.saveTimer) clearTimeout(this.saveTimer)
    this.saveTimer = null
    if (this.retryTimer) clearTimeout(this.retryTimer)
    this.retryTimer = null
    this.saving ??= this.saveLoop().finally(() => {
      this.saving = null
    })
    await this.saving
    return this.stack.present === this.base || isEmptyPatch(casePatch(this.base, this.stack.present))
  }

  private async saveLoop(): Promise<void> {
    let savedAt: string | null = this.saveState.kind === 'saved' ? this.saveState.at : null
    // A file that keeps changing under every save would otherwise be chased for ever.
    let recoveries = 0
    for (;;) {
      const toSave = this.stack.present
      const patch = casePatch(this.base, toSave)
      if (isEmptyPatch(patch)) {
        this.base = toSave
        if (this.saveState.kind !== 'failed' && this.saveState.kind !== 'conflict')
          this.setSaveState({ kind: 'saved', at: savedAt })
        return
      }
      this.setSaveState({ kind: 'saving' })
      const result = await this.api.saveCase({ casePath: this.casePath, fingerprint: this.fingerprint, patch })
      if (result.ok) {
        savedAt = result.value.savedAt
        this.fingerprint = result.value.fingerprint
        if (result.value.merged) this.takeOutside(toSave, keepIdentity(toSave, result.value.merged))
        else this.base = toSave
        continue
      }
      // The server no longer knows the version this session started from: read the file and merge here.
      if (result.error.code === 'conflict' && recoveries++ < 3 && (await this.checkOutside(true))) continue
      this.setSaveState({
        kind: result.error.code === 'conflict' ? 'conflict' : 'failed',
        reason: result.error.message
      })
      if (this.running) this.retryTimer = setTimeout(() => void this.flush(), this.options.retryMs)
      return
    }
  }

  // ---- changes made outside ----------------------------------------------------------------------------------

  /**
   * `outside` is now the version on disk, and `from` the version of ours it was made from (our last base, or the
   * case a merged save sent). Our changes since `from` are merged on top of it; every undo snapshot takes the
   * outside changes too, so undo never reverts what someone else did.
   */
  private takeOutside(from: CaseFile, outside: CaseFile): void {
    const before = this.stack.present
    this.base = outside
    let after = outside
    if (before !== from) {
      const merged = mergeCases(from, before, outside, {
        at: new Date(this.options.now()).toISOString(),
        oursBy: this.checker
      })
      after = keepIdentity(before, merged.case)
    }
    if (after === before) return
    const delta = casePatch(before, after)
    const carry = (snapshot: CaseFile) => applyPatch(snapshot, delta)
    this.stack = { past: this.stack.past.map(carry), present: after, future: this.stack.future.map(carry) }
    this.outsideMerges += 1
    this.emit()
  }

  /**
   * Looks at the file now; a change made outside is merged in and what is left of ours saved. False when the file
   * could not be read. `force` asks for the file whatever its fingerprint (a save was refused as a conflict).
   */
  async checkOutside(force = false): Promise<boolean> {
    const asked = this.fingerprint
    const result = await this.api.pollCase({ casePath: this.casePath, fingerprint: force ? '' : asked })
    if (!result.ok) return false
    if (!sameOwners(this.owners, result.value.owners)) {
      this.owners = result.value.owners
      this.emit()
    }
    const onDisk = result.value.case
    // Unchanged; or a save of ours moved the file on meanwhile (this answer is out of date, and a save in flight
    // is merged on the server anyway).
    if (!onDisk || this.fingerprint !== asked || (!force && this.saving)) return true
    this.fingerprint = result.value.fingerprint
    this.takeOutside(this.base, keepIdentity(this.base, onDisk))
    if (!force && this.stack.present !== this.base) this.schedule(false)
    return true
  }

  // ---- life ----------------------------------------------------------------------------------------------------

  /** Starts watching the file for outside changes (and retrying failed saves). */
  start(): void {
    if (this.running) return
    this.running = true
    this.schedulePoll()
  }

  /** Stops the timers; what is pending is written first (best effort). */
  stop(): Promise<boolean> {
    this.running = false
    if (this.pollTimer) clearTimeout(this.pollTimer)
    if (this.retryTimer) clearTimeout(this.retryTimer)
    this.pollTimer = this.retryTimer = null
    return this.flush()
  }

  private schedulePoll(): void {
    if (!this.running || this.options.pollMs <= 0) return
    this.pollTimer = setTimeout(() => void this.pollOnce(), this.options.pollMs)
  }

  private async pollOnce(): Promise<void> {
    this.pollTimer = null
    if (!this.running) return
    if (!this.polling && !this.saving) {
      this.polling = true
      try {
        await this.checkOutside()
      } finally {
        this.polling = false
      }
    }
    this.schedulePoll()
  }
}

function sameOwners(a: readonly CaseOwner[], b: readonly CaseOwner[]): boolean {
  return a.length === b.length && a.every((owner, i) => JSON.stringify(owner) === JSON.stringify(b[i]))
}
