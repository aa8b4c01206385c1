/**
 * A person introduced with asides between name and verb ("Pat Gorman, 71, from Sunderland, has waited …") is the
 * person a "she" in the next sentence goes on about, not the spokesperson quoted before. Sentences written for these
 * tests.
 */
import { describe, it } from 'vitest'
import { expectClaimants } from './expect-claimants'

const SPOKESPERSON =
  'A Department of Health spokesperson said 40,000 extra appointments a week had been delivered since July.'

describe('a person named with asides before the verb', () => {
  it('is the "she" of the next sentence when the asides give an age and a town', () => {
    expectClaimants(
      [
        SPOKESPERSON,
        'Pat Gorman, 71, from Sunderland, has been waiting 19 months for a knee operation.',
        'She said her surgery had been cancelled twice on the morning it was due.'
      ],
      [['She said', ['Pat Gorman', 'She', 'said']]]
    )
  })

  it('is the "she" of the next sentence after a spokeswoman, when the asides give an age and a job', () => {
    expectClaimants(
      [
        SPOKESPERSON.replace('spokesperson', 'spokeswoman'),
        'Lena Okoro, 64, a retired teacher from Jarrow, has waited two years for a hip replacement.',
        'She said she had been told the list would shrink by March.'
      ],
      [['She said', ['Lena Okoro', 'She', 'said']]]
    )
  })

  it('does not read a list of names as asides', () => {
    expectClaimants(
      [
        'Ruth Hale said the ward would reopen in May.',
        'Ben Ortiz, Carl Maddox and Tom Reyes visited the ward on Friday.',
        'She said the beds would be ready by then.'
      ],
      [['She said', ['Ruth Hale', 'She', 'said']]]
    )
  })
})
