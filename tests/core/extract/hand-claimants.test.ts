/**
 * A claim the checker adds by hand gets the claimant extraction gives its sentence: a pronoun or a quote's words
 * are read with what comes before them (docs/FORMAT.md, Claimant). Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest'
import type { Article } from '../../../src/shared/article'
import { extract } from '../../../src/core/extract/extract'
import { handClaimant } from '../../../src/core/extract/hand-claimants'
import { articleOf, p, span, title } from '../../helpers/builders'

/** The claimant of a hand-added claim over `words`, and extraction's for the claim starting there (every sentence a claim). */
function both(article: Article, words: string) {
  const at = span(article, words)
  const hand = handClaimant(article, at.start, at.end)
  const suggested = extract(article, { threshold: 0 }).claims.find((c) => c.start <= at.start && at.end <= c.end)
  return { hand, suggested: suggested?.claimant ?? null }
}
const short = (c: { name: string; mention: { text: string }; cue: { text: string } | null } | null) =>
  c ? [c.name, c.mention.text, c.cue?.text ?? null] : null

describe('a claim added by hand is read with what precedes it when it points back', () => {
  it('"He said …" is the person met before, as extraction gives it', () => {
    const article = articleOf(
      title('Ferry plan in doubt'),
      p('Owen Pryce, the harbour master, spoke to councillors on Monday.'),
      p('He said the plan failed because the dredger never came.')
    )
    const { hand, suggested } = both(article, 'He said the plan failed')
    expect(short(hand)).toEqual(['Owen Pryce', 'He', 'said'])
    expect(hand).toEqual(suggested)
    expect(hand?.mention).toEqual(span(article, 'He'))
  })

  it('a sentence inside a quote is the speaker’s the quote names after it', () => {
    const article = articleOf(
      p('“The fares will rise by a fifth. Nobody on this council wants that,” said Nadia Osei, the finance lead.')
    )
    const { hand, suggested } = both(article, 'The fares will rise by a fifth.')
    expect(short(hand)).toEqual(['Nadia Osei', 'Nadia Osei', 'said'])
    expect(hand).toEqual(suggested)
  })

  it('a quote introduced by the sentence before it is that speaker’s', () => {
    const article = articleOf(
      p('Nadia Osei, the finance lead, told the inquiry on Tuesday:'),
      p('“We ran out of money in March and borrowed £2 million.”')
    )
    const { hand, suggested } = both(article, 'We ran out of money in March')
    expect(short(hand)).toEqual(['Nadia Osei', 'Nadia Osei', 'told'])
    expect(hand).toEqual(suggested)
  })

  it('a pronoun with nobody before it has none', () => {
    const article = articleOf(p('She said the harbour wall would cost £3 million.'))
    expect(both(article, 'She said the harbour wall').hand).toBeNull()
  })

  it('a quote later in the article does not change it', () => {
    const article = articleOf(
      p('Owen Pryce runs the harbour.'),
      p('He said the dredger was late.'),
      p('“It was never late,” said Ruth Hale, who chairs the council.')
    )
    expect(short(both(article, 'He said the dredger was late.').hand)).toEqual(['Owen Pryce', 'He', 'said'])
  })

  it('a sentence that points nowhere is read on its own: a name as written', () => {
    const article = articleOf(
      p('Owen Pryce, the harbour master, spoke to councillors on Monday.'),
      p('Mr Pryce said the plan failed.')
    )
    // Extraction resolves the name to the person met first; read alone it is the name as written.
    expect(short(both(article, 'Mr Pryce said the plan failed.').hand)).toEqual(['Mr Pryce', 'Mr Pryce', 'said'])
    expect(short(both(article, 'Mr Pryce said the plan failed.').suggested)).toEqual(['Owen Pryce', 'Mr Pryce', 'said'])
  })

  it('a body called by its noun is named as extraction names it: "the utility" after Kestrel Bay Water', () => {
    const named = ['Kestrel Bay Water', 'The utility', 'said']
    const article = articleOf(p('Kestrel Bay Water runs the plant. The utility said repairs would take two years.'))
    const { hand, suggested } = both(article, 'The utility said repairs')
    expect([short(hand), short(suggested)]).toEqual([named, named])
  })
})

describe('a claim added by hand over one clause of a sentence holding two attributions', () => {
  it('is claimed by the speaker of its own clause, as the clause extraction suggests', () => {
    const article = articleOf(
      p('Dr Lena Voss said the new lock gates cost £9 million, but the river trust claims they cost £14 million.')
    )
    const second = both(article, 'the river trust claims they cost £14 million.')
    expect(short(second.hand)).toEqual(['the river trust', 'the river trust', 'claims'])
    expect(second.hand).toEqual(second.suggested)
    // Part of the first clause is still the first speaker's; a span over both clauses is the sentence's.
    expect(short(both(article, 'the new lock gates cost £9 million').hand)).toEqual([
      'Lena Voss',
      'Dr Lena Voss',
      'said'
    ])
    const whole = 'Dr Lena Voss said the new lock gates cost £9 million, but the river trust claims'
    expect(short(both(article, whole).hand)).toEqual(['Lena Voss', 'Dr Lena Voss', 'said'])
  })

  it('read with the sentence before it when a pronoun opens a clause: "He … ; she …"', () => {
    const article = articleOf(
      p('Mr. Ivo Kral met Ms. Dana Frey at the depot.'),
      p('He wants the tram fare cut to £1; she proposes a fare of £2 for every trip.')
    )
    const { hand, suggested } = both(article, 'she proposes a fare of £2')
    expect(short(hand)).toEqual(['Dana Frey', 'she', 'proposes'])
    expect(hand).toEqual(suggested)
  })
})
