import { describe, expect, it } from 'vitest'
import { looksUnrelated, sharedTextShare, UNRELATED_DRAFT_SHARE } from '../../../src/core/revisions/shared-text'
import { BASE, OTHER_STORY } from './revision-pairs'

/** The floods story rewritten sentence by sentence by the desk: names, figures and quotes kept, the prose redone. */
const REWRITTEN = [
  'Troops head north as floods spread',
  'By Friday 5,000 troops would be deployed to the flooded districts, the Ministry of Defence said on Tuesday, the largest deployment since 2013.',
  'Colonel Anne Harlow, who commands the relief effort, said: “We were outnumbered by the water. Every bridge north of Carlisle is closed.”',
  'According to the Association of British Insurers, the damage is estimated at £1.2bn.',
  'In Appleby, residents were told to leave before nightfall. Asked for comment, the council did not respond.',
  'Mary Okafor, 64, a retired teacher, said: “We have never seen anything like it.” Her street has flooded twice in ten years.'
]

const text = (paragraphs: readonly string[]): string => paragraphs.join('\n\n')

describe('how much text a new draft shares with the current one', () => {
  it('finds almost nothing in common between two different articles, and warns', () => {
    const share = sharedTextShare(text(BASE), text(OTHER_STORY))
    expect(share).toBeLessThan(UNRELATED_DRAFT_SHARE)
    expect(looksUnrelated(share)).toBe(true)
  })

  it('does not warn for a draft rewritten sentence by sentence', () => {
    const share = sharedTextShare(text(BASE), text(REWRITTEN))
    expect(share).toBeGreaterThan(UNRELATED_DRAFT_SHARE)
    expect(looksUnrelated(share)).toBe(false)
  })

  it('counts all of a draft that only grew or was only cut as shared, whichever way', () => {
    const grown = text([...BASE, ...OTHER_STORY.slice(1)])
    expect(sharedTextShare(text(BASE), grown)).toBe(1)
    expect(sharedTextShare(grown, text(BASE))).toBe(1)
    expect(sharedTextShare(text(BASE), text(BASE.slice(0, 3)))).toBe(1)
  })

  it('ignores case, punctuation and layout, which a new draft may change freely', () => {
    const relaid = text(BASE).toUpperCase().replace(/\n\n/g, ' ').replace(/, /g, ' ')
    expect(sharedTextShare(text(BASE), relaid)).toBe(1)
  })

  it('does not judge a draft too short to have three words in a row', () => {
    expect(sharedTextShare(text(BASE), 'Floods')).toBe(1)
    expect(looksUnrelated(sharedTextShare('', ''))).toBe(false)
  })
})
