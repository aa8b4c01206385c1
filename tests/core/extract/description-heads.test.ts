/**
 * Whether a description met before and a later one with the same head may be one person or thing
 * (src/core/extract/description-heads.ts). Phrases written for these tests.
 */
import { describe, expect, it } from 'vitest'
import { headNoun, modifiersAgree } from '../../../src/core/extract/description-heads'

describe('modifiersAgree', () => {
  it('needs a shared word when both descriptions have words before the head', () => {
    expect(modifiersAgree('the recent 12-county survey', 'the 12-county survey', 'survey')).toBe(true)
    expect(modifiersAgree('the new survey', 'the 12-county survey', 'survey')).toBe(false)
    expect(modifiersAgree('Labour councillors', 'the Tory councillors', 'councillors')).toBe(false)
    expect(modifiersAgree('the councillors', 'the Tory councillors', 'councillors')).toBe(true)
  })

  it('reads an acronym as the initials of the words it stands for', () => {
    expect(modifiersAgree('a senior Local Government Association officer', 'the LGA officer', 'officer')).toBe(true)
  })

  it('is looser for a named person’s title, but not against "former" or another name', () => {
    expect(modifiersAgree('UK Prime Minister', 'the outspoken prime minister', 'minister', true)).toBe(true)
    expect(modifiersAgree('Deputy Prime Minister', 'the former minister', 'minister', true)).toBe(false)
    expect(modifiersAgree('Welsh Economy Minister', 'the Scottish minister', 'minister', true)).toBe(false)
  })
})

describe('headNoun', () => {
  it('is the head before a complement, not the owner', () => {
    expect(headNoun("the port's chief executive")).toBe('executive')
    expect(headNoun('the housing correspondent for the Courier')).toBe('correspondent')
  })
})
