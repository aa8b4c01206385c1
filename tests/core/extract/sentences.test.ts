import { describe, expect, it } from 'vitest'
import { splitSentences } from '../../../src/core/extract/sentences'
import { articleOf, paragraphs, texts } from '../../helpers/builders'

/** [what the case shows, paragraph text, expected sentences]. */
const CASES: [string, string, string[]][] = [
  [
    'plain sentences',
    'France ended its deployment on Monday. The last convoy left Gao at dawn.',
    ['France ended its deployment on Monday.', 'The last convoy left Gao at dawn.']
  ],
  [
    'question and exclamation',
    'Was the withdrawal a mistake? Critics say yes! The ministry disagrees.',
    ['Was the withdrawal a mistake?', 'Critics say yes!', 'The ministry disagrees.']
  ],
  [
    'courtesy titles',
    'Dr. Awa Sy met Mr. Jones and Mrs. Keita. Ms. Diarra was absent.',
    ['Dr. Awa Sy met Mr. Jones and Mrs. Keita.', 'Ms. Diarra was absent.']
  ],
  [
    'military and political titles',
    'Gen. Paul Faure briefed Sen. Ruth Hale and Gov. Ivo Lind. Prof. Emma Roy spoke last.',
    ['Gen. Paul Faure briefed Sen. Ruth Hale and Gov. Ivo Lind.', 'Prof. Emma Roy spoke last.']
  ],
  [
    'Rep. and St.',
    'Rep. Dan Ortiz toured St. Louis on Friday. He left on Sunday.',
    ['Rep. Dan Ortiz toured St. Louis on Friday.', 'He left on Sunday.']
  ],
  [
    'U.S. before a name-like word',
    'The U.S. Army sent 200 engineers. They arrived in May.',
    ['The U.S. Army sent 200 engineers.', 'They arrived in May.']
  ],
  [
    'U.S. at the end of a sentence',
    'The troops flew back to the U.S. The next day they were sent home.',
    ['The troops flew back to the U.S.', 'The next day they were sent home.']
  ],
  [
    'U.K., U.N. and E.U.',
    'The U.K. and U.N. Security Council members met E.U. envoys in Brussels. Talks failed.',
    ['The U.K. and U.N. Security Council members met E.U. envoys in Brussels.', 'Talks failed.']
  ],
  [
    'month abbreviations before a day',
    'The attack happened on Jan. 6 and again on Feb. 12. It was condemned on Dec. 3.',
    ['The attack happened on Jan. 6 and again on Feb. 12.', 'It was condemned on Dec. 3.']
  ],
  [
    'No. before a number',
    'He lives at No. 10 and ranks No. 3 in the party. Nobody objected.',
    ['He lives at No. 10 and ranks No. 3 in the party.', 'Nobody objected.']
  ],
  [
    'vs. never ends a sentence',
    'The case of Roe vs. Wade came up. Lawyers disagreed.',
    ['The case of Roe vs. Wade came up.', 'Lawyers disagreed.']
  ],
  [
    'etc. mid-sentence',
    'They seized rifles, mortars, etc. and burned the depot. Nobody was hurt.',
    ['They seized rifles, mortars, etc. and burned the depot.', 'Nobody was hurt.']
  ],
  [
    'etc. at the end',
    'They seized rifles, mortars, drones, etc. The depot burned.',
    ['They seized rifles, mortars, drones, etc.', 'The depot burned.']
  ],
  [
    'et al. is not final mid-sentence',
    'Diallo et al. found 54 casualties in Sokolo. The study was peer reviewed.',
    ['Diallo et al. found 54 casualties in Sokolo.', 'The study was peer reviewed.']
  ],
  [
    'p.m. before a lower-case word',
    'The convoy left at 3 p.m. on Monday and arrived at 9 a.m. on Tuesday. Nobody was hurt.',
    ['The convoy left at 3 p.m. on Monday and arrived at 9 a.m. on Tuesday.', 'Nobody was hurt.']
  ],
  [
    'p.m. before a capitalised sentence start (rule: splits)',
    'The convoy left at 3 p.m. The next day it was ambushed.',
    ['The convoy left at 3 p.m.', 'The next day it was ambushed.']
  ],
  [
    'p.m. before a weekday or time zone (rule: continues)',
    'The vote closes at 8 p.m. Monday and results follow at 10 p.m. GMT on Tuesday.',
    ['The vote closes at 8 p.m. Monday and results follow at 10 p.m. GMT on Tuesday.']
  ],
  [
    'decimals and percentages',
    'Inflation rose to 12.4% while pi is 3.14 exactly. Prices doubled.',
    ['Inflation rose to 12.4% while pi is 3.14 exactly.', 'Prices doubled.']
  ],
  [
    'long numbers',
    'The file was stamped 1695477876.6577 by the server. It is a Unix time.',
    ['The file was stamped 1695477876.6577 by the server.', 'It is a Unix time.']
  ],
  [
    'initials',
    'J. R. R. Tolkien and George W. Bush never met. Franklin D. Roosevelt died in 1945.',
    ['J. R. R. Tolkien and George W. Bush never met.', 'Franklin D. Roosevelt died in 1945.']
  ],
  [
    'a single letter before a sentence starter ends the sentence',
    'They fell back to Plan B. It failed within a week.',
    ['They fell back to Plan B.', 'It failed within a week.']
  ],
  [
    'attached ellipsis before a capital',
    'The radio went silent... Then the shelling began.',
    ['The radio went silent...', 'Then the shelling began.']
  ],
  [
    'omission ellipsis inside a sentence',
    'The order said the base … would close by August. Staff were told later.',
    ['The order said the base … would close by August.', 'Staff were told later.']
  ],
  [
    'quote ending in a comma does not end the sentence',
    '“Mali is now alone with its choices,” wrote Nicolas Barotte. He covers defence.',
    ['“Mali is now alone with its choices,” wrote Nicolas Barotte.', 'He covers defence.']
  ],
  [
    'sentence ends after a closing quote',
    '“The capacity for recruitment is infinite.” The next convoy left on Monday.',
    ['“The capacity for recruitment is infinite.”', 'The next convoy left on Monday.']
  ],
  [
    'question inside quotes before lower-case attribution',
    '“Why?” she asked. “Because we were ordered to,” he said.',
    ['“Why?” she asked.', '“Because we were ordered to,” he said.']
  ],
  [
    'exclamation inside quotes before lower-case attribution',
    '“Get down!” the sergeant shouted. Everyone dropped.',
    ['“Get down!” the sergeant shouted.', 'Everyone dropped.']
  ],
  [
    'closing bracket',
    'The army lost 42 soldiers. (The figure was later revised.) Funerals were held.',
    ['The army lost 42 soldiers.', '(The figure was later revised.)', 'Funerals were held.']
  ],
  [
    'a photo credit closing the paragraph is furniture, not a sentence',
    'Soldiers leave their base in Gao, Mali, June 9, 2021. (AP Photo/Jerome Delay, File)',
    ['Soldiers leave their base in Gao, Mali, June 9, 2021.']
  ],
  [
    'a bracketed sentence that opens with "Photo" is still one',
    'Voters queued for hours. (Photo ID laws were passed in 2012.)',
    ['Voters queued for hours.', '(Photo ID laws were passed in 2012.)']
  ],
  [
    'paragraph without a final full stop',
    'Troops left on Monday. More will follow',
    ['Troops left on Monday.', 'More will follow']
  ],
  [
    'web address and e-mail',
    'Read the report at example.org/mali.html before Friday. Write to desk@example.org for copies.',
    ['Read the report at example.org/mali.html before Friday.', 'Write to desk@example.org for copies.']
  ],
  [
    'French spaced guillemets',
    '« Le Mali est seul. » Puis il est parti.',
    ['« Le Mali est seul. »', 'Puis il est parti.']
  ],
  ['German quotes close with “', '„Wir bleiben.“ Dann ging er.', ['„Wir bleiben.“', 'Dann ging er.']],
  [
    'Inc. and Jr. continue a name',
    'Acme Inc. shares fell after Martin Luther King Jr. Day. Traders shrugged.',
    ['Acme Inc. shares fell after Martin Luther King Jr. Day.', 'Traders shrugged.']
  ],
  [
    'whitespace is trimmed and line breaks are ordinary spaces',
    '  Troops left.\nMore followed.   ',
    ['Troops left.', 'More followed.']
  ],
  ['CJK full stop', '部队撤离了。没有人受伤。', ['部队撤离了。', '没有人受伤。']],
  ['repeated punctuation', 'They did what?! Nobody knows.', ['They did what?!', 'Nobody knows.']],
  [
    'a dateline with a state abbreviation, then a dash',
    'EUGENE, Ore. — The county voted on Tuesday. BANGOR, Maine – It rained. He moved to Salem, Ore. It was 2019.',
    [
      'EUGENE, Ore. — The county voted on Tuesday.',
      'BANGOR, Maine – It rained.',
      'He moved to Salem, Ore.',
      'It was 2019.'
    ]
  ]
]

describe('splitSentences: one paragraph at a time', () => {
  it.each(CASES)('%s', (_name, body, expected) => {
    const article = paragraphs(body)
    expect(texts(article, splitSentences(article))).toEqual(expected)
  })
})

describe('splitSentences: blocks', () => {
  const article = articleOf(
    ['title', 'Has President Macron abandoned Mali to the jihadists?'],
    ['standfirst', 'The withdrawal could be as disastrous as Afghanistan was for Joe Biden'],
    ['byline', 'By Thomas Brooke'],
    ['metadata', 'tend: 1695477876.6577'],
    ['heading', 'A nine-year war. What comes next'],
    ['list-item', '5,000 troops in 2013'],
    ['caption', 'FILE - Soldiers in Gao. (AP Photo)'],
    ['blockquote', 'We will not abandon the north. Never.'],
    ['paragraph', 'France left. Mali stayed']
  )
  const units = texts(article, splitSentences(article))

  it('yields units for every text block in document order, none for byline, metadata or a photo credit', () => {
    expect(units).toEqual([
      'Has President Macron abandoned Mali to the jihadists?',
      'The withdrawal could be as disastrous as Afghanistan was for Joe Biden',
      'A nine-year war.',
      'What comes next',
      '5,000 troops in 2013',
      'FILE - Soldiers in Gao.',
      'We will not abandon the north.',
      'Never.',
      'France left.',
      'Mali stayed'
    ])
  })

  it('leaves out credits as newsrooms write them, and the title of a transcript', () => {
    const credits = articleOf(
      ['caption', 'Ferry passengers queue at the harbour on Friday. (Photo by Lena Marsh/Reuters)'],
      ['caption', 'The new pier under construction. (Reuters)'],
      ['caption', 'Photograph: Lena Marsh'],
      ['paragraph', 'The pier opened six months late.']
    )
    expect(texts(credits, splitSentences(credits))).toEqual([
      'Ferry passengers queue at the harbour on Friday.',
      'The new pier under construction.',
      'The pier opened six months late.'
    ])
    const transcript = articleOf(
      ['title', 'Harbour Ward debate, 4 March 2026'],
      ['turn', 'The ferry lost money again last year.']
    )
    expect(texts(transcript, splitSentences(transcript))).toEqual(['The ferry lost money again last year.'])
  })

  it('never lets a unit cross a block boundary', () => {
    for (const range of splitSentences(article)) {
      const block = article.blocks.find((b) => b.start <= range.start && range.end <= b.end)
      expect(block, article.text.slice(range.start, range.end)).toBeDefined()
    }
  })

  it('tolerates blocks out of order, overlapping or past the end of the text', () => {
    const text = 'Second one. First one.'
    const broken = {
      text,
      title: '',
      standfirst: '',
      metadata: {},
      blocks: [
        { kind: 'paragraph' as const, start: 12, end: 400 },
        { kind: 'paragraph' as const, start: 0, end: 15 },
        { kind: 'paragraph' as const, start: -5, end: 3 }
      ]
    }
    const ranges = splitSentences(broken)
    expect(ranges.length).toBeGreaterThan(0)
    let previousEnd = 0
    for (const r of ranges) {
      expect(r.start).toBeGreaterThanOrEqual(previousEnd)
      expect(r.end).toBeLessThanOrEqual(text.length)
      previousEnd = r.end
    }
  })
})
