/**
 * A small real-prose case for the op tests: an article with blocks, and a synthetic extraction
 * (no engine) whose claims and quotes are located by their words, so offsets are never typed by hand.
 */
import type { Claim, Claimant, Extraction, Fact, Quote } from '../../../src/shared/article'
import type { CaseFile } from '../../../src/shared/case'
import type { OpContext } from '../../../src/core/case/op-context'
import { articleOf, engineCase, fact, p, span, title } from '../../helpers/builders'

export const TITLE = 'France to send 5,000 troops to the Sahel'
export const BODY = [
  'France will send 5,000 troops to the Sahel by June, the defence ministry said on Tuesday.',
  '"We will not leave our partners alone," said Florence Parly, the armed forces minister.',
  'The deployment costs €600m a year, according to the budget office.',
  'Critics say the mission has made the region less stable since 2013.',
  'France will send 5,000 troops to the Sahel by June, the defence ministry said on Tuesday.',
  'The weather in Paris was mild.'
]
export const SAHEL = articleOf({ date: '2024-03-05' }, title(TITLE), ...BODY.map(p))
export const TEXT = SAHEL.text

/** Where `words` are in the article (the `occurrence`-th time). */
export const at = (words: string, occurrence = 0) => span(SAHEL, words, occurrence)

function claim(
  id: string,
  sentence: string,
  occurrence: number,
  type: Claim['type'],
  facts: Fact[],
  claimant: Claimant | null = null
): Claim {
  const reasons = facts.map((f) => `${f.kind}: ${f.text}`)
  return { id, ...at(sentence, occurrence), score: 0.8, type, reasons, facts, claimant }
}

export function sahelExtraction(): Extraction {
  const troops = BODY[0]
  const claims: Claim[] = [
    claim(
      'c1',
      troops,
      0,
      'quantity',
      [fact(SAHEL, 'number', '5,000 troops', '5000 troops'), fact(SAHEL, 'relative-date', 'Tuesday', '2024-03-05')],
      { name: 'the defence ministry', mention: at('the defence ministry'), cue: at('said') }
    ),
    claim('c2', BODY[2], 0, 'quantity', [fact(SAHEL, 'number', '€600m', '600000000 eur')], {
      name: 'the budget office',
      mention: at('the budget office'),
      cue: at('according to')
    }),
    claim('c3', BODY[3], 0, 'correlation/causation', [fact(SAHEL, 'date', '2013', '2013')]),
    claim('c4', troops, 1, 'quantity', [fact(SAHEL, 'number', '5,000 troops', '5000 troops', 1)])
  ]
  const quotes: Quote[] = [
    {
      id: 'q1',
      ...at('We will not leave our partners alone,'),
      speaker: { name: 'Florence Parly', description: 'the armed forces minister', anonymous: false },
      mention: at('Florence Parly'),
      cue: at('said', 1),
      partial: false
    }
  ]
  const sentences = [TITLE, ...BODY].map((part, index) => {
    const where = at(part, index === 5 ? 1 : 0)
    return { start: where.start, end: where.end, score: index === 6 || index === 0 ? 0.1 : 0.8 }
  })
  return { article: SAHEL, sentences, claims, quotes, inconsistencies: [] }
}

export function sahelCase(): CaseFile {
  return engineCase(SAHEL, sahelExtraction(), { fileName: 'sahel.txt', now: '2024-03-05T09:00:00.000Z' })
}

export const ANNA: OpContext = { by: 'Anna Checker', at: '2024-03-06T10:00:00.000Z' }
export const BEN: OpContext = { by: 'Ben Editor', at: '2024-03-06T11:30:00.000Z' }
