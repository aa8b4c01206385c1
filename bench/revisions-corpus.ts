/**
 * A long newsroom draft and its next version, with ground truth for every annotation: a seeded
 * generator builds ~100,000 words of flood-coverage prose (claims with figures, attributed quotes,
 * boilerplate sentences repeated word for word), annotates 2,000 passages, then applies scattered
 * desk edits to a structured model so the right landing place of each annotation is known.
 */
import { seededRandom } from './news-text'

export type Truth = { outcome: 'unchanged' | 'changed' | 'removed'; start: number; end: number }

interface Annotation {
  id: string
  /** Span inside its sentence's text. */
  start: number
  end: number
  outcome: Truth['outcome']
}

export interface Sentence {
  text: string
  family: number
  annotation: Annotation | null
}

const PEOPLE = [
  'Anne Harlow',
  'Mary Okafor',
  'Tomasz Nowak',
  'Priya Patel',
  'Kwame Mensah',
  'Sofia Costa',
  'Liam Byrne',
  'Fatima Khan',
  'Owen Evans',
  'Grace Lloyd'
]
const ROLES = [
  'a retired teacher',
  'who runs the village shop',
  'the council’s emergency planner',
  'a spokesperson for the Environment Agency',
  'the local MP',
  'a dairy farmer'
]
const PLACES = [
  'Carlisle',
  'Appleby',
  'Kendal',
  'Penrith',
  'Keswick',
  'Cockermouth',
  'Workington',
  'Hexham',
  'Durham',
  'Darlington',
  'Kirkby Stephen',
  'Ambleside'
]
const ORGS = [
  'the Environment Agency',
  'the county council',
  'the Ministry of Defence',
  'the Met Office',
  'the Association of British Insurers',
  'Network Rail',
  'the fire service',
  'the NHS trust'
]
const THINGS = ['homes', 'businesses', 'schools', 'bridges', 'roads', 'farms', 'care homes', 'railway lines']
const WHEN = [
  'on Monday',
  'last week',
  'since Friday',
  'overnight',
  'in 2015',
  'on 6 December',
  'earlier this month',
  'last winter'
]
/** Sentences a wire story repeats word for word; each copy is annotated on its own. */
export const BOILERPLATE = [
  'The council did not respond to a request for comment.',
  'Police said inquiries were continuing.',
  'The Environment Agency has issued a severe flood warning for the area.',
  'More rain is forecast for the weekend.'
]
/**
 * The desk inserts new copies of the first two and deletes copies of the last two. Deleting a copy
 * of X and inserting another X at the same spot would be a text no one could tell from X staying
 * put: the ground truth must be recoverable from the two texts alone.
 */
export const INSERTED_COPIES = [0, 1]
export const DELETED_COPIES = [2, 3]
const QUOTES: Array<(pick: <T>(l: T[]) => T, n: () => number) => string> = [
  (pick, n) => `We lost ${n()} sheep in one night and nobody from ${pick(ORGS)} came`,
  (pick) => `The defences in ${pick(PLACES)} were never built for water like this`,
  (_pick, n) => `I have lived here for ${n() % 80} years and I have never seen the river this high`,
  (pick) => `Every bridge north of ${pick(PLACES)} is closed until the engineers have inspected it`
]
const CLAIMS: Array<(pick: <T>(l: T[]) => T, n: () => number) => string> = [
  (pick, n) => `${cap(pick(ORGS))} said ${n()} ${pick(THINGS)} in ${pick(PLACES)} had been flooded ${pick(WHEN)}.`,
  (pick, n) =>
    `The river at ${pick(PLACES)} rose ${(n() % 60) / 10} metres in ${n() % 24} hours, according to ${pick(ORGS)}.`,
  (pick, n) => `Damage to ${pick(THINGS)} across ${pick(PLACES)} was estimated at £${n()}m, ${pick(ORGS)} said.`,
  (pick, n) =>
    `In ${1990 + (n() % 30)}, ${n()} people were evacuated from ${pick(PLACES)}, the last time the defences failed.`,
  (pick, n) => `${cap(pick(ORGS))} has spent £${n()}m on flood defences in ${pick(PLACES)} since ${2000 + (n() % 20)}.`,
  (pick, n) =>
    `About ${n() % 100}% of ${pick(THINGS)} in ${pick(PLACES)} are not insured, figures from ${pick(ORGS)} show.`,
  (pick, n) => `Rail services between ${pick(PLACES)} and ${pick(PLACES)} will remain suspended for ${n() % 14} days.`,
  (pick) => `Volunteers from ${pick(PLACES)} filled sandbags through the night outside the town hall.`
]
const QUOTE_FAMILY = 100
const BOILERPLATE_FAMILY = 200

function cap(text: string): string {
  return text[0].toUpperCase() + text.slice(1)
}

export class DraftModel {
  paragraphs: Sentence[][] = []
  readonly annotations: Annotation[] = []
  private readonly random: () => number

  constructor(seed: number) {
    this.random = seededRandom(seed)
  }

  int(max: number): number {
    return Math.floor(this.random() * max)
  }

  pick = <T>(list: T[]): T => list[this.int(list.length)]
  number = (): number => 100 + this.int(9900)

  /** Every sentence text ever generated: a new sentence is new text, never a deleted one come back. */
  private readonly used = new Set<string>()

  sentence(avoidFamily = -1, allowBoilerplate = true): Sentence {
    for (let attempt = 0; ; attempt++) {
      const sentence = this.draw(avoidFamily)
      if (!allowBoilerplate && sentence.family >= BOILERPLATE_FAMILY) continue
      if (sentence.family >= BOILERPLATE_FAMILY || !this.used.has(sentence.text) || attempt > 50) {
        this.used.add(sentence.text)
        return sentence
      }
    }
  }

  private draw(avoidFamily: number): Sentence {
    const roll = this.random()
    if (roll < 0.06) {
      const index = this.int(BOILERPLATE.length)
      return { text: BOILERPLATE[index], family: BOILERPLATE_FAMILY + index, annotation: null }
    }
    if (roll < 0.3) {
      let family = this.int(QUOTES.length)
      if (QUOTE_FAMILY + family === avoidFamily) family = (family + 1) % QUOTES.length
      const quote = QUOTES[family](this.pick, this.number)
      return {
        text: `“${quote},” said ${this.pick(PEOPLE)}, ${this.pick(ROLES)}.`,
        family: QUOTE_FAMILY + family,
        annotation: null
      }
    }
    let family = this.int(CLAIMS.length)
    if (family === avoidFamily) family = (family + 1) % CLAIMS.length
    return { text: CLAIMS[family](this.pick, this.number), family, annotation: null }
  }

  /** Builds paragraphs of 2–6 sentences until the draft has `words` words. */
  generate(words: number): void {
    let count = 0
    while (count < words) {
      const paragraph: Sentence[] = []
      for (let k = 2 + this.int(5); k > 0; k--) {
        const sentence = this.sentence()
        // Two identical sentences side by side: which one an edit touched could not be told.
        if (sentence.text === paragraph[paragraph.length - 1]?.text) continue
        count += sentence.text.split(' ').length
        paragraph.push(sentence)
      }
      this.paragraphs.push(paragraph)
    }
  }

  /** Annotates `count` sentences: every boilerplate copy first (the hard case), then at random. */
  annotate(count: number): void {
    const all = this.paragraphs.flat()
    const order = [
      ...all.filter((s) => s.family >= BOILERPLATE_FAMILY),
      ...shuffle(
        all.filter((s) => s.family < BOILERPLATE_FAMILY),
        this.random
      )
    ]
    for (const sentence of order.slice(0, count)) {
      const isQuote = sentence.family >= QUOTE_FAMILY && sentence.family < BOILERPLATE_FAMILY
      const start = isQuote ? 1 : 0
      const end = isQuote ? sentence.text.indexOf(',”') : sentence.text.length
      sentence.annotation = { id: `i${this.annotations.length + 1}`, start, end, outcome: 'unchanged' }
      this.annotations.push(sentence.annotation)
    }
  }

  render(): { text: string; truth: Map<string, Truth> } {
    const truth = new Map<string, Truth>()
    let text = ''
    this.paragraphs.forEach((paragraph, p) => {
      if (p > 0) text += '\n\n'
      paragraph.forEach((sentence, s) => {
        if (s > 0) text += ' '
        const a = sentence.annotation
        if (a) truth.set(a.id, { outcome: a.outcome, start: text.length + a.start, end: text.length + a.end })
        text += sentence.text
      })
    })
    for (const a of this.annotations) if (!truth.has(a.id)) truth.set(a.id, { outcome: 'removed', start: -1, end: -1 })
    return { text, truth }
  }
}

export function shuffle<T>(list: T[], random: () => number): T[] {
  for (let i = list.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1))
    ;[list[i], list[j]] = [list[j], list[i]]
  }
  return list
}
