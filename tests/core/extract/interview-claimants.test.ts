/**
 * Interviews printed as "Q: … / A: …" (src/core/import/transcript-interviews.ts, turn-claimants.ts): the
 * labels are not names. Articles written for these tests.
 */
import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../../src/core/import/index'
import { extract } from '../../../src/core/extract/extract'

function claimantsOf(...lines: string[]): Map<string, string | null> {
  const parsed = parseArticle('interview.txt', new TextEncoder().encode(lines.join('\n\n') + '\n'))
  if (!parsed.ok) throw new Error(parsed.error.message)
  const { claims } = extract(parsed.value, { threshold: 0 })
  return new Map(claims.map((c) => [c.text, c.claimant?.name ?? null]))
}

const TURNS = [
  'Q: Did the levy on cruise visitors work?',
  'A: It raised 4 million pounds in 2019, a record for the port.',
  'Q: The pilots argue that the levy cost 300 jobs. Are they wrong?',
  'A: The port gained 300 jobs in 2020.'
]

describe('questions and answers', () => {
  it('the answers are the interviewee’s when the header says whom the interview is with', () => {
    const byText = claimantsOf(
      'Q&A with harbour chief Ruth Hale.',
      "Ruth Hale spoke to the Herald's Tom Berg about the levy. Here is the edited transcript.",
      ...TURNS
    )
    expect(byText.get('It raised 4 million pounds in 2019, a record for the port.')).toBe('Ruth Hale')
    expect(byText.get('The port gained 300 jobs in 2020.')).toBe('Ruth Hale')
  })

  it('with no one named, "A" claims nothing, and a question is read like prose, never as "Q"’s', () => {
    const byText = claimantsOf('The levy, one year on.', ...TURNS)
    expect(byText.get('It raised 4 million pounds in 2019, a record for the port.')).toBeNull()
    expect(byText.get('The pilots argue that the levy cost 300 jobs.')).toBe('The pilots')
    expect([...byText.values()]).not.toContain('A')
    expect([...byText.values()]).not.toContain('Q')
  })

  it('an outlet or a surname alone after "interview with" names no interviewee', () => {
    const byText = claimantsOf("An interview with the Herald's Tom Berg.", ...TURNS)
    expect(byText.get('The port gained 300 jobs in 2020.')).toBeNull()
  })
})
