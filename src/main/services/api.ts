/**
 * The one implementation of the API contract (src/shared/contract.ts), shared by Electron's IPC
 * and browser mode's HTTP server. Each method validates its input (api-inputs.ts), calls plain
 * services, and answers a Result; no method ever throws, whatever it is given.
 *
 * What differs between the modes comes in through ApiDeps: the native dialog, how links open,
 * and the report and revision services, which other modules provide (wired in app-services.ts).
 * Paths are capabilities, not strings: a method touches only files the checker chose and the files of the cases
 * opened from them (capabilities.ts; each method's rule in api-access.ts).
 */
import type { ApiInput, ApiMethod, ApiResult, FactdeskApi, Session, Startup, ViewerTag } from '../../shared/contract'
import { API_METHODS } from '../../shared/contract'
import { fail, ok, type Result } from '../../shared/result'
import { checkAccess } from './api-access'
import { API_INPUTS } from './api-inputs'
import { capabilitiesFor, type Capabilities } from './capabilities'
import { formatIssuePath } from './validation'
import { canonicalCasePath } from './case-store'
import { engineOf, type DraftEngine } from './draft-engine'
import { saveRequest } from './case-saves'
import { forgetVersions } from './case-versions'
import { claimCase, releaseCase, viewerLeaves, viewersBeside } from './case-owners'
import { pollCase } from './case-poll'
import { putBackCase } from './case-put-back'
import { DraftWatch, watchedArticle } from './draft-watch'
import { saveCopy } from './case-copy'
import { addEvidenceFile } from './evidence'
import { checkExternalUrl, openWithDesktop } from './external'
import { forgetRecent, listRecent } from './recent'
import { openFile, restoreBackupOffThread, type SessionContext } from './sessions'
import { saveProfile } from './profile'
import { holdSettings, saveSettings, type HeldSettings } from './settings'
import { snapshotUrl, type SnapshotOptions } from './snapshot'
import { getStartup } from './startup'

export interface ApiDeps {
  dataDir: string
  /** Folder with sample-article.txt. */
  resourcesDir: string
  mode: Startup['mode']
  /** FILE from the command line: what the first getStartup opens (a file the checker chose). */
  launchFile?: string | null
  /** The files this running app may touch; one per app, shared with the shell (Electron grants dropped files). */
  capabilities?: Capabilities
  now?: () => Date
  /** Electron's native open dialog; absent in browser mode. Answers a path or null when cancelled. */
  chooseFile?: () => Promise<string | null>
  /** Opens an already checked http(s) URL; defaults to the desktop opener (xdg-open). */
  openUrl?: (url: string) => Promise<Result<null>>
  renderReport?: (input: ApiInput<'renderReport'>) => Promise<ApiResult<'renderReport'>>
  revise?: (input: ApiInput<'revise'>) => Promise<ApiResult<'revise'>>
  snapshotOptions?: SnapshotOptions
  /** Called after the recent list may have changed (Electron rebuilds its Open Recent menu). */
  onRecentChanged?: () => void
  /**
   * Who imports and extracts drafts: the shells pass the worker engine (worker-engine.ts), whose imports can be
   * followed and cancelled; in-process when absent (tests). appServices' revise must be given the same one.
   */
  engine?: DraftEngine
  /** The settings this app holds (holdSettings on dataDir when absent); tests count the reads they make. */
  settings?: HeldSettings
}

type Handler<M extends ApiMethod> = (input: ApiInput<M>) => Promise<ApiResult<M>>
type Handlers = { [M in ApiMethod]: Handler<M> }

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

export function createApiService(deps: ApiDeps): FactdeskApi {
  const ctx: SessionContext = { dataDir: deps.dataDir, now: deps.now, engine: deps.engine }
  const engine = engineOf(ctx)
  const capabilities = deps.capabilities ?? capabilitiesFor(deps.dataDir)
  const drafts = new DraftWatch(engine)
  let launchFile = deps.launchFile ?? null
  const clock = deps.now ?? (() => new Date())
  const settings = deps.settings ?? holdSettings(deps.dataDir)
  if (launchFile) capabilities.grantFile(launchFile)
  const recentChanged = <T>(result: T): T => {
    deps.onRecentChanged?.()
    return result
  }
  /**
   * A case that was opened may be saved, restored and given evidence from now on; this app becomes one of its
   * owners (an owner file beside it), and the session says who else has it open: other Factdesks and, given the
   * window's id (`viewer`), the other windows of this process with it open, as its polls will say (and this window is
   * noted for theirs).
   */
  const opened = async <T extends Result<Session>>(result: T, tag?: ViewerTag): Promise<T> => {
    if (result.ok) {
      const session = result.value
      capabilities.grantCase(session.casePath)
      // Its article is watched while it is open: an edit on disk is said then, not at the next open.
      drafts.watch(session.casePath, watchedArticle(session, capabilities))
      // Opening is rare and reads the file: a name another Factdesk saved is held from here on.
      const { checkerName } = await settings.reread()
      const { owners, notice } = await claimCase(session.casePath, checkerName)
      const viewer = tag?.viewer
      const here = viewer ? viewersBeside(session.casePath, { ...tag, viewer }, checkerName, clock().getTime()) : []
      session.owners = [...owners, ...here]
      if (notice) session.notice = [session.notice, notice].filter(Boolean).join(' ')
    }
    return recentChanged(result)
  }

  const handlers: Handlers = {
    async getStartup(input) {
      // The command-line file is shown once; after that, a reload shows the last case opened.
      const file = launchFile
      launchFile = null
      const startup = await getStartup(ctx, { launchFile: file, mode: deps.mode, resourcesDir: deps.resourcesDir })
      const session = startup.ok ? startup.value.session : null
      if (session) await opened(ok(session), input ?? undefined)
      else if (startup.ok && startup.value.broken) capabilities.grantCase(startup.value.broken.casePath)
      return recentChanged(startup)
    },
    async openFile(input) {
      return opened(await openFile(ctx, input), input)
    },
    async openDialog(input) {
      if (!deps.chooseFile)
        return fail(
          'unsupported',
          'There is no native file dialog in browser mode; use the Open button or drop a file.'
        )
      const path = await deps.chooseFile()
      if (path === null) return ok(null)
      capabilities.grantFile(path)
      return opened(await openFile(ctx, { path, jobId: input?.jobId }), input ?? undefined)
    },
    async listRecent() {
      return ok(await listRecent(deps.dataDir, { withMissing: true }))
    },
    async forgetRecent(input) {
      await forgetRecent(deps.dataDir, input.casePath)
      return recentChanged(ok(await listRecent(deps.dataDir, { withMissing: true })))
    },
    async saveCase(input) {
      return saveRequest(input.casePath, input, {
        now: deps.now,
        by: async () => (await settings.current()).checkerName
      })
    },
    async pollCase(input) {
      const casePath = await canonicalCasePath(input.casePath, false)
      const polled = await pollCase(casePath, input.fingerprint, drafts)
      // The other windows of this process with the case open (browser mode's tabs share its one owner file).
      if (polled.ok && input.viewer) {
        // Every 2 s per tab: the name held, never the settings file read again.
        const { checkerName } = await settings.current()
        const here = viewersBeside(casePath, { viewer: input.viewer, page: input.page }, checkerName, clock().getTime())
        polled.value.owners = [...polled.value.owners, ...here]
      }
      // The article changed on disk is the checker's to import as the case's next draft (revise reads it).
      if (polled.ok && polled.value.draftOnDisk) capabilities.grantFile(polled.value.draftOnDisk.path)
      return polled
    },
    async putBackCase(input) {
      return putBackCase(input.casePath, input, clock())
    },
    async closeCase(input) {
      const casePath = await canonicalCasePath(input.casePath, false)
      // Another tab still has it open, or this tab's next page does (a reload's beacon come late): all stays.
      if (input.viewer && viewerLeaves(casePath, { viewer: input.viewer, page: input.page }, clock().getTime()) > 0)
        return ok(null)
      await releaseCase(casePath)
      forgetVersions(casePath)
      drafts.forget(casePath)
      return ok(null)
    },
    async saveCopy(input) {
      const copy = await saveCopy(input.casePath, input.case, clock(), {
        dataDir: deps.dataDir
      })
      // The copy is the checker's to open next.
      if (copy.ok) capabilities.grantFile(copy.value.path)
      return copy
    },
    async restoreBackup(input) {
      // Read, parsed, checked and extracted by the engine, as any case opened; written here (sessions.ts).
      return opened(await restoreBackupOffThread(ctx, input, clock()), input)
    },
    async getSettings() {
      return ok(await settings.reread())
    },
    async saveSettings(input) {
      const saved = await saveSettings(deps.dataDir, input)
      if (saved.ok) settings.saved(saved.value)
      return saved
    },
    async saveProfile(input) {
      return saveProfile(deps.dataDir, input, clock())
    },
    async addEvidenceFile(input) {
      return addEvidenceFile(input.casePath, input.file)
    },
    async snapshotUrl(input) {
      return snapshotUrl(input.casePath, input.url, deps.snapshotOptions)
    },
    async openExternal(input) {
      const checked = checkExternalUrl(input.url)
      if (!checked.ok) return checked
      return (deps.openUrl ?? openWithDesktop)(checked.value)
    },
    async renderReport(input) {
      if (!deps.renderReport) return fail('unavailable', 'Reports are not available in this build of Factdesk.')
      return deps.renderReport(input)
    },
    async revise(input) {
      if (!deps.revise) return fail('unavailable', 'Importing a new draft is not available in this build of Factdesk.')
      return deps.revise(input)
    },
    async importStatus(input) {
      return ok(engine.status(input.jobId))
    },
    async cancelImport(input) {
      return ok({ cancelled: engine.cancel(input.jobId) })
    }
  }

  const api = {} as Record<ApiMethod, (input: unknown) => Promise<Result<unknown>>>
  for (const method of API_METHODS) {
    api[method] = async (input: unknown) => {
      const parsed = API_INPUTS[method].safeParse(input)
      if (!parsed.success) {
        const issue = parsed.error.issues[0]
        const where = issue && issue.path.length > 0 ? `${formatIssuePath(issue.path)}: ` : ''
        return fail('invalid-input', `${method}: ${where}${issue?.message ?? 'invalid input'}.`)
      }
      try {
        const allowed = await checkAccess(method, parsed.data, capabilities)
        if (!allowed.ok) return allowed
        return await (handlers[method] as (value: unknown) => Promise<Result<unknown>>)(allowed.value)
      } catch (error) {
        // A bug, not bad input: still an answer, never a thrown exception across the boundary.
        return fail('internal', `${method} failed unexpectedly: ${messageOf(error)}`)
      }
    }
  }
  return api as unknown as FactdeskApi
}

/** Calls a method by name with untyped input (the HTTP and IPC shells). Unknown names answer a Result too. */
export async function callApi(api: FactdeskApi, method: string, input: unknown): Promise<Result<unknown>> {
  if (!(API_METHODS as readonly string[]).includes(method))
    return fail('unknown-method', `There is no API method called "${method}".`)
  const fn = api[method as ApiMethod] as (value: unknown) => Promise<Result<unknown>>
  return fn(input)
}
