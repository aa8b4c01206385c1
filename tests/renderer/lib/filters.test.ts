/** Filtering the item list by what the checker types and picks, and the list's short labels. */
import { describe, expect, it } from 'vitest'
import type { Item } from '../../../src/shared/case'
import {
  emptyDetailWords,
  filterItems,
  keptForUnsent,
  firstWords,
  NO_FILTER,
  noMatchWords,
  searchText,
  speakerGroups,
  speakerKey,
  speakers,
  type ItemFilter
} from '../../../src/renderer/src/lib/filters'
import { claim, paragraphs, quote, source } from '../../helpers/builders'

const A = paragraphs(
  'Harbour fees rose 12% last year, the port authority said.',
  '“We had no choice,” said Ana Ruiz, the harbour master.',
  'The marina will open in 2026.',
  'Critics say the rise will drive boats away.',
  '“Nobody asked us,” a fisherman said.'
)
const anaRuiz = { name: 'Ana Ruiz', description: 'the harbour master', anonymous: false }
const fisherman = { name: 'a fisherman', description: null, anonymous: true }
const authorityAt = A.text.indexOf('the port authority')
const portAuthority = {
  name: 'the port authority',
  mention: { start: authorityAt, end: authorityAt + 18, text: 'the port authority' },
  cue: { start: authorityAt + 19, end: authorityAt + 23, text: 'said' }
}

const ITEMS: Item[] = [
  claim(A, 'Harbour fees rose 12% last year, the port authority said.', {
    id: 'i1',
    state: 'accepted',
    status: 'verified',
    reasons: ['number: 12%'],
    claimant: portAuthority
  }),
  quote(A, 'We had no choice,', { id: 'i2', state: 'accepted', status: 'in-progress', speaker: anaRuiz }),
  claim(A, 'The marina will open in 2026.', { id: 'i3', claimType: 'prediction' }),
  claim(A, 'Critics say the rise will drive boats away.', { id: 'i4', state: 'dismissed', claimType: 'prediction' }),
  quote(A, 'Nobody asked us,', { id: 'i5', state: 'removed', speaker: fisherman })
]
// i2 relies on a person reached and carries a note; the status words come from the case.
ITEMS[1] = {
  ...ITEMS[1],
  sourceIds: ['s1'],
  notes: [{ id: 'n1', at: '2024-03-06T10:00:00.000Z', by: 'Ana', text: 'Rang the harbour office twice' }]
}
const SOURCES = new Map([
  [
    's1',
    source('s1', {
      kind: 'person',
      title: 'Harbour office',
      passage: 'Fees were set by the board',
      person: {
        name: 'Marta Vidal',
        role: 'clerk',
        contact: '',
        reachedAt: '',
        channel: 'phone',
        confirmed: '',
        onRecord: false
      }
    })
  ]
])
const LABELS: Record<string, string> = { verified: 'Verified', 'in-progress': 'In progress', unchecked: 'Unchecked' }
const CONTEXT = { sources: SOURCES, statusLabel: (id: string) => LABELS[id] ?? id }
const INDEX = new Map(ITEMS.map((item) => [item.id, searchText(item, CONTEXT)]))
const RESOLVED = new Set(['verified'])
const shown = (filter: Partial<ItemFilter>): string[] =>
  filterItems(ITEMS, INDEX, { ...NO_FILTER, ...filter }, RESOLVED).map((item) => item.id)

describe('filterItems', () => {
  it.each([
    ['by default, what is left to check: suggested and accepted items not resolved yet', {}, ['i2', 'i3']],
    ['resolved items in the draft', { show: 'resolved' as const }, ['i1']],
    ['dismissed items only', { show: 'dismissed' as const }, ['i4']],
    ['items removed from the draft only', { show: 'removed' as const }, ['i5']],
    ['everything', { show: 'all' as const }, ['i1', 'i2', 'i3', 'i4', 'i5']],
    ['one status', { status: 'verified', show: 'all' as const }, ['i1']],
    ['a note’s words', { text: 'rang twice' }, ['i2']],
    ['a source’s title, passage or person', { text: 'board' }, ['i2']],
    ['the person reached, by name', { text: 'vidal' }, ['i2']],
    ['the status, by its words', { text: 'in progress' }, ['i2']],
    ['a claimant typed as text', { text: 'port authority', show: 'all' as const }, ['i1']],
    ['quotes', { type: 'quote' }, ['i2']],
    ['one claim type', { type: 'prediction', show: 'all' as const }, ['i3', 'i4']],
    ['one speaker', { speaker: 'Ana Ruiz' }, ['i2']],
    ['one claimant, with the same filter as speakers', { speaker: 'the port authority', show: 'all' as const }, ['i1']],
    ['words, in any case and order', { text: 'LAST harbour', show: 'all' as const }, ['i1']],
    ['a speaker’s name typed as text', { text: 'ruiz' }, ['i2']],
    ['a reason', { text: '12%', show: 'all' as const }, ['i1']],
    ['words nothing has', { text: 'lighthouse' }, []],
    ['only spaces typed: no text filter', { text: '   ' }, ['i2', 'i3']],
    ['filters together', { show: 'all' as const, type: 'prediction', text: 'boats' }, ['i4']]
  ])('%s', (_name, filter, expected) => {
    expect(shown(filter)).toEqual(expected)
  })
})

describe('items holding unsent text', () => {
  const typed = ITEMS.map((item) => (item.id === 'i1' ? { ...item, unsent: { note: 'rang the port twice' } } : item))
  const kept = (filter: ItemFilter) => {
    const listed = filterItems(typed, INDEX, filter, RESOLVED)
    return { listed: listed.map((item) => item.id), kept: [...keptForUnsent(listed, INDEX, filter, RESOLVED)] }
  }

  it('stay listed whatever the filter, flagged as kept only for that text', () => {
    // i1 is verified: "To check" would hide it, and with it the note typed on it.
    expect(kept(NO_FILTER)).toEqual({ listed: ['i1', 'i2', 'i3'], kept: ['i1'] })
    expect(kept({ ...NO_FILTER, text: 'lighthouse' })).toEqual({ listed: ['i1'], kept: ['i1'] })
    expect(kept({ ...NO_FILTER, show: 'resolved' })).toEqual({ listed: ['i1'], kept: [] })
  })

  it('leave the filtered list once the text is added or cleared', () => {
    const cleared = typed.map((item) => (item.id === 'i1' ? { ...item, unsent: { note: '' } } : item))
    expect(filterItems(cleared, INDEX, NO_FILTER, RESOLVED).map((item) => item.id)).toEqual(['i2', 'i3'])
  })
})

describe('speakers of a transcript (claimants)', () => {
  const T = paragraphs('The ferry carried 1.2 million passengers.', 'The pier cost 2.1 million pounds.')
  const turn = (name: string, at: number) => ({ name, mention: { start: at, end: at, text: '' }, cue: null })
  const items = [
    claim(T, 'The ferry carried 1.2 million passengers.', { id: 't1', claimant: turn('OKAFOR', 0) }),
    claim(T, 'The pier cost 2.1 million pounds.', { id: 't2', claimant: turn('LINDQVIST', 44) })
  ]
  const index = new Map(items.map((item) => [item.id, searchText(item)]))

  it('filters claims by their claimant, lists claimants as speakers, and finds them by typed name', () => {
    expect(filterItems(items, index, { ...NO_FILTER, speaker: 'LINDQVIST' }).map((item) => item.id)).toEqual(['t2'])
    expect(speakers(items)).toEqual(['LINDQVIST', 'OKAFOR'])
    expect(filterItems(items, index, { ...NO_FILTER, text: 'okafor' }).map((item) => item.id)).toEqual(['t1'])
  })
})

describe('one body named with "The" and "the"', () => {
  const R = paragraphs(
    'The Carrow Survey Unit said rents rose 9% last year.',
    'Two in five tenants moved in 2023, according to the Carrow Survey Unit.'
  )
  const said = (text: string, at: number) => ({
    name: text,
    mention: { start: at, end: at + text.length, text },
    cue: null
  })
  const second = R.text.indexOf('the Carrow')
  const items = [
    claim(R, 'The Carrow Survey Unit said rents rose 9% last year.', {
      id: 'r1',
      claimant: said('The Carrow Survey Unit', 0)
    }),
    claim(R, 'Two in five tenants moved in 2023, according to the Carrow Survey Unit.', {
      id: 'r2',
      claimant: said('the Carrow Survey Unit', second)
    })
  ]
  const index = new Map(items.map((item) => [item.id, searchText(item)]))

  it('is listed once, and choosing it finds every item of it', () => {
    expect(speakers(items)).toEqual(['The Carrow Survey Unit'])
    expect(filterItems(items, index, { ...NO_FILTER, speaker: 'The Carrow Survey Unit' }).map((i) => i.id)).toEqual([
      'r1',
      'r2'
    ])
  })

  it('keeps a name written only with "the" as it is, and no other name is folded', () => {
    expect(speakers(items.slice(1))).toEqual(['the Carrow Survey Unit'])
    expect(speakerKey('the Hill')).toBe(speakerKey('The Hill'))
    expect(speakerKey('Hill')).not.toBe(speakerKey('The Hill'))
  })
})

describe('speakers and labels', () => {
  it('lists each speaker and claimant once, in alphabetical order', () => {
    expect(speakers([...ITEMS, ITEMS[1]])).toEqual(['a fisherman', 'Ana Ruiz', 'the port authority'])
  })

  it('puts the documents apart from the people, each group in the order given', () => {
    const names = ['a fisherman', 'Ana Ruiz', 'data released by the harbour board', 'the port authority', 'the survey']
    expect(speakerGroups(names)).toEqual({
      people: ['a fisherman', 'Ana Ruiz', 'the port authority'],
      documents: ['data released by the harbour board', 'the survey']
    })
  })

  it.each([
    ['a short text whole', 'Fees rose.', 12, 'Fees rose.'],
    [
      'the first words of a long one, with an ellipsis',
      'One two three four five six seven eight nine ten eleven twelve thirteen',
      12,
      'One two three four five six seven eight nine ten eleven twelve…'
    ],
    ['folding line breaks and runs of spaces', '  Fees\n\nrose   12%  ', 12, 'Fees rose 12%'],
    ['as many words as asked', 'One two three four', 2, 'One two…']
  ])('firstWords: %s', (_name, text, count, expected) => {
    expect(firstWords(text, count)).toBe(expected)
  })
})

describe('what an empty list says', () => {
  it('says how many items "All" lists when another choice of Show hides them', () => {
    expect(noMatchWords('to-check', 1)).toBe('No items match these filters under “To check”; 1 item does under “All”.')
    expect(noMatchWords('dismissed', 3)).toBe('No items match these filters under “Dismissed”; 3 items do under “All”.')
  })

  it('says only that nothing matches when "All" lists nothing more', () => {
    expect(noMatchWords('to-check', 0)).toBe('No items match these filters.')
    expect(noMatchWords('all', 0)).toBe('No items match these filters.')
  })
})

describe('what the detail pane says when the list is empty', () => {
  it('names the speaker and the Show choice that list nothing', () => {
    expect(emptyDetailWords({ ...NO_FILTER, speaker: 'Ana Ruiz' })).toBe(
      'No item to show: nothing is listed for “Ana Ruiz” under “To check”. Choose another filter to see its items here.'
    )
    expect(emptyDetailWords({ ...NO_FILTER, show: 'dismissed' })).toBe(
      'No item to show: nothing is listed under “Dismissed”. Choose another filter to see its items here.'
    )
  })
})
