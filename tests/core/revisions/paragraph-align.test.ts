import { describe, expect, it } from 'vitest'
import { alignParagraphs, splitParagraphs, type ParagraphBlock } from '../../../src/core/revisions/paragraph-align'

/** A story of our own: the council's bridge closure, eight paragraphs as a desk would file them. */
const STORY = [
  'Council shuts Millbrook bridge after inspectors find cracked bearings',
  'The Millbrook road bridge will close to all traffic from Monday after an inspection found cracks in two of its four bearings, the county council said on Thursday.',
  'About 14,000 vehicles cross the bridge each day, according to the council’s own traffic count from last spring.',
  '“We cannot take any risk with a structure this old,” said Priya Natarajan, the council’s head of highways. “The bridge opened in 1961 and the bearings are original.”',
  'A diversion through Hollins Lane will add up to 20 minutes to journeys at peak times, the council said.',
  'Shopkeepers on Station Parade said they feared losing passing trade. Tom Reilly, who runs a hardware shop, said takings fell by a third during a shorter closure in 2019.',
  'The council expects repairs to take at least eight weeks and to cost about £2.4m, which it said would come from its reserves.',
  'A public meeting on the closure will be held at Millbrook library on 14 March.'
]

const draft = (paragraphs: string[]): string => paragraphs.join('\n\n')

/** Each block as a reader would name it, paragraph numbers counted from 1 as in the app. */
function describeBlocks(blocks: ParagraphBlock[]): string[] {
  const list = (indices: number[]): string => indices.map((k) => k + 1).join('+')
  return blocks.map((block) => {
    if (block.kind === 'added') return `added →${block.new + 1}`
    if (block.kind === 'removed') return `removed ${block.old + 1}→`
    const { group } = block
    const place = `${list(group.old)}→${list(group.new)}`
    if (block.kind === 'moved-away') return `moved away ${place}`
    const what = group.identical ? 'same' : group.new.length > 1 ? 'split' : group.old.length > 1 ? 'merged' : 'changed'
    return `${block.moved ? 'moved ' : ''}${what} ${place}`
  })
}

const aligned = (before: string[], after: string[]): string[] =>
  describeBlocks(alignParagraphs(draft(before), draft(after)).blocks)

const edit = (change: (paragraphs: string[]) => void): string[] => {
  const copy = [...STORY]
  change(copy)
  return copy
}

const CASES: Array<{ name: string; after: string[]; expected: string[] }> = [
  {
    name: 'one paragraph moved down: only it is moved, not the ones it jumped over',
    after: edit((p) => p.splice(6, 0, p.splice(2, 1)[0])),
    expected: [
      'same 1→1',
      'same 2→2',
      'moved away 3→7',
      'same 4→3',
      'same 5→4',
      'same 6→5',
      'same 7→6',
      'moved same 3→7',
      'same 8→8'
    ]
  },
  {
    name: 'a paragraph moved and edited on the way',
    after: edit((p) => p.push(p.splice(2, 1)[0].replace('14,000', '16,500'))),
    expected: [
      'same 1→1',
      'same 2→2',
      'moved away 3→8',
      'same 4→3',
      'same 5→4',
      'same 6→5',
      'same 7→6',
      'same 8→7',
      'moved changed 3→8'
    ]
  },
  {
    name: 'a paragraph added',
    after: edit((p) =>
      p.splice(
        5,
        0,
        'Bus operators said the number 42 would run every 30 minutes instead of every 15 while the bridge is shut.'
      )
    ),
    expected: [
      'same 1→1',
      'same 2→2',
      'same 3→3',
      'same 4→4',
      'same 5→5',
      'added →6',
      'same 6→7',
      'same 7→8',
      'same 8→9'
    ]
  },
  {
    name: 'a paragraph removed',
    after: edit((p) => p.splice(5, 1)),
    expected: ['same 1→1', 'same 2→2', 'same 3→3', 'same 4→4', 'same 5→5', 'removed 6→', 'same 7→6', 'same 8→7']
  },
  {
    name: 'two paragraphs swapped: the shorter one is called moved',
    after: edit((p) => p.splice(4, 0, p.splice(5, 1)[0])),
    expected: [
      'same 1→1',
      'same 2→2',
      'same 3→3',
      'same 4→4',
      'moved away 5→6',
      'same 6→5',
      'moved same 5→6',
      'same 7→7',
      'same 8→8'
    ]
  },
  {
    name: 'a paragraph split in two',
    after: edit((p) =>
      p.splice(
        5,
        1,
        'Shopkeepers on Station Parade said they feared losing passing trade.',
        'Tom Reilly, who runs a hardware shop, said takings fell by a third during a shorter closure in 2019.'
      )
    ),
    expected: ['same 1→1', 'same 2→2', 'same 3→3', 'same 4→4', 'same 5→5', 'split 6→6+7', 'same 7→8', 'same 8→9']
  },
  {
    name: 'two paragraphs merged into one',
    after: edit((p) => p.splice(6, 2, `${p[6]} ${p[7]}`)),
    expected: ['same 1→1', 'same 2→2', 'same 3→3', 'same 4→4', 'same 5→5', 'same 6→6', 'merged 7+8→7']
  },
  {
    name: 'whitespace-only changes inside and between paragraphs are no change',
    after: edit((p) => (p[1] = p[1].replace('from Monday', 'from  Monday').replace('Thursday.', 'Thursday. '))),
    expected: STORY.map((_, k) => `same ${k + 1}→${k + 1}`)
  },
  {
    name: 'a rewritten paragraph with few words left is removed and added, not word soup',
    after: edit((p) => (p[4] = 'Drivers heading north should use the A59, where temporary lights will be removed.')),
    expected: [
      'same 1→1',
      'same 2→2',
      'same 3→3',
      'same 4→4',
      'removed 5→',
      'added →5',
      'same 6→6',
      'same 7→7',
      'same 8→8'
    ]
  },
  {
    name: 'an edited paragraph stays in place as changed',
    after: edit((p) => (p[6] = p[6].replace('£2.4m', '£3.1m').replace('eight weeks', 'ten weeks'))),
    expected: ['same 1→1', 'same 2→2', 'same 3→3', 'same 4→4', 'same 5→5', 'same 6→6', 'changed 7→7', 'same 8→8']
  },
  { name: 'identical drafts', after: STORY, expected: STORY.map((_, k) => `same ${k + 1}→${k + 1}`) }
]

describe('paragraph alignment between two drafts', () => {
  it.each(CASES)('$name', ({ after, expected }) => {
    expect(aligned(STORY, after)).toEqual(expected)
  })

  it('an empty draft against a full one is all added, or all removed', () => {
    expect(aligned([], STORY.slice(0, 2))).toEqual(['added →1', 'added →2'])
    expect(describeBlocks(alignParagraphs(draft(STORY.slice(0, 2)), '').blocks)).toEqual(['removed 1→', 'removed 2→'])
    expect(alignParagraphs('', '').blocks).toEqual([])
  })

  it('a long paragraph moved below two short ones is the one called moved, not the two it jumped', () => {
    const [long, short1, short2] = [STORY[5], STORY[0], STORY[7]]
    expect(long.length).toBeGreaterThan(short1.length + short2.length)
    expect(aligned([long, short1, short2], [short1, short2, long])).toEqual([
      'moved away 1→3',
      'same 2→1',
      'same 3→2',
      'moved same 1→3'
    ])
  })

  it('a paragraph repeated word for word pairs first copy with first copy', () => {
    const repeated = 'The council did not respond to a request for comment.'
    expect(aligned([STORY[0], repeated, STORY[1], repeated], [STORY[0], repeated, STORY[1], repeated])).toEqual([
      'same 1→1',
      'same 2→2',
      'same 3→3',
      'same 4→4'
    ])
  })

  // A transcript's "[crosstalk]" cut early on read as the first copy moved to the end and the last one removed.
  it('a repeated paragraph cut in one place is the copy removed there, and nothing moves', () => {
    const crosstalk = '[crosstalk]'
    const before = [STORY[0], crosstalk, STORY[1], STORY[2], STORY[3], crosstalk, STORY[4]]
    expect(aligned(before, [STORY[0], STORY[1], STORY[2], STORY[3], crosstalk, STORY[4]])).toEqual([
      'same 1→1',
      'removed 2→',
      'same 3→2',
      'same 4→3',
      'same 5→4',
      'same 6→5',
      'same 7→6'
    ])
    expect(aligned(before, [STORY[0], crosstalk, STORY[1], STORY[2], STORY[3], STORY[4]])).toEqual([
      'same 1→1',
      'same 2→2',
      'same 3→3',
      'same 4→4',
      'same 5→5',
      'removed 6→',
      'same 7→6'
    ])
    // A copy added: the old copies keep their places.
    expect(
      aligned(before, [STORY[0], crosstalk, STORY[1], crosstalk, STORY[2], STORY[3], crosstalk, STORY[4]])
    ).toEqual(['same 1→1', 'same 2→2', 'same 3→3', 'added →4', 'same 4→5', 'same 5→6', 'same 6→7', 'same 7→8'])
  })
})

describe('cutting a draft into paragraphs', () => {
  it('keeps the blank lines with the paragraph before them, so the pieces join back to the draft', () => {
    const text = '\n\nFirst line.\n\n\n  Second, after two blank lines.\n \nThird.\n'
    const paragraphs = splitParagraphs(text)
    expect(paragraphs.map((p) => p.text)).toEqual(['First line.', 'Second, after two blank lines.', 'Third.'])
    expect(paragraphs.map((p) => p.raw).join('')).toBe(text)
  })

  it('keeps a single line break inside its paragraph', () => {
    expect(splitParagraphs('Line one\nline two.\n\nNext.').map((p) => p.text)).toEqual(['Line one\nline two.', 'Next.'])
  })
})
