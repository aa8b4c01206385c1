// @vitest-environment happy-dom
/**
 * The new-source form says what is missing where the checker is looking, beside Save, and the problem goes once it is
 * fixed. It was a notice at the foot of the window that stayed its seven seconds after the source had been saved.
 */
import { act, createElement } from 'react'
import { describe, expect, it } from 'vitest'
import { SourceForm } from '../../../src/renderer/src/components/SourceForm'
import type { SourceInput } from '../../../src/core/case/ops-sources'
import { apiFromCaller } from '../../../src/shared/contract'
import { fail } from '../../../src/shared/result'
import { testRoot } from '../test-root'

const root = testRoot()

async function typeInto(label: string, value: string): Promise<void> {
  const input = root.host.querySelector(`input[aria-label="${label}"]`) as HTMLInputElement
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set
  await act(async () => {
    setter?.call(input, value)
    input.dispatchEvent(new Event('input', { bubbles: true }))
  })
}

const submit = () => act(async () => (root.host.querySelector('form') as HTMLFormElement).requestSubmit())
const problem = () => root.host.querySelector('[role="alert"]')?.textContent ?? null

describe('SourceForm', () => {
  it('says in the form what a source lacks, saves nothing, and drops the problem once it is fixed', async () => {
    const saved: SourceInput[] = []
    const notices: string[] = []
    const api = apiFromCaller(async (method) => fail('unsupported', `${method} is not part of this test`))
    await root.render(
      createElement(SourceForm, {
        api,
        casePath: '/cases/ferry.factdesk.json',
        initial: null,
        onDraft: () => undefined,
        onSave: (input: SourceInput) => {
          saved.push(input)
          return true
        },
        onCancel: () => undefined,
        notify: (message: string) => notices.push(message)
      })
    )
    await submit()
    expect(problem()).toBe('Give the source a title, a URL, a file or a person’s name.')
    expect(saved).toEqual([])
    expect(notices).toEqual([])
    await typeInto('Title', 'Harbour board minutes, March')
    expect(problem()).toBeNull()
    await submit()
    expect(saved.map((input) => input.title)).toEqual(['Harbour board minutes, March'])
  })
})
