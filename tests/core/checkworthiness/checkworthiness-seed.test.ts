/**
 * The seed article's hand labels: every "claim" sentence scores at or above CLAIM_THRESHOLD and
 * every "not" sentence below it ("either" is not scored). Sentences get the block kind the
 * importer gives them: headline, standfirst, photo caption, else paragraph.
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { CLAIM_THRESHOLD, scoreCheckWorthiness } from '../../../src/core/checkworthiness/checkworthiness'
import type { BlockKind } from '../../../src/shared/article'

const SEED = join(process.cwd(), '..', 'shared', 'fixtures', 'seed', 'expected.json')
const present = existsSync(SEED)
if (!present) console.log(`checkworthiness seed test skipped: ${SEED} not found`)

interface Labelled {
  text: string
  label: 'claim' | 'not' | 'either'
  kind: BlockKind
}

function labelled(): Labelled[] {
  const expected = JSON.parse(readFileSync(SEED, 'utf8')) as { sentences: { text: string; label: Labelled['label'] }[] }
  return expected.sentences.map((s, i) => ({
    ...s,
    kind: i === 0 ? 'title' : i === 1 ? 'standfirst' : s.text.startsWith('FILE - ') ? 'caption' : 'paragraph'
  }))
}

describe.skipIf(!present)('check-worthiness on the seed article', () => {
  const sentences = present ? labelled() : []

  it('has claim and not-claim sentences to check', () => {
    expect(sentences.filter((s) => s.label === 'claim').length).toBeGreaterThan(5)
    expect(sentences.filter((s) => s.label === 'not').length).toBeGreaterThan(1)
  })

  it.each(sentences.filter((s) => s.label === 'claim').map((s) => [s.text.slice(0, 60), s] as const))(
    'claim: %s…',
    (_, s) => {
      const { score, reasons } = scoreCheckWorthiness(s.text, { kind: s.kind })
      expect(score, reasons.join('; ')).toBeGreaterThanOrEqual(CLAIM_THRESHOLD)
    }
  )

  it.each(sentences.filter((s) => s.label === 'not').map((s) => [s.text.slice(0, 60), s] as const))(
    'not a claim: %s…',
    (_, s) => {
      const { score, reasons } = scoreCheckWorthiness(s.text, { kind: s.kind })
      expect(score, reasons.join('; ')).toBeLessThan(CLAIM_THRESHOLD)
    }
  )
})
