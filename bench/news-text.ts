/**
 * Realistic news text of any size for benchmarks: varied sentences in the newsroom register
 * (named officials, attributed quotes, figures with units, relative dates), built from templates with
 * a seeded random generator so every run measures the same text.
 */

export function seededRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    // mulberry32: small, fast, good enough for picking template words.
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const PEOPLE = [
  'Maria Okonkwo',
  'Daniel Reyes',
  'Ingrid Halvorsen',
  'Tomasz Wiśniewski',
  'Aisha Bello',
  'Graham Pettifer',
  'Lucía Ferrer',
  'Kenji Watanabe'
]
const ROLES = [
  'the finance minister',
  'a spokesperson for the port authority',
  'the chief executive of Northbay Water',
  'a senior economist at the Halden Institute',
  'the mayor of Port Ellery',
  'the head of the regional health board'
]
const ORGS = [
  'the Ministry of Transport',
  'Northbay Water',
  'the European Commission',
  'the Halden Institute',
  'the National Audit Office',
  'Coastal Freight Ltd'
]
const PLACES = ['Port Ellery', 'Gdańsk', 'Rotterdam', 'the Sahel', 'Lagos', 'Valencia', 'Osaka', 'the Baltic coast']
const UNITS = [
  'tonnes of grain',
  'jobs',
  'households',
  'patients',
  'containers',
  'kilometres of pipe',
  'teachers',
  'vessels'
]
const WHEN = [
  'on Monday',
  'last week',
  'at the end of last month',
  'last year',
  'in 2019',
  'on 14 March 2023',
  'earlier this month',
  'in the first quarter'
]
const CUES = ['said', 'told reporters', 'wrote', 'added', 'warned']
const VERBS = ['rose', 'fell', 'doubled', 'was cut', 'reached a record']

type Pick = <T>(list: readonly T[]) => T

const TEMPLATES: Array<(pick: Pick, n: () => string) => string> = [
  (pick, n) =>
    `${cap(pick(ORGS))} said ${n()} ${pick(UNITS)} were affected ${pick(WHEN)}, up from ${n()} a year earlier.`,
  (pick, n) => `Spending on the programme ${pick(VERBS)} to $${n()} million ${pick(WHEN)}, according to ${pick(ORGS)}.`,
  (pick) =>
    `“We will not accept a plan that leaves ${pick(PLACES)} behind,” ${pick(PEOPLE)}, ${pick(ROLES)}, ${pick(CUES)}.`,
  (pick) => `“The numbers speak for themselves,” she ${pick(CUES)}.`,
  (pick, n) =>
    `Unemployment in ${pick(PLACES)} stood at ${n().slice(-2, -1)}.${n().slice(-1)}% ${pick(WHEN)}, the highest level since 2013.`,
  (pick) => `Critics have accused ${pick(ORGS)} of ignoring warnings from engineers for years.`,
  () => `It is hard to say whether the new rules will make much difference.`,
  (pick) => `Could ${pick(PLACES)} be next?`,
  (pick, n) => `The contract, worth €${n()} million, was signed by ${pick(PEOPLE)} in ${pick(PLACES)} ${pick(WHEN)}.`,
  (pick) =>
    `Dr. ${pick(PEOPLE).split(' ')[1]} of the U.S. office arrived at 3 p.m. on Tuesday, et al. noted in the report.`,
  (pick, n) => `A law passed in 2021 requires ${pick(ORGS)} to publish ${n()} inspection reports a year.`,
  (pick) => `Residents said they felt abandoned after ${pick(ORGS)} closed the clinic.`
]

function cap(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

/** Paragraphs of 2–5 sentences separated by blank lines, with a title line, until `bytes` is reached. */
export function newsText(bytes: number, seed = 42): string {
  const random = seededRandom(seed)
  const pick: Pick = (list) => list[Math.floor(random() * list.length)]
  const number = (): string => {
    const value = Math.floor(random() * 9000) + 12
    return value >= 1000 ? value.toLocaleString('en-US') : String(value)
  }
  const parts: string[] = ['Port authority under pressure as freight volumes swing', '']
  let size = parts[0].length
  while (size < bytes) {
    const sentences: string[] = []
    const count = 2 + Math.floor(random() * 4)
    for (let i = 0; i < count; i++) sentences.push(pick(TEMPLATES)(pick, number))
    const paragraph = sentences.join(' ')
    parts.push(paragraph, '')
    size += paragraph.length + 2
  }
  return parts.join('\n').trimEnd() + '\n'
}

/** About `words` words of news text. */
export function newsTextOfWords(words: number, seed = 7): string {
  // Measured on this generator: about 6.1 characters per word including spaces.
  return newsText(Math.round(words * 6.1), seed)
}
