/**
 * Claimants: who makes a claim the article reports. Sentences written for these tests in the style
 * of wire copy; each row is a paragraph list and, per claim sentence, the claimant a checker expects
 * (name as first introduced, the words naming them here, the speech cue).
 */
import { describe, it } from 'vitest'
import { expectClaimants } from './expect-claimants'

describe('claimants of reported speech', () => {
  it('the subject of the speech verb, a trailing attribution, and "according to"', () => {
    expectClaimants(
      [
        'The statistics office said inflation fell to 2.1% in May. Food prices rose 4% over the year, the office said. Rents climbed 6%, according to the housing ministry.'
      ],
      [
        ['The statistics office said', ['The statistics office', 'The statistics office', 'said']],
        ['Food prices rose', ['The statistics office', 'the office', 'said']],
        ['Rents climbed', ['the housing ministry', 'the housing ministry', 'according to']]
      ]
    )
  })

  it('a pronoun is resolved to the person introduced in full', () => {
    expectClaimants(
      [
        'Nadia Osei, the finance minister, told reporters that growth would reach 3% next year. She added that wages had risen 4%.'
      ],
      [
        ['Nadia Osei, the finance minister', ['Nadia Osei', 'Nadia Osei', 'told']],
        ['She added', ['Nadia Osei', 'She', 'added']]
      ]
    )
  })

  it('a claim in quoted words carries the quote’s speaker; the article’s own sentences have no claimant', () => {
    expectClaimants(
      [
        'The port handled 4.2 million containers last year. “We lost 300 jobs in a single winter,” said Piet Jansen, a crane driver.'
      ],
      [
        ['The port handled', null],
        ['“We lost 300 jobs', ['Piet Jansen', 'Piet Jansen', 'said']]
      ]
    )
  })

  it('documents, surveys and named bodies report findings; a lone surname still claims', () => {
    expectClaimants(
      [
        'The household survey found that 40% of renters spend half their pay on rent.',
        'The Coastal Housing Institute estimates that 12,000 homes stand empty.',
        'Okafor now says the scheme will cost £3 million more.'
      ],
      [
        ['The household survey found', ['The household survey', 'The household survey', 'found']],
        [
          'The Coastal Housing Institute',
          ['The Coastal Housing Institute', 'The Coastal Housing Institute', 'estimates']
        ],
        ['Okafor now says', ['Okafor', 'Okafor', 'says']]
      ]
    )
  })

  it('subjects of wire copy: a linking word first, names joined by "and", a bare plural, a party in brackets', () => {
    expectClaimants(
      [
        'But a port official said the cranes had been idle for 11 days.',
        'Ms. Brandt and Mr. Osei said the fund had lost $2 million.',
        'The ferry fare will double in June, local councillors said on Friday.',
        'Rep. Tom Arden (R-Ida.) said the bridge would cost $40 million.'
      ],
      [
        ['But a port official', ['a port official', 'a port official', 'said']],
        ['Ms. Brandt and Mr. Osei', ['Ms. Brandt and Mr. Osei', 'Ms. Brandt and Mr. Osei', 'said']],
        ['The ferry fare', ['local councillors', 'local councillors', 'said']],
        ['Rep. Tom Arden', ['Tom Arden', 'Rep. Tom Arden', 'said']]
      ]
    )
  })

  it('a name before several commas, a verb coordinated with the first, "Both" before two names', () => {
    expectClaimants(
      [
        'Mayor Tom Arden, opening the new pier on Saturday, said it would bring 300 jobs.',
        'Mr. Schultz served on the council for a decade, and said the levy raised $2 million.',
        'Both Mr. King and Mr. Osei say the fund lost $2 million.'
      ],
      [
        ['Mayor Tom Arden', ['Tom Arden', 'Mayor Tom Arden', 'said']],
        ['Mr. Schultz served', ['Mr. Schultz', 'Mr. Schultz', 'said']],
        ['Both Mr. King', ['Mr. King and Mr. Osei', 'Mr. King and Mr. Osei', 'say']]
      ]
    )
  })

  it('stands and plans are their holder’s: wants, opposes, cited', () => {
    expectClaimants(
      [
        'The harbour union opposes the plan to cut 40 jobs.',
        'Ana Ruiz wants to double the ferry service by 2026.',
        'The council cited a survey showing 62% of residents backed the levy.'
      ],
      [
        ['The harbour union', ['The harbour union', 'The harbour union', 'opposes']],
        ['Ana Ruiz wants', ['Ana Ruiz', 'Ana Ruiz', 'wants']],
        ['The council cited', ['The council', 'The council', 'cited']]
      ]
    )
  })
})

describe('claimants beyond "said"', () => {
  it('beliefs, stands and stated intentions belong to whoever holds them', () => {
    expectClaimants(
      [
        'Dock workers believe the new cranes will cost 200 jobs.',
        'The fishermen’s co-operative is pushing for a 12-mile limit on trawlers.',
        'Mayor Lena Brandt has pledged to reopen the ferry terminal by 2027.',
        'The harbour board declined to publish the 2024 accounts.'
      ],
      [
        ['Dock workers believe', ['Dock workers', 'Dock workers', 'believe']],
        [
          'The fishermen’s co-operative',
          ['The fishermen’s co-operative', 'The fishermen’s co-operative', 'pushing for']
        ],
        ['Mayor Lena Brandt', ['Lena Brandt', 'Mayor Lena Brandt', 'pledged']],
        ['The harbour board declined', ['The harbour board', 'The harbour board', 'declined']]
      ]
    )
  })

  it('documents and data report findings, also at the end of the sentence', () => {
    expectClaimants(
      [
        'Ferry traffic fell by 30% in the first quarter, port records show.',
        'The audit concluded that £4 million had been spent without tender.',
        'Another ranking says the port is the third busiest in Europe.',
        'Harbour Board regulations suggest pilots must rest 11 hours a day.'
      ],
      [
        ['Ferry traffic fell', ['port records', 'port records', 'show']],
        ['The audit concluded', ['The audit', 'The audit', 'concluded']],
        ['Another ranking', ['Another ranking', 'Another ranking', 'says']],
        ['Harbour Board regulations', ['Harbour Board regulations', 'Harbour Board regulations', 'suggest']]
      ]
    )
  })

  it('refusing, dismissing, referring and states of unease are claims of whoever does them', () => {
    expectClaimants(
      [
        'The harbour board balked at the 4 pound fee. Okafor shrugged off the 2019 audit. The ad then references a 2020 report on 300 lost jobs. Port workers are nervous about the 8% rise.'
      ],
      [
        ['The harbour board', ['The harbour board', 'The harbour board', 'balked at']],
        ['Okafor shrugged', ['Okafor', 'Okafor', 'shrugged off']],
        ['The ad then', ['The ad', 'The ad', 'references']],
        ['Port workers', ['Port workers', 'Port workers', 'are nervous']]
      ]
    )
  })

  it('knowing what was found out, quoting, invoking and talking a question over are claims of whoever does them', () => {
    expectClaimants(
      [
        'The port auditors learned that 300 jobs had been cut in 2019. Tenants noticed that rents rose 12 percent. The Herald quoted a port official as saying the levy raised 4 million pounds. Okafor invoked the 2019 audit of the 48 million pound budget. The two councillors sparred over the 4 pound levy. The harbour board debated whether the 8% rise was fair. The board signalled that 40 posts would go.'
      ],
      [
        ['The port auditors', ['The port auditors', 'The port auditors', 'learned']],
        ['Tenants noticed', ['Tenants', 'Tenants', 'noticed']],
        ['The Herald quoted', ['The Herald', 'The Herald', 'quoted']],
        ['Okafor invoked', ['Okafor', 'Okafor', 'invoked']],
        ['The two councillors', ['The two councillors', 'The two councillors', 'sparred']],
        ['The harbour board debated', ['The harbour board', 'The harbour board', 'debated']],
        ['The board signalled', ['The board', 'The board', 'signalled']]
      ]
    )
  })

  it('an -ing form after a preposition is done by the subject of its clause', () => {
    expectClaimants(
      [
        'Ruth Hale opened the meeting by thanking the 40 dock workers who kept the port open. The union walked out before explaining why the 8% offer was too low. The ferry firm was first in backing the 4 pound levy. Voters chose Tom Reyes, who won the seat by promising 300 new homes. While praising the 4 pound levy, the port authority cut 40 pilots.'
      ],
      [
        ['Ruth Hale opened', ['Ruth Hale', 'Ruth Hale', 'thanking']],
        ['The union walked', ['The union', 'The union', 'explaining']],
        ['The ferry firm', ['The ferry firm', 'The ferry firm', 'backing']],
        ['Voters chose', ['Tom Reyes', 'who', 'promising']],
        ['While praising', ['the port authority', 'the port authority', 'praising']]
      ]
    )
  })

  it('a debate or a clash named as a noun is no verb of saying', () => {
    expectClaimants(
      [
        'The Harbour Party debates drew 24,000 viewers in 2019. Port workers watched a clash over the 4 pound levy on Monday.'
      ],
      [
        ['The Harbour Party debates', null],
        ['Port workers watched', null]
      ]
    )
  })

  it('plain actions make no claimant', () => {
    expectClaimants(
      ['The council built 300 homes in 2023.', 'Lena Brandt visited the shipyard on Monday and met 40 apprentices.'],
      [
        ['The council built', null],
        ['Lena Brandt visited', null]
      ]
    )
  })

  it('shares of a poll speak for the people asked', () => {
    expectClaimants(
      [
        'Sixty-two percent of tenants said their rent rose last year.',
        'A third of the fishermen say the quota is too low, and about half of them want it scrapped.'
      ],
      [
        ['Sixty-two percent', ['Sixty-two percent of tenants', 'Sixty-two percent of tenants', 'said']],
        ['A third of the fishermen', ['A third of the fishermen', 'A third of the fishermen', 'say']]
      ]
    )
  })
})

describe('claimants placed where wire copy puts them', () => {
  it('a subject after the verb, following a comma', () => {
    expectClaimants(
      [
        'The levy would raise £2 million a year for the harbour, said Tomas Ekberg, an economist at the port authority.'
      ],
      [['The levy would raise', ['Tomas Ekberg', 'Tomas Ekberg', 'said']]]
    )
  })

  it('a pronoun inside a subordinate clause is resolved to the person met before', () => {
    expectClaimants(
      [
        'Councillor Ruth Hale opened the meeting at 7pm.',
        'The budget, which she said was short by £3 million, was approved on Friday.'
      ],
      [['The budget, which she said', ['Ruth Hale', 'she', 'said']]]
    )
  })

  it('a subordinator or a day before the verb is not part of the claimant', () => {
    expectClaimants(
      [
        'While Okafor said the fund was solvent, auditors found a £2 million gap.',
        'Harbour master Piet Visser on Tuesday said the channel had silted up by 40 centimetres.'
      ],
      [
        ['While Okafor said', ['Okafor', 'Okafor', 'said']],
        ['Harbour master Piet Visser', ['Piet Visser', 'Piet Visser', 'said']]
      ]
    )
  })

  it('a headline colon names the claimant; a kicker does not', () => {
    expectClaimants(
      ['Brandt: Ferry fares will double by June.', 'Analysis: Ferry fares will double by June.'],
      [
        ['Brandt:', ['Brandt', 'Brandt', ':']],
        ['Analysis:', null]
      ]
    )
  })

  it('a person’s allies, associates or backers are people who hold views', () => {
    expectClaimants(
      [
        'Hale’s allies said the levy was fair.',
        'Ruth Hale’s associates insist she will stand again.',
        'The mayor’s backers think the sea wall will pay for itself.'
      ],
      [
        ['Hale’s allies', ['Hale’s allies', 'Hale’s allies', 'said']],
        ['Ruth Hale’s associates', ['Ruth Hale’s associates', 'Ruth Hale’s associates', 'insist']],
        ['The mayor’s backers', ['The mayor’s backers', 'The mayor’s backers', 'think']]
      ]
    )
  })

  it('a place or a firm inside the aside after the opening name is not the claimant', () => {
    expectClaimants(
      [
        'Ada Berg, who lost her job in Leeds, Yorkshire, in May, said the levy was unfair.',
        'Mr. Pryce, whose latest firm, Tidewise, builds ferries, said the levy would sink the port.'
      ],
      [
        ['Ada Berg, who', ['Ada Berg', 'Ada Berg', 'said']],
        ['Mr. Pryce, whose', ['Mr. Pryce', 'Mr. Pryce', 'said']]
      ]
    )
  })

  it('an -ing word opening a clause up to a comma is no name; a name ending in -ing before its verb is', () => {
    expectClaimants(
      [
        'Arriving late to the harbour, officers began searching the boats, believing the gang had fled by sea.',
        'Ewing said, however, that the levy was fair.',
        'Beijing could also declare a zone over the strait, forcing airlines to take long detours.'
      ],
      [
        ['Arriving late', null],
        ['Ewing said', ['Ewing', 'Ewing', 'said']],
        ['Beijing could', ['Beijing', 'Beijing', 'declare']]
      ]
    )
  })

  it('a surname spelt like a participle, opening the sentence before an aside, names the person met before', () => {
    expectClaimants(
      [
        'Gov. Laura Benning on Thursday proposed cutting state aid to transit agencies by $420 million.',
        'Benning, a Republican, defended the cut, saying bus ridership had fallen 30% since 2019.',
        'Smiling, the mayor defended the cut, saying bus ridership had fallen 30% since 2019.'
      ],
      [
        ['Benning, a Republican', ['Laura Benning', 'Benning', 'defended']],
        ['Smiling, the mayor', ['the mayor', 'the mayor', 'defended']]
      ]
    )
  })

  it('a poll or a study named with when or for whom it was made public reports its findings', () => {
    expectClaimants(
      [
        'New polls released Sunday showed Hale taking a lead in the race.',
        'Research conducted for the harbour union found that wages fell.'
      ],
      [
        // The name is the polls', not when they came out (document-subjects.ts); the mention stays as written.
        ['New polls', ['New polls', 'New polls released Sunday', 'showed']],
        [
          'Research conducted',
          ['Research conducted for the harbour union', 'Research conducted for the harbour union', 'found']
        ]
      ]
    )
  })

  it('a capitalised word before the role of a subject after the verb is part of the role', () => {
    expectClaimants(
      ['The levy will hurt the port more than anyone admits, said Labour councillor Owen Pryce.'],
      [['The levy will hurt', ['Owen Pryce', 'Owen Pryce', 'said']]]
    )
  })

  it('finding oneself somewhere, or to find something later, reports no finding', () => {
    expectClaimants(
      [
        'But the councillors now find themselves in a bind over the levy.',
        'The harbour board will find little support for the levy in Kestrel Bay.',
        'The audit found that fares rose by a fifth in 2024.',
        'Polls find that most tenants back the levy.'
      ],
      [
        ['But the councillors', null],
        ['The harbour board will', null],
        ['The audit found', ['The audit', 'The audit', 'found']],
        ['Polls find', ['Polls', 'Polls', 'find']]
      ]
    )
  })

  it('a named owner of a reported plan or claim, without the possessive ending', () => {
    expectClaimants(
      [
        'Councillor Ruth Hale spoke first.',
        'Hale’s claim that the levy raised £2 million was disputed by the auditors.'
      ],
      [['Hale’s claim', ['Ruth Hale', 'Hale', 'claim']]]
    )
  })

  it('a participle after a comma belongs to the subject opening the sentence', () => {
    expectClaimants(
      ['In Gdansk, shipyard owner Marta Nowak closed two docks, saying orders had fallen by half.'],
      [['In Gdansk', ['Marta Nowak', 'Marta Nowak', 'saying']]]
    )
  })

  it('"who" and "which" stand for the person or body before them', () => {
    expectClaimants(
      [
        'The levy went before the Harbour Traders Guild, which argued that 300 jobs depended on it.',
        'Voters also heard from Tomas Ekberg, who warned that fares would double.'
      ],
      [
        ['The levy went before', ['Harbour Traders Guild', 'which', 'argued']],
        ['Voters also heard', ['Tomas Ekberg', 'who', 'warned']]
      ]
    )
  })

  it('a poll named after "in" is the claimant of its figures; records speak through the verb after them', () => {
    expectClaimants(
      [
        'In a Harbour Herald poll released Monday, 54 percent of residents backed the levy.',
        'Councillor Ruth Hale opened the meeting.',
        'The harbour board’s own records show £4 million spent without tender.'
      ],
      [
        [
          'In a Harbour Herald poll',
          ['a Harbour Herald poll released Monday', 'a Harbour Herald poll released Monday', 'In']
        ],
        [
          'The harbour board’s own records',
          ['The harbour board’s own records', 'The harbour board’s own records', 'show']
        ]
      ]
    )
  })

  it('a poll or survey after "in" needs no determiner, and polls or surveys may be plural', () => {
    expectClaimants(
      [
        'Ruth Hale once drew level with Ada Ruiz in national polls.',
        'Ruiz remains fourth in most surveys.',
        'Hale rose to 42 percent in Monday’s poll.',
        'Ruiz led in the dozen harbour surveys before the vote.'
      ],
      [
        ['Ruth Hale once drew level', ['national polls', 'national polls', 'in']],
        ['Ruiz remains fourth', ['most surveys', 'most surveys', 'in']],
        ['Hale rose to 42 percent', ['Monday’s poll', 'Monday’s poll', 'in']],
        ['Ruiz led in the dozen', ['the dozen harbour surveys', 'the dozen harbour surveys', 'in']]
      ]
    )
  })

  it('a statement after "in" with no determiner names no event; any verb of saying claims before a poll without one', () => {
    expectClaimants(
      [
        'Ruth Hale opened the pier.',
        'Hale rose to 42 percent in reports of the harbour vote.',
        'Hale said she leads in national polls by 9 points.',
        'Though Hale runs ahead in harbour polls, port strategists concede that the levy could cost her the seat.'
      ],
      [
        ['Hale rose to 42 percent', null],
        ['Hale said she leads', ['Ruth Hale', 'Hale', 'said']],
        ['Though Hale runs ahead', ['port strategists', 'port strategists', 'concede']]
      ]
    )
  })

  it('a poll after "of" in a phrase "in" opens is not what "in" names', () => {
    expectClaimants(
      ['The vote came in the wake of polls by the Harbour Herald that put the levy 12 points ahead in May.'],
      [['The vote came', null]]
    )
  })
})
