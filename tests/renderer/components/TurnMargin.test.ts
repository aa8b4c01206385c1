// @vitest-environment happy-dom
/**
 * The margin of a transcript: the speaker's label on each new turn, the full name the header gives,
 * and the role with why it was judged, written out once, at the speaker's first turn.
 */
import { act } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import { afterEach, describe, expect, it } from 'vitest'
import { parseArticle } from '../../../src/core/import/index'
import { articleView } from './article-view'

Object.assign(globalThis, { IS_REACT_ACT_ENVIRONMENT: true })

const TRANSCRIPT = [
  'PARTICIPANTS: Former Mayor Ada Okafor (Harbour Party); Councillor Erik Lindqvist',
  'MARSH: Good evening. Ms Okafor, two minutes to begin.',
  'OKAFOR: The ferry carried 1.2 million passengers in 2024.',
  'MARSH: Mr Lindqvist, your response.',
  'LINDQVIST: The council spent 4.5 million pounds on the ferry.',
  "MARSH: Time's up. Thank you both."
].join('\n\n')

let root: Root | null = null
afterEach(async () => {
  await act(async () => root?.unmount())
  root = null
})

async function margins(): Promise<Array<{ speaker: string; name: string; role: string; why: string; tip: string }>> {
  const parsed = parseArticle('debate.txt', new TextEncoder().encode(TRANSCRIPT))
  if (!parsed.ok) throw new Error(parsed.error.message)
  const article = parsed.value
  const host = document.createElement('div')
  document.body.append(host)
  root = createRoot(host)
  await act(async () => root?.render(articleView(article)))
  const text = (margin: Element, selector: string): string => margin.querySelector(selector)?.textContent ?? ''
  return [...host.querySelectorAll('.turn-margin')].map((margin) => ({
    speaker: text(margin, '.turn-speaker'),
    name: text(margin, '.turn-name'),
    role: text(margin, '.turn-role'),
    why: text(margin, '.turn-why-line'),
    tip: margin.querySelector('.turn-role')?.getAttribute('title') ?? ''
  }))
}

describe('the transcript margin', () => {
  it('names each turn, gives the full name, and says once why the chair is the chair', async () => {
    const shown = await margins()
    expect(shown.map(({ speaker, name, role }) => [speaker, name, role])).toEqual([
      ['MARSH', '', 'moderator'],
      ['OKAFOR', 'Ada Okafor', ''],
      ['MARSH', '', 'moderator'],
      ['LINDQVIST', 'Erik Lindqvist', ''],
      ['MARSH', '', 'moderator']
    ])
    // Why, written at the first turn only; every later turn keeps it as the role's tooltip.
    expect(shown[0]?.why).toMatch(/hands over or keeps time in 100%.*speaks first/)
    expect(shown.slice(1).map((margin) => margin.why)).toEqual(['', '', '', ''])
    expect(shown[2]?.tip).toBe(`moderator: ${shown[0]?.why}`)
    // One line in the margin, the whole reason on hover or keyboard focus (the copy shown then is for the eye only).
    const reason = document.querySelector('.turn-why')
    expect(reason?.getAttribute('tabindex')).toBe('0')
    expect(reason?.querySelector('.turn-why-full')?.getAttribute('aria-hidden')).toBe('true')
    expect(reason?.querySelector('.turn-why-full')?.textContent).toBe(shown[0]?.why)
  })

  it('leaves the role out where the label already says it: MODERATOR, not MODERATOR over "moderator"', async () => {
    const transcript = [
      'MODERATOR: Welcome to the forum on schools.',
      'SILVA: Class sizes grew to 32 pupils on average, up from 27 in 2015.',
      'AUDIENCE MEMBER: What about the buses?',
      'HOST: One more question.',
      'OWENS: We hired 140 new teachers in 2025.'
    ].join('\n\n')
    const parsed = parseArticle('forum.txt', new TextEncoder().encode(transcript))
    if (!parsed.ok) throw new Error(parsed.error.message)
    const host = document.createElement('div')
    document.body.append(host)
    root = createRoot(host)
    await act(async () => root?.render(articleView(parsed.value)))
    const shown = [...host.querySelectorAll('.turn-margin')].map((margin) =>
      [...margin.querySelectorAll('.turn-speaker, .turn-role')].map((part) => part.textContent).join(' / ')
    )
    // A host is a moderator the label does not name: that one is still said.
    expect(shown).toEqual(['MODERATOR', 'SILVA', 'AUDIENCE MEMBER', 'HOST / moderator', 'OWENS'])
  })

  // The view redraws a block by its signature; the margin's speaker and time were not in it, so a corrected
  // transcript (a turn given to another speaker, captions re-timed) kept showing the old ones over the same words.
  it('redraws a margin whose speaker or caption time changed over the same words', async () => {
    const vtt = (okaforAt: string, lindqvist: string) =>
      [
        'WEBVTT',
        '',
        '00:00:01.000 --> 00:00:04.000',
        '<v Moderator>Good evening and welcome.',
        '',
        `${okaforAt} --> 00:02:00.000`,
        '<v Amara Okafor>The ferry carried 1.2 million passengers in 2024.',
        '',
        '00:02:01.000 --> 00:02:04.000',
        '<v Moderator>Your response.',
        '',
        '00:02:05.000 --> 00:02:09.000',
        `<v ${lindqvist}>The council spent 4.5 million pounds on the ferry.`,
        ''
      ].join('\n')
    const parse = (text: string) => {
      const parsed = parseArticle('debate.vtt', new TextEncoder().encode(text))
      if (!parsed.ok) throw new Error(parsed.error.message)
      return parsed.value
    }
    const host = document.createElement('div')
    document.body.append(host)
    root = createRoot(host)
    const shown = () =>
      [...host.querySelectorAll('.turn-margin')].map(
        (margin) =>
          `${margin.querySelector('.turn-speaker')?.textContent ?? ''} ${margin.querySelector('.turn-time')?.textContent ?? ''}`
      )
    // The same colours object both times, as the workspace keeps it: only the drafts differ.
    const statusColors = {}
    await act(async () => root?.render(articleView(parse(vtt('00:00:05.000', 'Erik Lindqvist')), [], { statusColors })))
    expect(shown()).toEqual(['Moderator 0:01', 'Amara Okafor 0:05', 'Moderator 2:01', 'Erik Lindqvist 2:05'])
    await act(async () => root?.render(articleView(parse(vtt('00:01:05.000', 'Amara Okafor')), [], { statusColors })))
    expect(shown()).toEqual(['Moderator 0:01', 'Amara Okafor 1:05', 'Moderator 2:01', 'Amara Okafor 2:05'])
  })
})
