/**
 * Who chairs a transcript and who answers, when the labels are surnames: from the header's cast
 * list when there is one (with the full names it gives), else from how each person speaks. Every
 * judged role carries why, for the margin. The transcripts are our own.
 */
import { describe, expect, it } from 'vitest'
import type { Article } from '../../../src/shared/article'
import { extract } from '../../../src/core/extract/extract'
import { imported } from './helpers'

/** speaker → [role, full name or '', reason or ''] for the first turn of each speaker. */
function cast(article: Article): Record<string, [string, string, string]> {
  const out: Record<string, [string, string, string]> = {}
  for (const block of article.blocks)
    if (block.kind === 'turn' && block.speaker && !(block.speaker in out))
      out[block.speaker] = [block.role ?? '', block.speakerName ?? '', block.roleReason ?? '']
  return out
}

const ANSWERS = {
  OKAFOR: [
    'The ferry carried 1.2 million passengers in 2024, up 18 percent on the year before, and fares have not risen since 2019.',
    'We cut the harbour deficit from 4 million pounds to 1.5 million in three years without closing a single library.',
    'The pier opened in May, six months late, and cost 2.1 million pounds, which the port authority paid in full.'
  ],
  LINDQVIST: [
    'The council spent 4.5 million pounds on the ferry subsidy last year, more than the whole library budget of the town.',
    'Bus use fell by a third since 2020 because the council cut eleven routes, and nobody asked the villages first.',
    'Why should a pensioner in Eastbay pay for a ferry she never takes? Our plan moves 2 million pounds to buses by 2027.'
  ]
}

describe('moderators judged by how they speak', () => {
  it('a moderator who hands over and keeps time but rarely asks, named by surname alone', () => {
    const debate = imported(
      'surnames.txt',
      [
        'MARSH: Good evening and welcome to the harbour debate. Ms Okafor, two minutes to begin.',
        `OKAFOR: ${ANSWERS.OKAFOR[0]}`,
        'MARSH: Mr Lindqvist, your response.',
        `LINDQVIST: ${ANSWERS.LINDQVIST[0]}`,
        "MARSH: Time's up. Let's turn to transport.",
        `OKAFOR: ${ANSWERS.OKAFOR[1]}`,
        'MARSH: Thank you. Mr Lindqvist, your rebuttal.',
        `LINDQVIST: ${ANSWERS.LINDQVIST[1]}`,
        "MARSH: We'll be right back after this short break.",
        `OKAFOR: ${ANSWERS.OKAFOR[2]}`,
        `LINDQVIST: ${ANSWERS.LINDQVIST[2]}`,
        'MARSH: Thank you both, and good night.'
      ].join('\n\n')
    )
    const roles = cast(debate)
    expect(Object.fromEntries(Object.entries(roles).map(([who, [role]]) => [who, role]))).toEqual({
      MARSH: 'moderator',
      OKAFOR: 'participant',
      LINDQVIST: 'participant'
    })
    // Why, in words: the signs that fired.
    expect(roles.MARSH?.[2]).toMatch(/hands over or keeps time in \d+%/)
    expect(roles.MARSH?.[2]).toMatch(/speaks first/)
    expect(roles.OKAFOR?.[2]).toBe('')
    // A rhetorical question in an answer does not make a candidate the chair.
    expect(roles.LINDQVIST?.[0]).toBe('participant')
  })

  it('two moderators sharing the evening are both moderators; the claims are the candidates’ alone', () => {
    const debate = imported(
      'two-chairs.txt',
      [
        'MARSH: Good evening. I am joined by my colleague Ben Adeyemi. Ms Okafor, what would you do about the ferry?',
        `OKAFOR: ${ANSWERS.OKAFOR[0]}`,
        'ADEYEMI: Mr Lindqvist, do you agree?',
        `LINDQVIST: ${ANSWERS.LINDQVIST[0]}`,
        'MARSH: Ms Okafor, how will you pay for it?',
        `OKAFOR: ${ANSWERS.OKAFOR[1]}`,
        "ADEYEMI: Let's move on to the buses. Mr Lindqvist, why did use fall?",
        `LINDQVIST: ${ANSWERS.LINDQVIST[1]}`,
        `OKAFOR: ${ANSWERS.OKAFOR[2]}`,
        `LINDQVIST: ${ANSWERS.LINDQVIST[2]}`
      ].join('\n\n')
    )
    const roles = cast(debate)
    expect([roles.MARSH?.[0], roles.ADEYEMI?.[0], roles.OKAFOR?.[0], roles.LINDQVIST?.[0]]).toEqual([
      'moderator',
      'moderator',
      'participant',
      'participant'
    ])
    expect(roles.ADEYEMI?.[2]).toMatch(/asks in 100% of turns/)
    const claimants = new Set(extract(debate).claims.map((claim) => claim.claimant?.name))
    expect(claimants).toEqual(new Set(['OKAFOR', 'LINDQVIST']))
  })

  it('in an interview of two, the one who asks is the interviewer and the other still answers', () => {
    const interview = imported(
      'interview.txt',
      [
        'REID: How many ships called at the port last year?',
        'NAKAMURA: About 4,000 ships called in 2023, up 7 percent.',
        'REID: And this year?',
        'NAKAMURA: Fewer, about 3,500, because two lines moved to Felixport.',
        'REID: Will fees rise?',
        'NAKAMURA: Fees rise 3 percent in April. Is that too much? I do not think so.'
      ].join('\n\n')
    )
    expect(Object.values(cast(interview)).map(([role]) => role)).toEqual(['moderator', 'participant'])
  })
})

describe('the cast from a transcript header', () => {
  it('reads PARTICIPANTS and MODERATOR, gives claims the full name, and never judges the listed by speech', () => {
    const debate = imported(
      'cast.txt',
      [
        'Harbour Council Debate',
        'PARTICIPANTS: Former Mayor Ada Okafor (Harbour Party); Councillor Erik Lindqvist; MODERATOR: Jane Marsh (Harbour Radio)',
        'MARSH: Good evening and welcome.',
        `OKAFOR: ${ANSWERS.OKAFOR[0]} What would my opponent do? Nothing?`,
        `LINDQVIST: ${ANSWERS.LINDQVIST[0]}`,
        'MARSH: Thank you both.'
      ].join('\n\n')
    )
    const roles = cast(debate)
    expect(roles.MARSH).toEqual([
      'moderator',
      'Jane Marsh',
      expect.stringMatching(/^the header lists them as moderator/)
    ])
    expect(roles.OKAFOR).toEqual(['participant', 'Ada Okafor', 'the header lists them as taking part'])
    expect(roles.LINDQVIST?.[1]).toBe('Erik Lindqvist')
    // The claimant is the full name; the label stays the turn's speaker.
    const claims = extract(debate).claims
    expect(claims.length).toBeGreaterThan(0)
    expect(new Set(claims.map((claim) => claim.claimant?.name))).toEqual(new Set(['Ada Okafor', 'Erik Lindqvist']))
    expect(debate.blocks.filter((b) => b.kind === 'turn').map((b) => b.speaker)).toContain('OKAFOR')
  })

  it('reads a SPEAKERS list written one person a line, titles under names, in capitals', () => {
    const debate = imported(
      'speakers.txt',
      [
        'HARBOUR COUNCIL DEBATE',
        'SPEAKERS:',
        'FORMER MAYOR ADA OKAFOR',
        'HARBOUR PARTY CANDIDATE',
        "ERIK O'NEILL-LINDQVIST",
        'INDEPENDENT CANDIDATE',
        'JANE MARSH',
        'HARBOUR RADIO ANCHOR',
        "MARSH: Good evening. Let's begin with the ferry.",
        `OKAFOR: ${ANSWERS.OKAFOR[0]}`,
        `O'NEILL-LINDQVIST: ${ANSWERS.LINDQVIST[0]}`,
        'MARSH: Thank you both.'
      ].join('\n\n')
    )
    const roles = cast(debate)
    expect(roles.MARSH?.slice(0, 2)).toEqual(['moderator', 'Jane Marsh'])
    expect(roles.OKAFOR?.slice(0, 2)).toEqual(['participant', 'Ada Okafor'])
    expect(roles["O'NEILL-LINDQVIST"]?.slice(0, 2)).toEqual(['participant', "Erik O'Neill-Lindqvist"])
  })

  it('a "SPEAKERS:" line listing names is the header, not a turn by someone called Speakers', () => {
    const debate = imported(
      'listed.txt',
      [
        'SPEAKERS: FORMER MAYOR ADA OKAFOR, HARBOUR PARTY.',
        'JANE MARSH, MODERATOR',
        'MARSH: Good evening.',
        `OKAFOR: ${ANSWERS.OKAFOR[0]}`,
        'MARSH: Thank you.'
      ].join('\n\n')
    )
    expect(Object.keys(cast(debate))).toEqual(['MARSH', 'OKAFOR'])
    expect(cast(debate).OKAFOR?.[1]).toBe('Ada Okafor')
  })
})

describe('words before a colon inside an answer', () => {
  const longDebate = (extra: string): Article =>
    imported(
      'long.txt',
      [
        'MARSH: Ms Okafor, what about the ferry?',
        `OKAFOR: ${ANSWERS.OKAFOR[0]}`,
        extra,
        `OKAFOR: ${ANSWERS.OKAFOR[1]}`,
        'MARSH: Mr Lindqvist?',
        `LINDQVIST: ${ANSWERS.LINDQVIST[0]}`,
        'However: the subsidy is paid by the port, not by the council.',
        `LINDQVIST: ${ANSWERS.LINDQVIST[1]}`,
        'MARSH: Ms Okafor?',
        `OKAFOR: ${ANSWERS.OKAFOR[2]}`,
        'MARSH: Mr Lindqvist?',
        `LINDQVIST: ${ANSWERS.LINDQVIST[2]}`
      ].join('\n\n')
    )

  it('a discourse word ("Similarly:", "However:") continues the answer instead of starting a turn', () => {
    const debate = longDebate('Similarly: bus fares rose 9 percent in 2024.')
    const speakers = new Set(debate.blocks.map((block) => block.speaker))
    expect(speakers).toEqual(new Set(['MARSH', 'OKAFOR', 'LINDQVIST']))
    const similarly = debate.blocks.find((block) => debate.text.slice(block.start, block.end).startsWith('Similarly'))
    expect(similarly?.speaker).toBe('OKAFOR')
    expect(debate.text).toContain('Similarly: bus fares rose 9 percent in 2024.')
  })

  it('a one-off title-case word before a colon in a long transcript is not a speaker; one in capitals is', () => {
    const stray = longDebate('Consider: bus fares rose 9 percent in 2024.')
    expect(stray.blocks.some((block) => block.speaker === 'Consider')).toBe(false)
    const questioner = longDebate('FARLEY: Please explain why bus fares rose 9 percent in 2024.')
    const farley = questioner.blocks.find((block) => block.speaker === 'FARLEY')
    expect(farley?.role).toBe('moderator')
    expect(farley?.roleReason).toMatch(/asks in 100% of turns/)
  })
})
