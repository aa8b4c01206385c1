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
import type { CaseFileProblem, DraftOnDisk, PutBack } from '../../../shared/contract'
import type { CaseFile } from '../../../shared/case'
import type { Result } from '../../../shared/result'
import { casePatch, isEmptyPatch } from '../../../core/case/case-patch'
import { currentDraft } from '../../../core/case/case-reading'
import { keepIdentity } from './case-identity'
import { sameOwners, withOutside } from './outside-changes'
import { SessionCore, type SessionApi, type SessionInit, type SessionOptions } from './session-core'

export * from './session-core'

type Timer = ReturnType<typeof setTimeout>

export class CaseSession extends SessionCore {
  private saving: Promise<void> | null = null
  private saveTimer: Timer | null = null
  private retryTimer: Timer | null = null
  private pollTimer: Timer | null = null
  private polling = false
  private running = false

  constructor(
    private readonly api: SessionApi,
    init: SessionInit,
    options: SessionOptions = {}
  ) {
    super(init, options)
  }

  protected schedule(debounce: boolean): void {
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
      // The file cannot take a save now (damaged, gone, another case): the work waits on screen until it can, or
      // until the checker puts their version back; the poll goes on, and a file good again is saved to at once.
      if (this.diskProblem)
        return this.setSaveState({ kind: 'failed', reason: `Not saved: ${this.diskProblem.message}` })
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
    this.base = outside
    const at = new Date(this.options.now()).toISOString()
    const next = withOutside(this.stack, from, outside, { at, oursBy: this.checker })
    if (next === this.stack) return
    this.stack = next
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
    const draftOnDisk = result.value.draftOnDisk ?? null
    if (!sameDraftOnDisk(this.draftOnDisk, draftOnDisk)) {
      this.draftOnDisk = draftOnDisk
      this.emit()
    }
    const onDisk = result.value.case
    // Another case copied over this one is nothing to merge: it is a problem to tell, as a damaged file is.
    const problem =
      result.value.problem ?? (onDisk && onDisk.id !== this.base.id ? replaced(this.casePath, onDisk) : null)
    if (!this.usable(problem)) return false
    // Unchanged; or a save of ours moved the file on meanwhile (this answer is out of date, and a save in flight
    // is merged on the server anyway).
    if (!onDisk || this.fingerprint !== asked || (!force && this.saving)) return true
    this.fingerprint = result.value.fingerprint
    this.takeOutside(this.base, keepIdentity(this.base, onDisk))
    if (!force && this.stack.present !== this.base) this.schedule(false)
    return true
  }

  /** Notes whether the file on disk can be used now; a file usable again takes what waited for it. */
  private usable(problem: CaseFileProblem | null): boolean {
    const was = this.diskProblem
    if (problem?.kind === was?.kind && problem?.message === was?.message) return problem === null
    this.diskProblem = problem
    if (!problem && this.saveState.kind === 'failed') this.saveState = { kind: 'unsaved' }
    this.emit()
    if (!problem && this.stack.present !== this.base) this.schedule(false)
    return problem === null
  }

  /**
   * "Put my version back": the case on screen written in place of the file on disk that cannot be used, which is kept
   * aside (case-put-back.ts). Answers where it was kept, or why nothing was written.
   */
  async putBack(): Promise<Result<PutBack>> {
    const toSave = this.stack.present
    const patch = casePatch(this.base, toSave)
    const result = await this.api.putBackCase({ casePath: this.casePath, fingerprint: this.fingerprint, patch })
    if (!result.ok) {
      // Good again (someone put it right meanwhile): the next look merges it as any outside change.
      void this.lookNow()
      return result
    }
    this.fingerprint = result.value.fingerprint
    this.base = toSave
    this.diskProblem = null
    this.setSaveState({ kind: 'saved', at: result.value.savedAt })
    if (this.stack.present !== toSave) this.schedule(false)
    return result
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
    await this.lookNow()
    this.schedulePoll()
  }

  /**
   * Looks at the file now, between polls (the window regained focus: the checker may have been in the editor or the
   * file manager), unless a look or a save is under way.
   */
  async lookNow(): Promise<void> {
    if (!this.running || this.polling || this.saving) return
    this.polling = true
    try {
      await this.checkOutside()
    } finally {
      this.polling = false
    }
  }
}

function sameDraftOnDisk(a: DraftOnDisk | null, b: DraftOnDisk | null): boolean {
  return (
    a === b || (a !== null && b !== null && a.hash === b.hash && a.path === b.path && a.modifiedAt === b.modifiedAt)
  )
}

/** The case file on disk is another case than the one open (its id): said as a problem, with its title. */
function replaced(casePath: string, other: CaseFile): CaseFileProblem {
  const draft = currentDraft(other)
  const name = casePath.split(/[\\/]/).pop() ?? casePath
  return {
    kind: 'replaced',
    message: `${name} on disk is now another case (“${draft.article.title || draft.fileName}”), not the one you are checking.`
  }
}
