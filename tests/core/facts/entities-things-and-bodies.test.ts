/**
 * Acronyms of things are no organisations ("organisation: MRI" among a claim's reasons sent a checker looking for
 * a body), while the acronyms of real bodies stay organisations; a body named after its people ("Doctors Without
 * Borders") is an organisation though it "said" as a person does.
 */
import { describe, expect, it } from 'vitest'
import { findEntities } from '../../../src/core/facts/entities'

const entitiesIn = (text: string): Array<[string, string]> =>
  findEntities(text, { start: 0, end: text.length }).map((f) => [f.kind, f.text])

describe('acronyms of things', () => {
  it.each([
    ['The MRI waiting list at Hartwell General fell by 400 patients in a year.', 'MRI'],
    ['Beds in the ICU were full for nine days in January, the trust said.', 'ICU'],
    ['Staff were short of PPE for most of the spring.', 'PPE'],
    ['The CPI rose 3.1% in the year to March.', 'CPI'],
    ['Spending on SEND transport doubled in four years.', 'SEND'],
    ['Waiting times for a CT scan in Hartwell doubled, an NGO said.', 'NGO']
  ])('reads no organisation in %j', (sentence, acronym) => {
    expect(entitiesIn(sentence).filter(([, name]) => name === acronym)).toEqual([])
  })

  it('keeps the acronyms of real bodies', () => {
    expect(entitiesIn('The MRI scanner was paid for by NATO, the BBC reported, citing the WHO.')).toEqual([
      ['organisation', 'NATO'],
      ['organisation', 'BBC'],
      ['organisation', 'WHO']
    ])
  })
})

describe('bodies named after the people in them', () => {
  it.each([
    ['Doctors Without Borders said the clinic had treated 3,000 patients since March.', 'Doctors Without Borders'],
    ['Reporters Without Borders warned that two journalists were held.', 'Reporters Without Borders'],
    ['Parents Against Cuts said the closures would hit 900 pupils.', 'Parents Against Cuts']
  ])('reads %j as an organisation, though a speech verb follows it', (sentence, name) => {
    expect(entitiesIn(sentence)).toEqual([['organisation', name]])
  })

  it('still reads a person before the same verbs', () => {
    expect(entitiesIn('Anna Forss said the clinic had treated 3,000 patients.')).toEqual([['person', 'Anna Forss']])
  })
})

describe('bodies by the word that heads their name', () => {
  it.each([
    ['The Marine Conservation Society welcomed the decision.', 'Marine Conservation Society'],
    ['The Carrow Institution said the levy was fair.', 'Carrow Institution'],
    ['The Harbour Partnership said 40 berths would close.', 'Harbour Partnership'],
    ['Tidewise Renewables said building would start in May.', 'Tidewise Renewables']
  ])('reads %j as an organisation, though a speech verb follows it', (sentence, name) => {
    expect(entitiesIn(sentence)).toEqual([['organisation', name]])
  })
})

describe('a body by its short name', () => {
  it('reads the first word of a firm named in full earlier as the firm', () => {
    const text = 'Tidewise Renewables will build the farm. A spokesman for Tidewise said the site was safe.'
    expect(entitiesIn(text)).toEqual([
      ['organisation', 'Tidewise Renewables'],
      ['organisation', 'Tidewise']
    ])
  })

  it('keeps a person whose surname also names a body', () => {
    const text = 'Ada Pryce founded the Pryce Foundation in 2010. Pryce said the levy was fair.'
    expect(entitiesIn(text)).toContainEqual(['person', 'Pryce'])
  })
})

describe('pronouns opening a quote', () => {
  it.each(['“Nobody asked the men who fish here,” said Tom Baxter.', 'Everyone I met said the pier must stay.'])(
    'reads no person in %j',
    (sentence) => {
      expect(entitiesIn(sentence).filter(([, name]) => /^(?:Nobody|Everyone)/.test(name))).toEqual([])
    }
  )
})

describe('a body named for the people it serves, across a possessive', () => {
  it.each([
    ['The Kestrel Bay Fishermen’s Association has long opposed the farm.', 'Kestrel Bay Fishermen’s Association'],
    ['The Harbour Teachers’ Union said 40 posts would go.', 'Harbour Teachers’ Union'],
    ['The Women’s Institute said the hall would close.', 'Women’s Institute']
  ])('reads %j as one organisation', (sentence, name) => {
    expect(entitiesIn(sentence)).toEqual([['organisation', name]])
  })

  it('keeps an owner who is no people in the plural apart', () => {
    expect(entitiesIn('Britain’s Conservative Party said the levy would stay.')).toEqual([
      ['place', 'Britain'],
      ['organisation', 'Conservative Party']
    ])
  })
})

describe('an institution by its name without its head noun', () => {
  it('reads "Carrow General" as the hospital named in full elsewhere in the story', () => {
    const text = 'Waits at Carrow General rose again. Patients at Carrow General Hospital waited 19 hours.'
    expect(entitiesIn(text)).toEqual([
      ['organisation', 'Carrow General'],
      ['organisation', 'Carrow General Hospital']
    ])
  })

  it('keeps a person whose full name opens a foundation', () => {
    const text = 'Ada Pryce spoke first. The Ada Pryce Foundation paid for the hall.'
    expect(entitiesIn(text)[0]).toEqual(['person', 'Ada Pryce'])
  })
})

describe('events, days, awards and schemes', () => {
  // A checker read "person: Warm Home Discount" among a claim's reasons; real news has "person: Election Day".
  it.each([
    ['More than 900,000 households received the Warm Home Discount this year.', 'Warm Home Discount'],
    ['Turnout rose on Election Day in every ward of Harbourton.', 'Election Day'],
    ['The party met in Carrow for the Liberal National Convention in June.', 'Liberal National Convention'],
    ['She said the Second Amendment protected the club.', 'Second Amendment'],
    ['The minister said the Paris Agreement would not be reopened.', 'Paris Agreement'],
    ['The chemist won the Nobel Peace Prize in 2019.', 'Nobel Peace Prize'],
    ['Claimants of Universal Credit Payment rose by 6%.', 'Universal Credit Payment'],
    // A checker read "person: Youth Guarantee" and "person: Pension Credit" in a jobs story.
    ['The minister said the Youth Guarantee would cost £45m a year.', 'Youth Guarantee'],
    ['About 1.4 million pensioners now receive Pension Credit, up from 1.2 million.', 'Pension Credit'],
    ['Families on Universal Credit fell by 3%, the figures show.', 'Universal Credit'],
    ['Cleaners on the National Living Wage got a rise of 6.7%.', 'National Living Wage'],
    ['Parents lost £1,300 of Child Benefit a year.', 'Child Benefit']
  ])('reads no person in %j', (sentence, name) => {
    expect(entitiesIn(sentence).filter(([, found]) => found === name)).toEqual([])
  })

  it('keeps a person whose surname is such a word, and the body that holds the event', () => {
    expect(entitiesIn('Laura Day sang at the gala, the Commission on Presidential Debates said.')).toEqual([
      ['person', 'Laura Day'],
      ['organisation', 'Commission on Presidential Debates']
    ])
  })
})

describe('trade bodies named by their kind', () => {
  // A checker read "person: Retail Consortium", "person: Industry" and "person: Commerce" in a jobs story.
  it.each([
    ['The British Retail Consortium said sales fell by 2% in October.', 'British Retail Consortium'],
    [
      'The Confederation of British Industry said 40% of firms planned to cut jobs.',
      'Confederation of British Industry'
    ],
    ['The British Chambers of Commerce said exports rose by 3%.', 'British Chambers of Commerce'],
    ['Dana Ruiz, who runs the Carrow Chamber of Commerce, said rents had doubled.', 'Carrow Chamber of Commerce']
  ])('reads %j as one organisation', (sentence, name) => {
    expect(entitiesIn(sentence)).toContainEqual(['organisation', name])
  })
})

describe('bodies named for a cause', () => {
  it.each([
    [
      'The Harbour Coalition for Fair Fares said the levy would cost each crew £900.',
      'Harbour Coalition for Fair Fares'
    ],
    ['A grant from the Foundation for Rural Health paid for two nurses.', 'Foundation for Rural Health'],
    ['The Alliance for Safe Streets counted 41 crashes on the bypass.', 'Alliance for Safe Streets'],
    ['The Partnership for Clean Rivers, a charity, disputed the figure.', 'Partnership for Clean Rivers']
  ])('reads the cause with the head in %j, not a person', (sentence, name) => {
    expect(entitiesIn(sentence)).toEqual([['organisation', name]])
  })

  it('leaves the place a body stands in out of its name', () => {
    expect(entitiesIn('The Marsh Foundation in Kelby gave £20,000.')).toEqual([
      ['organisation', 'Marsh Foundation'],
      ['place', 'Kelby']
    ])
  })
})
