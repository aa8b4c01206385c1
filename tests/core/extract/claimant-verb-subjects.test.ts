/**
 * What stands between a claimant and their verb (src/core/extract/claimant-verb-subjects.ts): a verb
 * taking an infinitive, an aside between commas, a linking adverb after the auxiliary. Sentences written for these
 * tests.
 */
import { describe, it } from 'vitest'
import { expectClaimants } from './expect-claimants'

describe('the subject of a verb after a catenative or an aside', () => {
  it('a verb taking an infinitive passes its subject on: tried to, is continuing to, has had to', () => {
    expectClaimants(
      [
        'Ruth Hale is continuing to insist that the port made a profit of 4 million pounds in 2019. Hale tried to defend her plan to cut 300 jobs at the port. The mayor has had to repudiate his 2018 budget, which lost 2 million pounds.'
      ],
      [
        ['Ruth Hale is continuing', ['Ruth Hale', 'Ruth Hale', 'insist']],
        ['Hale tried', ['Ruth Hale', 'Hale', 'defend']],
        ['The mayor has had', ['The mayor', 'The mayor', 'repudiate']]
      ]
    )
  })

  it('a comparison of the raising adjective passes the subject on: more likely to say, less likely to back', () => {
    expectClaimants(
      [
        'Dock workers were more likely to say the levy would cost 300 jobs. The pilots are slightly less likely to back the 4 pound levy.'
      ],
      [
        ['Dock workers', ['Dock workers', 'Dock workers', 'say']],
        ['The pilots', ['The pilots', 'The pilots', 'back']]
      ]
    )
  })

  it('an adjective judging or disposing them passes the subject on: is correct to note, are inclined to believe', () => {
    expectClaimants(
      [
        'Ruth Hale is correct to note that the levy was meant to avoid a fight with the port owners. Many dockers are inclined to believe the port lost 4 million pounds in 2019.'
      ],
      [
        ['Ruth Hale is correct', ['Ruth Hale', 'Ruth Hale', 'note']],
        ['Many dockers', ['Many dockers', 'Many dockers', 'believe']]
      ]
    )
  })

  it('people described by an -ing phrase running to the verb are its subject, not the object of the phrase', () => {
    expectClaimants(
      [
        'Harbour activists clamoring to block the levy on cruise visitors say they have 300 new members. Pilots working the night shift argue that the 4 pound levy is a tax on jobs.'
      ],
      [
        ['Harbour activists', ['Harbour activists', 'Harbour activists', 'say']],
        ['Pilots working', ['Pilots', 'Pilots', 'argue']]
      ]
    )
  })

  it('choosing, deciding or managing to do it, and having begun doing it, pass the subject on', () => {
    expectClaimants(
      [
        'The harbour board chose to back the 4 pound levy in 2019. Ruth Hale decided to oppose the plan to cut 300 jobs. The mayor managed to underline the 2 million pound surplus. The dock workers have begun urging the union to accept the 8% offer.'
      ],
      [
        ['The harbour board chose', ['The harbour board', 'The harbour board', 'back']],
        ['Ruth Hale decided', ['Ruth Hale', 'Ruth Hale', 'oppose']],
        ['The mayor managed', ['The mayor', 'The mayor', 'underline']],
        ['The dock workers', ['The dock workers', 'The dock workers', 'urging']]
      ]
    )
  })

  it('a raising verb before the infinitive makes no passive: is expected to, seem to be', () => {
    expectClaimants(
      [
        'The Harbour Herald is expected to endorse the levy of 4 pounds a night. Many councillors seem to be hoping for a budget surplus of 2 million pounds.'
      ],
      [
        ['The Harbour Herald', ['The Harbour Herald', 'The Harbour Herald', 'endorse']],
        ['Many councillors', ['Many councillors', 'Many councillors', 'hoping']]
      ]
    )
  })

  it('whoever expects it goes unnamed in "is expected to" with no verb of saying after it', () => {
    expectClaimants(
      [
        'The Fed, which meets next week, is widely expected to hold rates at 5.25%. The board’s expected to raise fares by 3% in May.'
      ],
      [
        ['The Fed', null],
        ['The board', null]
      ]
    )
  })

  it('a passive is still read as one, with its agent after "by" or no one', () => {
    expectClaimants(
      ['The levy was endorsed in May after 300 jobs were lost. In 2019 the levy was endorsed by the dockers’ union.'],
      [
        ['The levy was endorsed in May', null],
        ['In 2019 the levy', ['the dockers’ union', 'the dockers’ union', 'endorsed']]
      ]
    )
  })

  it('an aside between commas is skipped: in fact, for example, as well as', () => {
    expectClaimants(
      [
        'Port officials have, in fact, praised the union for ending the strike of 2019. Hale herself, as well as her party, has always maintained that the levy raised 4 million pounds. The head of the harbour board, Ruth Hale, for example, praised the 2019 dredging plan.'
      ],
      [
        ['Port officials', ['Port officials', 'Port officials', 'praised']],
        ['Hale herself', ['Hale', 'Hale', 'maintained']],
        ['The head of the harbour board', ['Ruth Hale', 'Ruth Hale', 'praised']]
      ]
    )
  })

  it('an aside between dashes is skipped; a state of mind is held by the head before its complement', () => {
    expectClaimants(
      [
        'Port insiders in the next two towns — Marrow Point and Kestrel Bay — said the levy would pass. Farm voters in all five coastal states see the levy as a tax on growers.'
      ],
      [
        ['Port insiders', ['Port insiders in the next two towns', 'Port insiders in the next two towns', 'said']],
        ['Farm voters', ['Farm voters in all five coastal states', 'Farm voters in all five coastal states', 'see']]
      ]
    )
  })

  it('an aside between spaced hyphens, double hyphens or bars, as papers typed in ASCII write dashes, is skipped', () => {
    expectClaimants(
      [
        "Ruth Hale - the harbour board's longest-serving member - said the levy would fail. Ada Berg -- who chairs the dockers' union -- argued that the pier was unsafe. Tom Arden ― a pilot for thirty years ― warned that the channel was silting up."
      ],
      [
        ['Ruth Hale', ['Ruth Hale', 'Ruth Hale', 'said']],
        ['Ada Berg', ['Ada Berg', 'Ada Berg', 'argued']],
        ['Tom Arden', ['Tom Arden', 'Tom Arden', 'warned']]
      ]
    )
  })

  it('a relative clause between dashes is skipped however long, not read as a pronoun for someone met before', () => {
    expectClaimants(
      [
        'Ruth Hale met the ferry crews on Monday. The harbour master — who has been caught up in a row with the ferry union over the levy for the past few weeks — said she regretted her remarks.'
      ],
      [['The harbour master — who', ['The harbour master', 'The harbour master', 'said']]]
    )
  })

  it('a time within the day or "in the past" between the subject and its verb is skipped', () => {
    expectClaimants(
      [
        'Okafor earlier Thursday said the ferry would run twice a day. Tom Arden late Monday night argued that the pier was unsafe. The harbour unions have in the past said the levy was fair.'
      ],
      [
        ['Okafor earlier', ['Okafor', 'Okafor', 'said']],
        ['Tom Arden', ['Tom Arden', 'Tom Arden', 'argued']],
        ['The harbour unions', ['The harbour unions', 'The harbour unions', 'said']]
      ]
    )
  })

  it('a role with its office before the name: "Secretary of State Ruth Hale"', () => {
    expectClaimants(
      ['Secretary of State Ruth Hale said the port would reopen in May.'],
      [['Secretary of State', ['Ruth Hale', 'Secretary of State Ruth Hale', 'said']]]
    )
  })

  it('a subject read past its asides in commas, not the words after an inverted verb', () => {
    expectClaimants(
      [
        "Ada Berg, 59, of Marrow Point, who watched the ceremony from the pier, said the event brought back memories of her father. The mayor, opening the Harbour Museum of History and Culture on Saturday, said it would tell the port's story. Okafor's campaign manager, Tom Arden, who has run three campaigns, declined to comment on the data."
      ],
      [
        ['Ada Berg', ['Ada Berg', 'Ada Berg', 'said']],
        ['The mayor, opening', ['The mayor', 'The mayor', 'said']],
        ["Okafor's campaign manager", ['Tom Arden', 'Tom Arden', 'declined']]
      ]
    )
  })

  it('a phrase quoted inside the aside, its comma within the closing mark, ends the aside: no inverted quote', () => {
    expectClaimants(
      [
        'Ruiz, the longtime owner of the pier and host of the radio show "The Harbour Hour," said in an interview with the Herald that the levy raised £3 million.'
      ],
      [['Ruiz, the longtime owner', ['Ruiz', 'Ruiz', 'said']]]
    )
  })

  it('after an inverted verb, a clause is no subject and a name opening the sentence is, past "the No. 2 …"', () => {
    expectClaimants(
      [
        'Ana Ruiz, 59, of Marrow Point, Md., who watched the ceremony from the pier, said the event brought back memories of her father, who sailed. Senator Ruth Hale of Oregon, the No. 2 Democrat in the Senate, said the chamber will most likely vote on four measures.'
      ],
      [
        ['Ana Ruiz', ['Ana Ruiz', 'Ana Ruiz', 'said']],
        ['Senator Ruth Hale', ['Ruth Hale', 'Senator Ruth Hale', 'said']]
      ]
    )
  })

  it('an -ing form after "avoids", "kept", "began" has that verb\'s subject', () => {
    expectClaimants(
      [
        'Hale avoids condemning the levy, including its rise in May. The union kept insisting that the pier was unsafe.'
      ],
      [
        ['Hale avoids', ['Hale', 'Hale', 'condemning']],
        ['The union kept', ['The union', 'The union', 'insisting']]
      ]
    )
  })

  it('a pronoun stands for someone named before it in its own sentence; "who" for a head before its place', () => {
    expectClaimants(
      [
        'Senator Ruth Hale caused quite a stir when she endorsed Okafor. The mayor became the target of critics on the left, who accused her of neglecting the port.'
      ],
      [
        ['Senator Ruth Hale', ['Ruth Hale', 'she', 'endorsed']],
        ['The mayor became', ['critics on the left', 'who', 'accused']]
      ]
    )
  })

  it('the agent of a passive ends before "as": "viewed by some as …"', () => {
    expectClaimants(
      ['The ferry operator made remarks viewed by some as dismissive of the dock workers.'],
      [['The ferry operator', ['some', 'some', 'viewed']]]
    )
  })

  it('a one-word aside is skipped, a description between commas is read as the subject', () => {
    expectClaimants(
      [
        'The dockers’ union, however, opposed the levy of 4 pounds a night. The union’s leader, a former docker, opposed the levy of 4 pounds a night.'
      ],
      [
        ['The dockers’ union, however', ['The dockers’ union', 'The dockers’ union', 'opposed']],
        ['The union’s leader', ['The union’s leader', 'The union’s leader', 'opposed']]
      ]
    )
  })

  it('a name the appositive leads to is not the subject: "The owners, a consortium led by the fund Maple Crest, said"', () => {
    expectClaimants(
      [
        'The owners, a consortium led by the pension fund Maple Crest, said the fine was 40 percent too high.',
        'The pilots, a group that includes the ferryman Tom Reyes, said crossings fell by half in 2024.',
        'The commander, Ibrahim Toure, said 40 soldiers had died.'
      ],
      [
        ['The owners', ['The owners', 'The owners', 'said']],
        ['The pilots', ['The pilots', 'The pilots', 'said']],
        ['The commander', ['Ibrahim Toure', 'Ibrahim Toure', 'said']]
      ]
    )
  })

  it('a phrase that reads as no claimant is passed over for the next reader: a verb coordinated with the first', () => {
    expectClaimants(
      ['Ruth Hale visited Mayor Tom Berg and suggested that the levy raised 4 million pounds.'],
      [['Ruth Hale visited', ['Ruth Hale', 'Ruth Hale', 'suggested']]]
    )
  })

  it('"who" stands for the noun phrase for people just before it', () => {
    expectClaimants(
      ['Hale did well with the quarter of harbour union members who oppose the levy of 4 pounds.'],
      [['Hale did well', ['harbour union members', 'who', 'oppose']]]
    )
  })

  it('a phrase between a relative pronoun and its verb says how, not who: the antecedent claims', () => {
    expectClaimants(
      [
        'Tom Berg, who through his lawyer denied the 2019 charges, was born in Leeds. The harbour board, which in a letter to the mayor rejected the 4 pound levy, met on Monday. The pilots union, which via a spokesman said the levy cost 300 jobs, met in May.'
      ],
      [
        ['Tom Berg, who', ['Tom Berg', 'who', 'denied']],
        ['The harbour board, which', ['The harbour board', 'which', 'rejected']],
        ['The pilots union, which', ['The pilots union', 'which', 'said']]
      ]
    )
  })

  it('"who" after a name and where its person is from stands for the person, not the place', () => {
    expectClaimants(
      [
        'Senator Ruth Hale of Oregon, who last year threatened to close the port, met the board on Monday. The plan won praise from Ada Nash of the Pilots Union, who said it was 10 years overdue.'
      ],
      [
        ['Senator Ruth Hale of Oregon', ['Ruth Hale', 'who', 'threatened']],
        ['The plan won praise', ['Ada Nash', 'who', 'said']]
      ]
    )
  })

  it('a comma before a verb is no inversion: an appositive name before it, a time between the subject and it', () => {
    expectClaimants(
      [
        'Berg’s former campaign manager, Lisa Okafor, said the aide who replaced her, Dan Price, should be sacked.',
        'Joe Marsh, the union chairman, this past week announced the creation of a website for the 300 members.'
      ],
      [
        ['Berg’s former campaign manager', ['Lisa Okafor', 'Lisa Okafor', 'said']],
        ['Joe Marsh, the union chairman', ['Joe Marsh', 'Joe Marsh', 'announced']]
      ]
    )
  })

  it('a figure of money before "and" is no subject: the coordinated verb takes the sentence’s', () => {
    expectClaimants(
      ['The dockers launched a £2 million fund in May and warned that the port would close.'],
      [['The dockers launched', ['The dockers', 'The dockers', 'warned']]]
    )
  })

  it('"there", "here" and "soon" between the subject and its verb are adverbs', () => {
    expectClaimants(
      [
        'Harbour officials there said the ferry would run again in May.',
        'Critics soon noted that the figure was wrong by 2 million pounds.'
      ],
      [
        ['Harbour officials there', ['Harbour officials', 'Harbour officials', 'said']],
        ['Critics soon', ['Critics', 'Critics', 'noted']]
      ]
    )
  })

  it('a participle after a dash is the main clause’s, as after a comma', () => {
    expectClaimants(
      ['Berg changed his mind on the spot – saying he would now back the ferry.'],
      [['Berg changed his mind', ['Berg', 'Berg', 'saying']]]
    )
  })

  it('a phrase ending on a preposition or particle left hanging is no subject', () => {
    expectClaimants(
      [
        'The deal binds together pledges from twelve towns to cut their harbour fees.',
        'The move against Okafor took place despite repeated warnings from his lawyer.'
      ],
      [
        ['The deal binds together', null],
        ['The move against Okafor', ['his lawyer', 'his lawyer', 'warnings']]
      ]
    )
  })

  it('a word of degree on an adverb is read past with it, not taken for the subject: most recently, most strongly', () => {
    expectClaimants(
      [
        'Ada Ruiz, who most recently defended the 12 pound fee in March, was elected to the board in 2019. Tom Hale most recently argued that the fee would raise 4 million pounds a year. The union has most strongly opposed the fee.'
      ],
      [
        ['Ada Ruiz, who', ['Ada Ruiz', 'who', 'defended']],
        ['Tom Hale most', ['Tom Hale', 'Tom Hale', 'argued']],
        ['The union has', ['The union', 'The union', 'opposed']]
      ]
    )
  })

  it('a word of degree after a comma opens a comparison, not an inverted subject', () => {
    expectClaimants(
      [
        'In a trial, a day of drills, such as a mock rescue, more accurately predicted the pilots’ later work than a test.'
      ],
      [['In a trial', null]]
    )
  })

  it('a linking adverb after the auxiliary is read past: has nevertheless called, has nonetheless argued', () => {
    expectClaimants(
      [
        'The union has nevertheless called for a strike.',
        'Ruiz praised the plan, but Hale has nevertheless called for a vote on the levy.',
        'The council has nonetheless argued that the levy is fair.',
        'The harbour board has nevertheless been slow to act.'
      ],
      [
        ['The union', ['The union', 'The union', 'called for']],
        ['Ruiz praised', ['Ruiz', 'Ruiz', 'praised']],
        ['Hale has', ['Hale', 'Hale', 'called for']],
        ['The council', ['The council', 'The council', 'argued']],
        ['The harbour board has', null]
      ]
    )
  })

  it('a linking phrase of two words after the auxiliary is read past: have in fact reported, has of course said', () => {
    expectClaimants(
      [
        'A trio of harbour unions have in fact reported a 4 percent rise in fares since 2023.',
        'The harbour union has of course said that fares rose by 4 percent in 2023.',
        'The ferry firms have in turn raised fares by 4 percent since 2023.'
      ],
      [
        ['A trio of harbour unions', ['A trio of harbour unions', 'A trio of harbour unions', 'reported']],
        ['The harbour union', ['The harbour union', 'The harbour union', 'said']],
        ['The ferry firms', null]
      ]
    )
  })
})
