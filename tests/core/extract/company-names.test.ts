/**
 * "the company", "the firm" and "its operator" named after the business the draft named before
 * (src/core/extract/company-names.ts, nominal-names.ts). A checker saw "The company" beside "Acme Freight"
 * in the speaker filter and the report, as if two bodies had spoken. Sentences written for these tests.
 */
import { describe, it } from 'vitest'
import { expectClaimants } from './expect-claimants'

describe('"the company" after a business named by its brand alone', () => {
  it('is the business named last before it; the mention stays as written', () => {
    expectClaimants(
      [
        'Acme Freight said on Tuesday that it would cut 300 jobs if berth fees rose by 40 percent.',
        'The company said the rise would add £12 million to its costs.',
        'Northgate Terminals declined to say whether it had lost customers.',
        'The firm said traffic through its quay fell by 8 percent in the autumn.'
      ],
      [
        ['The company said', ['Acme Freight', 'The company', 'said']],
        ['The firm said', ['Northgate Terminals', 'The firm', 'said']]
      ]
    )
  })

  it('is the business an apposition calls one, not a person or a place named between', () => {
    expectClaimants(
      [
        'Prices at the pumps were driven up by the refiner Coastline Fuels, which supplies 90 stations.',
        '"Margins are thin," said Orla Penhale, a spokeswoman for the refiner’s parent company, in Wexbury.',
        'The company said its own costs had risen by 14 percent since March.'
      ],
      [['The company said', ['The company', 'The company', 'said']]]
    )
    expectClaimants(
      [
        'Coastline Fuels, the largest fuel company in the region, raised its prices by 6 percent on Monday.',
        '"Margins are thin," Penhale said in Wexbury.',
        'The company said its own costs had risen by 14 percent since March.'
      ],
      [['The company said', ['Coastline Fuels', 'The company', 'said']]]
    )
  })

  it('keeps its own words when only public bodies were named before it', () => {
    expectClaimants(
      [
        'The Port Authority said on Monday that it would raise berth fees by 40 percent.',
        'The company said the rise would add £12 million to its costs.'
      ],
      [['The company said', ['The company', 'The company', 'said']]]
    )
  })
})

describe('"its operator"', () => {
  it('is the body named before as running something', () => {
    expectClaimants(
      [
        'The harbour’s largest terminal is run by Northgate Terminals.',
        'Its operator said traffic through the terminal fell by 8 percent after the summer.',
        'Westline, the rail operator, said the Wexbury branch line carried 2 million passengers last year.',
        'Its operator said fares would rise by 4 percent in January.'
      ],
      [
        ['Its operator said traffic', ['Northgate Terminals', 'Its operator', 'said']],
        ['Its operator said fares', ['Westline', 'Its operator', 'said']]
      ]
    )
  })
})
