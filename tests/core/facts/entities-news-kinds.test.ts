/**
 * Kinds a checker read wrong in the reasons of local news drafts: a polling firm, a branch of a charity and a
 * library were people ("person: Coastline Research"), a town hall a person, a council tax band a person.
 */
import { describe, expect, it } from 'vitest'
import { findEntities } from '../../../src/core/facts/entities'

const entitiesIn = (text: string): Array<[string, string]> =>
  findEntities(text, { start: 0, end: text.length }).map((f) => [f.kind, f.text])

describe('kinds of names in local news', () => {
  it.each([
    [
      'A survey of 1,012 adults by Coastline Research found 44% backed the mayor.',
      'organisation',
      'Coastline Research'
    ],
    ['Meridian Polling interviewed 800 likely voters by phone.', 'organisation', 'Meridian Polling'],
    ['Cancer Research UK said delays in diagnosis cost lives.', 'organisation', 'Cancer Research UK'],
    [
      'Friends of Holt Cross Library said the count ignored 300 pupils.',
      'organisation',
      'Friends of Holt Cross Library'
    ],
    ['The full council meets at 7pm on Thursday at Ashby Town Hall.', 'place', 'Ashby Town Hall'],
    ['The Planning Inspectorate said it had received 2,300 objections.', 'organisation', 'Planning Inspectorate'],
    ['The Housing Ombudsman upheld 60% of complaints.', 'organisation', 'Housing Ombudsman'],
    ['An Employment Tribunal ruled that the driver was unfairly dismissed.', 'organisation', 'Employment Tribunal'],
    // A known first name before a body's head that is also a surname: a person, as a checker reads it.
    ['Patients Association chief executive Rachel Power called the wait cruel.', 'person', 'Rachel Power'],
    ['Scottish Power raised its prices by 6% in April.', 'organisation', 'Scottish Power']
  ])('%j: %s %j', (sentence, kind, name) => {
    expect(entitiesIn(sentence)).toContainEqual([kind, name])
  })

  it.each([
    ['The Conservatives said Labour had promised 6,500 new teachers.', ['Conservatives', 'Labour']],
    ['The Tories and the Liberal Democrats voted against the budget.', ['Tories', 'Liberal Democrats']],
    ['Plaid Cymru and the SNP objected to the plan.', ['Plaid Cymru', 'SNP']],
    ['Democrats said the Republicans had blocked the bill.', ['Democrats', 'Republicans']]
  ])('%j: parties named alone are organisations', (sentence, names) => {
    const found = entitiesIn(sentence)
    for (const name of names) expect(found).toContainEqual(['organisation', name])
  })

  it('reads a council tax band or a grade as no name', () => {
    expect(entitiesIn('The rise adds £94.60 a year to the bill for a typical Band D home.')).toEqual([])
    expect(entitiesIn('The Grade II building closed in March.')).toEqual([])
  })

  it('keeps people whose surname is such a word', () => {
    expect(entitiesIn('Stuart Hall said the survey was flawed.')).toEqual([['person', 'Stuart Hall']])
  })
})

/**
 * Kinds a checker read wrong in the reasons of council and health drafts: a village in a list, a department's remit
 * and an audit firm were people, a bus operator described with "which" a person, a campaign group cut to "Friends",
 * and an office ending in "Affairs" read as part of the name.
 */
describe('places in lists, bodies and offices', () => {
  it.each([
    ['The council will shut branches in Eastmere, Tollcombe Heath and Marlow Green.', 'place', 'Tollcombe Heath'],
    [
      'A Department of Health and Social Care spokesman said funding had doubled.',
      'organisation',
      'Department of Health and Social Care'
    ],
    ['Its external auditor, Grant Thornton, said the accounts were sound.', 'organisation', 'Grant Thornton'],
    ['Carrow Link, which runs the harbour buses, said fares would rise.', 'organisation', 'Carrow Link'],
    ['Friends of Ellery Park said 400 people had signed.', 'organisation', 'Friends of Ellery Park'],
    ['Under Secretary for Political Affairs Nadia Brook said the talks would resume.', 'person', 'Nadia Brook'],
    ['The talks will resume, said Under Secretary for Political Affairs Nadia Brook.', 'person', 'Nadia Brook']
  ])('%j: %s %j', (sentence, kind, name) => {
    const found = entitiesIn(sentence)
    expect(found).toContainEqual([kind, name])
    expect(found.filter(([k]) => k === 'person').map(([, text]) => text)).toEqual(kind === 'person' ? [name] : [])
  })

  it('keeps a person after a place the sentence opens on, and two bodies joined by "and"', () => {
    expect(entitiesIn('In Eastmere, Jo Hale said the branch was busy.')).toContainEqual(['person', 'Jo Hale'])
    expect(entitiesIn('The Department of Health and NHS England said waits had fallen.')).toEqual([
      ['organisation', 'Department of Health'],
      ['organisation', 'NHS England']
    ])
  })
})

/**
 * Kinds a checker read wrong in a court story and a company-results story: a court dated by its month read as one
 * name ("Wessex Crown Court in October"), a law's title and a firm's "-based" read as names, a care-home chain and a
 * ferry firm read as people, a woman whose surname is a place word read as a place, a broker read as a person.
 */
describe('courts, laws and firms in court and business stories', () => {
  it.each([
    ['She admitted fraud at Tollbridge Crown Court in October.', 'organisation', 'Tollbridge Crown Court'],
    [
      'Larchmere’s owner, Brookvale Care Homes, said every family had been repaid.',
      'organisation',
      'Brookvale Care Homes'
    ],
    ['Rival operator Eastwind Ferries reported a 12% rise in profits.', 'organisation', 'Eastwind Ferries'],
    ['Susan Moor, whose father lost £46,000, said she was relieved.', 'person', 'Susan Moor'],
    ['Nadia Holm, a transport analyst at Carrick Hunt, said the cut was deep.', 'organisation', 'Carrick Hunt']
  ])('%j: %s %j', (sentence, kind, name) => {
    expect(entitiesIn(sentence)).toContainEqual([kind, name])
  })

  it('reads a law’s title and a "-based" firm as no name', () => {
    expect(entitiesIn('The judge ordered a hearing under the Proceeds of Crime Act in March.')).toEqual([])
    expect(entitiesIn('The Kestrel Bay-based company said profit fell.')).toEqual([])
  })

  it('reads both parts of a bracketed statute title ("the Water (Special Measures) Act") as no name', () => {
    expect(entitiesIn('Ministers say the new Water (Special Measures) Act gives regulators more power.')).toEqual([])
    expect(entitiesIn('Councils have new duties under the Housing (Homeless Persons) Act since May.')).toEqual([])
    // Brackets that close on anything but "Act" keep their names.
    expect(entitiesIn('The Water Services Regulation Authority (Ofwat) said fines would rise.')).toContainEqual([
      'organisation',
      'Water Services Regulation Authority'
    ])
  })
})

/**
 * A Whitehall department whose remit is a list: "A Department for Levelling Up, Housing and Communities
 * spokesperson" gave "organisation: Department for Levelling Up" and "named entity: Housing and Communities", and
 * "the Department for Environment, Food and Rural Affairs" a person, "Rural Affairs".
 */
describe('departments whose remit is a list', () => {
  it.each([
    [
      'A Department for Levelling Up, Housing and Communities spokesperson said £1.2 billion had been paid.',
      'Department for Levelling Up, Housing and Communities'
    ],
    [
      'The Department for Environment, Food and Rural Affairs said 12 rivers had failed.',
      'Department for Environment, Food and Rural Affairs'
    ],
    [
      'The Department for Digital, Culture, Media and Sport said 40 clubs had applied.',
      'Department for Digital, Culture, Media and Sport'
    ]
  ])('%j: the whole name', (sentence, name) => {
    expect(entitiesIn(sentence)).toEqual([['organisation', name]])
  })

  it('keeps bodies listed after a department apart: an acronym, or "and" before a lower-case word', () => {
    expect(entitiesIn('The Department of Health, NHS England and the trusts said waits had fallen.')).toContainEqual([
      'organisation',
      'Department of Health'
    ])
    expect(entitiesIn('The Department for Education, Ofsted and the unions met on Monday.')).toContainEqual([
      'organisation',
      'Department for Education'
    ])
  })
})
