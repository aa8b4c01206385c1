/**
 * Full Fact's claim types on newsroom prose, with the documented order of precedence.
 */
import { describe, expect, it } from 'vitest'
import { classifyClaim } from '../../../src/core/checkworthiness/claim-type'
import { extract } from '../../../src/core/extract/extract'
import { parseArticle } from '../../../src/core/import/index'
import { findFacts } from '../../../src/core/facts/facts'
import type { ClaimType } from '../../../src/shared/article'

const typeOf = (sentence: string): ClaimType =>
  classifyClaim(sentence, findFacts(sentence, { start: 0, end: sentence.length }, { articleDate: '2022-08-17' }))

describe('claim types', () => {
  it.each<[string, ClaimType]>([
    // quantity: a figure with its unit, or a comparison of amounts
    ['France initially sent 5,000 troops into the former colony back in 2013.', 'quantity'],
    ['Unemployment in Lagos stood at 12.4% last week.', 'quantity'],
    ['Knife crime has doubled in the capital.', 'quantity'],
    ['It was the highest level since records began.', 'quantity'],
    // prediction
    [
      'The withdrawal could be as disastrous a policy for President Macron as Afghanistan was for Joe Biden.',
      'prediction'
    ],
    ['Inflation will fall to 2% by the end of next year.', 'prediction'],
    ['The economy is expected to shrink, the central bank said.', 'prediction'],
    ['Elections are set to take place next month.', 'prediction'],
    ['Economists forecast a recession.', 'prediction'],
    // correlation/causation
    ['Attacks in Sávaré and Sokolo resulted in 54 casualties.', 'correlation/causation'],
    ['Crime fell because of the new policing strategy.', 'correlation/causation'],
    ['The outbreak was blamed on contaminated water.', 'correlation/causation'],
    ['Air pollution is linked to higher rates of asthma.', 'correlation/causation'],
    // "due to" before a noun is a cause, before a verb a schedule
    ['The delay was due to a shortage of pilots at the port.', 'correlation/causation'],
    ['He is due to appear at Carrow Crown Court on 3 December.', 'prediction'],
    // laws/rules
    ['It is illegal to sell alcohol to under-18s.', 'laws/rules'],
    ['The court struck down the ban on protests.', 'laws/rules'],
    ['The Online Safety Bill passed its final reading.', 'laws/rules'],
    ['The constitution limits presidents to two terms.', 'laws/rules'],
    ['The bill passed the Senate by a single vote.', 'laws/rules'],
    ['Ms Ruiz tabled a bill to ban single-use cups.', 'laws/rules'],
    // personal experience
    ['“I was there when the shelling started,” she said.', 'personal experience'],
    ['“We lost everything in the flood,” a resident told reporters.', 'personal experience'],
    ['“We’ve lived here for 40 years,” he said.', 'personal experience'],
    // other
    ['The anti-insurgent mission was named Operation Barkhane.', 'other'],
    ['Nicolas Barotte is the defense correspondent for Le Figaro.', 'other']
  ])('%s → %s', (sentence, expected) => {
    expect(typeOf(sentence)).toBe(expected)
  })

  describe('edge cases the cue words must not trip on', () => {
    it.each<[string, ClaimType]>([
      ['The RVIM, linked to Al-Qaeda, operates in central Mali.', 'other'],
      ['France returned home following the coup.', 'other'],
      ['The minister could not be reached for comment.', 'other'],
      // A refusal, not a fall: a checker read "quantity" on a consortium that declined to comment.
      ['The firm’s owners, a consortium led by the pension fund Maple Crest, declined to comment.', 'other'],
      ['Ferry crossings declined to a trickle in March.', 'quantity'],
      ['The mayor declined to name the bidders.', 'other'],
      // Past inability after its subject, not a forecast: a checker read "prediction" on a clinic already open.
      ['The charity opened a clinic in Southmoor to see patients who could not get an appointment.', 'other'],
      ['She said she could not sit at a desk for the whole of March.', 'other'],
      ['The trust said the backlog could not be cleared before Easter.', 'prediction'],
      ['There is no political will to act.', 'other'],
      ['The president ruled out a second term.', 'other'],
      ['We will not accept this plan, the mayor said.', 'prediction'],
      ['We need more teachers in Lagos.', 'other'],
      // Money owed and a first name are no law: checked against accounts and records, not a rule's text.
      ['The ferry company faces a $9 million repair bill after the storm.', 'quantity'],
      ['Tenants said their heating bills doubled over the winter.', 'quantity'],
      ['"This is welcome news, but bills are still far higher than they were," she said.', 'quantity'],
      ['"Households should not expect bills to keep falling," he said.', 'other'],
      ['The plan was drawn up under President Bill Clinton.', 'other'],
      ['When Bill Tanner chaired the committee, it met monthly.', 'other']
    ])('%s → %s', (sentence, expected) => {
      expect(typeOf(sentence)).toBe(expected)
    })
  })

  describe('precedence: personal experience > prediction > causation > laws > quantity', () => {
    it.each<[string, ClaimType]>([
      ['“I saw 5,000 troops cross the border,” he said.', 'personal experience'],
      ['The ban will cut emissions by 20%.', 'prediction'],
      ['The ban led to a 20% fall in smoking.', 'correlation/causation'],
      ['The law fines firms up to £18 million.', 'laws/rules']
    ])('%s → %s', (sentence, expected) => {
      expect(typeOf(sentence)).toBe(expected)
    })
  })

  describe('a photo caption', () => {
    const CAPTION =
      'FILE - Pilots leave the ferry terminal at Marrow Point after a nine-hour shift, March 2, 2024. (AP Photo/Lena Marsh)'
    const STORY = ['Ferry pilots walk out', '', CAPTION, '', 'Ferry pilots walked out on Monday, the union said.', '']

    it('is still suggested, as a claim to check against the picture’s source, not as a quantity', () => {
      const parsed = parseArticle('pilots.txt', new TextEncoder().encode(STORY.join('\n')))
      if (!parsed.ok) throw new Error(parsed.error.message)
      const claim = extract(parsed.value).claims.find((c) => c.text.startsWith('FILE - Pilots'))
      expect(claim?.type).toBe('other')
      expect(claim?.reasons).toContain('photo caption')
      // The same words in the body: the figure makes it a quantity claim.
      expect(typeOf(CAPTION)).toBe('quantity')
    })

    it('keeps a type that names a harder part than its figures', () => {
      const sentence = 'Smoke rises over the port, where the blast was blamed on a gas leak.'
      const facts = findFacts(sentence, { start: 0, end: sentence.length }, { articleDate: '2022-08-17' })
      expect(classifyClaim(sentence, facts, true)).toBe('correlation/causation')
    })
  })
})
