// @vitest-environment happy-dom
/**
 * Keyboard-first checking: each key reaches its handler, and no key steals a checker's typing or
 * acts behind an open dialog.
 */
import { createElement, useLayoutEffect } from 'react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { isTyping, noItemSelected, useKeyboard, type KeyHandlers } from '../../../src/renderer/src/hooks/useKeyboard'
import { renderHook, type RenderedHook } from '../render-hook'
import { testRoot } from '../test-root'

type Calls = string[]

/** The filter's words, as the workspace holds them: clearFilter empties them. */
let filterWords = ''

function handlers(calls: Calls, of = ''): KeyHandlers {
  const record = (name: string) => () => void calls.push(of + name)
  return {
    next: record('next'),
    previous: record('previous'),
    status: (index) => void calls.push(`${of}status ${index}`),
    accept: record('accept'),
    dismiss: record('dismiss'),
    note: record('note'),
    nextUncovered: record('nextUncovered'),
    filter: record('filter'),
    shortcuts: record('shortcuts'),
    undo: record('undo'),
    redo: record('redo'),
    leaveField: record('leave field'),
    clearFilter: () => {
      if (!filterWords) return false
      filterWords = ''
      calls.push(`${of}clear filter`)
      return true
    }
  }
}

/** Presses a key on `target` (the page by default); answers whether the page's default action was prevented. */
function press(key: string, options: KeyboardEventInit = {}, target: EventTarget = document.body): boolean {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...options })
  target.dispatchEvent(event)
  return event.defaultPrevented
}

let calls: Calls
let hook: RenderedHook<KeyHandlers, void>

beforeEach(async () => {
  calls = []
  filterWords = ''
  hook = await renderHook(useKeyboard, handlers(calls))
})

afterEach(async () => {
  await hook.unmount()
  document.body.innerHTML = ''
})

describe('useKeyboard: keys to actions', () => {
  it.each([
    ['j', {}, 'next'],
    ['k', {}, 'previous'],
    ['J', { shiftKey: true }, 'next'],
    ['a', {}, 'accept'],
    ['d', {}, 'dismiss'],
    ['n', {}, 'note'],
    ['u', {}, 'nextUncovered'],
    ['/', {}, 'filter'],
    ['?', { shiftKey: true }, 'shortcuts'],
    ['1', {}, 'status 0'],
    ['7', {}, 'status 6'],
    ['z', { ctrlKey: true }, 'undo'],
    ['z', { metaKey: true }, 'undo'],
    ['Z', { ctrlKey: true, shiftKey: true }, 'redo'],
    ['y', { ctrlKey: true }, 'redo']
  ])('%s %o → %s, and the browser does nothing else with it', (key, options, action) => {
    expect(press(key, options)).toBe(true)
    expect(calls).toEqual([action])
  })

  it.each([
    ['8', {}],
    ['0', {}],
    ['x', {}],
    ['j', { altKey: true }],
    ['j', { ctrlKey: true }],
    ['Enter', {}]
  ])('%s %o does nothing', (key, options) => {
    expect(press(key, options)).toBe(false)
    expect(calls).toEqual([])
  })

  it('calls the handlers of the latest render, not the first', async () => {
    const later: Calls = []
    await hook.rerender(handlers(later))
    press('j')
    expect(calls).toEqual([])
    expect(later).toEqual(['next'])
  })

  it('stops listening when the workspace goes away', async () => {
    await hook.unmount()
    press('j')
    expect(calls).toEqual([])
  })
})

describe('useKeyboard: never in the way', () => {
  it.each([
    ['a text field', () => Object.assign(document.createElement('input'), { type: 'text' })],
    ['a search field', () => Object.assign(document.createElement('input'), { type: 'search' })],
    ['a note being written', () => document.createElement('textarea')],
    ['a list being chosen from', () => document.createElement('select')],
    ['editable text', () => Object.assign(document.createElement('div'), { contentEditable: 'true' })]
  ])('letters, digits and undo are left to %s', (_name, make) => {
    const field = document.body.appendChild(make())
    for (const [key, options] of [
      ['j', {}],
      ['1', {}],
      ['z', { ctrlKey: true }]
    ] as const) {
      expect(press(key, options, field)).toBe(false)
    }
    expect(calls).toEqual([])
  })

  it.each([
    ['a note being written', () => document.createElement('textarea')],
    ['a text field', () => Object.assign(document.createElement('input'), { type: 'text' })],
    ['a list being chosen from', () => document.createElement('select')]
  ])('Esc leaves %s for the item list, and the next letter is a shortcut again', (_name, make) => {
    const field = document.body.appendChild(make())
    expect(press('Escape', {}, field)).toBe(true)
    expect(calls).toEqual(['leave field'])
    press('j')
    expect(calls).toEqual(['leave field', 'next'])
  })

  it('Esc outside a field, or inside a dialog, is not taken', () => {
    expect(press('Escape')).toBe(false)
    const dialog = document.body.appendChild(document.createElement('dialog'))
    dialog.setAttribute('open', '')
    const field = dialog.appendChild(document.createElement('textarea'))
    expect(press('Escape', {}, field)).toBe(false)
    expect(calls).toEqual([])
  })

  it('Esc after a filter’s walk (/, words, Enter, J) clears its words; in the field it first leaves the field', () => {
    filterWords = 'Okafor'
    const field = document.body.appendChild(Object.assign(document.createElement('input'), { type: 'search' }))
    expect(press('Escape', {}, field)).toBe(true)
    expect(filterWords).toBe('Okafor')
    press('j')
    expect(press('Escape')).toBe(true)
    expect(filterWords).toBe('')
    expect(calls).toEqual(['leave field', 'next', 'clear filter'])
    // Nothing left to clear: the next Esc is not taken.
    expect(press('Escape')).toBe(false)
  })

  it('a checkbox is not typing: its keys still work', () => {
    const box = document.body.appendChild(Object.assign(document.createElement('input'), { type: 'checkbox' }))
    expect(isTyping(box)).toBe(false)
    press('j', {}, box)
    expect(calls).toEqual(['next'])
  })

  it('nothing happens behind an open dialog', () => {
    const dialog = document.body.appendChild(document.createElement('dialog'))
    dialog.setAttribute('open', '')
    press('j')
    press('z', { ctrlKey: true })
    expect(calls).toEqual([])
  })

  it('a key something else already handled is left alone', () => {
    const field = document.body.appendChild(document.createElement('button'))
    field.addEventListener('keydown', (event) => event.preventDefault())
    press('j', {}, field)
    expect(calls).toEqual([])
  })
})

describe('useKeyboard: a case opened in place of another', () => {
  const root = testRoot()

  /** One open case's workspace, as far as keys go: its keys are recorded under its name. */
  function Case({ name, calls }: { name: string; calls: Calls }) {
    useKeyboard(handlers(calls, `${name}: `))
    return createElement('p', null, name)
  }

  /** A key the browser hands over as soon as the page holds the new case (pressed while it was being drawn). */
  function KeyOnArrival({ keyName }: { keyName: string }) {
    useLayoutEffect(() => void press(keyName), [keyName])
    return null
  }

  it('a key arriving as the new case is drawn rates the new case, not the one it replaced', async () => {
    await hook.unmount() // this file's own workspace: here two cases stand for it
    const keys: Calls = []
    await root.render(createElement(Case, { key: 'ferry.txt', name: 'ferry.txt', calls: keys }))
    await root.render([
      createElement(Case, { key: 'budget.txt', name: 'budget.txt', calls: keys }),
      createElement(KeyOnArrival, { key: 'key', keyName: '4' })
    ])
    expect(keys).toEqual(['budget.txt: status 3'])
    press('j')
    expect(keys).toEqual(['budget.txt: status 3', 'budget.txt: next'])
  })
})

describe('useKeyboard: a status key with no item selected', () => {
  it('is answered: nothing to rate in an empty draft, or which item to pick first', () => {
    expect(noItemSelected([])).toMatch(/^Nothing to rate: Factdesk found no claims or quotes/)
    expect(noItemSelected([{ id: 'i1' }])).toMatch(/^No item selected: choose a claim or quote in the list first/)
  })

  it('does not send the checker to a list the filters leave empty', () => {
    expect(noItemSelected([{ id: 'i1' }], 0)).toBe(
      'No item selected: these filters list none. Choose another filter, or “All”, to rate one.'
    )
  })
})
