/**
 * "bill" as money owed (a repair bill, energy bills that keep falling) or a first name is no law; any other bill
 * is, the common reading in debate and politics. Checked on the rule itself and on the check-worthiness reasons.
 */
import { describe, expect, test } from 'vitest'
import { billIsNoLaw } from '../../../src/core/checkworthiness/bill-sense'
import { extractHandFeatures } from '../../../src/core/checkworthiness/features'
import { tokenize } from '../../../src/core/checkworthiness/features-tokens'

const fired = (sentence: string, id: string): string[] =>
  extractHandFeatures(sentence, tokenize(sentence), new Set())
    .filter((hit) => hit.id === id)
    .map((hit) => hit.match)

describe('"bill"', () => {
  const noLaw = (sentence: string): boolean => {
    const tokens = tokenize(sentence)
    return billIsNoLaw(
      tokens,
      tokens.findIndex((t) => t.lower === 'bill' || t.lower === 'bills')
    )
  }

  test.each([
    'Ferry operators face a $9 million repair bill after the storm.',
    'Tenants say their heating bills doubled over the winter.',
    'Pensioners will pay higher bills from October.',
    'Families on the estate could not pay the bills last year.',
    'The council promised to keep bill increases below 3% a year.',
    'Electricity bills rose 12% in the twelve months to June.',
    'Bills rose again in the spring.',
    'She called the levy "a bill for decades of delay".',
    'Patients received a bill of $4,200 for the scan.',
    'The guesthouse had fallen behind on its bills by the spring.',
    'The firm is contesting a £3 million tax bill levied by the revenue service.',
    'Hospitals will bill the insurer directly.',
    "Lower energy bills were the minister's first promise.",
    'The plan was signed by President Bill Clinton in 1996.',
    'Bill Tanner chaired the committee for a decade.',
    'Her husband, Bill, said the levy was unfair.',
    'Bill and Ada Tanner ran the ferry for a decade.',
    'The resort bills itself as the gateway to the lakes.',
    // Bills that go up and down by themselves are amounts: a law passes or fails, it does not fall by 5%.
    'Households should not expect bills to keep falling.',
    'Bills are still far higher than they were before the pandemic.',
    'Bills have fallen for the first time in two years.',
    'The minister promised to bring bills down by Christmas.',
    'Labour has pledged to cut bills by £300 by 2030.'
  ])('money owed, a verb or a name, no law: %s', (sentence) => {
    expect(noLaw(sentence)).toBe(true)
  })

  test.each([
    'The bill passed the Senate by 52 votes to 48.',
    'Ms Ruiz tabled a bill to ban single-use cups.',
    'The bill increases the fine for littering to £500.',
    'Ministers dropped the energy bill before the summer recess.',
    'The tax bill was signed into law on Friday.',
    'The Harbour Safety Bill returns to the chamber on Tuesday.',
    'Local papers ran the Bill of Rights in full.',
    'MPs will vote on the Bill in the autumn.',
    'A bill for the relief of flood victims was read a second time.',
    'Bills to lower the voting age failed twice in the last Parliament.',
    'The bills were dropped before the election.',
    'Both bills are still waiting for a vote.',
    'MPs voted the bills down on Tuesday.',
    'The bill fell when Parliament was dissolved.',
    'The Senate passed both bills by 52 votes to 48.'
  ])('a law: %s', (sentence) => {
    expect(noLaw(sentence)).toBe(false)
  })

  test('a money bill is no law in the reasons; a bill before parliament is', () => {
    expect(fired('The ferry company faces a $9 million repair bill after the storm.', 'lawOrRule')).toEqual([])
    expect(fired('Household water bills will rise by 6% a year from April.', 'lawOrRule')).toEqual([])
    // The next word of law is read instead: the council's vote is a decision a checker verifies.
    expect(fired('She called it "a bill for decades of delay" before the council vote.', 'lawOrRule')).toEqual(['vote'])
    expect(fired('The bill passed the Senate by 52 votes to 48.', 'lawOrRule')).toEqual(['bill'])
    expect(fired('Ms Ruiz tabled a bill to ban single-use cups.', 'lawOrRule')).toEqual(['bill'])
  })

  test('energy bills that are still higher are no law in the reasons', () => {
    // From a checker's reading of an energy story: three quotes about bills were typed laws/rules.
    expect(fired('"Bills are still far higher than they were before the pandemic," he said.', 'lawOrRule')).toEqual([])
    expect(fired('"Households should not expect bills to keep falling," she said.', 'lawOrRule')).toEqual([])
  })
})
