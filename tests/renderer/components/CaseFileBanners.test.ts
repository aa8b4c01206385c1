// @vitest-environment happy-dom
/**
 * The banners for files changed by someone else while the case is open: the case file unusable (what happened, what
 * putting the checker's version back keeps, named as it will be), and the article changed on disk (offered until it
 * is dismissed for that text, or its text is one of the case's drafts).
 */
import { act, createElement } from 'react'
import { describe, expect, it } from 'vitest'
import type { DraftOnDisk } from '../../../src/shared/contract'
import { CaseFileBanners } from '../../../src/renderer/src/components/CaseFileBanners'
import { caseFile, paragraphs } from '../../helpers/builders'
import { testRoot } from '../test-root'

const root = testRoot()
const CASE = caseFile(paragraphs('Harbour fees rose 12% last year.'))
const CASE_PATH = '/desk/fees.txt.factdesk.json'
const onDisk = (hash: string): DraftOnDisk => ({
  path: '/desk/fees.txt',
  fileName: 'fees.txt',
  hash,
  modifiedAt: '2026-03-03T10:00:00.000Z'
})
const draftBanner = () => root.host.querySelector('[aria-label="Draft changed on disk"]')

function render(props: Partial<Parameters<typeof CaseFileBanners>[0]>, imported: string[] = []) {
  return root.render(
    createElement(CaseFileBanners, {
      casePath: CASE_PATH,
      caseFile: CASE,
      problem: null,
      draftOnDisk: null,
      onPutBack: () => undefined,
      onSaveCopy: () => undefined,
      onImportDraft: (path: string) => imported.push(path),
      ...props
    })
  )
}

describe('CaseFileBanners', () => {
  it('says what happened to the case file and what putting the version back keeps, by its real name', async () => {
    await render({ problem: { kind: 'damaged', message: 'fees.txt.factdesk.json is damaged: it is not valid JSON.' } })
    const text = root.host.querySelector('[role=alert]')?.textContent ?? ''
    expect(text).toContain('The case file was damaged on disk. fees.txt.factdesk.json is damaged')
    expect(text).toContain('keeps the damaged file beside it, as fees.txt.factdesk.broken-<time>.json.')
    await render({ problem: { kind: 'replaced', message: 'It is now another case.' } })
    expect(root.host.textContent).toContain('as fees.txt (replaced <time>).factdesk.json.')
    await render({ problem: { kind: 'link', message: 'It is now a link to /elsewhere.factdesk.json.' } })
    expect(root.host.textContent).toContain('The case file was replaced by a link. It is now a link')
    expect(root.host.textContent).toContain(
      'keeps the link beside it, as fees.txt.factdesk.link-<time>.json, and leaves what it points to as it is.'
    )
  })

  it('offers only the copy when a newer Factdesk saved the file: putting back over it would lose its work', async () => {
    await render({ problem: { kind: 'newer', message: 'Not saved: saved by a newer Factdesk (format 3).' } })
    const banner = root.host.querySelector('[role=alert]')
    expect(banner?.textContent).toContain('A newer Factdesk saved the case file.')
    expect([...(banner?.querySelectorAll('button') ?? [])].map((b) => b.textContent)).toEqual([
      'Save my version as a copy'
    ])
  })

  it('offers the changed article until dismissed for that text; another edit offers it again', async () => {
    const imported: string[] = []
    await render({ draftOnDisk: onDisk('a'.repeat(64)) }, imported)
    expect(draftBanner()?.textContent).toContain('fees.txt was changed on disk')
    const [importIt, dismiss] = [...(draftBanner()?.querySelectorAll('button') ?? [])]
    await act(async () => importIt.click())
    expect(imported).toEqual(['/desk/fees.txt'])
    await act(async () => dismiss.click())
    expect(draftBanner()).toBeNull()
    await render({ draftOnDisk: onDisk('b'.repeat(64)) }, imported)
    expect(draftBanner()).not.toBeNull()
    // Its text is the case's own draft (imported since, or put back as it was): nothing to offer.
    await render({ draftOnDisk: onDisk(CASE.drafts[0].hash) }, imported)
    expect(draftBanner()).toBeNull()
  })

  it('says once that the article was moved or deleted, and not again for that file', async () => {
    const gone = () => root.host.querySelector('[aria-label="Draft moved or deleted"]')
    await render({ draftGone: '/desk/fees.txt' })
    expect(gone()?.textContent).toBe(
      'fees.txt was moved or deleted on disk. Your case is safe: it keeps the draft you are checking, and your work goes on being saved as usual. When the next draft arrives, import it from wherever it is: File › Import new draft…OK'
    )
    await act(async () => gone()?.querySelector('button')?.click())
    expect(gone()).toBeNull()
    // Polled again while it is still gone, or back and gone again (a sync): no nagging.
    await render({ draftGone: '/desk/fees.txt' })
    await render({ draftGone: null })
    await render({ draftGone: '/desk/fees.txt' })
    expect(gone()).toBeNull()
  })
})
