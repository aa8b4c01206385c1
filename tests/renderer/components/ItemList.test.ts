// @vitest-environment happy-dom
/**
 * The item list at size: rows drawn in chunks of 100 that skip layout off screen (a status key at 28,000 rows
 * spent ~600 ms of CPU laying out and watching every row), with every row still in the list, and the chunks kept
 * as they were unless the selection or one of their items changed. And "Merge with next item" finds the next
 * item in reading order without sorting the case.
 */
import { act, createElement } from 'react'
import { describe, expect, it } from 'vitest'
import { DEFAULT_STATUSES, type Item, type StatusDef } from '../../../src/shared/case'
import { ItemList } from '../../../src/renderer/src/components/ItemList'
import { nextItem } from '../../../src/renderer/src/components/EditSection'
import { claim, paragraphs, quote } from '../../helpers/builders'
import { nameShower } from '../../../src/core/report/shown-names'
import { testRoot } from '../test-root'

// About 100 characters a paragraph: 250 items over 25,000 characters, three chunks of 10,000 characters of text.
const SENTENCES = Array.from(
  { length: 250 },
  (_, i) =>
    `Berth ${String(i + 1).padStart(3, '0')} handled ${(i + 1) * 7} ships last year, the port authority said in its annual report.`
)
const ARTICLE = paragraphs(...SENTENCES)
const ITEMS: Item[] = SENTENCES.map((words, i) => claim(ARTICLE, words, { id: `i${i + 1}` }))
const STATUSES = new Map<string, StatusDef>(DEFAULT_STATUSES.map((s) => [s.id, s]))

const root = testRoot()
const list = (items: Item[], selectedId: string | null, outsideFilter: ReadonlySet<string> = new Set()) =>
  root.render(
    createElement(ItemList, {
      items,
      outsideFilter,
      statuses: STATUSES,
      selectedId,
      scrollToken: 0,
      onSelect: () => undefined,
      onMove: () => undefined
    })
  )
const chunks = () => [...root.host.querySelectorAll<HTMLElement>('.item-chunk')]
const selectedIds = () => [...root.host.querySelectorAll('[aria-selected="true"]')].map((row) => row.id)

describe('ItemList', () => {
  it('draws every row, in chunks by where the items start in the text, each standing for its rows’ height', async () => {
    await list(ITEMS, 'i1')
    await act(async () => new Promise((resolve) => setTimeout(resolve, 0)))
    expect(root.host.querySelectorAll('[role="option"]')).toHaveLength(250)
    const sizes = chunks().map((chunk) => chunk.querySelectorAll('[role="option"]').length)
    expect(sizes).toHaveLength(3)
    expect(sizes.reduce((a, b) => a + b)).toBe(250)
    expect(chunks().map((chunk) => chunk.style.containIntrinsicSize)).toEqual(sizes.map((n) => `auto ${n * 45}px`))
    // Each chunk holds the items starting in its 10,000 characters.
    const starts = chunks().map((chunk) =>
      [...chunk.querySelectorAll('[role="option"]')].map(
        (row) => ITEMS.find((item) => `item-${item.id}` === row.id)?.anchor.start ?? -1
      )
    )
    starts.forEach((inChunk, k) => expect(inChunk.every((start) => Math.floor(start / 10_000) === k)).toBe(true))
  })

  it('keeps the other chunks’ rows where they were when an item leaves the list', async () => {
    await list(ITEMS, 'i1')
    await act(async () => new Promise((resolve) => setTimeout(resolve, 0)))
    const firstRows = chunks().map((chunk) => chunk.firstElementChild)
    await list(
      ITEMS.filter((item) => item.id !== 'i2'),
      'i1'
    )
    expect(root.host.querySelector('#item-i2')).toBeNull()
    expect(chunks().map((chunk) => chunk.firstElementChild)).toEqual(firstRows)
  })

  it('moves the selection between chunks and shows a status change in its chunk', async () => {
    await list(ITEMS, 'i1')
    await act(async () => new Promise((resolve) => setTimeout(resolve, 0)))
    await list(ITEMS, 'i230')
    expect(selectedIds()).toEqual(['item-i230'])
    const verified = ITEMS.map((item) => (item.id === 'i150' ? { ...item, status: 'verified' } : item))
    const untouched = chunks()[0].firstElementChild
    await list(verified, 'i230')
    expect(root.host.querySelector('#item-i150 .row-status')?.textContent).toBe('Verified')
    expect(chunks()[0].firstElementChild).toBe(untouched)
  })
  it('says which rows are listed only for their unsent text', async () => {
    const typed = ITEMS.map((item) =>
      item.id === 'i120' || item.id === 'i7' ? { ...item, unsent: { note: 'rang' } } : item
    )
    await list(typed, 'i1')
    await act(async () => new Promise((resolve) => setTimeout(resolve, 0)))
    await list(typed, 'i1', new Set(['i120']))
    expect(root.host.querySelector('#item-i120 .unsent-mark')?.textContent).toBe('unsent text · not in this filter')
    expect(root.host.querySelector('#item-i7 .unsent-mark')?.textContent).toBe('unsent text')
    await list(typed, 'i1')
    expect(root.host.querySelector('#item-i120 .unsent-mark')?.textContent).toBe('unsent text')
  })
})

describe('nextItem (Merge with next item)', () => {
  it('is the first active item after this one in reading order, the longer first when two start together', () => {
    const [first, second, third] = ITEMS
    const longer = claim(ARTICLE, `${SENTENCES[2]}\n\n${SENTENCES[3]}`, { id: 'z-long' })
    const dismissed = { ...second, state: 'dismissed' as const }
    expect(nextItem([third, longer, dismissed, first], first)?.id).toBe('z-long')
    expect(nextItem([third, dismissed, first], first)?.id).toBe('i3')
    expect(nextItem([first, dismissed], first)).toBeUndefined()
  })

  it('says a case with no item at all has nothing found, not that filters hide everything', async () => {
    const empty = (caseEmpty: boolean) =>
      root.render(
        createElement(ItemList, {
          items: [],
          outsideFilter: new Set<string>(),
          statuses: STATUSES,
          selectedId: null,
          scrollToken: 0,
          onSelect: () => undefined,
          onMove: () => undefined,
          caseEmpty
        })
      )
    await empty(true)
    expect(root.host.textContent).toBe(
      'Factdesk found nothing to check in this draft. Select words in the article to add a claim or a quote.'
    )
    await empty(false)
    expect(root.host.textContent).toBe('No items match these filters.')
    // Said as the list's description, not as an option a screen reader would count as an item.
    expect(root.host.querySelectorAll('[role="option"]')).toHaveLength(0)
    const described = root.host.querySelector('[role="listbox"]')?.getAttribute('aria-describedby') ?? ''
    expect(root.host.querySelector(`[id="${described}"]`)?.textContent).toBe('No items match these filters.')
  })

  it('shows a quote without the comma closing it inside the marks, and a question with its mark', async () => {
    const said = paragraphs('“We will protect our village,” said Mara Venn. “Will anyone listen?” she asked.')
    const venn = { name: 'Mara Venn', description: null, anonymous: false }
    const items = [
      quote(said, 'We will protect our village,', { id: 'q1', speaker: venn }),
      quote(said, 'Will anyone listen?', { id: 'q2', speaker: venn })
    ]
    await list(items, 'q1')
    const rows = [...root.host.querySelectorAll('.row-text')].map((row) => row.textContent)
    expect(rows).toEqual(['Mara Venn: We will protect our village', 'Mara Venn: Will anyone listen?'])
  })

  it('shows a body under one spelling in every row, as the speaker filter and the report do', async () => {
    // Opening a sentence and inside one, the article writes the body's "the" in two cases.
    const board = paragraphs(
      'The Harbour Board said fees rose 12% last year.',
      'Fees will rise again, the Harbour Board said.'
    )
    const byBoard = (words: string, id: string, name: string): Item => {
      const at = board.text.indexOf(name)
      const cue = board.text.indexOf('said', at)
      return claim(board, words, {
        id,
        claimant: {
          name,
          mention: { start: at, end: at + name.length, text: name },
          cue: { start: cue, end: cue + 4, text: 'said' }
        }
      })
    }
    const items = [
      byBoard('The Harbour Board said fees rose 12% last year.', 'b1', 'The Harbour Board'),
      byBoard('Fees will rise again, the Harbour Board said.', 'b2', 'the Harbour Board')
    ]
    await root.render(
      createElement(ItemList, {
        items,
        shownName: nameShower(items),
        outsideFilter: new Set<string>(),
        statuses: STATUSES,
        selectedId: null,
        scrollToken: 0,
        onSelect: () => undefined,
        onMove: () => undefined
      })
    )
    const names = [...root.host.querySelectorAll('.row-meta .speaker')].map((el) => el.textContent)
    expect(names).toEqual(['The Harbour Board', 'The Harbour Board'])
    const who = [...root.host.querySelectorAll('.row-who')].map((el) => el.textContent)
    expect(who).toEqual(['The Harbour Board: ', 'The Harbour Board: '])
  })
})
