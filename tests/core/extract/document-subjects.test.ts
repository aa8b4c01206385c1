/**
 * A document as the subject of a verb of finding: "New figures from Ofgem show …" was claimed by "New" (read as a
 * name, with "figures" as its verb), "The figures from the DfE show …" by no one, and "A Quinnipiac University poll
 * released Tuesday found …" by the poll with "released Tuesday" in its name. The owner claims its figures; a
 * document's participle of making and its time are no part of its name. Sentences written for these tests.
 */
import { describe, it } from 'vitest'
import { expectClaimants } from './expect-claimants'

describe('a document with its owner after "from"', () => {
  it('an adjective or a determiner before the head leaves the owner the claimant', () => {
    expectClaimants(
      [
        'New figures from Ofwat show that water bills in Wales will rise by £86 a year.',
        'The figures from the DWP show that 2.9 million people were waiting for a decision in May.',
        'The latest estimates from the Scottish Government show that 31% of homes were in fuel poverty.'
      ],
      [
        ['New figures', ['Ofwat', 'New figures from Ofwat', 'show']],
        ['The figures', ['the DWP', 'The figures from the DWP', 'show']],
        ['The latest', ['the Scottish Government', 'The latest estimates from the Scottish Government', 'show']]
      ]
    )
  })

  it('a document of a sample, after "of", or by its maker, after "by", stays as read', () => {
    expectClaimants(
      [
        'A survey of 3,000 Londoners found that 44% had cut back on heating this winter.',
        'A report by the Institute for Fiscal Studies found that 1.1 million pensioners would lose £200.'
      ],
      [
        ['A survey', ['A survey of 3,000 Londoners', 'A survey of 3,000 Londoners', 'found']],
        [
          'A report',
          ['A report by the Institute for Fiscal Studies', 'A report by the Institute for Fiscal Studies', 'found']
        ]
      ]
    )
  })
})

describe('a document with how and when it came out', () => {
  it('the participle and the time after the head are no part of the name; the mention stays as written', () => {
    expectClaimants(
      [
        'A Marist College poll released Wednesday found that 52 percent of voters back the plan.',
        'A new Gallup survey conducted last week found that 38 percent of adults trust Congress.'
      ],
      [
        ['A Marist', ['A Marist College poll', 'A Marist College poll released Wednesday', 'found']],
        ['A new Gallup', ['A new Gallup survey', 'A new Gallup survey conducted', 'found']]
      ]
    )
  })
})

describe('data and who put them out', () => {
  it('data published or released by a named body are the body\'s, as figures "from" it are', () => {
    expectClaimants(
      [
        'Figures released by the Home Office on Tuesday show that 31,000 people crossed the Channel in small boats.',
        'Statistics published by the Scottish Government show that 1,172 people died of drug misuse in 2023.'
      ],
      [
        ['Figures released', ['the Home Office', 'Figures released by the Home Office', 'show']],
        ['Statistics', ['the Scottish Government', 'Statistics published by the Scottish Government', 'show']]
      ]
    )
  })

  it('a body named "Bureau of …" owns its data like an office or an agency', () => {
    expectClaimants(
      ['Data from the Bureau of Labor Statistics show that employers added 151,000 jobs in February.'],
      [['Data from', ['the Bureau of Labor Statistics', 'Data from the Bureau of Labor Statistics', 'show']]]
    )
  })

  it('data with a participle and a time take a plural verb: the data, not a bare noun, claim', () => {
    expectClaimants(
      ['NHS England data published on Thursday show that 7.4 million people were waiting for treatment.'],
      [['NHS England data', ['NHS England data', 'NHS England data published', 'show']]]
    )
  })
})
