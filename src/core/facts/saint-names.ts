/**
 * Names opened by a saint's title and possessive: "St Anne’s Infirmary", "Saint Luke’s Hospital", "St James’s Park",
 * "St Jude’s Children’s Research Hospital", and a saint's day ("St Patrick’s Day Parade"). Kept apart from the name
 * reader (entity-spans.ts readSequence) that asks for them at a saint's title; that reader is passed in as
 * `readNameAt`, so this module does not import the one that imports it.
 */
import * as cue from './entity-cues'
import type { Token } from './entity-spans'

/** The name that starts with a capitalised word at text[at] (entity-spans.ts capWordEnd, then readSequence), or null. */
export type NameReader = (text: string, at: number) => Token[] | null

/** A saint's title before the name a hospital, school or place is named for ("St Anne’s Infirmary"). */
const SAINTS = new Set(['St', 'St.', 'Saint'])

/**
 * The rest of a name the words read so far open with a saint's title and name ("St Anne", or "The St Anne" after
 * a sentence's "The": "The St Anne’s Infirmary said" was a person and a body), read on past its possessive; null
 * where the words are no saint's name or the name after it is none namedForSaint takes.
 */
export function saintNameRest(text: string, tokens: readonly Token[], readNameAt: NameReader): Token[] | null {
  const saint = tokens[0].text === 'The' ? 1 : 0
  if (tokens.length !== saint + 2 || !SAINTS.has(tokens[saint].text)) return null
  return namedForSaint(text, tokens[tokens.length - 1], readNameAt)
}

/**
 * "St Anne’s Infirmary", "Saint Luke’s Hospital", "St James’s Park": a saint's name and its possessive open the
 * name of the hospital, school or place named for the saint, read whole ("St Anne" and "Infirmary" were a person
 * each), past one more possessive ("St Jude’s Children’s Research Hospital"). Only where the run after the
 * possessive ends on a body's or a place's head, or an event's ("St Patrick’s Day Parade", then no entity: not
 * the person "St Patrick"); "St Anne’s ward" stays as it was.
 */
function namedForSaint(text: string, saint: Token, readNameAt: NameReader): Token[] | null {
  const rest: Token[] = []
  // Read on past a people's plural and its possessive ("Children’s", "Women’s"): the name goes on after it.
  for (let at = saint.end; rest.length === 0 || PEOPLE_PLURAL_RE.test(rest[rest.length - 1].text);) {
    const name = rest.length <= 3 && possessiveAt(text, at) ? readNameAt(text, at + 3) : null
    if (name === null) break
    rest.push(...name)
    at = rest[rest.length - 1].end
  }
  const head = rest[rest.length - 1]?.text ?? ''
  return SAINT_NAME_HEADS.some((heads) => heads.has(head)) || cue.EVENT_AND_SCHEME_HEADS.has(head) ? rest : null
}
/** The heads a name opened by a saint's possessive ends on; with an event's, "St Patrick’s Day" is read whole. */
const SAINT_NAME_HEADS = [cue.ORGANISATION_HEADS, cue.PLACE_HEADS_LAST, cue.AMBIGUOUS_PLACE_HEADS]
const PEOPLE_PLURAL_RE = /(?:men|ren)$/u
/** A possessive "’s" and a space (a plain or a no-break one) at text[at]. */
const possessiveAt = (text: string, at: number): boolean => {
  const space = text.charCodeAt(at + 2)
  return (text[at] === '’' || text[at] === "'") && text.charCodeAt(at + 1) === 115 && (space === 32 || space === 0xa0)
}
