/**
 * The names speakers and claimants are shown under (src/core/extract/nominal-names.ts): a body called by
 * its noun takes the name the article gives it, before or after; a long description is named by its head.
 * Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest'
import { extract } from '../../../src/core/extract/extract'
import { paragraphs } from '../../helpers/builders'
import { expectClaimants } from './expect-claimants'
import { nameSettler, settledQuote } from '../../../src/core/extract/nominal-names'
import { readEntities } from '../../../src/core/facts/entities'
import type { Quote } from '../../../src/shared/article'

describe('a body called by its noun', () => {
  it('takes the name given a paragraph later, and the one given before it; the mention stays as written', () => {
    expectClaimants(
      [
        'The utility that serves 90,000 homes says its pumps must be replaced by 2027.',
        'The pumps are 40 years old and will cost $12 million to replace, the regional utility said on Monday.',
        'Ashmere Water told councillors that two of its six pumps failed in May.',
        'The utility says customers will pay for the work through higher bills.'
      ],
      [
        ['The utility that serves', ['Ashmere Water', 'The utility', 'says']],
        ['The pumps are 40', ['Ashmere Water', 'the regional utility', 'said']],
        ['Ashmere Water told', ['Ashmere Water', 'Ashmere Water', 'told']],
        ['The utility says', ['Ashmere Water', 'The utility', 'says']]
      ]
    )
  })

  it('gives a quote the same name as a claim of the same body', () => {
    const { quotes, claims } = extract(
      paragraphs(
        '"Repairs will take two years," the newspaper wrote on Sunday.',
        'The Ashmere Chronicle reported that 14 pumps had failed since 2020.'
      ),
      { threshold: 0 }
    )
    expect(quotes.map((q) => [q.speaker?.name, q.mention?.text])).toEqual([['The Ashmere Chronicle', 'the newspaper']])
    expect(claims.find((c) => c.text.startsWith('The Ashmere'))?.claimant?.name).toBe('The Ashmere Chronicle')
  })

  it('"the hospital" is the medical centre named before it, not a medical association', () => {
    expectClaimants(
      [
        'Patients at Pine Ridge Medical Center waited 41 days on average for a scan in 2025.',
        'The hospital said it would spend $2.4 million on two new scanners by March.'
      ],
      [['The hospital said', ['Pine Ridge Medical Center', 'The hospital', 'said']]]
    )
    expectClaimants(
      [
        'The Wessex Medical Association said 300 doctors had signed its letter.',
        'The hospital said it would answer the letter by Friday.'
      ],
      [['The hospital said', ['The hospital', 'The hospital', 'said']]]
    )
  })

  it('keeps its own words when no body the article names fits its noun, or its modifiers', () => {
    expectClaimants(
      [
        'The utility said it would raise bills by 7% in July. Ashmere Council meets on Thursday.',
        'The county council said the rise was unfair. Ashmere City Council backed the plan in May.'
      ],
      [
        ['The utility said', ['The utility', 'The utility', 'said']],
        ['The county council said', ['The county council', 'The county council', 'said']]
      ]
    )
  })

  it('is not a body whose name holds its noun only as a modifier, but is one whose head it is', () => {
    // A checker read "claimed by The Local Government Association" on what the government had said.
    expectClaimants(
      [
        'Figures from the Local Government Association show that 71% of councils charged for garden waste in 2025.',
        'The government has said it will raise spending power for councils by 6.8% next year.',
        'The Ministry of Housing said 40 councils were at risk. The ministry said 12 had asked for help in 2024.'
      ],
      [
        ['The government has said', ['The government', 'The government', 'said']],
        ['The ministry said 12', ['The Ministry of Housing', 'The ministry', 'said']]
      ]
    )
  })
})

describe('a regulator or a watchdog called by its noun', () => {
  it('is the commission or authority the article names, not a council', () => {
    expectClaimants(
      [
        'Wexbury Borough Council said parking charges would rise in May.',
        'The Carrow Energy Commission said household bills would rise by 6 percent in April.',
        'The regulator said the rise would pay for new cables. The watchdog said it would review the rise in the autumn.'
      ],
      [
        ['The regulator said', ['The Carrow Energy Commission', 'The regulator', 'said']],
        ['The watchdog said', ['The Carrow Energy Commission', 'The watchdog', 'said']]
      ]
    )
    expectClaimants(
      ['Wexbury Borough Council said parking charges would rise in May.', 'The regulator said the rise was fair.'],
      [['The regulator said', ['The regulator', 'The regulator', 'said']]]
    )
  })
})

describe('a body named inside a description', () => {
  it('is not the description: "the trust" after "A survey by the … Trust" is the trust, not the survey', () => {
    expectClaimants(
      [
        'A survey by the Carrow Islands Community Trust found that 62% of residents use the ferry every week.',
        'The trust warned that the cuts could push young families to leave the islands.'
      ],
      [
        // A body's name after the head is kept whole (up to ten words): a checker reads it at a glance.
        [
          'A survey by',
          ['A survey by the Carrow Islands Community Trust', 'A survey by the Carrow Islands Community Trust', 'found']
        ],
        ['The trust warned', ['The Carrow Islands Community Trust', 'The trust', 'warned']]
      ]
    )
  })

  it('a later "the report" is still the report by the body', () => {
    expectClaimants(
      [
        'A report by the Harbour Trust found that 14 moorings were unsafe.',
        'The report said repairs would cost £2 million.'
      ],
      [
        ['A report by', ['A report by the Harbour Trust', 'A report by the Harbour Trust', 'found']],
        ['The report said', ['A report by the Harbour Trust', 'The report', 'said']]
      ]
    )
  })
})

describe('a description with its own modifiers', () => {
  it('is not a body named before whose name holds the noun but not the modifiers', () => {
    // A checker read "claimed by the Office for National Statistics" on what the city's electoral office said.
    expectClaimants(
      [
        'The burglary rate rose by 4% in 2025, the Office for National Statistics said.',
        "The city's electoral services office said 212,400 people were registered to vote in 2026."
      ],
      [
        [
          "The city's electoral",
          ["The city's electoral services office", "The city's electoral services office", 'said']
        ]
      ]
    )
    // Without modifiers the noun still names the body.
    expectClaimants(
      [
        'The burglary rate rose by 4% in 2025, the Office for National Statistics said.',
        'The office said 3,000 more homes were burgled in 2025 than in 2024.'
      ],
      [['The office said', ['the Office for National Statistics', 'The office', 'said']]]
    )
  })
})

describe('a long description', () => {
  it('is named by its head noun phrase, and keeps one short complement', () => {
    expectClaimants(
      [
        'The firm behind a planned battery factory near Wexbury said the site would employ 2,000 people by 2028.',
        'A spokesperson for Ashmere Water said the pumps were checked every month.'
      ],
      [
        ['The firm behind', ['The firm', 'The firm behind a planned battery factory near Wexbury', 'said']],
        ['A spokesperson', ['A spokesperson for Ashmere Water', 'A spokesperson for Ashmere Water', 'said']]
      ]
    )
  })
})

describe('names settled alone', () => {
  const settle = nameSettler('', [])
  const at = { start: 0, end: 0, text: '' }
  it('cuts a person or body to its head, not a document, nor two descriptions joined', () => {
    expect(settle('the spokesman behind the planned new levy on ferries', at)).toBe('the spokesman')
    expect(settle('an assessment of harbour fees before the tribunal', at)).toBe(
      'an assessment of harbour fees before the tribunal'
    )
  })
  it('keeps who made a document, up to the next complement or what follows their name', () => {
    // "Claimed by a report" was all a checker read of a figure "according to a report by the regional audit office".
    expect(settle('a report by the regional audit office for the north east', at)).toBe(
      'a report by the regional audit office'
    )
    expect(settle('the survey of 2,000 parents by the national teachers union', at)).toBe(
      'the survey of 2,000 parents by the national teachers union'
    )
    expect(settle('a poll from the Carrow Institute of Public Opinion published in the Courier', at)).toBe(
      'a poll from the Carrow Institute of Public Opinion'
    )
    expect(settle('a study by Harbour University economist Lena Marsh', at)).toBe(
      'a study by Harbour University economist Lena Marsh'
    )
    expect(settle('a survey by the Harbour Trust in March', at)).toBe('a survey by the Harbour Trust')
    // With no maker named, a document is named by its head as before.
    expect(settle('a review of the harbour accounts going back to 2015', at)).toBe('a review')
    expect(settle('the former head of the port and current chair of the water board', at)).toBe(
      'the former head of the port and current chair of the water board'
    )
  })
})

describe('a description whose complement is a body’s name', () => {
  it('keeps the name whole, its own "for" and "of" in, where the name was cut at them', () => {
    expectClaimants(
      [
        'A spokesman for the Office for Students said 14 universities were at risk of closure.',
        'According to a spokeswoman for the Department for Work and Pensions, 800,000 claims are waiting.'
      ],
      [
        ['A spokesman', ['A spokesman for the Office for Students', 'A spokesman for the Office for Students', 'said']],
        [
          'According to',
          [
            'a spokeswoman for the Department for Work and Pensions',
            'a spokeswoman for the Department for Work and Pensions',
            'According to'
          ]
        ]
      ]
    )
  })
})

describe('a description whose complement is a body called by its noun', () => {
  it('names the body the article gave, as the noun alone would be named', () => {
    expectClaimants(
      [
        'The harbour board said it had written to the Department for Transport asking for £4 million.',
        'A spokesperson for the department said the request would be answered by the spring.',
        'An official at the ministry said the talks on the ferry contract had stalled in May.'
      ],
      [
        [
          'A spokesperson for the department',
          ['A spokesperson for the Department for Transport', 'A spokesperson for the department', 'said']
        ],
        // No ministry is named: the words stay as written.
        ['An official at the ministry', ['An official at the ministry', 'An official at the ministry', 'said']]
      ]
    )
  })
})

describe('a description after two bodies that fit it', () => {
  it('is the body named last, not an earlier one that spoke', () => {
    expectClaimants(
      [
        'Wexbury General Hospital said ambulances had waited up to six hours on Monday.',
        'Patients were also sent to Carrow Community Hospital, which opened a new ward in June.',
        'The hospital said 30 more beds would open by the winter.'
      ],
      [
        ['Wexbury General Hospital said', ['Wexbury General Hospital', 'Wexbury General Hospital', 'said']],
        ['The hospital said', ['Carrow Community Hospital', 'The hospital', 'said']]
      ]
    )
  })

  it('stays on the body that spoke when the article names it again after the other', () => {
    expectClaimants(
      [
        'Patients were sent to Carrow Community Hospital, which opened a new ward in June.',
        'Wexbury General Hospital said ambulances had waited up to six hours on Monday.',
        'The hospital said 30 more beds would open by the winter.'
      ],
      [
        ['Wexbury General Hospital said', ['Wexbury General Hospital', 'Wexbury General Hospital', 'said']],
        ['The hospital said', ['Wexbury General Hospital', 'The hospital', 'said']]
      ]
    )
  })

  it('is never read in a quote whose speaker carries over: its words are the speaker’s, not a mention', () => {
    const { text } = paragraphs(
      'Wexbury General Hospital said ambulances had waited up to six hours on Monday.',
      'Patients were also sent to Carrow Community Hospital, which opened a new ward in June.',
      '“The hospital at Carrow cannot take any more of our patients this week.”'
    )
    const start = text.indexOf('The hospital at')
    const quote: Quote = {
      id: 'q1',
      start,
      end: text.indexOf('.”'),
      text: text.slice(start, text.indexOf('.”')),
      speaker: { name: 'Wexbury General Hospital', description: null, anonymous: false },
      mention: null,
      cue: null,
      partial: false
    }
    expect(settledQuote(quote, nameSettler(text, readEntities(text))).speaker?.name).toBe('Wexbury General Hospital')
  })
})

describe('a chamber of commerce called by its noun', () => {
  it('takes the name the article gives it', () => {
    expectClaimants(
      [
        'The Wexbury Chamber of Commerce said 30 shops had closed since May.',
        'Its president, Ada Marsh, said rents had doubled.',
        'The chamber said it would ask the council to cut business rates.'
      ],
      [['The chamber said', ['The Wexbury Chamber of Commerce', 'The chamber', 'said']]]
    )
  })
})

describe('an infirmary or a hospice called by its noun', () => {
  it('takes the name the article gives it', () => {
    expectClaimants(
      [
        'Patients were sent to Ashmere Royal Infirmary, which opened a new ward in June.',
        'The infirmary said the ward had been full every night since.',
        'Staff at Pellow Hospice will get a pay rise in May. The hospice said the rise would cost £90,000.'
      ],
      [
        ['The infirmary said', ['Ashmere Royal Infirmary', 'The infirmary', 'said']],
        ['The hospice said', ['Pellow Hospice', 'The hospice', 'said']]
      ]
    )
  })
})
