/**
 * Verbs of the claimant lexicon in a sense that reports nothing: a donation, giving up, campaigning with no side,
 * and "prove" as a link to what something turned out to be. Sentences written for these tests.
 */
import { describe, it } from 'vitest'
import { expectClaimants } from './expect-claimants'

describe('giving money, giving up and giving birth are actions, not what a source gives', () => {
  it('a sum or a gift after "gave" makes it a donation; a figure a poll gives is still the poll’s', () => {
    expectClaimants(
      [
        'Marlow Shipping gave $40,000 to the harbour fund in March. Two trawler owners have given away most of their quota to the co-op. Many dockers have given up looking for work at the port. The Herald poll gives Okafor a 9-point lead over Ruiz.'
      ],
      [
        ['Marlow Shipping gave', null],
        ['Two trawler owners', null],
        ['Many dockers', null],
        ['The Herald poll gives', ['The Herald poll', 'The Herald poll', 'gives']]
      ]
    )
  })
})

describe('"prove" as a link to what something turned out to be reports no proof', () => {
  it('"proved costly", "proved to be" are the article’s; "proved that" and "proved the figures wrong" are findings', () => {
    expectClaimants(
      [
        'The ferry levy proved costly for the island’s hauliers. The new pier has proved to be a magnet for tourists. An audit by the harbour board proved that the fees had been overcharged for years. The inspectors’ report proved the port’s figures wrong.'
      ],
      [
        ['The ferry levy proved', null],
        ['The new pier', null],
        ['An audit by the harbour board', ['An audit by the harbour board', 'An audit by the harbour board', 'proved']],
        ['The inspectors’ report', ['The inspectors’ report', 'The inspectors’ report', 'proved']]
      ]
    )
  })
})

describe('a price, a vote on a question, a sum added and a published study name no claimant', () => {
  it('"parking charges", "vote on", "adds £94" and "a study published in" are no cue; "charges that" and "vote against" are', () => {
    expectClaimants(
      [
        'The budget also brings a 12% rise in parking charges at the harbour car parks. Councillors vote on the budget on Thursday. The levy adds £38 to a typical water bill. The estimate comes from a 2019 study published in the Lancet, which pooled 12 trials.',
        'The lawsuit charges that the port overcharged 400 hauliers. Two Green councillors will vote against the levy.'
      ],
      [
        ['The budget also brings', null],
        ['Councillors vote', null],
        ['The levy adds', null],
        ['The estimate comes', null],
        ['The lawsuit charges', ['The lawsuit', 'The lawsuit', 'charges']],
        ['Two Green councillors', ['Two Green councillors', 'Two Green councillors', 'vote']]
      ]
    )
  })
})

describe('adding an amount with a word before it names no claimant', () => {
  it('"adding about £150 … to the bill" is no remark; "adding about 3,000 people had …" is', () => {
    // The participle hung on the sentence made "Household" (its first word) the claimant of a reporter's sentence.
    expectClaimants(
      [
        'Household energy bills will rise by 9% from April after the regulator raised its price cap, adding about £150 a year to the typical bill.',
        'The new tariff adds an extra £40 million to the network’s costs.',
        'Mayor Ann Hale said the scheme had worked, adding about 3,000 people had signed up since May.'
      ],
      [
        ['Household energy bills', null],
        ['The new tariff', null],
        ['Mayor Ann Hale', ['Ann Hale', 'Mayor Ann Hale', 'said']]
      ]
    )
  })
})

describe('a court ruling in a participle is its claim', () => {
  it('"…, ruling that …" names the judge; "a lower court ruling", "the ruling party" are nouns', () => {
    // The judge's finding had no claimant: "ruled" was a cue, "ruling" was not.
    expectClaimants(
      [
        'A federal judge on Thursday blocked the county from using 1,200 new voting machines, ruling that the county had failed to test them.',
        'The ruling party won 62% of the seats in 2019. A lower court ruling found that 300 machines had failed.'
      ],
      [
        ['A federal judge', ['A federal judge', 'A federal judge', 'ruling']],
        ['The ruling party', null],
        ['A lower court ruling', ['A lower court ruling', 'A lower court ruling', 'found']]
      ]
    )
  })
})

describe('a rating received, a listed firm and a price charged name no claimant', () => {
  it('"been rated", "another listed firm" and "charges customers a surcharge" are no cue; "inspectors rated" is', () => {
    expectClaimants(
      [
        'The hostel has since been rated “good”. The watchdog fined Carrick £1.5m in 2023 over its audit of another listed firm. Marlow Ferries charges haulage customers a fuel surcharge every quarter. Inspectors rated the hostel “inadequate” in 2022.'
      ],
      [
        ['The hostel has since', null],
        ['The watchdog fined', null],
        ['Marlow Ferries charges', null],
        ['Inspectors rated', ['Inspectors', 'Inspectors', 'rated']]
      ]
    )
  })
})

describe('claiming a benefit, what figures mean and interest rates name no claimant', () => {
  // A checker read "claimed by About 6.5 million people [claim]" and "claimed by the figures [mean]" in a jobs story.
  it('"claim Universal Credit", "what the figures mean for" and "interest rates." are no cue', () => {
    expectClaimants(
      [
        'About 2.1 million households now claim Universal Credit, up from 1.9 million. Ferry crews claimed £4,000 in expenses last year. Economists were split on what the jobless figures mean for interest rates. Lenders cut mortgage rates for first-time buyers in May. The Carrow Savings Bank held rates near 1% all year.'
      ],
      [
        ['About 2.1 million households', null],
        ['Ferry crews claimed', null],
        ['Economists were split', null],
        ['Lenders cut', null],
        ['The Carrow Savings Bank', null]
      ]
    )
  })

  it('keeps the claim that something is true, what figures mean, and a poll that rates someone', () => {
    expectClaimants(
      [
        'The union claimed benefits would be cut by £300 a year. The figures mean 40,000 more families will pay the levy. The Carrow Herald poll rates Okafor ahead of Ruiz by 9 points.'
      ],
      [
        ['The union claimed', ['The union', 'The union', 'claimed']],
        ['The figures mean', ['The figures', 'The figures', 'mean']],
        ['The Carrow Herald poll', ['The Carrow Herald poll', 'The Carrow Herald poll', 'rates']]
      ]
    )
  })
})

describe('promoting someone to a post is an action, promoting a plan a stance', () => {
  it('staff or a name raised "to" a post name no claimant; a plan promoted keeps its cue', () => {
    expectClaimants(
      [
        'The mayor shook up her office on Monday, hiring a new chief of staff from Ashton and promoting a senior adviser to cut costs by 10 percent.',
        'The council promoted Ruth Hale to harbour master in 2019, after 20 years at the port.',
        'The mayor has been promoting a plan to cut ferry fares by 10 percent.'
      ],
      [
        ['The mayor shook', null],
        ['The council promoted', null],
        ['The mayor has been', ['The mayor', 'The mayor', 'promoting']]
      ]
    )
  })
})

describe('the idioms of saying are the writer’s own emphasis', () => {
  it('"goes without saying", "needless to say", "suffice it to say" name no one; "is expected to say" is hers', () => {
    expectClaimants(
      [
        'The board met on Monday. It goes without saying that the levy raised £3 million in 2019.',
        'Needless to say, the ferry levy raised £3 million in 2019.',
        'Suffice it to say, the harbour levy raised £3 million in 2019.',
        'Hale is expected to say that the levy raised £3 million in 2019.'
      ],
      [
        ['It goes without', null],
        ['Needless to say', null],
        ['Suffice it', null],
        ['Hale is expected', ['Hale', 'Hale', 'say']]
      ]
    )
  })
})

describe('speaking, putting and giving with nothing said, estimated or found are events the article reports', () => {
  it('"spoke at a memorial service" and "talked to reporters" name no one; "spoke … about", "spoke highly of" do', () => {
    expectClaimants(
      [
        'Okafor spoke at a memorial service in Tidewick on Friday. The harbour master talked to reporters after the vote on the levy. Hale spoke at the town hall on Tuesday about the levy and its critics. Ruiz spoke highly of the crews who kept the ferries running. The mayor is speaking Thursday in Portbury.'
      ],
      [
        ['Okafor spoke', null],
        ['The harbour master', null],
        ['Hale spoke', ['Hale', 'Hale', 'spoke']],
        ['Ruiz spoke', ['Ruiz', 'Ruiz', 'spoke']],
        ['The mayor is speaking', null]
      ]
    )
  })

  it('"put" and "gave" as an action name no one; an estimate, a poll’s figure or words given keep their cue', () => {
    expectClaimants(
      [
        'The ferry operator put its fleet up for sale last spring. Okafor put his hand on the rail and wept. Harbour surveyors put the cost of the new sea wall at £40 million. Hale gave each of the volunteers a small flag to wave. The Tidewick win gave the union an early advantage over the council. Ruiz gave a rambling answer when asked about the levy. A Herald survey of 800 voters gave Okafor a narrow lead.'
      ],
      [
        ['The ferry operator', null],
        ['Okafor put', null],
        ['Harbour surveyors', ['Harbour surveyors', 'Harbour surveyors', 'put']],
        ['Hale gave', null],
        ['The Tidewick win', null],
        ['Ruiz gave', ['Ruiz', 'Ruiz', 'gave']],
        ['A Herald survey', ['A Herald survey of 800 voters', 'A Herald survey of 800 voters', 'gave']]
      ]
    )
  })

  it('"known" by others names no one; "has long known that" does, and so does a refusal to respond', () => {
    expectClaimants(
      [
        'A developer known to be fond of marinas bought the old pier. The board has long known that the wall was failing. Harbourline did not respond to a request for comment.'
      ],
      [
        ['A developer known', null],
        ['The board has', ['The board', 'The board', 'known']],
        ['Harbourline did not', ['Harbourline', 'Harbourline', 'respond']]
      ]
    )
  })
})

describe('continuing or going on to be or to win is a deed, not more words', () => {
  it('"continues to trail", "went on to win" name no one; "went on to say", "continued to insist" are words', () => {
    expectClaimants(
      [
        'Ruiz continues to trail Okafor by more than 300 votes. Okafor went on to win the harbour seat in 2019. Hale went on to say that the levy had raised £3 million. Ruiz continued to insist that the levy was fair.'
      ],
      [
        ['Ruiz continues', null],
        ['Okafor went', null],
        ['Hale went', ['Hale', 'Hale', 'went on']],
        ['Ruiz continued', ['Ruiz', 'Ruiz', 'continued']]
      ]
    )
  })
})

describe('voting with no side taken is taking part, not a stance', () => {
  it('"voted in the referendum" and "have already voted" name no one; "voted against", "voted Thursday to" do', () => {
    expectClaimants(
      [
        'Some 3,400 residents voted in the harbour referendum on the levy. Almost 4,000 islanders have already voted by post. Councillors voted overwhelmingly against the levy. The harbour board voted Thursday to scrap the ferry levy.'
      ],
      [
        ['Some 3,400 residents', null],
        ['Almost 4,000 islanders', null],
        ['Councillors voted', ['Councillors', 'Councillors', 'voted']],
        ['The harbour board', ['The harbour board', 'The harbour board', 'voted']]
      ]
    )
  })
})

describe('campaigning with no side taken is an event, not a stance', () => {
  it('"campaigned in Leeds", "is campaigning aggressively" name no one; "campaigned against", "on a pledge" do', () => {
    expectClaimants(
      [
        'Okafor campaigned in Leeds on Tuesday with the mayor and two union leaders. Ruiz is campaigning aggressively across the county this week. Okafor campaigned hard against the harbour levy in 2019. Ruiz campaigned on a pledge to cut ferry fares by a third.'
      ],
      [
        ['Okafor campaigned in Leeds', null],
        ['Ruiz is campaigning aggressively', null],
        ['Okafor campaigned hard', ['Okafor', 'Okafor', 'campaigned']],
        ['Ruiz campaigned on a pledge', ['Ruiz', 'Ruiz', 'campaigned']]
      ]
    )
  })
})

describe('a debate held and a reporter’s credit line are events, not claims', () => {
  it('"debated on Tuesday night" and "reported from Leeds." name no one; "reported from Kyiv that …" does', () => {
    expectClaimants(
      [
        'The candidates debated on Tuesday night in the town hall at Leeds before an audience of 300. Okafor had never debated before the harbour race began in May 2019. Hale reported from Kyiv on Monday that the shelling had stopped around the port.',
        'Lerer reported from Los Angeles.'
      ],
      [
        ['The candidates debated', null],
        ['Okafor had never debated', null],
        ['Hale reported from Kyiv', ['Hale', 'Hale', 'reported']],
        ['Lerer reported', null]
      ]
    )
  })
})
