/**
 * The Node side of an open case in miniature, for the case session's tests: versions by fingerprint, patches applied
 * to the version named, merged three-way when stale, as case-saves.ts does; and a file that can be damaged, deleted
 * or replaced, an article edited beside it, and "Put my version back", as the poll and case-put-back.ts answer.
 */
import type { CaseFileProblem, CasePatch, DraftOnDisk } from '../../../src/shared/contract'
import type { CaseFile } from '../../../src/shared/case'
import { fail, ok } from '../../../src/shared/result'
import { applyPatch } from '../../../src/core/case/case-patch'
import { mergeCases } from '../../../src/core/case/merge-cases'
import type { SessionApi } from '../../../src/renderer/src/lib/case-session'

export const json = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T

const OTHER_AT = '2024-03-14T10:05:00.000Z'

/** The Node side in miniature: versions by fingerprint, patches applied to the version named, merged when stale. */
export class FakeServer {
  versions = new Map<string, CaseFile>()
  disk: { case: CaseFile; fingerprint: string }
  saves: Array<{ fingerprint: string; patch: CasePatch }> = []
  inFlight = 0
  maxInFlight = 0
  failNext: string | null = null
  forgetVersions = false
  private counter = 0
  private gates: Array<() => void> = []
  holdSaves = false
  /** What the poll says of the file (damaged, gone): no save is taken while it is set. */
  problem: CaseFileProblem | null = null
  /** The article as the poll answers it. */
  draftOnDisk: DraftOnDisk | null = null
  putBacks: Array<{ fingerprint: string; patch: CasePatch; replacing?: string }> = []
  /** Versions the Node side wrote over since: the poll says so when one is on disk again. */
  olderCopies = new Set<string>()
  /** What saves and polls say of the case's backups (why they are not kept, or null). */
  backups: string | null = null

  constructor(start: CaseFile) {
    this.disk = { case: json(start), fingerprint: this.nextPrint() }
    this.versions.set(this.disk.fingerprint, this.disk.case)
  }

  private nextPrint(): string {
    this.counter += 1
    return `fp${this.counter}`
  }

  /** Someone else writes the file. */
  writeOutside(change: (c: CaseFile) => CaseFile): void {
    this.write(change(json(this.disk.case)))
  }

  private write(next: CaseFile): string {
    const fingerprint = this.nextPrint()
    this.disk = { case: json(next), fingerprint }
    this.versions.set(fingerprint, this.disk.case)
    return fingerprint
  }

  /** Someone puts back an older copy of the file, byte for byte (a sync, a copy from a backup). */
  rollBackTo(fingerprint: string): void {
    const version = this.versions.get(fingerprint)
    if (version) this.disk = { case: json(version), fingerprint }
  }

  /** Someone copies another case over the file. */
  replaceWith(other: CaseFile): void {
    this.write(other)
  }

  release(): void {
    this.gates.splice(0).forEach((open) => open())
  }

  readonly api: SessionApi = {
    saveCase: async (input) => {
      this.inFlight += 1
      this.maxInFlight = Math.max(this.maxInFlight, this.inFlight)
      if (this.holdSaves) await new Promise<void>((open) => this.gates.push(open))
      await Promise.resolve()
      this.inFlight -= 1
      this.saves.push({ fingerprint: input.fingerprint, patch: json(input.patch!) })
      if (this.problem) return fail('case-invalid', `Not saved: ${this.problem.message}`)
      if (this.failNext) {
        const message = this.failNext
        this.failNext = null
        return fail('disk-full', message)
      }
      const base =
        this.forgetVersions && input.fingerprint !== this.disk.fingerprint
          ? undefined
          : this.versions.get(input.fingerprint)
      if (!base) return fail('conflict', 'The version this save started from is no longer known.')
      const next = applyPatch(json(base), json(input.patch!))
      const stale = input.fingerprint !== this.disk.fingerprint
      const written = stale ? mergeCases(base, next, this.disk.case, { at: OTHER_AT }).case : next
      const fingerprint = this.write(written)
      const merged = stale ? json(written) : null
      return ok({ fingerprint, savedAt: '2024-03-14T10:10:00.000Z', merged, backups: this.backups })
    },
    pollCase: async (input) => {
      await Promise.resolve()
      const { problem, draftOnDisk, backups } = this
      if (problem) return ok({ fingerprint: input.fingerprint, case: null, owners: [], problem, draftOnDisk, backups })
      const changed = input.fingerprint !== this.disk.fingerprint
      const onDisk = changed ? json(this.disk.case) : null
      const olderCopy = changed && this.olderCopies.has(this.disk.fingerprint)
      const found = { fingerprint: this.disk.fingerprint, case: onDisk, olderCopy, owners: [], problem: null }
      return ok({ ...found, draftOnDisk, backups })
    },
    putBackCase: async (input) => {
      await Promise.resolve()
      this.putBacks.push({ fingerprint: input.fingerprint, patch: json(input.patch), replacing: input.replacing })
      const base = this.versions.get(input.fingerprint)
      if (!base) return fail('conflict', 'Not put back: the version your edits were made on is no longer known.')
      const good = this.disk.case.id === base.id && input.replacing !== this.disk.fingerprint
      if (!this.problem && good) return fail('conflict', 'Not put back: the file is good.')
      this.problem = null
      const fingerprint = this.write(applyPatch(json(base), json(input.patch)))
      return ok({ fingerprint, savedAt: '2024-03-14T10:20:00.000Z', setAside: '/cases/a.factdesk.broken-x.json' })
    }
  }
}
