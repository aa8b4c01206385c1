// @vitest-environment happy-dom
/**
 * The line under an item that says who said it: a claim's claimant with the words that name them and
 * the cue, a quote's speaker; the checker changes or clears either, and the case records it.
 */
import { act, createElement } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import { afterEach, describe, expect, it } from 'vitest'
import type { CaseFile, Item } from '../../../src/shared/case'
import { AttributionLine } from '../../../src/renderer/src/components/AttributionLine'
import type { Op } from '../../../src/renderer/src/lib/run-op'
import { caseFile, claim, paragraphs, quote } from '../../helpers/builders'
import { nameShower } from '../../../src/core/report/shown-names'

Object.assign(globalThis, { IS_REACT_ACT_ENVIRONMENT: true })

const A = paragraphs('Harbour fees rose 12% last year, the port authority said.', '“We had no choice,” said Ana Ruiz.')
const at = A.text.indexOf('the port authority')
const fees = claim(A, 'Harbour fees rose 12% last year, the port authority said.', {
  id: 'i1',
  claimant: {
    name: 'Kestrel Port Authority',
    mention: { start: at, end: at + 18, text: 'the port authority' },
    cue: { start: at + 19, end: at + 23, text: 'said' }
  }
})
const choice = quote(A, 'We had no choice,', {
  id: 'i2',
  speaker: { name: 'Ana Ruiz', description: null, anonymous: false }
})

let root: Root | null = null
let host: HTMLElement
afterEach(async () => {
  await act(async () => root?.unmount())
  root = null
})

/** Renders the line for one item of a live case; ops the line runs change that case and re-render it. */
async function mount(item: Item): Promise<{ current: () => CaseFile }> {
  let state = caseFile(A, { items: [item, ...[fees, choice].filter((it) => it.id !== item.id)] })
  host = document.createElement('div')
  document.body.append(host)
  root = createRoot(host)
  const render = () => {
    const live = state.items.find((it) => it.id === item.id) as Item
    root?.render(createElement(AttributionLine, { item: live, run }))
  }
  const run = (op: Op): boolean => {
    const out = op(state, { by: 'Checker', at: '2024-05-14T10:00:00.000Z' })
    if ('ok' in out) {
      if (!out.ok) return false
      state = out.value
    } else state = out
    render()
    return true
  }
  await act(async () => render())
  return { current: () => state }
}

const button = (label: string): HTMLButtonElement => {
  const found = [...host.querySelectorAll('button')].find((b) => b.textContent === label)
  if (!found) throw new Error(`no button "${label}" in: ${host.textContent}`)
  return found
}

async function typeName(value: string): Promise<void> {
  const input = host.querySelector('input') as HTMLInputElement
  await act(async () => {
    const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set
    setter?.call(input, value)
    input.dispatchEvent(new Event('input', { bubbles: true }))
  })
  await act(async () => (host.querySelector('form') as HTMLFormElement).requestSubmit())
}

describe('AttributionLine', () => {
  it('shows a claim’s claimant with the words naming them and the cue', async () => {
    await mount(fees)
    expect(host.textContent).toContain('Claimed by Kestrel Port Authority — “the port authority” said')
  })

  it('changes a claimant: the name is the checker’s, the engine’s evidence stays', async () => {
    const live = await mount(fees)
    await act(async () => button('Change').click())
    await typeName('Port of Kestrel')
    const changed = live.current().items.find((it) => it.id === 'i1')
    expect(changed?.claimant?.name).toBe('Port of Kestrel')
    expect(changed?.claimant?.mention.text).toBe('the port authority')
    expect(host.textContent).toContain('Claimed by Port of Kestrel')
  })

  it('shows no empty quotation marks when nothing in the article names the claimant (a turn, a name typed in)', async () => {
    // A transcript turn's claimant points at the empty span where the turn starts, with no cue.
    const turn = claim(A, 'Harbour fees rose 12% last year, the port authority said.', {
      id: 'i1',
      claimant: { name: 'OKAFOR', mention: { start: 0, end: 0, text: '' }, cue: null }
    })
    await mount(turn)
    expect(host.textContent).toContain('Claimed by OKAFOR')
    expect(host.textContent).not.toContain('“”')
    expect(host.textContent).not.toContain('—')
    await act(async () => root?.unmount())
    // A claimant the checker gives to a claim that had none, named nowhere in the article.
    const live = await mount(claim(A, 'Harbour fees rose 12% last year, the port authority said.', { id: 'i1' }))
    await act(async () => button('Set claimant').click())
    await typeName('Nadia Brook')
    expect(live.current().items.find((it) => it.id === 'i1')?.claimant?.mention.text).toBe('')
    expect(host.textContent).toContain('Claimed by Nadia Brook')
    expect(host.textContent).not.toContain('“”')
  })

  it('gives the focus back to Change after saving, cancelling or clearing (it was left on the page)', async () => {
    await mount(fees)
    await act(async () => button('Change').click())
    await typeName('Port of Kestrel')
    expect(document.activeElement).toBe(button('Change'))
    await act(async () => button('Change').click())
    await act(async () => button('Cancel').click())
    expect(document.activeElement).toBe(button('Change'))
    await act(async () => button('Clear').click())
    expect(document.activeElement).toBe(button('Set claimant'))
  })

  it('says when a captioned recording speaks the words, as the report does', async () => {
    host = document.createElement('div')
    document.body.append(host)
    root = createRoot(host)
    const show = (item: Item) =>
      act(async () =>
        root?.render(createElement(AttributionLine, { item, run: () => true, spoken: { start: 67, end: 80 } }))
      )
    await show(fees)
    expect(host.textContent).toContain(
      'Claimed by Kestrel Port Authority — “the port authority” said · at 1:07 in the recording'
    )
    await show(claim(A, 'Harbour fees rose 12% last year, the port authority said.', { id: 'i3' }))
    expect(host.textContent).toContain('No claimant: the article’s own claim. At 1:07 in the recording.')
  })

  it('clears a speaker, and offers to set one again', async () => {
    const live = await mount(choice)
    expect(host.textContent).toContain('Said by Ana Ruiz')
    await act(async () => button('Clear').click())
    expect(live.current().items.find((it) => it.id === 'i2')?.speaker).toBeNull()
    expect(host.textContent).toContain('No speaker found.')
    expect(button('Set speaker')).toBeTruthy()
  })

  it('shows the claimant under the one spelling the case gives the body, with the words as written', async () => {
    const board = paragraphs(
      'The Harbour Board said fees rose 12% last year.',
      'Fees will rise again, the Harbour Board said.'
    )
    const at = board.text.indexOf('the Harbour Board')
    const inside = claim(board, 'Fees will rise again, the Harbour Board said.', {
      id: 'b2',
      claimant: {
        name: 'the Harbour Board',
        mention: { start: at, end: at + 17, text: 'the Harbour Board' },
        cue: { start: at + 18, end: at + 22, text: 'said' }
      }
    })
    const opening = claim(board, 'The Harbour Board said fees rose 12% last year.', {
      id: 'b1',
      claimant: {
        name: 'The Harbour Board',
        mention: { start: 0, end: 17, text: 'The Harbour Board' },
        cue: { start: 18, end: 22, text: 'said' }
      }
    })
    host = document.createElement('div')
    document.body.append(host)
    root = createRoot(host)
    const shownName = nameShower([opening, inside])
    await act(async () => root?.render(createElement(AttributionLine, { item: inside, shownName, run: () => true })))
    expect(host.textContent).toContain('Claimed by The Harbour Board — said')
    await act(async () => button('Change').click())
    expect((host.querySelector('input') as HTMLInputElement).value).toBe('The Harbour Board')
  })
})
