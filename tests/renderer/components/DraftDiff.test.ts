// @vitest-environment happy-dom
/**
 * The whole-draft diff in the Changes view: a moved paragraph is labelled moved at its new place,
 * with a marker where it was (each a button to the other), added and removed paragraphs are whole
 * labelled blocks, and unchanged paragraphs fold into one line per run until the full text is asked for.
 */
import { act, createElement } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import { afterEach, describe, expect, it } from 'vitest'
import { DraftDiff } from '../../../src/renderer/src/components/changes/DraftDiff'
import { blockLabel } from '../../../src/renderer/src/components/changes/block-label'
import { parseArticle } from '../../../src/core/import/index'
import type { Article } from '../../../src/shared/article'
import { statsSentence } from '../../../src/core/revisions/draft-diff'
import { draft, paragraphs } from '../../helpers/builders'

Object.assign(globalThis, { IS_REACT_ACT_ENVIRONMENT: true })

const STORY = [
  'Ferry fares on the Larne crossing will rise by 8% from April, the operator announced on Monday.',
  'The operator said fuel costs had risen by a quarter since the last increase in 2022.',
  'Passenger groups called the rise “a tax on island life” and asked the transport minister to intervene.',
  'A return ticket for a car and two adults will cost £214, up from £198.',
  'The minister’s office said it would study the figures before commenting.'
]
const MOVED = STORY[1]

let root: Root | null = null
let host: HTMLElement
afterEach(async () => {
  await act(async () => root?.unmount())
  root = null
  host.remove()
})

async function mount(before: string[] | Article, after: string[] | Article): Promise<void> {
  host = document.createElement('div')
  document.body.append(host)
  root = createRoot(host)
  const article = (given: string[] | Article) => (Array.isArray(given) ? paragraphs(...given) : given)
  const previous = draft(article(before), { id: 'd1', fileName: 'ferry-1.txt' })
  const current = draft(article(after), { id: 'd2', fileName: 'ferry-2.txt' })
  await act(async () => root?.render(createElement(DraftDiff, { previous, current })))
}

const rows = (): string[] =>
  [...host.querySelectorAll('ol > li')].map((li) => li.querySelector('.changes-para-label')?.textContent?.trim() ?? '')
const button = (label: RegExp): HTMLButtonElement => {
  const found = [...host.querySelectorAll('button')].find((b) => label.test(b.textContent ?? ''))
  if (!found) throw new Error(`no button ${label} in: ${host.textContent}`)
  return found
}

describe('DraftDiff', () => {
  it('labels a moved paragraph at its new place, marks its old place, and folds the unchanged ones', async () => {
    await mount(STORY, [STORY[0], STORY[2], STORY[3], MOVED, STORY[4]])
    expect(host.textContent).toContain('1 paragraph moved.')
    expect(rows()).toEqual([
      '', // paragraph 1, unchanged, folded
      '↧ Paragraph 2 moved to paragraph 4',
      '', // paragraphs 2 and 3 now, unchanged, folded
      '↕ Paragraph 4: moved from paragraph 2',
      '' // the last paragraph, folded
    ])
    expect(host.textContent).toContain('2 unchanged paragraphs')
    // The moved paragraph is shown whole, with nothing struck or inserted.
    const moved = host.querySelector('.changes-para-moved') as HTMLElement
    expect(moved.textContent).toContain(MOVED)
    expect(moved.querySelectorAll('ins, del')).toHaveLength(0)
  })

  it('moves focus between a moved paragraph and its old place with the buttons in their labels', async () => {
    await mount(STORY, [STORY[0], STORY[2], STORY[3], MOVED, STORY[4]])
    await act(async () => button(/moved to paragraph 4/).click())
    expect(document.activeElement?.textContent).toContain('moved from paragraph 2')
    await act(async () => button(/moved from paragraph 2/).click())
    expect(document.activeElement?.textContent).toContain('moved to paragraph 4')
  })

  it('shows an added and a removed paragraph as whole labelled blocks, and a changed one as a word diff', async () => {
    const added = 'Island councillors will meet the operator on Friday.'
    await mount(STORY, [STORY[0], STORY[1], STORY[3].replace('£214', '£220'), added, STORY[4]])
    expect(rows().filter(Boolean)).toEqual([
      '− Removed (was paragraph 3)',
      '✎ Paragraph 3: changed',
      '+ Paragraph 4: added'
    ])
    expect(host.querySelector('.changes-para-removed del')?.textContent).toBe(STORY[2])
    expect(host.querySelector('.changes-para-added ins')?.textContent).toBe(added)
    const changed = host.querySelector('.changes-para-changed') as HTMLElement
    expect([...changed.querySelectorAll('del, ins')].map((e) => e.textContent)).toEqual(['£214,', '£220,'])
  })

  it('shows every paragraph once the full text is asked for', async () => {
    await mount(STORY, [STORY[0], STORY[2], STORY[3], MOVED, STORY[4]])
    const toggle = button(/Show full text/)
    await act(async () => toggle.click())
    expect(toggle.getAttribute('aria-pressed')).toBe('true')
    expect(host.querySelectorAll('.changes-para-folded')).toHaveLength(0)
    for (const paragraph of STORY) expect(host.textContent).toContain(paragraph)
  })

  it('says so when the drafts hold the same words', async () => {
    await mount(STORY, STORY)
    expect(host.textContent).toContain('No words changed.')
    expect(host.textContent).toContain('5 unchanged paragraphs')
    expect([...host.querySelectorAll('button')]).toHaveLength(0)
  })
})

/** A debate transcript with these turns (speaker labels are not part of the article's text). */
function transcript(...turns: string[]): Article {
  const parsed = parseArticle('debate.txt', new TextEncoder().encode(turns.join('\n\n')))
  if (!parsed.ok) throw new Error(parsed.error.message)
  return parsed.value
}
const MODERATED = 'MARSH: Good evening. Ms Okafor, two minutes to begin.'
const ANSWERED = "MARSH: Time's up. Thank you both."

describe('DraftDiff on a transcript', () => {
  it('says which turns went to another speaker when no word changed', async () => {
    const okafor = 'OKAFOR: The ferry carried 1.2 million passengers in 2024.'
    const lindqvist = 'LINDQVIST: The council spent 4.5 million pounds on the ferry.'
    await mount(
      transcript(MODERATED, okafor, 'MARSH: Mr Lindqvist, your response.', lindqvist, ANSWERED),
      transcript(
        MODERATED,
        okafor,
        'MARSH: Mr Lindqvist, your response.',
        lindqvist.replace('LINDQVIST', 'OKAFOR'),
        ANSWERED
      )
    )
    const summary = host.querySelector('.changes-draft-head .muted')?.textContent
    expect(summary).toBe('No words changed; 1 turn has a new speaker: LINDQVIST → OKAFOR.')
  })

  it('adds the speaker changes to the words changed, and says nothing of speakers when none changed', async () => {
    const before = transcript(MODERATED, 'OKAFOR: Fares rose 8% in April.', 'LINDQVIST: They rose 6%.', ANSWERED)
    await mount(before, transcript(MODERATED, 'OKAFOR: Fares rose 9% in April.', 'OKAFOR: They rose 6%.', ANSWERED))
    expect(host.querySelector('.changes-draft-head .muted')?.textContent).toBe(
      '1 paragraph changed; 1 word added, 1 removed; 1 turn has a new speaker: LINDQVIST → OKAFOR.'
    )
    await act(async () => root?.unmount())
    host.remove()
    await mount(before, transcript(MODERATED, 'OKAFOR: Fares rose 9% in April.', 'LINDQVIST: They rose 6%.', ANSWERED))
    expect(host.querySelector('.changes-draft-head .muted')?.textContent).toBe(
      '1 paragraph changed; 1 word added, 1 removed.'
    )
  })
})

describe('labels and the summary line', () => {
  it('names splits and merges with both drafts’ paragraph numbers', () => {
    const base = { moved: false, parts: [] }
    expect(blockLabel({ ...base, kind: 'split', oldNumbers: [6], newNumbers: [6, 7] })).toBe(
      'Paragraphs 6 and 7: split from paragraph 6'
    )
    expect(blockLabel({ ...base, kind: 'merged', oldNumbers: [7, 8, 9], newNumbers: [7] })).toBe(
      'Paragraph 7: merged from paragraphs 7 to 9'
    )
    expect(blockLabel({ ...base, kind: 'unchanged', oldNumbers: [3], newNumbers: [3] })).toBeNull()
  })

  it('counts paragraphs first, with the noun once, then words', () => {
    expect(statsSentence({ inserted: 12, deleted: 1, moved: 1, changed: 2, added: 1, removed: 0 })).toBe(
      '1 paragraph moved, 2 changed, 1 added; 12 words added, 1 removed.'
    )
    expect(statsSentence({ inserted: 9, deleted: 0, moved: 0, changed: 0, added: 1, removed: 0 })).toBe(
      '1 paragraph added; 9 words added, 0 removed.'
    )
  })
})
