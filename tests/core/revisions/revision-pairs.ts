/**
 * Revision pairs for the re-anchoring tests: one real-sounding news story and the edits a desk
 * makes between drafts. Each anchor names its words and which copy of them (repeated sentences).
 */
export const BASE = [
  'Army sends 5,000 troops to flooded north',
  'The Ministry of Defence said on Tuesday that 5,000 troops would be deployed to the flooded districts by Friday. The deployment is the largest since 2013.',
  '“We were outnumbered by the water,” said Colonel Anne Harlow, who commands the relief effort. “Every bridge north of Carlisle is closed.”',
  'Insurers estimate the damage at £1.2bn, according to the Association of British Insurers. The council did not respond to a request for comment.',
  'Residents in Appleby were told to leave their homes before nightfall. The council did not respond to a request for comment.',
  '“We have never seen anything like it,” said Mary Okafor, 64, a retired teacher. She said her street had flooded twice in ten years.'
]

/** Another story on the same desk the same week: a file picked by mistake. */
export const OTHER_STORY = [
  'Council approves new cycle lanes for city centre',
  'The city council voted on Wednesday to build 14 kilometres of protected cycle lanes by the end of next year.',
  '“This is the biggest change to our streets in a generation,” said councillor Priya Nandakumar, who chairs the transport committee.',
  'Shop owners on Castle Street said the loss of parking bays would cost them customers. A petition against the plan gathered 3,200 signatures.',
  'The scheme will cost £18m, most of it from a regional transport grant, according to figures published by the council.'
]

export const TROOPS =
  'The Ministry of Defence said on Tuesday that 5,000 troops would be deployed to the flooded districts by Friday.'
export const LARGEST = 'The deployment is the largest since 2013.'
export const OUTNUMBERED = 'We were outnumbered by the water'
export const BRIDGES = 'Every bridge north of Carlisle is closed.'
export const INSURERS = 'Insurers estimate the damage at £1.2bn, according to the Association of British Insurers.'
export const NO_COMMENT = 'The council did not respond to a request for comment.'
export const APPLEBY = 'Residents in Appleby were told to leave their homes before nightfall.'
export const NEVER_SEEN = 'We have never seen anything like it'
export const FLOODED_TWICE = 'She said her street had flooded twice in ten years.'

/** id → [words, which copy in the old draft] */
export const ANCHORS: Record<string, [string, number]> = {
  troops: [TROOPS, 0],
  largest: [LARGEST, 0],
  outnumbered: [OUTNUMBERED, 0],
  bridges: [BRIDGES, 0],
  insurers: [INSURERS, 0],
  comment1: [NO_COMMENT, 0],
  comment2: [NO_COMMENT, 1],
  appleby: [APPLEBY, 0],
  neverSeen: [NEVER_SEEN, 0],
  floodedTwice: [FLOODED_TWICE, 0]
}

export type Expected =
  'unchanged' | 'removed' | { changed: string; copy?: number } | { unchanged: string; copy: number }

export interface RevisionPair {
  name: string
  paragraphs: string[]
  /** Outcome per anchor id; anchors not listed are expected unchanged on the same words. */
  expect: Record<string, Expected>
}

const join = (paragraphs: string[]): string => paragraphs.join('\n\n')
export const baseText = join(BASE)
export const textOf = (pair: RevisionPair): string => join(pair.paragraphs)

const swap = (list: string[], edit: (copy: string[]) => void): string[] => {
  const copy = [...list]
  edit(copy)
  return copy
}

export const PAIRS: RevisionPair[] = [
  { name: 'paragraph moved to the end', paragraphs: swap(BASE, (p) => p.push(p.splice(2, 1)[0])), expect: {} },
  {
    name: 'one paragraph split into two',
    paragraphs: swap(BASE, (p) => p.splice(1, 1, TROOPS, LARGEST)),
    expect: {}
  },
  {
    name: 'two paragraphs merged',
    paragraphs: swap(BASE, (p) => p.splice(3, 2, `${p[3]} ${p[4]}`)),
    expect: {}
  },
  {
    name: 'number edited: 5,000 becomes 5,500',
    paragraphs: swap(BASE, (p) => (p[1] = p[1].replace('5,000', '5,500'))),
    expect: { troops: { changed: TROOPS.replace('5,000', '5,500') } }
  },
  {
    name: 'a quote deleted',
    paragraphs: swap(BASE, (p) => (p[2] = p[2].replace(' “Every bridge north of Carlisle is closed.”', ''))),
    expect: { bridges: 'removed' }
  },
  {
    name: 'repeated sentence: text between the copies edited',
    paragraphs: swap(BASE, (p) => (p[4] = p[4].replace('Appleby were', 'Appleby and Kirkby Stephen were'))),
    expect: {
      appleby: { changed: APPLEBY.replace('Appleby were', 'Appleby and Kirkby Stephen were') },
      comment1: { unchanged: NO_COMMENT, copy: 0 },
      comment2: { unchanged: NO_COMMENT, copy: 1 }
    }
  },
  {
    name: 'repeated sentence: first copy deleted',
    paragraphs: swap(BASE, (p) => (p[3] = INSURERS)),
    expect: { comment1: 'removed', comment2: { unchanged: NO_COMMENT, copy: 0 } }
  },
  {
    name: 'repeated sentence: first copy deleted, a new copy added further down',
    paragraphs: swap(BASE, (p) => {
      p[3] = INSURERS
      p[5] = `${p[5]} ${NO_COMMENT}`
    }),
    expect: { comment1: 'removed', comment2: { unchanged: NO_COMMENT, copy: 0 } }
  },
  {
    name: 'repeated sentence: second copy deleted with its paragraph',
    paragraphs: swap(BASE, (p) => p.splice(4, 1)),
    expect: { comment1: { unchanged: NO_COMMENT, copy: 0 }, comment2: 'removed', appleby: 'removed' }
  },
  {
    name: 'whitespace-only edits',
    paragraphs: BASE.map((p) => p.replace(/ /g, (_, i: number) => (i % 7 === 0 ? '  ' : i % 11 === 0 ? '\n' : ' '))),
    expect: {}
  },
  {
    name: 'quote-mark-only edits (curly to straight)',
    paragraphs: BASE.map((p) => p.replace(/[“”]/g, '"')),
    expect: {}
  },
  {
    name: 'quotes reordered',
    paragraphs: swap(
      BASE,
      (p) =>
        (p[2] =
          '“Every bridge north of Carlisle is closed.” “We were outnumbered by the water,” said Colonel Anne Harlow, who commands the relief effort.')
    ),
    expect: {}
  },
  {
    name: 'paragraph inserted before everything',
    paragraphs: ['UPDATED 18:40 — adds casualty figures from the county council.', ...BASE],
    expect: {}
  },
  {
    name: 'paragraph moved to the top and edited',
    paragraphs: swap(BASE, (p) => p.unshift(p.pop()!.replace('ten years', 'five years'))),
    expect: { floodedTwice: { changed: FLOODED_TWICE.replace('ten years', 'five years') } }
  },
  {
    // The claim is the whole new sentence, not its old words cut short at the comma.
    name: 'a clause added at the end of a sentence',
    paragraphs: swap(BASE, (p) => (p[1] = p[1].replace('since 2013.', 'since 2013, when the Eden burst its banks.'))),
    expect: { largest: { changed: LARGEST.replace('since 2013.', 'since 2013, when the Eden burst its banks.') } }
  },
  {
    name: 'a clause added at the start of a sentence',
    paragraphs: swap(BASE, (p) => (p[4] = p[4].replace('Residents in', 'By Wednesday evening, residents in'))),
    expect: { appleby: { changed: APPLEBY.replace('Residents in', 'By Wednesday evening, residents in') } }
  },
  {
    name: 'sentence rewritten beyond recognition',
    paragraphs: swap(BASE, (p) => (p[1] = p[1].replace(LARGEST, 'Opposition MPs called the response too slow.'))),
    expect: { largest: 'removed' }
  }
]

/** Offset of the `copy`-th occurrence (0-based) of `words` in `text`, or -1. */
export function occurrence(text: string, words: string, copy: number): number {
  let at = text.indexOf(words)
  for (let k = 0; k < copy && at >= 0; k++) at = text.indexOf(words, at + 1)
  return at
}
