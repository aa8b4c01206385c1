/**
 * A small real-prose case for the op tests: an article with blocks, and a synthetic extraction
 * whose claims and quotes are located by their words, so offsets are never typed by hand.
 */
import type { Article, Claim, Claimant, Extraction, Fact, Quote } from '../../../src/shared/article'
import type { CaseFile } from '../../../src/shared/case'
import { createCase } from '../../../src/core/case/create-case'
import type { OpContext } from '../../../src/core/case/op-context'

export const TITLE = 'France to send 5,000 troops to the Sahel'
export const BODY = [
  'France will send 5,000 troops to the Sahel by June, the defence ministry said on Tuesday.',
  '"We will not leave our partners alone," said Florence Parly, the armed forces minister.',
  'The deployment costs €600m a year, according to the budget office.',
  'Critics say the mission has made the region less stable since 2013.',
  'France will send 5,000 troops to the Sahel by June, the defence ministry said on Tuesday.',
  'The weather in Paris was mild.'
]
export const TEXT = [TITLE, ...BODY].join('\n\n')

export function at(text: string, occurrence = 0): { start: number; end: number; text: string } {
  let start = -1
  for (let i = 0; i <= occurrence; i++) start = TEXT.indexOf(text, start + 1)
  if (start < 0) throw new Error(`fixture: "${text}" not in the article`)
  return { start, end: start + text.length, text }
}

function blocks(): Article['blocks'] {
  const result: Article['blocks'] = []
  let offset = 0
  ;[TITLE, ...BODY].forEach((part, index) => {
    result.push({ kind: index === 0 ? 'title' : 'paragraph', start: offset, end: offset + part.length })
    offset += part.length + 2
  })
  return result
}

export const ARTICLE: Article = { text: TEXT, title: TITLE, standfirst: '', metadata: { date: '2024-03-05' }, blocks: blocks() }

function fact(kind: Fact['kind'], text: string, value: string, occurrence = 0): Fact {
  return { kind, ...at(text, occurrence), value }
}

function claim(id: string, sentence: string, occurrence: number, type: Claim['type'], facts: Fact[], claimant: Claimant | null = null): Claim {
  return { id, ...at(sentence, occurrence), score: 0.8, type, reasons: facts.map((f) => `${f.kind}: ${f.text}`), facts, claimant }
}

export function extraction(): Extraction {
  const troops = BODY[0]
  const claims: Claim[] = [
    claim('c1', troops, 0, 'quantity', [fact('number', '5,000 troops', '5000 troops'), fact('relative-date', 'Tuesday', '2024-03-05')], {
      name: 'the defence ministry',
      mention: at('the defence ministry'),
      cue: at('said')
    }),
    claim('c2', BODY[2], 0, 'quantity', [fact('number', '€600m', '600000000 eur')], { name: 'the budget office', mention: at('the budget office'), cue: at('according to') }),
    claim('c3', BODY[3], 0, 'correlation/causation', [fact('date', '2013', '2013')]),
    claim('c4', troops, 1, 'quantity', [fact('number', '5,000 troops', '5000 troops', 1)])
  ]
  const quoteSpan = at('We will not leave our partners alone,')
  const quotes: Quote[] = [
    {
      id: 'q1',
      ...quoteSpan,
      speaker: { name: 'Florence Parly', description: 'the armed forces minister', anonymous: false },
      mention: at('Florence Parly'),
      cue: at('said', 1),
      partial: false
    }
  ]
  const sentences = [TITLE, ...BODY].map((part, index) => {
    const span = at(part, index === 5 ? 1 : 0)
    return { start: span.start, end: span.end, score: index === 6 || index === 0 ? 0.1 : 0.8 }
  })
  return { article: ARTICLE, sentences, claims, quotes, inconsistencies: [] }
}

export function sampleCase(): CaseFile {
  return createCase({ article: ARTICLE, extraction: extraction(), hash: 'h', fileName: 'sahel.txt', articlePath: '/tmp/sahel.txt', now: '2024-03-05T09:00:00.000Z', caseId: 'case-1' })
}

export const ANNA: OpContext = { by: 'Anna Checker', at: '2024-03-06T10:00:00.000Z' }
export const BEN: OpContext = { by: 'Ben Editor', at: '2024-03-06T11:30:00.000Z' }

/** The item whose anchor text starts with `words`. */
export function itemStarting(c: CaseFile, words: string, occurrence = 0) {
  const matches = c.items.filter((it) => it.anchor.exact.startsWith(words)).sort((a, b) => a.anchor.start - b.anchor.start)
  const item = matches[occurrence]
  if (!item) throw new Error(`fixture: no item starting "${words}"`)
  return item
}
