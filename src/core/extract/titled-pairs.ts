/**
 * Two people joined by "and", either or both with a title the name run does not cover:
 *
 *   Ann Hale and former Mayor Tom Reyes pledged …                       → Ann Hale and Tom Reyes
 *   Former Harbour Secretary Ann Hale and former Gov. Tom Reyes have …  → Ann Hale and Tom Reyes
 *
 * Both made the pledge, so the mention spans both and the name reads both, each without its title (as a single
 * titled name is: "Councillor Marcus Delaney" → "Marcus Delaney"). Names joined with no lower-case word between
 * them ("Ann Hale and Tom Reyes") are read as one run in subjects.ts; a name and a description ("Hale and the
 * council") is left as written.
 */
import type { Token } from './tokens'
import { classifyDescription } from './speaker-lexicon'
import { classifyPhrase, type Subject } from './subjects'
import { ROLE_WORDS } from './name-words'

/** Lower-case words a title may open on without being a noun for a person: "former Mayor", "then-Gov.". */
const TITLE_MODIFIERS = new Set(['former', 'then', 'acting', 'interim', 'outgoing', 'incoming', 'retired', 'late'])
/** Owners a title may open on: "Tom Reyes and his wife Ann Hale". */
const OWNERS = new Set(['his', 'her', 'their'])

/** Two people's names joined by the one "and" in [start, end), the second titled; null for anything else. */
export function titledPair(text: string, tokens: readonly Token[], start: number, end: number): Subject | null {
  let and = -1
  for (let k = start + 1; k < end - 1; k++) {
    const t = tokens[k]
    if (t.lower === 'and') {
      if (and >= 0) return null
      and = k
    } else if (!t.word && t.text !== '.') return null
  }
  // Only when a lower-case word follows "and" ("and former Mayor Tom Reyes"): names after a role ("Democratic
  // candidates Ann Lee and Bo Park") are read in subjects.ts, both names and the role before them.
  if (and < 0 || !tokens.slice(and + 1, end).some((t) => t.word && t.text === t.lower)) return null
  const first = person(text, tokens, start, and)
  const second = first ? person(text, tokens, and + 1, end) : null
  if (!first || !second) return null
  return {
    kind: 'name',
    mention: { start: tokens[start].start, end: tokens[end - 1].end },
    name: `${first.name} and ${second.name}`,
    nameWords: [],
    description: null,
    anonymous: false,
    plural: true,
    group: false,
    written: text.slice(tokens[start].start, tokens[end - 1].end)
  }
}

/**
 * The person named by [start, end): a person's name of two words or more (not "Republican", "Hewlett-Packard
 * CEO", "Pennsylvania Gov."), not a body's, with nothing before it but a title ("former Mayor", "Harbour chief",
 * "his wife") and nothing after it but "of" and a place ("Ann Hale of Leeds"); null for "including Ann Hale",
 * "given that Ann Hale", "Ann Hale held her first rally" or "the Senate".
 */
function person(text: string, tokens: readonly Token[], start: number, end: number): Subject | null {
  const named = classifyPhrase(text, tokens, start, end)
  if (named?.kind !== 'name' || named.group || named.plural) return null
  const words = named.name.split(' ')
  const last = words[words.length - 1]
  if (words.length < 2 || last.endsWith('.') || ROLE_WORDS.has(last) || last === last.toUpperCase()) return null
  const inside = tokens.slice(start, end).filter((t) => t.word)
  const after = inside.filter((t) => t.start >= named.mention.end)
  if (after.length > 0 && (after[0].lower !== 'of' || !after.slice(1).every((t) => t.text !== t.lower))) return null
  const lead = inside.filter((t) => t.end <= named.mention.start)
  const lower = lead.filter((t) => t.text === t.lower && !TITLE_MODIFIERS.has(t.lower))
  if (lower.length === 0) return named
  const opens = lead[0].text !== lead[0].lower || TITLE_MODIFIERS.has(lead[0].lower) || OWNERS.has(lead[0].lower)
  const role = text.slice(lead[0].start, lead[lead.length - 1].end)
  return opens && classifyDescription(role).person ? named : null
}
