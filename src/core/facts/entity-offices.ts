/**
 * Offices in names, for entity-kinds.ts: an office written before its holder ("Transport Secretary Fiona Hale" → the
 * person "Fiona Hale"), and an office named without one ("the Energy Minister said"), which names no entity.
 */
import { PLACE_NAMES } from './places-gazetteer'
import * as cue from './entity-cues'
import type { Token } from './entity-spans'

/** Most words in an office named without its holder: "Deputy Prime Minister", "Home Office Minister". */
const MAX_OFFICE_WORDS = 3

/**
 * Titles that end an office and never a person's name, whatever its remit before them: "Education Secretary",
 * "Housing Minister", "Police and Crime Commissioner" (whose run is "Crime Commissioner").
 */
const OFFICE_ENDS = new Set(['Secretary', 'Minister', 'Commissioner'])

/**
 * "Energy Minister", "Transport Secretary", "Florida Senator": an office without its holder, every word before the
 * title a title, a body's head, a place or a demonym, or any remit before a title in OFFICE_ENDS. "Larry King" and
 * "Jim Justice" keep their first names.
 */
export function isOffice(text: string, tokens: Token[]): boolean {
  if (tokens.length < 2 || tokens.length > MAX_OFFICE_WORDS || !cue.TITLES.has(tokens[tokens.length - 1].text))
    return false
  for (let k = 1; k < tokens.length; k++) if (text.slice(tokens[k - 1].end, tokens[k].start) !== ' ') return false
  if (OFFICE_ENDS.has(tokens[tokens.length - 1].text)) return true
  for (let k = 0; k < tokens.length - 1; k++) {
    const word = tokens[k].text
    const lower = word.toLowerCase()
    if (
      !cue.TITLES.has(word) &&
      !cue.ORGANISATION_HEADS.has(word) &&
      !PLACE_NAMES.has(lower) &&
      !cue.DEMONYMS.has(lower)
    )
      return false
  }
  return true
}

/**
 * The person after an office written before their name: a title that is not the run's first word ("Secretary" in
 * "Transport Secretary Fiona Hale"), the rest of the office ("of State", "Chief Executive"), then two to four name
 * words, none of them a title, a role or a head of a body or place. A run opening on titles ("Prime Minister Keir
 * Starmer") is read by the title step as before.
 */
/** Titles that qualify an office rather than end it ("Foreign" in "Council on Foreign Relations", "Vice"). */
const OFFICE_MODIFIERS = new Set([
  'Foreign',
  'Defence',
  'Defense',
  'Interior',
  'Finance',
  'Health',
  'Home',
  'Vice',
  'Deputy',
  'Field',
  'Crown',
  'Private',
  'Major',
  'Premier',
  'Prime'
])

export function officeHolder(text: string, tokens: Token[]): Token[] | null {
  let k = tokens.length - 3
  while (k > 0 && !(cue.TITLES.has(tokens[k].text) && !OFFICE_MODIFIERS.has(tokens[k].text))) k--
  if (k <= 0 || tokens.slice(0, k).every((t) => cue.TITLES.has(t.text))) return null
  const rest = tokens.slice(officeEnd(text, tokens, k + 1, 2))
  const nameWord = (t: Token, i: number): boolean =>
    OPENS_TITLE_CASE.test(t.text) &&
    (i === 0 || text.slice(rest[i - 1].end, t.start) === ' ') &&
    // "Supreme Court Justice Who Once Mocked": a headline in title case, whose words are no name.
    !cue.SENTENCE_STOPWORDS.has(t.text.toLowerCase()) &&
    !cue.TITLES.has(t.text) &&
    !cue.ROLE_WORDS_BEFORE.has(t.text.toLowerCase()) &&
    !cue.ORGANISATION_HEADS.has(t.text) &&
    !cue.PLACE_HEADS_LAST.has(t.text)
  return rest.length >= 2 && rest.length <= 4 && rest.every(nameWord) ? rest : null
}

/**
 * The words that close an office after its title: "Under Secretary for Political Affairs" ends on "Affairs", and
 * "Secretary of State for Transport" on "Transport". Capitalised.
 */
const OFFICE_TAILS = new Set([
  'Affairs',
  'Relations',
  'Development',
  'Security',
  'Policy',
  'Operations',
  'Resources',
  'Rights',
  'Services',
  'Communities',
  'Pensions',
  'Skills'
])

/**
 * A letter, and a word in title case. Built once: the bundle (esbuild, target node20) makes a literal with a \p{…}
 * class a `new RegExp(…)` at each use, and the office readers run for every titled name.
 */
const HAS_LETTER = /\p{L}/u
const OPENS_TITLE_CASE = /^\p{Lu}\p{Ll}/u

/**
 * Where the name starts after an office's title at `first`: a word joined by "of"/"for" is still the office, so is
 * a role word and a word that closes an office (OFFICE_TAILS); `keep` name words are always left.
 */
export function officeEnd(text: string, tokens: Token[], first: number, keep: number): number {
  while (
    first < tokens.length - 1 &&
    (HAS_LETTER.test(text.slice(tokens[first - 1].end, tokens[first].start)) ||
      cue.ROLE_WORDS_BEFORE.has(tokens[first].text.toLowerCase()) ||
      (first < tokens.length - keep && OFFICE_TAILS.has(tokens[first].text)))
  )
    first++
  return first
}
