/**
 * People, places and organisations by heuristics: cues in the prose, a shipped gazetteer, and what
 * the rest of the article already established.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { findEntities } from '../../../src/core/facts/entities'
import { isKnownPlace } from '../../../src/core/facts/places-gazetteer'

const entitiesIn = (text: string): Array<[string, string]> =>
  findEntities(text, { start: 0, end: text.length }).map((f) => [f.kind, f.text])

describe('names in newsroom prose', () => {
  it.each([
    [
      '“Mali is now alone,” wrote Nicolas Barotte, the defense correspondent.',
      [
        ['place', 'Mali'],
        ['person', 'Nicolas Barotte']
      ]
    ],
    [
      'Has President Macron abandoned Mali?',
      [
        ['person', 'Macron'],
        ['place', 'Mali']
      ]
    ],
    [
      'Prime Minister Rishi Sunak visited Kyiv on Tuesday.',
      [
        ['person', 'Rishi Sunak'],
        ['place', 'Kyiv']
      ]
    ],
    ['Dr. Aisha Bello said the ward was full.', [['person', 'Aisha Bello']]],
    ['The interview ran in French newspaper Le Figaro.', [['organisation', 'Le Figaro']]],
    ['The Bank of England raised rates.', [['organisation', 'Bank of England']]],
    [
      'The Islamic State in the Greater Sahara (EIGS) claimed it.',
      [
        ['organisation', 'Islamic State in the Greater Sahara'],
        ['organisation', 'EIGS']
      ]
    ],
    [
      'Groups linked to Al-Qaeda and Daesh operate there.',
      [
        ['organisation', 'Al-Qaeda'],
        ['organisation', 'Daesh']
      ]
    ],
    [
      'Mali turned to private military groups like Wagner.',
      [
        ['place', 'Mali'],
        ['organisation', 'Wagner']
      ]
    ],
    ['The Barkhane force withdrew its last soldiers.', [['organisation', 'Barkhane']]],
    [
      'Rebels attacked the towns of Sávaré, Sokolo, and Kalumba.',
      [
        ['place', 'Sávaré'],
        ['place', 'Sokolo'],
        ['place', 'Kalumba']
      ]
    ],
    ['Four soldiers died in an ambush in the town of Bandiagara.', [['place', 'Bandiagara']]],
    ['Soldiers died during an attack in Tessit on Sunday.', [['place', 'Tessit']]],
    // A name a preposition governs is no subject of the speech verb after it: a place, not a speaker.
    ['The company behind a planned depot near Wexbury said the site would open in May.', [['place', 'Wexbury']]],
    ['A spokesman for the hospital in Larnford said beds were short.', [['place', 'Larnford']]],
    // "at" governs it too, but names employers as often as places: no kind rather than a wrong one.
    ['Crews working at Ottering told the inquiry the pumps had failed.', []],
    // After a profession's noun, "at" names the employer: a firm.
    [
      'Dana Reyes, an analyst at Corvane, said prices would fall.',
      [
        ['person', 'Dana Reyes'],
        ['organisation', 'Corvane']
      ]
    ],
    [
      'They helped topple Muammar Gaddafi in Libya.',
      [
        ['person', 'Muammar Gaddafi'],
        ['place', 'Libya']
      ]
    ],
    [
      'Charles de Gaulle returned to Paris.',
      [
        ['person', 'Charles de Gaulle'],
        ['place', 'Paris']
      ]
    ],
    ['The company sold shares to Northbay Water Ltd last year.', [['organisation', 'Northbay Water Ltd']]],
    [
      'The UN and NATO issued statements.',
      [
        ['organisation', 'UN'],
        ['organisation', 'NATO']
      ]
    ],
    [
      'Troops crossed from Niger into Burkina Faso and the Sahel.',
      [
        ['place', 'Niger'],
        ['place', 'Burkina Faso'],
        ['place', 'Sahel']
      ]
    ],
    ['The Ministry of Defence confirmed the figures.', [['organisation', 'Ministry of Defence']]]
  ])('%s', (text, expected) => {
    expect(entitiesIn(text)).toEqual(expected)
  })

  it('does not take sentence-initial common words, demonyms, months or days for names', () => {
    expect(entitiesIn('Despite the rain, French soldiers left. Following talks, Malian officials agreed.')).toEqual([])
    expect(entitiesIn('On Monday the West African nation voted. In August it rained.')).toEqual([])
    expect(entitiesIn('The President said nothing.')).toEqual([])
  })

  it('uses the whole article: a surname alone after the full name, an outlet named once with a cue', () => {
    const text =
      'Nicolas Barotte writes for newspaper Le Figaro. Barotte argues the war is lost. He told Le Figaro more.'
    expect(entitiesIn(text)).toEqual([
      ['person', 'Nicolas Barotte'],
      ['organisation', 'Le Figaro'],
      ['person', 'Barotte'],
      ['organisation', 'Le Figaro']
    ])
  })

  it('a body named after "the consultancy", "a watchdog" or in apposition is an organisation, and speaks as one', () => {
    expect(
      entitiesIn(
        'The board relied on a report by the consultancy Brightwater Marine. Brightwater Marine said silt had doubled.'
      )
    ).toEqual([
      ['organisation', 'Brightwater Marine'],
      ['organisation', 'Brightwater Marine']
    ])
    expect(entitiesIn('Tidewatch, a consultancy based in Hull, found more silt.')[0]).toEqual([
      'organisation',
      'Tidewatch'
    ])
    expect(entitiesIn('A study by watchdog Harbour Watch found more silt.')).toEqual([
      ['organisation', 'Harbour Watch']
    ])
    // A speech verb alone still makes a person of a name the article gives no other kind.
    expect(entitiesIn('Nadia Osei said silt had doubled.')).toEqual([['person', 'Nadia Osei']])
  })

  it('reports only names inside the range, with absolute offsets', () => {
    const text = 'Joe Biden met Olaf Scholz. Emmanuel Macron stayed in Paris.'
    const start = text.indexOf('Emmanuel')
    const found = findEntities(text, { start, end: text.length })
    expect(found.map((f) => f.text)).toEqual(['Emmanuel Macron', 'Paris'])
    for (const f of found) expect(text.slice(f.start, f.end)).toBe(f.text)
  })

  it('ships a gazetteer of countries, capitals, US states and regions', () => {
    for (const name of ['Mali', 'Bamako', 'Afghanistan', 'Ohio', 'Sahel', 'West Africa', 'Middle East', 'Gao']) {
      expect(isKnownPlace(name)).toBe(true)
    }
    expect(isKnownPlace('Barotte')).toBe(false)
  })
})

describe('places and organisations by the word that heads the name', () => {
  it.each([
    [
      'The utility that supplies 310,000 homes around Kestrel Bay says filters must be replaced.',
      [['place', 'Kestrel Bay']]
    ],
    [
      'Water drawn from the Marrow River is treated at Marrow Point.',
      [
        ['place', 'Marrow River'],
        ['place', 'Marrow Point']
      ]
    ],
    [
      'Ferries cross Puget Sound from Harbour Street to Tiananmen Square.',
      [
        ['place', 'Puget Sound'],
        ['place', 'Harbour Street'],
        ['place', 'Tiananmen Square']
      ]
    ],
    [
      'Climbers left Lake Victoria for Mount Kenya.',
      [
        ['place', 'Lake Victoria'],
        ['place', 'Mount Kenya']
      ]
    ],
    ['Kestrel Bay Water told the council it would act.', [['organisation', 'Kestrel Bay Water']]],
    ['One engineer told the Kestrel Bay Courier about cracks.', [['organisation', 'Kestrel Bay Courier']]],
    [
      'Northern Rail and Harbour Energy said fares would rise.',
      [
        ['organisation', 'Northern Rail'],
        ['organisation', 'Harbour Energy']
      ]
    ],
    ['Consumer group Fair Water Kestrel said it would oppose any rise.', [['organisation', 'Fair Water Kestrel']]],
    ['Northbay, the regional utility, said bills would rise.', [['organisation', 'Northbay']]],
    ['Helen Okafor, the utility’s chief executive, said bills would rise.', [['person', 'Helen Okafor']]],
    ['Councillor Marcus Delaney chairs the committee.', [['person', 'Marcus Delaney']]],
    ['Damon Hill said the race was lost.', [['person', 'Damon Hill']]],
    ['Crowds gathered at Hyde Park on Sunday.', [['place', 'Hyde Park']]],
    ['Workers inspect a tank in Kestrel Bay, Oct. 3, 2023.', [['place', 'Kestrel Bay']]]
  ])('%s', (text, expected) => {
    expect(entitiesIn(text)).toEqual(expected)
  })

  it('does not take a sentence-initial common word for a name when the article writes it in lower case', () => {
    expect(entitiesIn('The plant supplies drinking water. Water use in the region rose 9% last year.')).toEqual([])
    expect(entitiesIn('Energy prices rose. Council tax will follow.')).toEqual([])
    // …but a surname the article names in full stays a person even where it is also a word.
    expect(entitiesIn('Neil Young said the plan was sound. Young added that young families would pay.')).toEqual([
      ['person', 'Neil Young'],
      ['person', 'Young']
    ])
  })

  it('does not take a plural noun for people opening a sentence before a verb of saying for a person', () => {
    // A checker read "person: Researchers" among a claim's reasons.
    expect(entitiesIn('Researchers warned that the backlog would persist.')).toEqual([])
    expect(entitiesIn('Economists said the rise was temporary.')).toEqual([])
    // A name that begins with such a word stays whole, and a surname of that shape is still a person.
    expect(entitiesIn('Doctors Without Borders said the clinic was shelled.').map(([, name]) => name)).toEqual([
      'Doctors Without Borders'
    ])
    expect(entitiesIn('Bernie Sanders spoke first. Sanders said the plan was sound.')).toEqual([
      ['person', 'Bernie Sanders'],
      ['person', 'Sanders']
    ])
  })

  it('reads the sample article’s places, utility and newspaper right', () => {
    const text = readFileSync(join(__dirname, '..', '..', '..', 'resources', 'sample-article.txt'), 'utf8')
    const kinds = new Map(findEntities(text, { start: 0, end: text.length }).map((f) => [f.text, f.kind]))
    expect(Object.fromEntries(kinds)).toEqual({
      'Priya Ramanathan': 'person',
      'Tomas Lindqvist': 'person',
      'Marrow Point': 'place',
      'Kestrel Bay': 'place',
      'Kestrel Bay Water': 'organisation',
      'Helen Okafor': 'person',
      'Marcus Delaney': 'person',
      Delaney: 'person',
      'Marrow River': 'place',
      'Kestrel Bay Courier': 'organisation',
      'Amara Whitfield': 'person',
      'Coastal Institute of Technology': 'organisation',
      Okafor: 'person',
      'Fair Water Kestrel': 'organisation',
      'Lena Morris': 'person'
    })
  })
})
