/**
 * Two readings of one word: "claims" the noun (insurance claims) is no speech cue, "wage" and "votes" the verbs
 * (wage war, before it votes) are no statistic, "raised" concerns
 * is no change, a "vote" that dates a sentence (before Thursday's vote) is no law. One rule each, read from the
 * neighbouring words, checked on the rule itself, on the check-worthiness reasons and on the quote finder's cues.
 */
import { describe, expect, test } from 'vitest'
import {
  claimsIsNoun,
  raisedIsNoChange,
  voteIsOccasion,
  votesIsVerb,
  wageIsVerb
} from '../../../src/core/checkworthiness/word-senses'
import { extractHandFeatures } from '../../../src/core/checkworthiness/features'
import { tokenize } from '../../../src/core/checkworthiness/features-tokens'
import { cueAt } from '../../../src/core/extract/speech-cues'
import { tokenize as quoteTokens } from '../../../src/core/extract/tokens'

const fired = (sentence: string, id: string): string[] =>
  extractHandFeatures(sentence, tokenize(sentence), new Set())
    .filter((hit) => hit.id === id)
    .map((hit) => hit.match)

describe('"claims"', () => {
  test.each([
    ['insurance', 'rose', true],
    [null, 'from', true],
    ['expect', 'to', true],
    ['of', 'had', true],
    ['40,000', 'were', true],
    ['minister', 'that', false],
    ['he', 'the', false],
    ['rising', 'Smith', false]
  ])('before %j, after %j: noun %j', (before, after, noun) => {
    expect(claimsIsNoun(before, after === 'Smith' ? 'smith' : after)).toBe(noun)
  })

  test('insurance claims are no reported speech; a minister who claims is', () => {
    expect(fired('Insurers said flood claims had reached £40 million by Friday.', 'reportedSpeech')).toEqual(['said'])
    expect(fired('Claims from farmers alone made up a quarter of the total.', 'reportedSpeech')).toEqual([])
    expect(fired('Insurers expect claims to pass £40 million this winter.', 'reportedSpeech')).toEqual([])
    expect(fired('The minister claims that 5,000 homes were built last year.', 'reportedSpeech')).toEqual(['claims'])
  })

  test('the quote finder takes "claims" for a cue only as a verb', () => {
    const cue = (sentence: string): string | null => {
      const tokens = quoteTokens(sentence, 0, sentence.length)
      const at = tokens.findIndex((token) => token.lower === 'claims')
      return cueAt(tokens, at) ? 'cue' : null
    }
    expect(cue('“The bill will keep rising,” claims adjusters at the firm warned.')).toBeNull()
    expect(cue('Insurance claims rose by a third.')).toBeNull()
    expect(cue('“We built 5,000 homes,” claims the minister.')).toBe('cue')
    expect(cue('The minister claims that 5,000 homes were built.')).toBe('cue')
  })
})

describe('"wage"', () => {
  test.each([
    ['wage', 'to', 'war', true],
    ['wages', 'group', 'war', true],
    ['wage', 'will', 'a', true],
    ['wage', 'minimum', 'rose', false],
    ['wages', 'average', 'fell', false],
    ['wage', 'the', 'an', false],
    ['salary', 'to', 'war', false]
  ])('%s before %j, after %j: verb %j', (word, before, after, verb) => {
    expect(wageIsVerb(word, before, after)).toBe(verb)
  })

  test('"wage war" is no statistic word; the minimum wage is', () => {
    expect(fired('Retailers have vowed to wage war on rising prices across the town.', 'statisticWord')).toEqual([
      'prices'
    ])
    expect(fired('The rebels wage war from the hills.', 'statisticWord')).toEqual([])
    expect(fired('The minimum wage rose to £11.44 an hour in April.', 'statisticWord')).toEqual(['wage'])
  })
})

describe('"votes"', () => {
  test.each([
    ['it', true],
    ['who', true],
    ['the', false],
    ['52,000', false],
    [null, false]
  ])('after %j: verb %j', (before, verb) => {
    expect(votesIsVerb('votes', before)).toBe(verb)
  })

  test('a body that votes is no statistic word; the votes it counts are', () => {
    expect(fired('The board will hear objectors before it votes on the levy.', 'statisticWord')).toEqual([])
    expect(fired('The mayor won 61% of the votes cast on Sunday.', 'statisticWord')).toEqual(['votes'])
  })
})

describe('"vote"', () => {
  test.each([
    ["Councillors want the report published before Thursday's vote.", true],
    ['The mayor met the unions ahead of the vote.', true],
    ['Turnout was low on the day of next week’s vote, the clerk said.', true],
    ['Protesters gathered outside City Hall before the vote.', true],
    ['The vote on Tuesday went 31 to 20.', true],
    ['The vote on the levy went 31 to 20.', false],
    ['She called for a vote to ban the sale of fireworks.', false],
    ['Members will hold a fresh vote in March.', false]
  ])('%j: an occasion %j', (sentence, occasion) => {
    const tokens = tokenize(sentence)
    expect(
      voteIsOccasion(
        tokens,
        tokens.findIndex((t) => t.lower === 'vote')
      )
    ).toBe(occasion)
  })

  test('a vote that only dates the sentence gives no law/rules reason', () => {
    // A checker read "law/rules: vote" on a sentence about when a report is due, not about any decision.
    expect(fired("Councillors want the report published before Thursday's vote.", 'lawOrRule')).toEqual([])
    expect(fired('The budget was cut by £2m ahead of the vote.', 'lawOrRule')).toEqual([])
    expect(fired('The vote on the levy went 31 to 20.', 'lawOrRule')).toEqual(['vote'])
  })
})

describe('"raised"', () => {
  test.each([
    ['concerns', 'by', 'staff', true],
    ['she', 'concerns', 'about', true],
    ['he', 'the', 'question', true],
    ['they', 'fares', 'by', false],
    ['council', 'the', 'levy', false]
  ])('before %j, after %j %j: no change %j', (before, after, afterNext, none) => {
    expect(raisedIsNoChange('raised', before, after, afterNext)).toBe(none)
  })

  test('concerns raised are no change; fares raised are', () => {
    expect(fired('Ferry crews said the concerns raised by pilots were ignored.', 'changeVerb')).toEqual([])
    expect(fired('Two councillors raised serious doubts about the depot plan.', 'changeVerb')).toEqual([])
    expect(fired('The operator raised fares by 8% in January.', 'changeVerb')).toEqual(['raised'])
  })
})

describe('"charged"', () => {
  test('a price charged gives no law/rules reason; an accusation does', () => {
    // A checker read "law/rules: charged" on councils charging for garden waste: a fee, not a criminal charge.
    expect(fired('Figures show 64% of councils charged for bulky waste in 2024.', 'lawOrRule')).toEqual([])
    expect(fired('The ferry operator charged £12 for a return ticket.', 'lawOrRule')).toEqual([])
    expect(fired('The trust charged patients for parking until 2020.', 'lawOrRule')).toEqual([])
    expect(fired('Police charged a 34-year-old man with arson on Friday.', 'lawOrRule')).toEqual(['charged'])
    expect(fired('Two men were charged for the attack on the depot.', 'lawOrRule')).toEqual(['charged'])
    expect(fired('The driver was charged with careless driving.', 'lawOrRule')).toEqual(['charged'])
  })
})
