// @vitest-environment happy-dom
/**
 * Import new draft, closed while the new draft is being imported: a checker pressed Esc during "Importing
 * long-draft.txt…" and, seconds later, the draft replaced the case on screen anyway. Closing the dialog stops that
 * import (cancelImport with its job id) and nothing is applied. The real dialog against a stand-in API.
 */
import { act, createElement } from 'react'
import { describe, expect, it } from 'vitest'
import { ImportDraftDialog } from '../../../src/renderer/src/components/ImportDraftDialog'
import { apiFromCaller, type ApiMethod, type CasePatch, type Session } from '../../../src/shared/contract'
import { casePatch } from '../../../src/core/case/case-patch'
import { fail, ok, type Result } from '../../../src/shared/result'
import { caseFile, paragraphs } from '../../helpers/builders'
import { testRoot, wait } from '../test-root'

const SUMMARY = { unchanged: 3, changed: 1, removed: 0, added: 0, sharedText: 0.9 }

/** revise answers the preview at once; the import itself waits until the test (or cancelImport) ends it. */
function standIn(summary: object = SUMMARY) {
  const calls: { method: ApiMethod; input: unknown }[] = []
  let pending: ((result: Result<unknown>) => void) | null = null
  const api = apiFromCaller(async (method, input) => {
    calls.push({ method, input })
    if (method === 'revise') {
      const previews = calls.filter((call) => call.method === 'revise').length
      if (previews === 1) return ok({ summary, session: {} as Session })
      return new Promise((resolve) => (pending = resolve))
    }
    if (method === 'importStatus') return ok(null)
    if (method === 'cancelImport') return ok({ cancelled: pending !== null })
    return fail('unsupported', `${method} is not part of this test`)
  })
  return { api, calls, finish: (result: Result<unknown>) => pending?.(result) }
}

const root = testRoot()
const button = (label: string) => [...root.host.querySelectorAll('button')].find((b) => b.textContent === label)

describe('Import new draft', () => {
  it('closed while importing: the import is cancelled and the revised case is not applied', async () => {
    const { api, calls, finish } = standIn()
    const revised: Session[] = []
    const c = caseFile(paragraphs('The harbour fees rose 12% last year.'))
    const dialog = createElement(ImportDraftDialog, {
      api,
      casePath: '/cases/harbour.txt.factdesk.json',
      caseFile: c,
      initialFile: { fileName: 'long-draft.txt', base64: btoa('The harbour fees rose 14% last year.') },
      onRevised: (_sent, session) => revised.push(session),
      onClose: () => undefined
    })
    await root.render(dialog)
    for (let i = 0; i < 40 && !button('Import draft'); i += 1) await wait(25)
    await act(async () => button('Import draft')?.click())
    await wait(50)
    expect(root.host.textContent).toContain('Importing long-draft.txt…')

    // The checker closes the dialog (the workspace removes it) while the import runs.
    await root.render(null)
    const importing = calls.filter((call) => call.method === 'revise')[1]?.input as { jobId: string }
    expect(calls.find((call) => call.method === 'cancelImport')?.input).toEqual({ jobId: importing.jobId })

    // Even an answer that arrives anyway is not applied.
    finish(ok({ summary: SUMMARY, session: { casePath: '/cases/harbour.txt.factdesk.json' } as Session }))
    await wait(50)
    expect(revised).toEqual([])
  })

  it('sends the case on screen as the version on disk and the edits not saved yet, not whole', async () => {
    const { api, calls } = standIn()
    const saved = caseFile(paragraphs('The harbour fees rose 12% last year.', 'Ships waited two days.'))
    const onScreen = { ...saved, articleDate: '2024-03-14' }
    await root.render(
      createElement(ImportDraftDialog, {
        api,
        casePath: '/cases/harbour.txt.factdesk.json',
        caseFile: onScreen,
        savedVersion: () => ({ case: saved, fingerprint: 'a'.repeat(64) }),
        initialFile: { fileName: 'v2.txt', base64: btoa('The harbour fees rose 14% last year.') },
        onRevised: () => undefined,
        onClose: () => undefined
      })
    )
    for (let i = 0; i < 40 && !button('Import draft'); i += 1) await wait(25)
    const preview = calls.find((call) => call.method === 'revise')?.input as Record<string, unknown>
    expect(preview.case).toBeUndefined()
    expect(preview.base).toEqual({ fingerprint: 'a'.repeat(64), patch: casePatch(saved, onScreen) })
    expect((preview.base as { patch: CasePatch }).patch.fields).toEqual({ articleDate: '2024-03-14' })
    await root.render(null)
  })

  /** The dialog with a file dropped on it, previewed against the stand-in's summary. */
  const preview = (api: ReturnType<typeof standIn>['api'], fileName: string, text: string) =>
    root.render(
      createElement(ImportDraftDialog, {
        api,
        casePath: '/cases/harbour.txt.factdesk.json',
        caseFile: caseFile(paragraphs('The harbour fees rose 12% last year.')),
        initialFile: { fileName, base64: btoa(text) },
        onRevised: () => undefined,
        onClose: () => undefined
      })
    )

  it('warns when the new draft shares almost no text with the current one, and imports it only on purpose', async () => {
    // Another article chosen by mistake: the counts alone read like a heavy edit, and importing it strips every anchor.
    const { api, calls } = standIn({ unchanged: 0, changed: 0, removed: 10, added: 30, sharedText: 0.02 })
    await preview(api, 'cycle-lanes.txt', 'The council approved 14 km of cycle lanes.')
    for (let i = 0; i < 40 && !button('Import anyway'); i += 1) await wait(25)
    expect(root.host.querySelector('[role="alert"]')?.textContent).toBe(
      'This draft shares almost no text with the current one (2% in common) — is it the right file?'
    )
    expect(button('Import draft')).toBeUndefined()
    // Enter cancels; the import is one deliberate click away.
    expect(root.host.ownerDocument.activeElement).toBe(button('Cancel'))
    await act(async () => button('Import anyway')?.click())
    await wait(50)
    expect(calls.filter((call) => call.method === 'revise')).toHaveLength(2)
    await root.render(null)
  })

  it('does not warn for a draft that shares its text with the current one', async () => {
    await preview(standIn().api, 'v2.txt', 'The harbour fees rose 14% last year.')
    for (let i = 0; i < 40 && !button('Import draft'); i += 1) await wait(25)
    expect(root.host.querySelector('[role="alert"]')).toBeNull()
    expect(root.host.querySelector('[aria-label="What the import will do"]')?.textContent).toContain(
      '0 new suggestions'
    )
    await root.render(null)
    // One new sentence to check is one suggestion ("1 new suggestions" read wrong).
    await preview(standIn({ ...SUMMARY, added: 1 }).api, 'v3.txt', 'The harbour fees rose 14% last year. More.')
    for (let i = 0; i < 40 && !button('Import draft'); i += 1) await wait(25)
    expect(root.host.querySelector('[aria-label="What the import will do"]')?.textContent).toContain('1 new suggestion')
    expect(root.host.querySelector('[aria-label="What the import will do"]')?.textContent).not.toContain('suggestions')
    expect(root.host.ownerDocument.activeElement).toBe(button('Import draft'))
    await root.render(null)
  })
})

describe('Import new draft given a case file', () => {
  it('says it is a case, not a draft, and offers to open it as one', async () => {
    const message =
      'Cannot open "harbour.txt.factdesk (1).json": this is a Factdesk case file, not a draft. Open it with File › Open… to continue checking it.'
    const api = apiFromCaller(async (method) => {
      if (method === 'revise') return fail('case-file-not-draft', message)
      if (method === 'importStatus') return ok(null)
      return fail('unsupported', `${method} is not part of this test`)
    })
    const file = { fileName: 'harbour.txt.factdesk (1).json', base64: btoa('{"schemaVersion": 2, "drafts": []}') }
    const opened: unknown[] = []
    await root.render(
      createElement(ImportDraftDialog, {
        api,
        casePath: '/cases/harbour.txt.factdesk.json',
        caseFile: caseFile(paragraphs('The harbour fees rose 12% last year.')),
        initialFile: file,
        onRevised: () => undefined,
        onOpenCase: (chosen) => opened.push(chosen),
        onClose: () => undefined
      })
    )
    const offer = 'Open harbour.txt.factdesk (1).json as a case'
    for (let i = 0; i < 40 && !button(offer); i += 1) await wait(25)
    expect(root.host.querySelector('[role="alert"]')?.textContent).toBe(message)
    await act(async () => button(offer)?.click())
    expect(opened).toEqual([file])
    await root.render(null)
  })
})
