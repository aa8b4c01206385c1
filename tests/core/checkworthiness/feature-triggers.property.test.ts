/**
 * Trying only the regex features whose trigger words a sentence holds finds the same hits as trying
 * every pattern: a trigger list that misses a way a pattern can match ('worst' is no '…est') fails here.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { regexFeatureHits } from '../../../src/core/checkworthiness/feature-triggers'
import { REGEX_FEATURES } from '../../../src/core/checkworthiness/features-patterns'

const everyPattern = (sentence: string): string[][] =>
  REGEX_FEATURES.flatMap((feature) => {
    const match = feature.find(sentence)
    return match === null ? [] : [[feature.id, match]]
  })

const triggered = (sentence: string): string[][] => {
  const hits: string[][] = []
  regexFeatureHits(sentence, sentence.toLowerCase(), (id, match) => hits.push([id, match]))
  return hits
}

// Words and pieces of every pattern, in several cases, with the characters that make word boundaries odd
// (curly apostrophes, hyphens, accented letters, 'İ' and the Kelvin sign, whose lower case changes length or script).
const PIECES = (
  'the|The|THE|its|her|America’s|world’s|most|least|first|only|best|worst|biggest|interest|single|very|second|' +
  'more|fewer|than|at least|at most|as many as|as few as|up from|down from|compared with|twice as|' +
  'because|of|caused|cause|led to|leads to|resulted in|results in|due to|as a result|therefore|thanks to|' +
  'responsible for|contributed to|since|between|from|in|over|during|for|last|past|year|years|months|decade|ago|' +
  'never|nobody|no one|none of|every single|all-time|record|high|levels|first time|nation’s|country’s|history|' +
  "I|we|We|'ve|’ve|have|also|voted|passed|cut|sent|eliminated|Affordable|Care|Act|Paris|Agreement|Program|" +
  "really|don't|think|feel|doubt|I'm|I am|we’re|sure|certain|in my opinion|must|should|need to|ought to|got to|" +
  "it is|it's|It’s|arguable|arguably|hard to|difficult to|see|say|remains to be seen|clear that|a shame|" +
  'could|Could|might|May|may|maybe|Perhaps|likely|unlikely|potentially|seems|appears to|' +
  "will|won't|won’t|shall|going to|gonna|promises to be|is set to|are expected to|is likely to|we'll|they’ll|" +
  'so|proud|loved|honoured|heartbroken|thank you|Thanks|good morning|hello|welcome|ladies and gentlemen|' +
  'let’s|Look|please|Listen|imagine|Remember|think about|consider|tell me|let me|let us|Don’t|' +
  'if|If|And if|what if|unless|suppose|' +
  'twenty|two|ten|hundred|miles|km|square miles|tonnes|hours|centuries|percent|per cent|percentage points|' +
  'million|billion|dollars|euros|cents|$|£|€|5|12|1,200|3.5|1999|2016|’90s|%|' +
  'January|March|Monday|Sunday|on|this|next|early|mid-|' +
  'é|É|İ|\u212A|_|-|’|\'|"|“|(|?|.|,'
).split('|')
const SEPARATORS = [' ', ' ', ' ', '', '-', '\u00A0', '\t', ', ']

const sentence = fc
  .array(fc.tuple(fc.constantFrom(...PIECES), fc.constantFrom(...SEPARATORS)), { maxLength: 14 })
  .map((parts) => parts.map(([piece, separator]) => piece + separator).join(''))

describe('regex features tried by their triggers', () => {
  it('find what trying every pattern finds, in the same order', () => {
    fc.assert(
      fc.property(sentence, (text) => {
        expect(triggered(text)).toEqual(everyPattern(text))
      }),
      { numRuns: 4000 }
    )
  })

  it.each([
    'It was the worst year since 2009, and the least costly.',
    'Twenty-two miles of road, a nine-year delay and 40 percent more than in the past ten years.',
    'WE’VE CUT TAXES; IT’S UNCLEAR WHY THEY’LL WAIT UNTIL MAY 4.',
    'Perhaps the Affordable Care Act will be repealed for the first time in history.',
    'Ladies and gentlemen, thank you: I am proud, and I think we must act unless they won’t.',
    'The \u212Aelvin sign and İstanbul’s record high are written here.'
  ])('%s', (text) => {
    expect(triggered(text)).toEqual(everyPattern(text))
    expect(triggered(text).length).toBeGreaterThan(0)
  })
})
