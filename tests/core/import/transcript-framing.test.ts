import { describe, expect, it } from 'vitest'
import { extract } from '../../../src/core/extract/extract'
import { expectWellFormed, imported, outline, textsOf, turns } from './helpers'

/** A story on a radio panel: a lede, three quoted lines, then the reporter's own paragraphs. */
const PANEL_STORY = [
  'Radio panel waves away the harbour levy',
  'Three guests on Harbour FM agreed on Sunday that the council’s plan to fund the new pier with a harbour levy would never raise the money it promises.',
  'None of them mentioned the audit office review published last month, which put the levy’s yield at £4.2 million a year.',
  'Dana Whitlow: A levy on every mooring sounds fair until you own a dinghy.',
  'Priya Anand: Families will pay it, not the shipping firms.',
  'Whitlow: The council has not said where the other half comes from.',
  'The audit office found that shipping firms would pay 71 percent of the levy.',
  'Moorings for boats under six metres are exempt under the draft scheme.',
  'The council said the levy would be reviewed after two years.',
  'Ferry fares in the harbour rose 9 percent in 2024, the steepest rise in a decade.'
].join('\n\n')

const after = (text: string, words: string): string => text.slice(text.indexOf(words))

describe('a news story quoting a few NAME: words lines', () => {
  it('keeps the quoted lines as turns and the story around them as paragraphs', () => {
    const article = imported('story.txt', PANEL_STORY)
    expectWellFormed(article)
    expect(turns(article)).toEqual([
      ['Dana Whitlow', 'participant', 'A levy on every mooring sounds fair until you own a dinghy.'],
      ['Priya Anand', 'participant', 'Families will pay it, not the shipping firms.'],
      ['Dana Whitlow', 'participant', 'The council has not said where the other half comes from.']
    ])
    const kinds = outline(article).map(([kind]) => kind)
    expect(kinds).toEqual(['title', 'paragraph', 'paragraph', 'turn', 'turn', 'turn', ...Array(4).fill('paragraph')])
  })

  it('credits the reporter’s sentences to nobody on the panel', () => {
    const article = imported('story.txt', PANEL_STORY)
    const claims = extract(article).claims
    const reporters = claims.filter((claim) => claim.start >= article.text.indexOf('The audit office found'))
    expect(reporters.map((claim) => claim.text)).toContain(
      'Ferry fares in the harbour rose 9 percent in 2024, the steepest rise in a decade.'
    )
    for (const claim of reporters) expect(claim.claimant?.name ?? null).not.toBe('Dana Whitlow')
    // The lede is the story's, read as an article reads it: "the council said" is the council's.
    const lede = claims.find((claim) => claim.text.startsWith('Three guests'))
    expect(lede?.claimant?.name).toBe('Three guests on Harbour FM')
  })

  it('keeps a stage direction among the quoted lines in the room, and an answer’s second paragraph its speaker’s', () => {
    const story = PANEL_STORY.replace(
      'Priya Anand: Families will pay it, not the shipping firms.',
      'Priya Anand: Families will pay it, not the shipping firms.\n\n(LAUGHTER)\n\nAnd the firms know it, which is why they lobbied for the levy in the first place.'
    )
    const article = imported('story.txt', story)
    expect(turns(article).map(([speaker, , words]) => [speaker, words])).toEqual([
      ['Dana Whitlow', 'A levy on every mooring sounds fair until you own a dinghy.'],
      ['Priya Anand', 'Families will pay it, not the shipping firms.'],
      ['—', '(LAUGHTER)'],
      ['Priya Anand', 'And the firms know it, which is why they lobbied for the levy in the first place.'],
      ['Dana Whitlow', 'The council has not said where the other half comes from.']
    ])
    expect(after(article.text, 'The audit office')).not.toMatch(/Whitlow/)
  })
})

/** A radio debate written up: a lede, turns, and the reporter checking them between the turns. */
const DEBATE_STORY = [
  'Candidates trade figures on ferry fares',
  'The two candidates for harbour ward met on Harbour FM on Monday evening, four days before the by-election.',
  'OKAFOR: We froze ferry fares for two years, and every other port put theirs up.',
  'LINDQVIST: Fares went up by 9% last spring.',
  'Figures published by the port authority show fares rose 9% in April 2025, after the freeze ended.',
  'OKAFOR: The freeze ended because the government cut our grant.',
  'LINDQVIST: The grant was cut by £200,000, not the £2m she claims.',
  'The port authority’s accounts put the cut at £1.4m over two years. Ms Okafor’s office said it stood by her figure.',
  'OKAFOR: I will publish the letter from the minister.'
].join('\n\n')

describe('a written-up exchange with the reporter’s paragraphs between the turns', () => {
  it('keeps the reporter’s checks out of the last speaker’s turn', () => {
    const article = imported('story.txt', DEBATE_STORY)
    expectWellFormed(article)
    expect(turns(article).map(([speaker, , words]) => [speaker, words])).toEqual([
      ['OKAFOR', 'We froze ferry fares for two years, and every other port put theirs up.'],
      ['LINDQVIST', 'Fares went up by 9% last spring.'],
      ['OKAFOR', 'The freeze ended because the government cut our grant.'],
      ['LINDQVIST', 'The grant was cut by £200,000, not the £2m she claims.'],
      ['OKAFOR', 'I will publish the letter from the minister.']
    ])
    expect(textsOf(article, 'paragraph')).toEqual([
      'The two candidates for harbour ward met on Harbour FM on Monday evening, four days before the by-election.',
      'Figures published by the port authority show fares rose 9% in April 2025, after the freeze ended.',
      'The port authority’s accounts put the cut at £1.4m over two years. Ms Okafor’s office said it stood by her figure.'
    ])
  })
})

describe('a transcript whose every paragraph opens on a quote mark', () => {
  it('reads "OKAFOR: as a label, and the marks as the story’s', () => {
    const story = [
      'Minister says ferry deal is safe',
      'On this weekend’s edition of “Harbour Week,” Transport Minister Dana Okafor said the ferry contract would be signed by March.',
      'Partial transcript as follows:',
      '"HOST: Minister, will the contract be signed?',
      '"OKAFOR: It will be signed by March. We have the money in place.',
      '"But the operator has to meet the safety terms first.',
      '"HOST: And if it does not?',
      '"OKAFOR: Then we go back to tender."'
    ].join('\n\n')
    const article = imported('story.txt', story)
    expectWellFormed(article)
    expect(turns(article).map(([speaker, , words]) => [speaker, words])).toEqual([
      ['HOST', 'Minister, will the contract be signed?'],
      ['OKAFOR', 'It will be signed by March. We have the money in place.'],
      ['OKAFOR', 'But the operator has to meet the safety terms first.'],
      ['HOST', 'And if it does not?'],
      ['OKAFOR', 'Then we go back to tender.']
    ])
  })
})

describe('transcripts stay transcripts', () => {
  it('an interview with an introduction and a long last answer is the interviewee’s to its end', () => {
    const interview = [
      'Q&A with the harbour master',
      'Harbour master Ines Kovac has run the port for eleven years. She spoke to us on Friday about the levy and the new pier.',
      'Q: Will the levy pay for the pier?',
      'A: It will pay for about half. The rest is a loan from the regional bank.',
      'Q: Who pays most of it?',
      'A: The shipping firms do, by a long way.',
      'Small boats pay a flat fee of £40 a year.',
      'Q: And after the pier opens?',
      'A: We expect 300 more sailings a year.',
      'That means more pilots, and we have already hired four.',
      'The levy will be reviewed after two years, as the council promised.'
    ].join('\n\n')
    const article = imported('interview.txt', interview)
    const spoken = turns(article)
    expect(spoken.map(([speaker]) => speaker)).toEqual(['Q', 'A', 'Q', 'A', 'A', 'Q', 'A', 'A', 'A'])
    expect(spoken.at(-1)?.[2]).toBe('The levy will be reviewed after two years, as the council promised.')
    expect(article.blocks.some((block) => block.kind === 'paragraph')).toBe(false)
  })

  it('a debate whose closing statement runs over several paragraphs keeps them all the speaker’s', () => {
    const debate = [
      'Harbour Ward debate, 4 March 2026',
      'The two candidates met at the Kestrel Bay Community Hall before an audience of about 200 residents.',
      'MODERATOR: Councillor Adeyemi, your opening statement.',
      'ADEYEMI: We cut bus fares by 20 percent in 2023.',
      'Ridership rose by a third.',
      'MODERATOR: Mr Fielding.',
      'FIELDING: The council borrowed $62 million last year.',
      'That is the highest figure on record.',
      'MODERATOR: Closing statements. Mr Fielding.',
      'FIELDING: I grew up on this harbour.',
      'My father worked the ferries for thirty years.',
      'I will freeze the levy for four years.',
      'And I will publish every contract the council signs.'
    ].join('\n\n')
    const article = imported('debate.txt', debate)
    expect(turns(article).slice(-4)).toEqual([
      ['FIELDING', 'participant', 'I grew up on this harbour.'],
      ['FIELDING', 'participant', 'My father worked the ferries for thirty years.'],
      ['FIELDING', 'participant', 'I will freeze the levy for four years.'],
      ['FIELDING', 'participant', 'And I will publish every contract the council signs.']
    ])
  })
})

describe('run-in heads are not speakers', () => {
  it('a story whose paragraphs open on "Name: verdict" heads, one for each, is an article', () => {
    const names = ['Okafor', 'Lindqvist', 'Adeyemi', 'Fielding', 'Kovac', 'Whitlow', 'Anand', 'Marsh', 'Delay', 'Ruiz']
    const sections = names.map(
      (name) => `${name}: Hold the ward.\n\n${name} won the ward by 300 votes in 2022 and needs the same margin again.`
    )
    const article = imported('guide.txt', ['What each candidate needs', 'It is polling day.', ...sections].join('\n\n'))
    expect(article.blocks.some((block) => block.kind === 'turn')).toBe(false)
    expect(article.blocks.filter((block) => block.kind === 'paragraph')).toHaveLength(21)
  })
})
