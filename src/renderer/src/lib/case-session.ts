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
import type { CaseFile } from '../../../shared/case'
import { casePatch, isEmptyPatch } from '../../../core/case/case-patch'
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
