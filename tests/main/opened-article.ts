/**
 * An article opened in the app's services as browser mode opens it (named at launch), and what its window sends:
 * the poll of its case and a change made on screen (a patch against the version it opened).
 */
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { FactdeskApi, Session } from '../../src/shared/contract'
import { casePatch } from '../../src/core/case/case-patch'
import { setStatus } from '../../src/core/case/ops-status'
import { createApiService } from '../../src/main/services/api'
import { appServices } from '../../src/main/services/app-services'
import { tempDir } from '../helpers/temp-dir'

export const DRAFT = 'Harbour fees rise\n\nHarbour fees rose 12% last year, the port said.\n'

/** `now`: the app's clock (the owners' and windows' heartbeats read it). */
export async function openedArticle(
  text = DRAFT,
  now?: () => Date
): Promise<{ api: FactdeskApi; session: Session; article: string }> {
  const article = join(tempDir(), 'fees.txt')
  writeFileSync(article, text)
  const dataDir = tempDir()
  const deps = { dataDir, resourcesDir: tempDir(), mode: 'browser' as const, launchFile: article, now }
  const api = createApiService({ ...deps, ...appServices(dataDir) })
  const startup = await api.getStartup()
  if (!startup.ok || !startup.value.session) throw new Error('the article did not open')
  return { api, session: startup.value.session, article }
}

export async function poll(api: FactdeskApi, session: Session, fingerprint = session.fingerprint) {
  const polled = await api.pollCase({ casePath: session.casePath, fingerprint })
  if (!polled.ok) throw new Error(polled.error.message)
  return polled.value
}

/** A change the checker made on screen, as the window sends it: a patch against the version it opened. */
export function verified(session: Session, index = 0) {
  const item = session.case.items[index]
  const changed = setStatus(session.case, item.id, 'verified', { by: 'Ana', at: '2026-03-03T10:00:00.000Z' })
  if (!changed.ok) throw new Error(changed.error.message)
  return { casePath: session.casePath, fingerprint: session.fingerprint, patch: casePatch(session.case, changed.value) }
}
