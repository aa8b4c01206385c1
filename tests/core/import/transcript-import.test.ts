import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Article } from '../../../src/shared/article'
import { expectWellFormed, imported, textsOf, turns } from './helpers'

const TRANSCRIPTS = join(__dirname, '../../fixtures/transcripts')
const fixture = (name: string): Article => imported(name, new Uint8Array(readFileSync(join(TRANSCRIPTS, name))))

describe('NAME: words transcripts (.txt)', () => {
  const article = fixture('harbour-debate.txt')

  it('reads every turn with its speaker, the label kept out of the words', () => {
    expectWellFormed(article)
    expect(turns(article)).toEqual([
      [
        'MODERATOR',
        'moderator',
        'Good evening and welcome to the harbour council debate. Ms Okafor, the ferry lost money again last year. What would you do?'
      ],
      [
        'OKAFOR',
        'participant',
        'The ferry carried 1.2 million passengers in 2024, up 18 percent on the year before. Fares have not risen since 2019.'
      ],
      ['OKAFOR', 'participant', 'We will keep the fare at two pounds.'],
      ['—', 'system', '(APPLAUSE)'],
      ['MODERATOR', 'moderator', 'Mr Lindqvist, your response?'],
      [
        'LINDQVIST',
        'participant',
        'The council spent 4.5 million pounds on the ferry subsidy last year. That is more than the whole library budget.'
      ],
      ['—', 'system', '[crosstalk]'],
      ['OKAFOR', 'participant', 'That figure includes the new pier.'],
      ['AUDIENCE MEMBER', 'audience', 'How much did the pier cost?'],
      ['LINDQVIST', 'participant', 'The pier cost 2.1 million pounds, and it opened six months late.']
    ])
    expect(article.text).not.toMatch(/OKAFOR:|LINDQVIST:|MODERATOR:/)
  })

  it('keeps the title and dates the transcript from its header', () => {
    expect(article.title).toBe("Harbour Council Candidates' Debate")
    expect(article.metadata.date).toBe('2025-03-12')
    expect(textsOf(article, 'metadata')).toEqual(['12 March 2025'])
  })

  describe('dates the transcript from the one day its header names, written so it reads one way', () => {
    const speech =
      '\n\nMODERATOR: Good evening. Councillor Adeyemi, two minutes.\nADEYEMI: We cut bus fares by 20 percent in 2023.\nFIELDING: The council borrowed $62 million last year.\nMODERATOR: Thank you both.\n'
    const dateOf = (header: string): string | null => {
      const read = imported('debate.txt', header + speech)
      expect(read.blocks.filter((block) => block.kind === 'turn')).toHaveLength(4)
      return read.metadata.date ?? null
    }
    const accepted: Array<[string, string]> = [
      ['Transcript, 3 March 2026', '2026-03-03'],
      ['Harbour Ward debate — 3 March 2026', '2026-03-03'],
      ['Presidential Debate, September 30, 2004', '2004-09-30'],
      ["Harbour Ward candidates' debate\nKestrel Bay Community Hall, 12 March 2024", '2024-03-12'],
      ['Harbour Ward debate\nRecorded at Kestrel Bay Community Hall on Tuesday 3rd March 2026', '2026-03-03'],
      ['Harbour Ward debate\n2026-03-03', '2026-03-03'],
      ['Harbour Ward debate, 13/03/2026', '2026-03-13'],
      ['Harbour Ward debate, 3.3.2026', '2026-03-03'],
      ['Harbour Ward debate (3 March 2026)\nBroadcast live, 3 March 2026', '2026-03-03']
    ]
    for (const [header, iso] of accepted)
      it(`reads ${JSON.stringify(header)} as ${iso}`, () => expect(dateOf(header)).toBe(iso))
    const refused: Array<[string, string]> = [
      ['Harbour Ward debate, 03.04.2026', 'digits either way round'],
      ['Harbour Ward debate\n3/4/2026', 'digits either way round'],
      ['Harbour Ward debate, March 2026', 'no day'],
      ['Harbour Ward debate\nRecorded 3 March 2026, broadcast 5 March 2026', 'two different days'],
      ["Harbour Ward debate\nTuesday's debate at the community hall", 'a weekday alone']
    ]
    for (const [header, why] of refused)
      it(`refuses ${JSON.stringify(header)} (${why})`, () => expect(dateOf(header)).toBeNull())
  })

  it('reads markdown transcripts with emphasised labels, and times written with a label', () => {
    const md = imported(
      'interview.md',
      '# Port interview\n\n**Q:** How many ships called?\n\n**A:** About 4,000 ships called in 2023.\n\n**Q:** And this year?\n\n**A:** Fewer, about 3,500.\n'
    )
    expect(turns(md)).toEqual([
      ['Q', 'moderator', 'How many ships called?'],
      ['A', 'participant', 'About 4,000 ships called in 2023.'],
      ['Q', 'moderator', 'And this year?'],
      ['A', 'participant', 'Fewer, about 3,500.']
    ])
    expect(md.title).toBe('Port interview')
    const timed = imported(
      'rev.txt',
      'Speaker 1 (00:01:05): Hello there.\nSpeaker 2 (01:10): Hi. We built 300 homes.\nSpeaker 1 (01:15): Thanks.\n'
    )
    expect(timed.blocks.map((block) => [block.speaker, block.time])).toEqual([
      ['Speaker 1', { start: 65, end: 65 }],
      ['Speaker 2', { start: 70, end: 70 }],
      ['Speaker 1', { start: 75, end: 75 }]
    ])
  })

  it('reads a moderator named in the header or by a title beside the label, by surname later on', () => {
    const declared = imported(
      'debate.txt',
      'First debate\n\nMODERATOR:\nJim Lehrer (PBS)\n\nLEHRER: Good evening. Tonight we discuss the economy.\n\nBUSH: We cut taxes by 1.3 trillion dollars.\n\nKERRY: Unemployment rose by 1.6 million.\n\nLEHRER: Thank you both.\n'
    )
    expect(declared.blocks.filter((b) => b.kind === 'turn').map((b) => [b.speaker, b.role])).toEqual([
      ['LEHRER', 'moderator'],
      ['BUSH', 'participant'],
      ['KERRY', 'participant'],
      ['LEHRER', 'moderator']
    ])
    const titled = imported(
      '1960.txt',
      'HOWARD K. SMITH, MODERATOR: Good evening.\n\nMR. NIXON: Our economy grew 6 percent.\n\nMR. KENNEDY: It grew 2 percent.\n\nMr. SMITH: Thank you.\n'
    )
    expect(titled.blocks.map((b) => [b.speaker, b.role])).toEqual([
      ['HOWARD K. SMITH', 'moderator'],
      ['MR. NIXON', 'participant'],
      ['MR. KENNEDY', 'participant'],
      ['Mr. SMITH', 'moderator']
    ])
  })

  it('tells a moderator known only by surname from the questions they ask', () => {
    const debate = imported(
      'surnames.txt',
      [
        'HOLT: Good evening. Secretary Clinton, why are you a better choice?',
        'CLINTON: We created 15 million jobs since the recession. Wages rose 5 percent last year.',
        'HOLT: Mr. Trump, your response?',
        'TRUMP: Our jobs are fleeing the country to Mexico. Ford is moving 2,500 jobs.',
        'HOLT: Let me follow up. How do you bring them back?',
        'TRUMP: By cutting taxes from 35 percent to 15 percent.',
        'CLINTON: That plan would add 5 trillion dollars to the debt.'
      ].join('\n\n')
    )
    const roles = new Map(debate.blocks.map((b) => [b.speaker, b.role]))
    expect(Object.fromEntries(roles)).toEqual({ HOLT: 'moderator', CLINTON: 'participant', TRUMP: 'participant' })
  })
})

describe('articles that are not transcripts', () => {
  it('an article with one Note: line stays an article', () => {
    const article = imported(
      'story.txt',
      'Ferry fares frozen\n\nThe council froze ferry fares for 2025, the third freeze in a row.\n\nNote: figures are from the council budget.\n\nPassenger numbers rose 18 percent.\n'
    )
    expect(article.blocks.map((b) => b.kind)).toEqual(['title', 'paragraph', 'paragraph', 'paragraph'])
    expect(article.blocks.some((b) => 'speaker' in b)).toBe(false)
  })

  it('an article with a short Q&A box after its story stays an article', () => {
    const body = Array.from(
      { length: 14 },
      (_, i) => `Paragraph ${i + 1} of the story says the harbour grew again this year.`
    ).join('\n\n')
    const article = imported(
      'story.txt',
      `Harbour grows\n\n${body}\n\nQ: Why?\n\nA: Trade.\n\nQ: Next year?\n\nA: More.\n`
    )
    expect(article.blocks.some((b) => b.kind === 'turn')).toBe(false)
  })

  it('newsroom metadata lines are not speakers', () => {
    const article = imported(
      'draft.txt',
      'Headline here\n\nAuthor: Jo Bloggs\nDate: 12 March 2025\nSource: Council\n\nThe council met on Monday.\n'
    )
    expect(article.blocks.some((b) => b.kind === 'turn')).toBe(false)
  })
})

describe('captions and TSV', () => {
  it('reads WebVTT voice tags, joins a speaker’s cues and keeps their times', () => {
    const article = fixture('harbour-debate.vtt')
    expectWellFormed(article)
    expect(article.blocks.map((b) => [b.speaker ?? '—', b.role, article.text.slice(b.start, b.end), b.time])).toEqual([
      ['Moderator', 'moderator', 'Good evening and welcome to the harbour council debate.', { start: 1, end: 4.5 }],
      [
        'Amara Okafor',
        'participant',
        'The ferry carried 1.2 million passengers in 2024, up 18 percent on the year before.',
        { start: 5, end: 10 }
      ],
      ['—', 'system', '(APPLAUSE)', { start: 11, end: 12 }],
      [
        'Erik Lindqvist',
        'participant',
        'The council spent 4.5 million pounds on the ferry subsidy last year.',
        { start: 12.5, end: 16 }
      ]
    ])
  })

  it('reads SRT with NAME: labels inside cues, CRLF and styling tags', () => {
    const article = fixture('harbour-debate.srt')
    expectWellFormed(article)
    expect(turns(article)).toEqual([
      ['MODERATOR', 'moderator', 'Good evening and welcome to the harbour council debate.'],
      ['OKAFOR', 'participant', 'The ferry carried 1.2 million passengers in 2024, up 18 percent on the year before.'],
      ['—', 'system', '[crosstalk]'],
      ['LINDQVIST', 'participant', 'The council spent 4.5 million pounds on the ferry subsidy last year.']
    ])
    expect(article.blocks[1]?.time).toEqual({ start: 5, end: 10 })
  })

  it('reads three-column and two-column TSV, one turn per run of a speaker’s rows', () => {
    const three = fixture('harbour-debate.tsv')
    expectWellFormed(three)
    expect(turns(three)).toEqual([
      ['MODERATOR', 'moderator', 'Good evening and welcome to the harbour council debate.'],
      [
        'OKAFOR',
        'participant',
        'The ferry carried 1.2 million passengers in 2024, up 18 percent on the year before. Fares have not risen since 2019.'
      ],
      ['—', 'system', '(APPLAUSE)'],
      ['LINDQVIST', 'participant', 'The council spent 4.5 million pounds on the ferry subsidy last year.']
    ])
    const two = imported('two.tsv', 'speaker\ttext\nHost\tWelcome back.\nDr Ade Bello\tCases fell 12 percent in May.\n')
    expect(turns(two)).toEqual([
      ['Host', 'moderator', 'Welcome back.'],
      ['Dr Ade Bello', 'participant', 'Cases fell 12 percent in May.']
    ])
  })

  // Transcription tools write stage directions with an empty speaker cell; those rows (and a title line with no
  // tab) used to vanish from the draft without a word.
  it('keeps TSV rows with an empty speaker cell and lines without a tab: nothing with words is dropped', () => {
    const source = [
      'Harbour council debate, 4 March 2026',
      '1\tMODERATOR\tGood evening and welcome.',
      '2\tOKAFOR\tThe ferry carried 1.2 million passengers in 2024.',
      '3\t\t(APPLAUSE)',
      '4\tOKAFOR\tFares have not risen since 2019.',
      '5\t\t[crosstalk]',
      '6\tLINDQVIST\tThe council spent 4.5 million pounds last year.',
      ''
    ].join('\n')
    const article = imported('debate.tsv', source)
    expectWellFormed(article)
    expect(article.title).toBe('Harbour council debate, 4 March 2026')
    expect(article.metadata.date).toBe('2026-03-04')
    expect(turns(article)).toEqual([
      ['MODERATOR', 'moderator', 'Good evening and welcome.'],
      ['OKAFOR', 'participant', 'The ferry carried 1.2 million passengers in 2024.'],
      ['—', 'system', '(APPLAUSE)'],
      ['OKAFOR', 'participant', 'Fares have not risen since 2019.'],
      ['—', 'system', '[crosstalk]'],
      ['LINDQVIST', 'participant', 'The council spent 4.5 million pounds last year.']
    ])
  })
})
