/**
 * A claim-type pattern is searched only in a sentence holding one of its trigger words, so every match
 * of a pattern must hold one: a trigger list that misses a form ('fuelled', 'Tied to') fails here.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  CLAIM_TYPE_PATTERNS,
  FIRST_PERSON_HINT,
  PERSONAL_EXPERIENCE_RE
} from '../../../src/core/checkworthiness/claim-type'

const holdsTrigger = (sentence: string, triggers: readonly string[]): boolean => {
  const lower = sentence.toLowerCase()
  return triggers.some((word) => lower.includes(word))
}

// Every form the patterns name, in several cases, with words around them and odd boundaries.
const PIECES = (
  "will|Will|WILL|won’t|won't|we’ll|It'll|shall|is|are|was|Were|expected|set|likely|unlikely|due|poised|projected|" +
  'forecast|forecasts|forecasting|predicts|predicted|predicting|projects|that|projections|could|Would|might|not|be|' +
  'reached|have|in|the|The|coming|next|days|decades|by|2031|2099|because|Because|caused|causes|causing|cause|of|' +
  'led|to|leads|leading|resulted|results|resulting|result|as|a|blamed|on|for|thanks|owing|contributed|contributes|' +
  'contributing|triggered|sparked|fueled|fuelled|driven|associated|with|correlated|correlation|attributed|is why|' +
  'therefore|Consequently|linked|Linked|tied|Tied|connected|Connected|Al-Qaeda|laws|law|legislation|legislative|' +
  'illegally|unlawfully|lawful|legally|regulations|regulatory|bans|banned|banning|rules|out|ruled|ruling|party|' +
  'constitutional|courts|statute|statutes|statutory|decrees|sanctions|treaty|treaties|prohibits|prohibition|' +
  'permitted|licences|licenses|mandatory|compulsory|obliged|entitled|Finance|Bill|Clean|Air|Act|doubled|tripled|' +
  'trebled|halved|quadrupled|increased|decreased|rose|risen|fell|fallen|dropped|grew|shrank|declined|surged|soared|' +
  'plummeted|plunged|slumped|more|less|fewer|higher|lower|larger|smaller|than|highest|lowest|largest|smallest|' +
  'biggest|fewest|record|high|low|number|level|majority|average|proportion|per|cent|percent|Émile|é|_|-|’'
).split('|')
const SEPARATORS = [' ', ' ', ' ', '', '-', '\u00A0', '\n', ', ']
const sentence = fc
  .array(fc.tuple(fc.constantFrom(...PIECES), fc.constantFrom(...SEPARATORS)), { maxLength: 10 })
  .map((parts) => parts.map(([piece, separator]) => piece + separator).join(''))

describe('claim-type patterns and their trigger words', () => {
  for (const [name, { re, triggers }] of Object.entries(CLAIM_TYPE_PATTERNS)) {
    it(`${name}: every match holds a trigger word`, () => {
      fc.assert(
        fc.property(sentence, (text) => {
          if (re.test(text)) expect(holdsTrigger(text, triggers)).toBe(true)
        }),
        { numRuns: 3000 }
      )
    })
  }

  it.each([
    ['prediction', 'Officials are Poised to act by 2031.'],
    ['causation', 'Floods, Consequently, were fuelled by rain.'],
    ['linked', 'Prices are Tied to demand.'],
    ['laws', 'The Finance Bill was ruled unlawful.'],
    ['quantity', 'The majority quadrupled.']
  ] as const)('%s: %s', (name, text) => {
    expect(CLAIM_TYPE_PATTERNS[name].re.test(text)).toBe(true)
    expect(holdsTrigger(text, CLAIM_TYPE_PATTERNS[name].triggers)).toBe(true)
  })
})

// The first-person pattern runs only on sentences its hint finds: "I", "we" or "We" then an apostrophe or a space.
const FIRST_PERSON_PIECES = (
  "I|we|We|WE|i|I've|I’d|we've|We’d|It|In|were|between|power|knew|had|have|just|never|also|all|both|then|" +
  'once|first|still|always|really|ourselves|myself|personally|was|saw|seen|went|met|lived|grew up|worked|said|' +
  'walked|Iowa|AI|(|“|-|é|Émile|2019|\u00A0'
).split('|')
const firstPersonSentence = fc
  .array(fc.tuple(fc.constantFrom(...FIRST_PERSON_PIECES), fc.constantFrom(...SEPARATORS, '\t', '’', "'")), {
    maxLength: 8
  })
  .map((parts) => parts.map(([piece, separator]) => piece + separator).join(''))

describe('the first-person pattern and its hint', () => {
  it('every match is found by the hint', () => {
    fc.assert(
      fc.property(firstPersonSentence, (text) => {
        if (PERSONAL_EXPERIENCE_RE.test(text)) expect(FIRST_PERSON_HINT.test(text)).toBe(true)
      }),
      { numRuns: 4000 }
    )
  })

  it.each(['I was there.', 'We’d lived here.', '“we\u00A0saw it”', 'I’ve never worked so hard.'])('%s', (text) => {
    expect(PERSONAL_EXPERIENCE_RE.test(text)).toBe(true)
    expect(FIRST_PERSON_HINT.test(text)).toBe(true)
  })

  it('the hint turns away sentences that only hold the letters', () => {
    expect(FIRST_PERSON_HINT.test('It rose between 2019 and 2020 in Iowa, power were lower.')).toBe(false)
  })
})
