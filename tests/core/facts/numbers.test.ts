/**
 * Quantities with their units, read from newsroom prose: what a checker would look up, and the
 * look-alikes (years, clock times, phone numbers, labels, codes) that must not be reported.
 */
import { describe, expect, it } from 'vitest'
import { findFacts } from '../../../src/core/facts/facts'
import { findNumbers } from '../../../src/core/facts/numbers'
import { scaleDecimal } from '../../../src/core/facts/number-units'

const numbersIn = (sentence: string): Array<[string, string | null]> =>
  findFacts(sentence, { start: 0, end: sentence.length }, { articleDate: null })
    .filter((f) => f.kind === 'number')
    .map((f) => [f.text, f.value])

describe('quantities with units', () => {
  it.each([
    ['France initially sent 5,000 troops into the former colony.', [['5,000 troops', '5000 troops']]],
    [
      'The programme cost $410 million over three years.',
      [
        ['$410 million', '410000000 USD'],
        ['three years', '3 years']
      ]
    ],
    ['Unemployment stood at 12.4% in the region.', [['12.4%', '12.4 %']]],
    ['Inflation rose 3.1 per cent in the year to March.', [['3.1 per cent', '3.1 %']]],
    ['Temperatures reached 38.7C in Seville.', [['38.7C', '38.7 °C']]],
    ['The thermometer showed 38.7°C at noon.', [['38.7°C', '38.7 °C']]],
    ['It was 41 degrees Celsius in the shade.', [['41 degrees Celsius', '41 °C']]],
    ['Warsaw approved 900 million złoty for the border fence.', [['900 million złoty', '900000000 PLN']]],
    ['The deal is worth €2.5bn to the shipyard.', [['€2.5bn', '2500000000 EUR']]],
    ['The Treasury set aside £1.2 billion for repairs.', [['£1.2 billion', '1200000000 GBP']]],
    ['He said 1,000 Russian mercenaries are now stationed there.', [['1,000 Russian mercenaries', '1000 mercenaries']]],
    ['The attacks resulted in 54 casualties.', [['54 casualties', '54 casualties']]],
    ['Officials said 42 Malian soldiers died during the attack.', [['42 Malian soldiers', '42 soldiers']]],
    [
      'It claimed the deaths of four Russian mercenaries in an ambush.',
      [['four Russian mercenaries', '4 mercenaries']]
    ],
    ['France ended its nine-year military deployment.', [['nine-year', '9 year']]],
    ['They wrapped up a four-month tour of duty.', [['four-month', '4 month']]],
    ['Two-thirds of voters backed the plan.', [['Two-thirds', '2/3']]],
    ['Nearly half of the budget went on salaries.', [['half', '1/2']]],
    ['Growth is forecast at 10–12% next year.', [['10–12%', '10..12 %']]],
    ['The pipeline runs for 1,200 km under the sea.', [['1,200 km', '1200 km']]],
    [
      'Protesters numbered in the hundreds of thousands of people, police said.',
      [['hundreds of thousands of people', '100000+ people']]
    ],
    ['About 3 million people live in the city.', [['3 million people', '3000000 people']]],
    [
      'The ministry hired two hundred and fifty new teachers.',
      [['two hundred and fifty new teachers', '250 teachers']]
    ],
    ['A 10-year-old boy was rescued.', [['10-year-old', '10 year-old']]],
    ['Only 1 person was hurt.', [['1 person', '1 person']]],
    ['The death toll rose to 54.', [['54', '54']]],
    ['Some 2000 troops were deployed, the army said.', [['2000 troops', '2000 troops']]]
  ])('%s', (sentence, expected) => {
    expect(numbersIn(sentence)).toEqual(expected)
  })
})

describe('proportions', () => {
  it.each([
    [
      'One in five secondary maths lessons is taught by a non-specialist.',
      [['One in five secondary maths lessons', '1/5 lessons']]
    ],
    ['Nine out of ten harbour pilots backed the strike.', [['Nine out of ten harbour pilots', '9/10 pilots']]],
    ['About 4 in 10 Wessex Labour members voted for her.', [['4 in 10 Wessex Labour members', '4/10 members']]],
    ['The risk is one in a hundred.', [['one in a hundred', '1/100']]],
    ['Roughly 1 in every 1,000 births is affected.', [['1 in every 1,000 births', '1/1000 births']]]
  ])('%s', (sentence, wanted) => {
    expect(numbersIn(sentence)).toEqual(wanted)
  })

  it.each([
    [
      'Hale scored 3 in 10 minutes.',
      [
        ['3', '3'],
        ['10 minutes', '10 minutes']
      ]
    ],
    ['She won one in 2019 and another in 2021.', []],
    ['The firm bought Carrow One in three separate deals.', [['three separate deals', '3 deals']]]
  ])('%s: no proportion', (sentence, wanted) => {
    expect(numbersIn(sentence)).toEqual(wanted)
  })
})

describe('look-alikes that are not quantities', () => {
  it.each([
    ['The troops arrived back in 2013.', 'a year is a date'],
    ['The 2019 elections were disputed.', 'a year before a plural noun, after a determiner'],
    ['The meeting starts at 10:30 in the town hall.', 'a clock time'],
    ['The briefing ends at 3pm sharp.', 'a clock time with pm'],
    ['Call the newsroom on 020 7946 0958 for details.', 'a phone number'],
    ['The committee met in Room 101 yesterday.', 'a label after a capitalised word'],
    ['She flew on a Boeing 737 to Lagos.', 'a model number'],
    ['Ashby is not at risk of issuing a section 114 notice, the auditor said.', 'a section of a law'],
    ['The rule is set out on page 12 of the report.', 'a page of a document'],
    ['COVID-19 cases fell sharply.', 'a code joined to letters'],
    ['He finished 3rd in the race.', 'an ordinal'],
    ['One of the soldiers was injured.', 'a bare "one"'],
    ['No one was available to comment.', 'the pronoun "no one"']
  ])('%s (%s)', (sentence) => {
    expect(numbersIn(sentence)).toEqual([])
  })
})

describe('offsets', () => {
  it('reports spans inside the range only, as absolute offsets', () => {
    const text = 'Intro 7 goals. Then 5,000 troops arrived. Later 9 ships.'
    const start = text.indexOf('Then')
    const end = text.indexOf('Later')
    const found = findNumbers(text, start, end)
    expect(found.map((f) => [f.text, text.slice(f.start, f.end)])).toEqual([['5,000 troops', '5,000 troops']])
  })

  it('scales decimals exactly, without floating-point error', () => {
    expect(scaleDecimal('1.2', 9)).toBe('1200000000')
    expect(scaleDecimal('0.07', 6)).toBe('70000')
    expect(scaleDecimal('12.40', 0)).toBe('12.4')
    expect(scaleDecimal('2.345', 2)).toBe('234.5')
  })
})
