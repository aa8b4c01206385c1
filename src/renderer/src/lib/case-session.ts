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
import { formatDateTime } from './format'
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
  /**
   * Every version of the file this window has held (opened, saved, taken in), by token: the file on disk back at one
   * of them, other than the latest, is an older copy put back over newer work (a sync, a copy from elsewhere).
   */
  private readonly held = new Set<string>()
  /** The token of the older copy found on disk, which putting the checker's version back replaces. */
  private olderPrint: string | null = null

  constructor(
    private readonly api: SessionApi,
    init: SessionInit,
    options: SessionOptions = {}
  ) {
    super(init, options)
    this.held.add(init.fingerprint)
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
        this.held.add(this.fingerprint)
        this.noteBackups(result.value.backups)
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
    const viewer = this.viewer ? { viewer: this.viewer, ...(this.page ? { page: this.page } : {}) } : {}
    const result = await this.api.pollCase({ casePath: this.casePath, fingerprint: force ? '' : asked, ...viewer })
    if (!result.ok) return false
    this.noteBackups(result.value.backups)
    if (!sameOwners(this.owners, result.value.owners)) {
      this.owners = result.value.owners
      this.emit()
    }
    const draftOnDisk = result.value.draftOnDisk ?? null
    const draftGone = result.value.draftGone ?? null
    if (!sameDraftOnDisk(this.draftOnDisk, draftOnDisk) || draftGone !== this.draftGone) {
      this.draftOnDisk = draftOnDisk
      this.draftGone = draftGone
      this.emit()
    }
    const onDisk = result.value.case
    // Another case copied over this one, or an older copy of this one (a version this window had, saved over since),
    // is nothing to merge: merged, it would mix in another article or undo the work saved since. It is told instead.
    const { fingerprint: now, olderCopy = false } = result.value
    const problem = result.value.problem ?? (onDisk ? this.notOurs(onDisk, now, olderCopy) : null)
    if (!this.usable(problem)) return false
    if (onDisk) this.held.add(result.value.fingerprint)
    // Unchanged; or a save of ours moved the file on meanwhile (this answer is out of date, and a save in flight
    // is merged on the server anyway).
    if (!onDisk || this.fingerprint !== asked || (!force && this.saving)) return true
    this.fingerprint = result.value.fingerprint
    this.takeOutside(this.base, keepIdentity(this.base, onDisk))
    if (!force && this.stack.present !== this.base) this.schedule(false)
    return true
  }

  /** Why the case found on disk (with token `fingerprint`) cannot be taken in, or null when it can. */
  private notOurs(onDisk: CaseFile, fingerprint: string, olderCopy: boolean): CaseFileProblem | null {
    if (onDisk.id !== this.base.id) return replaced(this.casePath, onDisk)
    // Older: a version this window had, or one the Node side wrote over (before a reload, or from another window).
    if (fingerprint === this.fingerprint || !(olderCopy || this.held.has(fingerprint))) return null
    this.olderPrint = fingerprint
    return older(this.casePath, onDisk)
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
    const replacing = this.diskProblem?.kind === 'older' ? (this.olderPrint ?? undefined) : undefined
    const request = { casePath: this.casePath, fingerprint: this.fingerprint, patch, replacing }
    const result = await this.api.putBackCase(request)
    if (!result.ok) {
      // Good again (someone put it right meanwhile): the next look merges it as any outside change.
      void this.lookNow()
      return result
    }
    this.fingerprint = result.value.fingerprint
    this.held.add(this.fingerprint)
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

/** The case file on disk is an older copy of the case open: said as a problem, with when it was saved. */
function older(casePath: string, copy: CaseFile): CaseFileProblem {
  const name = casePath.split(/[\\/]/).pop() ?? casePath
  return {
    kind: 'older',
    message: `${name} on disk was put back to an older copy of this case (saved ${formatDateTime(copy.updatedAt)}); taken in, it would undo what you saved since.`
  }
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
