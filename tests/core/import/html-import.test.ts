import { describe, expect, it } from 'vitest'
import { parseArticle, parseHtml } from '../../../src/core/import/index'
import { stripSiteSuffix } from '../../../src/core/import/html-page-meta'
import { expectWellFormed, fixtureBytes, imported, outline, textsOf } from './helpers'

describe('saved news page', () => {
  const article = imported('saved-page.html', fixtureBytes('saved-page.html'))

  it('reads the article alone, in order, with the right block kinds', () => {
    expect(outline(article)).toEqual([
      ['title', 'Bus lane fines doubled, council figures show'],
      [
        'standfirst',
        'Drivers paid £2.1m in bus lane penalties last year – twice the 2021 total – but most came from a single camera.'
      ],
      ['byline', 'By Owen Pryce | 29 February 2024'],
      ['caption', 'The camera on Dock Street issued 41,000 penalty notices in 2023. Photo: Lena Marsh'],
      [
        'paragraph',
        'The city council collected £2.1 million from bus lane fines in 2023, according to figures released under the Freedom of Information Act, up from £1.04 million in 2021.'
      ],
      [
        'paragraph',
        'More than half of the penalties — 41,000 of 78,500 — were issued by one camera on Dock Street, where the bus lane was extended in March 2022.'
      ],
      [
        'blockquote',
        '“The signage was changed overnight and nobody was told,” said Carys Bell, a taxi driver who received three fines in a week.'
      ],
      ['heading', 'What the council says'],
      [
        'paragraph',
        'A council spokesperson said the lane was clearly marked and that fines fell sharply after the first month.'
      ],
      ['list-item', '2021: £1.04m from 26,000 notices'],
      ['list-item', '2022: £1.6m from 40,000 notices'],
      ['list-item', '2023: £2.1m from 78,500 notices']
    ])
    expectWellFormed(article)
  })

  it('collects author, ISO date and publisher metadata', () => {
    expect(article.metadata).toEqual({
      author: 'Owen Pryce',
      date: '2024-02-29',
      publisher: 'The Harbour Gazette',
      section: 'Local',
      url: 'https://gazette.example/local/bus-lane-fines'
    })
  })

  it('leaves out cookie banner, navigation, share links, newsletter box, related list, footer and hidden text', () => {
    for (const noise of [
      'cookies',
      'Sport',
      'Share on X',
      'Sign up',
      'Parking charges',
      '© 2024',
      'Hidden tracking',
      'Also hidden',
      'tracker'
    ]) {
      expect(article.text).not.toContain(noise)
    }
  })
})

describe('hostile page', () => {
  const result = parseArticle('hostile.html', fixtureBytes('hostile.html'))

  it('gives clean article text and nothing from scripts, handlers, iframes, forms or banners', () => {
    if (!result.ok) throw new Error(result.error.message)
    expect(outline(result.value)).toEqual([
      ['title', 'Harbour wall repairs overrun by 14 months'],
      [
        'paragraph',
        'Repairs to the north harbour wall, due to finish in January 2023, will not be complete until March 2024, the port authority has confirmed.'
      ],
      ['paragraph', 'The authority said storm damage in December 2022 added £3.2m to the original £11m budget.'],
      ['paragraph', 'Local fishing crews say the delay has cost them two seasons of berthing fees.']
    ])
    for (const bad of [
      'alert',
      'javascript',
      'evil',
      'cookie',
      'Password',
      'enable JavaScript',
      'Template',
      'Flash',
      'svg text',
      'Home',
      'Obituaries',
      'Most read',
      'Privacy',
      'invisible',
      'aria hidden'
    ]) {
      expect(result.value.text).not.toContain(bad)
    }
    expect(result.value.metadata).toEqual({})
  })
})

describe('container choice and page details', () => {
  it.each([
    [
      '[itemprop=articleBody] when there is no <article>',
      '<body><div class="promo"><p>Subscribe for £1 a week, cancel any time you like at all.</p></div><div itemprop="articleBody"><p>Shipping traffic through the canal fell by 30 per cent in January.</p></div></body>',
      ['Shipping traffic through the canal fell by 30 per cent in January.']
    ],
    [
      '<main> when there is no article',
      '<body><header><a href="/">Site</a></header><main><p>The ferry will not sail on Sundays this winter, the operator said.</p></main><footer>About</footer></body>',
      ['The ferry will not sail on Sundays this winter, the operator said.']
    ],
    [
      'the densest container otherwise',
      '<body><div class="top"><a href="/a">One</a> <a href="/b">Two</a> <a href="/c">Three</a></div><div class="x"><div><p>First paragraph of the story, long enough to count.</p><p>Second paragraph, which adds to the same container.</p></div></div></body>',
      ['First paragraph of the story, long enough to count.', 'Second paragraph, which adds to the same container.']
    ],
    [
      'the biggest <article> when teaser cards are articles too',
      '<body><article><p>Teaser.</p></article><article><p>The real story is this long paragraph about the harbour.</p><p>And a second one.</p></article></body>',
      ['The real story is this long paragraph about the harbour.', 'And a second one.']
    ]
  ])('%s', (_label, html, paragraphs) => {
    expect(textsOf(parseHtml(html), 'paragraph')).toEqual(paragraphs)
  })

  it('takes the title from og:title, without the site suffix, when the article has no h1', () => {
    const article = parseHtml(
      '<head><meta property="og:title" content="Dam safety report published | River News"></head><article><p>The report found two faults.</p></article>'
    )
    expect(outline(article)).toEqual([
      ['title', 'Dam safety report published'],
      ['paragraph', 'The report found two faults.']
    ])
  })

  it('reads JSON-LD author and date, never running it, and survives broken JSON-LD', () => {
    const html =
      '<script type="application/ld+json">{"@graph":[{"@type":["NewsArticle"],"author":{"name":"Idris Ekwueme"},"datePublished":"2023-11-05"}]}</script>' +
      '<script type="application/ld+json">{broken</script><article><h1>Grain prices</h1><p>Grain prices rose 12 per cent.</p></article>'
    expect(parseHtml(html).metadata).toEqual({ author: 'Idris Ekwueme', date: '2023-11-05' })
  })

  it('uses <time datetime> and meta description as fallbacks', () => {
    const html =
      '<head><meta name="description" content="Why the tunnel cost twice the estimate."></head><article><h1>Tunnel costs</h1><time datetime="2022-08-01T10:00">1 Aug</time><p>The tunnel cost £80m.</p></article>'
    const article = parseHtml(html)
    expect(article.standfirst).toBe('Why the tunnel cost twice the estimate.')
    expect(textsOf(article, 'standfirst')).toEqual(['Why the tunnel cost twice the estimate.'])
    expect(article.metadata.date).toBe('2022-08-01')
  })

  it('does not repeat a meta description that is just the first paragraph', () => {
    const html =
      '<head><meta name="description" content="The tunnel cost £80m, twice the…"></head><article><p>The tunnel cost £80m, twice the estimate.</p></article>'
    expect(outline(parseHtml(html))).toEqual([['paragraph', 'The tunnel cost £80m, twice the estimate.']])
  })

  it('prefers article:published_time, then <time datetime>, then JSON-LD for the date', () => {
    const ld = '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2020-01-01"}</script>'
    const body = '<article><time datetime="2021-02-02">2 Feb</time><p>Text of the story.</p></article>'
    expect(
      parseHtml(`<meta property="article:published_time" content="2022-03-03T08:00Z">${ld}${body}`).metadata.date
    ).toBe('2022-03-03')
    expect(parseHtml(`${ld}${body}`).metadata.date).toBe('2021-02-02')
    expect(parseHtml(`${ld}<article><p>Text of the story.</p></article>`).metadata.date).toBe('2020-01-01')
  })

  it('ignores an article:author that is a profile URL and falls back to [rel=author]', () => {
    const html =
      '<meta property="article:author" content="https://social.example/jdoe"><article><p>By <a rel="author" href="/jd">Jo Dunne</a></p><p>Body text here.</p></article>'
    expect(parseHtml(html).metadata.author).toBe('Jo Dunne')
  })

  it('decodes entities and collapses whitespace inside blocks', () => {
    const article = parseHtml(
      '<article><p>Fish &amp; chips\n   cost &pound;9&nbsp;&ndash;&#160; up &#x2019;24.</p></article>'
    )
    // A lone no-break space is meaningful ("£9 –" must not wrap) and stays; next to a space it collapses.
    expect(textsOf(article, 'paragraph')).toEqual(['Fish & chips cost £9\u00a0– up ’24.'])
  })

  it.each([
    [
      'a page that is all navigation',
      '<html><head><title>Home | Site</title></head><body><nav><a href="/">Home</a></nav></body></html>'
    ],
    ['an empty body', '<html><body>   </body></html>'],
    ['only a cookie banner', '<body><div class="cookie-banner"><p>We use cookies.</p></div></body>']
  ])('refuses %s with "no article text"', (_label, html) => {
    const result = parseArticle('page.html', new TextEncoder().encode(html))
    expect(result).toEqual({
      ok: false,
      error: { code: 'no-article-text', message: 'Cannot open "page.html": no article text was found in it.' }
    })
  })
})

describe('stripSiteSuffix', () => {
  it.each([
    ['Bus lane fines doubled | The Harbour Gazette', '', 'Bus lane fines doubled'],
    ['Bus lane fines doubled – Gazette', '', 'Bus lane fines doubled'],
    ['Mali - the long goodbye - Remix News', 'Remix News', 'Mali - the long goodbye'],
    ['Mali - the long goodbye', '', 'Mali - the long goodbye'],
    [
      'Short | A very long sentence that is clearly not the name of any website at all',
      '',
      'Short | A very long sentence that is clearly not the name of any website at all'
    ]
  ])('%s', (title, site, expected) => {
    expect(stripSiteSuffix(title, site)).toBe(expected)
  })
})

describe("parseHtml(html, { origin: 'docx' }) for mammoth output", () => {
  const html =
    '<h1>Council tax to rise</h1><p class="standfirst">The maximum allowed without a referendum</p>' +
    '<p>By Amira Haddad, 14 March 2024</p><p>The budget passed by 41 votes to 12.</p><h1>Where the money goes</h1>' +
    '<ul><li>Social care: £212m<ul><li>Of which homes: £80m</li></ul></li><li>Roads: £31m</li></ul>' +
    '<blockquote><p>“Every library stays open,” the leader said.</p></blockquote>' +
    '<table><tr><td><p>Year</p></td><td><p>Rise</p></td></tr><tr><td><p>2024</p></td><td><p>4.99%</p></td></tr></table>' +
    '<p>See note<sup><a href="#footnote-1" id="footnote-ref-1">[1]</a></sup>.</p>' +
    '<ol><li id="footnote-1"><p> Figures from the budget book. <a href="#footnote-ref-1">↑</a></p></li></ol>'

  it('maps Word structure onto blocks', () => {
    const article = parseHtml(html, { origin: 'docx' })
    expect(outline(article)).toEqual([
      ['title', 'Council tax to rise'],
      ['standfirst', 'The maximum allowed without a referendum'],
      ['byline', 'By Amira Haddad, 14 March 2024'],
      ['paragraph', 'The budget passed by 41 votes to 12.'],
      ['heading', 'Where the money goes'],
      ['list-item', 'Social care: £212m'],
      ['list-item', 'Of which homes: £80m'],
      ['list-item', 'Roads: £31m'],
      ['blockquote', '“Every library stays open,” the leader said.'],
      ['paragraph', 'Year'],
      ['paragraph', 'Rise'],
      ['paragraph', '2024'],
      ['paragraph', '4.99%'],
      ['paragraph', 'See note[1].'],
      ['list-item', 'Figures from the budget book.']
    ])
    expect(article.metadata).toEqual({ author: 'Amira Haddad', date: '2024-03-14' })
    expectWellFormed(article)
  })

  it('takes a first paragraph in the Normal style that reads as a headline for the title, as a .txt draft does', () => {
    const plain = (first: string) =>
      parseHtml(`<p>${first}</p><p>The harbour wall will cost £3.2 million, the council said on Tuesday.</p>`, {
        origin: 'docx'
      })
    const headed = plain('Council approves £3.2m harbour wall')
    expect(headed.title).toBe('Council approves £3.2m harbour wall')
    expect(outline(headed).map(([kind]) => kind)).toEqual(['title', 'paragraph'])
    expectWellFormed(headed)
    // A sentence, or a byline, opening the document is no headline.
    expect(plain('The council met on Tuesday.').title).toBe('')
    expect(outline(plain('By Amira Haddad, 14 March 2024'))[0]).toEqual(['byline', 'By Amira Haddad, 14 March 2024'])
    // A web page's first paragraph never is: its title is its <h1> or <title>.
    expect(
      parseHtml('<p>Council approves £3.2m harbour wall</p><p>The wall will cost £3.2 million.</p>').blocks[0]?.kind
    ).not.toBe('title')
  })
})
