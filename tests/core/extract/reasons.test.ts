/**
 * The "because …" line a checker reads beside each claim: facts first, each piece of text said
 * once in its most specific form, no grammar words, at most eight reasons. The model's reasons are
 * given as the scorer words them (it is retrained often, so its exact output is not pinned here);
 * the facts come from the real fact finders on real prose.
 */
import { describe, expect, it } from 'vitest'
import { containsPhrase, mergeReasons, readReason } from '../../../src/core/extract/reasons'
import { MAX_REASONS } from '../../../src/shared/article'
import { findFacts } from '../../../src/core/facts/facts'
import { extract } from '../../../src/core/extract/extract'
import { articleFromText } from '../../helpers/builders'

const ARTICLE_DATE = '2024-03-14'

function reasonsFor(sentence: string, model: string[]): string[] {
  const facts = findFacts(sentence, { start: 0, end: sentence.length }, { articleDate: ARTICLE_DATE })
  return mergeReasons(facts, model)
}

describe('one reason per piece of text, the most specific first', () => {
  it.each([
    [
      'a money figure stated by the fact and again by the model',
      'The plant needs a $48 million overhaul of its filtration system.',
      ['number: $48 million', 'money: $48 million', "word: 'million'"],
      ['money: $48 million']
    ],
    [
      'the parts of a measured quantity',
      'The plant can treat 90 million litres of water a day.',
      ['number: 90 million litres', 'number: 90', 'number: million', "word: 'million'", "word: 'treat'"],
      ['number: 90 million litres', "word: 'treat'"]
    ],
    [
      'a relative date said again as a plain date',
      'The utility set aside $11.5 million last year for maintenance.',
      ['date: last year', 'statistic word: maintenance', "word: 'year'"],
      ['money: $11.5 million', 'relative date: last year → 2023', 'statistic word: maintenance']
    ],
    [
      'a person named again as a "named entity", with and without the title',
      'Councillor Marcus Delaney said the rise would hit pensioners hardest.',
      ['reported speech: said', 'named entity: Councillor Marcus Delaney', 'named entity: Marcus Delaney'],
      ['person: Marcus Delaney', 'reported speech: said']
    ],
    [
      'a year inside a full date, and a counted noun inside its count',
      'Workers inspected 42 sand filters at the plant on Oct. 3, 2023.',
      ['year: 2023', 'statistic word: filters', 'reported event: inspected'],
      ['number: 42 sand filters', 'date: Oct. 3, 2023', 'reported event: inspected']
    ],
    [
      'a clock time the number finder skips on purpose',
      'The council meets at 6 p.m. on Thursday at the civic centre.',
      ['number: 6', 'date: on Thursday'],
      ['relative date: on Thursday → 2024-03-14']
    ],
    [
      'a spelled-out count the number finder did not read, beside a period word it rightly skipped',
      'Three of the eight sand filters failed, staff wrote every quarter.',
      ['number: Three', 'number: quarter', 'reported event: failed'],
      ['number: eight sand filters', 'number: Three', 'reported event: failed']
    ],
    [
      'a demonym the entity finder does not take for a name',
      'The reputation of the French military diminished across the country.',
      ['change: diminished', 'named entity: French', "word: 'military'"],
      ['change: diminished', "word: 'military'"]
    ],
    [
      'a capitalised first word that is no name',
      'Repairs to the harbour wall will not be complete until March 2024.',
      ['named entity: Repairs', 'reported event: complete'],
      ['date: March 2024', 'reported event: complete']
    ],
    [
      'a one-word name the entity finder knows is shown once, as the fact',
      'Okafor said the filters failed in 2021.',
      ['named entity: Okafor', 'reported speech: said'],
      ['person: Okafor', 'year: 2021', 'reported speech: said']
    ]
  ])('%s', (_label, sentence, model, expected) => {
    expect(reasonsFor(sentence, model)).toEqual(expected)
  })
})

describe('word reasons: content words only, one or two', () => {
  it.each([
    ['auxiliaries and pronouns', ["word: 'are'", "word: 'did'", "word: 'has'", "word: 'own'"], []],
    ['function-word phrases', ["word: 'by the'", "word: 'out of'", "word: 'at least'"], []],
    [
      'a phrase with one content word and one grammar word',
      ["word: 'the plant'", "word: 'failed'"],
      ["word: 'failed'"]
    ],
    [
      'content words, capped at two',
      ["word: 'military'", "word: 'pay'", "word: 'fund'"],
      ["word: 'military'", "word: 'pay'"]
    ],
    [
      'a word already quoted by a stronger reason',
      ['change: cut', "word: 'cut'", "word: 'report'"],
      ['change: cut', "word: 'report'"]
    ]
  ])('%s', (_label, model, expected) => {
    expect(mergeReasons([], model)).toEqual(expected)
  })
})

describe('the line as a whole', () => {
  it('keeps facts first, drops exact repeats, and stops at eight reasons', () => {
    const sentence = 'France sent 5,000 troops and 300 vehicles to Mali, Niger, Chad and Libya in 2013 and 2014.'
    const model = ['reported event: sent', 'reported event: sent', 'statistic word: troops', "word: 'vehicles'"]
    const merged = reasonsFor(sentence, model)
    expect(merged.slice(0, 4)).toEqual(['place: France', 'number: 5,000 troops', 'number: 300 vehicles', 'place: Mali'])
    expect(merged).toHaveLength(MAX_REASONS)
    expect(new Set(merged).size).toBe(merged.length)
  })

  it('leaves out a fact lying inside another fact of the claim', () => {
    const text = 'The plant treats 90 million litres a day.'
    const outer = { kind: 'number' as const, start: 17, end: 34, text: '90 million litres', value: '90000000 litres' }
    const inner = { kind: 'number' as const, start: 17, end: 19, text: '90', value: '90' }
    expect(text.slice(outer.start, outer.end)).toBe(outer.text)
    expect(mergeReasons([outer, inner], [])).toEqual(['number: 90 million litres'])
  })

  it('reads a reason into its label and the words it quotes', () => {
    expect(readReason('number: 90')).toEqual({ label: 'number', quote: '90' })
    expect(readReason("word: 'by the'")).toEqual({ label: 'word', quote: 'by the' })
    expect(readReason('photo caption')).toEqual({ label: 'photo caption', quote: null })
  })

  it('matches quoted words as whole words only', () => {
    expect(containsPhrase('90 million litres', '90')).toBe(true)
    expect(containsPhrase('Oct. 3, 2023', '2023')).toBe(true)
    expect(containsPhrase('1987', '9')).toBe(false)
    expect(containsPhrase('three years', 'year')).toBe(false)
    expect(containsPhrase('$48 million', '$48 million')).toBe(true)
  })
})

describe('on a whole article through the pipeline', () => {
  const article = articleFromText(
    [
      'Harbourside water plant faces $48 million repair bill',
      'The Marrow Point water treatment plant, which supplies drinking water to about 310,000 homes around Kestrel Bay, needs a $48 million overhaul, the regional utility said on Monday.',
      'The plant was built in 1987 and can treat 90 million litres of water a day when all filters are working.',
      'She added that the utility had set aside $11.5 million last year for maintenance, but that the inspection showed the problem was far worse.',
      'A spokesperson for Kestrel Bay Water said the utility did not comment on internal reports.'
    ].join('\n\n')
  )
  const { claims } = extract(article, { articleDate: ARTICLE_DATE, threshold: 0 })

  it('never repeats a fact’s words in a model reason, nor lists grammar words', () => {
    expect(claims.length).toBeGreaterThan(0)
    for (const claim of claims) {
      expect(claim.reasons.length).toBeLessThanOrEqual(MAX_REASONS)
      const factTexts = claim.facts.map((f) => f.text)
      const fromModel = claim.reasons.slice(claim.facts.length)
      for (const reason of fromModel) {
        const { label, quote } = readReason(reason)
        if (quote === null) continue
        expect(
          factTexts.filter((text) => containsPhrase(text, quote)),
          `${reason} in ${claim.id}`
        ).toEqual([])
        if (label === 'word') expect(['are', 'did', 'has', 'by the', 'the', 'of']).not.toContain(quote)
      }
      expect(claim.reasons.filter((r) => r.startsWith('word: ')).length).toBeLessThanOrEqual(2)
    }
  })

  it('words quantities the way a checker says them', () => {
    const all = claims.flatMap((c) => c.reasons)
    expect(all).toContain('money: $48 million')
    expect(all).toContain('number: 90 million litres')
    expect(all).toContain('relative date: last year → 2023')
    expect(all).toContain('organisation: Kestrel Bay Water')
    expect(all).not.toContain('number: 90')
    expect(all).not.toContain('date: last year')
  })
})

describe('"due to" as a reason', () => {
  const reasonsOf = (text: string) => extract(articleFromText(text), { threshold: 0 }).claims.flatMap((c) => c.reasons)

  it('is a cause before a noun, and no cause in a schedule ("is due to appear")', () => {
    expect(reasonsOf('The ferry was cancelled due to high winds, the operator said.')).toContain('cause/effect: due to')
    expect(reasonsOf('Kyle Benton is due to appear before magistrates on 18 December.')).not.toContain(
      'cause/effect: due to'
    )
  })
})
