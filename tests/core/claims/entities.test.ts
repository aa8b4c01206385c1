/**
 * People, places and organisations by heuristics: cues in the prose, a shipped gazetteer, and what
 * the rest of the article already established.
 */
import { describe, expect, it } from 'vitest'
import { findEntities } from '../../../src/core/claims/entities'
import { isKnownPlace } from '../../../src/core/claims/places-gazetteer'

const entitiesIn = (text: string): Array<[string, string]> =>
  findEntities(text, { start: 0, end: text.length }).map((f) => [f.kind, f.text])

describe('names in newsroom prose', () => {
  it.each([
    ['“Mali is now alone,” wrote Nicolas Barotte, the defense correspondent.', [['place', 'Mali'], ['person', 'Nicolas Barotte']]],
    ['Has President Macron abandoned Mali?', [['person', 'Macron'], ['place', 'Mali']]],
    ['Prime Minister Rishi Sunak visited Kyiv on Tuesday.', [['person', 'Rishi Sunak'], ['place', 'Kyiv']]],
    ['Dr. Aisha Bello said the ward was full.', [['person', 'Aisha Bello']]],
    ['The interview ran in French newspaper Le Figaro.', [['organisation', 'Le Figaro']]],
    ['The Bank of England raised rates.', [['organisation', 'Bank of England']]],
    ['The Islamic State in the Greater Sahara (EIGS) claimed it.', [['organisation', 'Islamic State in the Greater Sahara'], ['organisation', 'EIGS']]],
    ['Groups linked to Al-Qaeda and Daesh operate there.', [['organisation', 'Al-Qaeda'], ['organisation', 'Daesh']]],
    ['Mali turned to private military groups like Wagner.', [['place', 'Mali'], ['organisation', 'Wagner']]],
    ['The Barkhane force withdrew its last soldiers.', [['organisation', 'Barkhane']]],
    ['Rebels attacked the towns of Sávaré, Sokolo, and Kalumba.', [['place', 'Sávaré'], ['place', 'Sokolo'], ['place', 'Kalumba']]],
    ['Four soldiers died in an ambush in the town of Bandiagara.', [['place', 'Bandiagara']]],
    ['Soldiers died during an attack in Tessit on Sunday.', [['place', 'Tessit']]],
    ['They helped topple Muammar Gaddafi in Libya.', [['person', 'Muammar Gaddafi'], ['place', 'Libya']]],
    ['Charles de Gaulle returned to Paris.', [['person', 'Charles de Gaulle'], ['place', 'Paris']]],
    ['The company sold shares to Northbay Water Ltd last year.', [['organisation', 'Northbay Water Ltd']]],
    ['The UN and NATO issued statements.', [['organisation', 'UN'], ['organisation', 'NATO']]],
    ['Troops crossed from Niger into Burkina Faso and the Sahel.', [['place', 'Niger'], ['place', 'Burkina Faso'], ['place', 'Sahel']]],
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
    const text = 'Nicolas Barotte writes for newspaper Le Figaro. Barotte argues the war is lost. He told Le Figaro more.'
    expect(entitiesIn(text)).toEqual([
      ['person', 'Nicolas Barotte'],
      ['organisation', 'Le Figaro'],
      ['person', 'Barotte'],
      ['organisation', 'Le Figaro']
    ])
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
