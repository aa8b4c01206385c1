/**
 * Places told by the words around a name, where its two capitalised words alone would make it a person: the home
 * town after a person's age ("Liam Corrigan, 34, of Newton Abbot"), a name before a road's or district's noun ("the
 * Countess Wear roundabout"), and a name a place preposition governs elsewhere in the article ("Residents in Newton
 * Abbot" makes "Drivers from Newton Abbot" a place too). Read by entity-kinds.ts (the first two, by cue) and
 * entities.ts (the last, with the whole article in view).
 */
import type { Candidate } from './entity-kinds'
import { PLACE_PREPOSITIONS } from './entity-cues'
import { stickyEnd } from './entity-spans'
import { wordsBefore } from './name-surroundings'
import { isKnownFirstName } from '../extract/gender'

/** ", 34, of " or ", 34, from " right before a name: the home town of the person just named with their age. */
const ADDRESS_AFTER_AGE_RE = /,\s\d{1,3},\s(?:of|from)\s$/u
/** Characters read back for it: ", 104, from ". */
const ADDRESS_CHARS = 14

export function addressAfterAge(text: string, start: number): boolean {
  return ADDRESS_AFTER_AGE_RE.test(text.slice(Math.max(0, start - ADDRESS_CHARS), start))
}

/** "the Countess Wear roundabout", "the Newton Abbot area": a road's or district's noun right after a place. */
const PLACE_NOUN_AFTER_RE =
  /\s(?:roundabout|junction|bypass|interchange|flyover|viaduct|area|district|ward|constituency|seafront)\b/uy

/** "the", the name, a place's noun after it. */
export function placeNounAfter(text: string, start: number, end: number): boolean {
  return stickyEnd(PLACE_NOUN_AFTER_RE, text, end) > 0 && wordsBefore(text, start, 1)[0] === 'the'
}

/** An owner's "’s" after a name: "in Hillary Clinton’s campaign" governs the campaign, not the name. Sticky. */
const POSSESSIVE_AFTER_RE = /['’]s?(?!\p{L})/uy
/** Names of more words are no person's by default (entities.ts step 5), so need no place read for them. */
const MAX_PERSON_WORDS = 4

/**
 * Names of two to four words that a place preposition governs somewhere in the article ("in Newton Abbot") and no
 * cue gave a kind: the same place wherever else they are written. Not one opening on a known first name, nor an
 * owner ("in Hillary Clinton’s campaign").
 */
export function governedPlaces(text: string, candidates: readonly Candidate[]): Set<string> {
  const places = new Set<string>()
  for (const c of candidates) {
    if (c.kind || c.common || c.notEntity || c.tokens.length < 2 || c.tokens.length > MAX_PERSON_WORDS) continue
    if (!PLACE_PREPOSITIONS.has(wordsBefore(text, c.start, 1)[0] ?? '')) continue
    if (stickyEnd(POSSESSIVE_AFTER_RE, text, c.end) < 0 && !isKnownFirstName(c.tokens[0].text)) places.add(c.name)
  }
  return places
}
