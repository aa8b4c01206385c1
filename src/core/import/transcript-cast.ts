/**
 * Who takes part, as a transcript's header says it. Published debate transcripts list the cast
 * before the speech, in several layouts:
 *   "PARTICIPANTS: Former Governor Mitt Romney (R-MA); President Barack Obama; MODERATOR: Jim Lehrer (PBS)"
 *   "SPEAKERS: GEORGE W. BUSH, PRESIDENT OF THE UNITED STATES" then one person a line
 *   "CANDY CROWLEY, MODERATOR", "Moderated by Lester Holt", "MODERATOR:" over "Jim Lehrer (PBS)"
 * and the speech then labels people by surname ("ROMNEY:"). From the header we learn, per
 * person, whether they chair (a moderator word beside their name, or listed under MODERATORS)
 * or take part (listed under PARTICIPANTS or CANDIDATES), and their full name.
 */

/** Words that make a header entry a moderator's. */
export const MODERATOR_WORDS =
  /\b(?:moderat\w*|host|hosts|co-host|hosted|interviewer|interviewers|anchor|anchors|presenter|panelist|panelists|q|question|questioner|reporter|reporters|journalist|correspondent)\b/i

/** Words beside a name in a cast list that make them the chair ("JIM LEHRER, ANCHOR", "TOM BROKAW, MODERATOR"). */
const CHAIR_WORDS =
  /\b(?:moderat\w*|host|hosts|co-host|hosted|interviewer|interviewers|anchor|anchors|presenter|panelist|panelists|correspondent|reporter|reporters|journalist)\b/i

/** Section keys that list the people who answer. */
const PARTICIPANT_SECTION = /^(?:participants?|candidates?|debaters?|guests?|interviewees?)$/i
const MODERATOR_SECTION = /^(?:moderators?|hosts?|co-hosts?|interviewers?|panelists?|panel|questioners?)$/i
/** A section key that lists everyone, chairs included ("SPEAKERS:"): a moderator there says so beside the name. */
const EVERYONE_SECTION = /^(?:speakers?|cast|people|in attendance)$/i

/** Titles and courtesy words before a name in a cast list ("Former Governor", "U.S. SENATOR", "Sens."). */
// prettier-ignore
const TITLE_WORDS = new Set([
  'former', 'the', 'gov.', 'gov', 'governor', 'president', 'vice', 'senator', 'sen.', 'sens.', 'senators', 'u.s.',
  'u.', 's.', 'us', 'congressman', 'congresswoman', 'rep.', 'representative', 'secretary', 'mayor', 'mr.', 'mrs.',
  'ms.', 'mr', 'mrs', 'ms', 'dr.', 'dr', 'hon.', 'honorable', 'ambassador', 'general', 'gen.', 'minister', 'prime',
  'premier', 'chancellor', 'speaker', 'leader', 'lt.', 'attorney', 'judge', 'justice', 'state', 'of', 'and',
  'businessman', 'businesswoman', 'councillor', 'councilor', 'councilman', 'councilwoman', 'commissioner', 'chair',
  'chairman', 'chairwoman', 'professor', 'prof.', 'sir', 'dame', 'lord', 'lady', 'rev.', 'reverend', 'captain', 'col.'
])

export type CastRole = 'moderator' | 'participant'

export interface CastEntry {
  /** The entry as written, for the margin's explanation. */
  text: string
  /** Lower-case words of the entry, to find a label's surname in. */
  words: Set<string>
  /** What the header says this person does; null when it only names them. */
  role: CastRole | null
  /** The name run in the entry, titles and affiliations taken off ("FORMER GOV. MITT ROMNEY, R-MASS." → "MITT ROMNEY"). */
  name: string
}

const wordsOf = (text: string): string[] => text.toLowerCase().match(/[\p{L}'’-]+/gu) ?? []

/** "SECTION: rest" split into the key and what follows, or null when the line has no section key. */
function section(line: string): { key: string; rest: string } | null {
  const match = /^([a-z][a-z -]{1,30}):(.*)$/i.exec(line.trim())
  if (!match) return null
  const key = (match[1] ?? '').trim()
  if (!PARTICIPANT_SECTION.test(key) && !MODERATOR_SECTION.test(key) && !EVERYONE_SECTION.test(key)) return null
  return { key, rest: (match[2] ?? '').trim() }
}

/** The person's name in an entry: the words before the first comma or bracket, titles taken off the front. */
function nameIn(entry: string): string {
  const head = (entry.split(/[,(;[]|\s[-–—]\s/)[0] ?? '').replace(/^(?:moderated|hosted|presented)\s+by\s+/i, '').trim()
  const words = head.split(/\s+/).filter((word) => word !== '')
  while (words.length > 1 && TITLE_WORDS.has((words[0] ?? '').toLowerCase())) words.shift()
  return words.join(' ')
}

function entry(text: string, role: CastRole | null): CastEntry {
  const named = CHAIR_WORDS.test(text) ? 'moderator' : role
  return { text: text.trim(), words: new Set(wordsOf(text)), role: named, name: nameIn(text) }
}

/**
 * The entries of a header. A section key sets the role of the entries after it, up to the next
 * key; on a line of its own ("SPEAKERS:") it runs over the lines below. In a one-person-a-line
 * list a line that only gives a title ("ABC ANCHOR", "DEMOCRATIC PRESIDENTIAL NOMINEE") belongs to
 * the name on the line above.
 */
export function readCast(headerLines: readonly string[]): CastEntry[] {
  const entries: CastEntry[] = []
  let role: CastRole | null = null
  let inList = false
  for (const raw of headerLines) {
    const line = raw.trim()
    if (line === '') continue
    // Several keys on one line: "PARTICIPANTS: …; MODERATORS: …".
    const parts = line.split(/;\s*(?=[a-z][a-z -]{1,30}:)/i)
    let listed = false
    for (const part of parts) {
      const keyed = section(part)
      if (keyed) {
        role = MODERATOR_SECTION.test(keyed.key)
          ? 'moderator'
          : PARTICIPANT_SECTION.test(keyed.key)
            ? 'participant'
            : null
        inList = true
        listed = true
        for (const item of keyed.rest.split(/;/)) if (item.trim() !== '') entries.push(entry(item, role))
      } else if (inList || /^(?:moderated|hosted|presented)\s+by\b/i.test(part) || CHAIR_WORDS.test(part)) {
        listed = true
        const previous = entries.at(-1)
        // A title line under a name line: the title joins the name's entry.
        if (inList && previous && isBareName(previous.text) && hasTitleWord(part)) {
          const joined = entry(`${previous.text}, ${part}`, previous.role)
          entries[entries.length - 1] = { ...joined, name: previous.name }
        } else for (const item of listItems(part)) entries.push(entry(item, role))
      }
    }
    if (!listed) inList = false
  }
  return entries
}

/** Longest entry read whole; a longer line is prose ("I will be the moderator for this debate…"). */
const MAX_ENTRY_WORDS = 14

/**
 * The entries of one line: its `;` clauses; or, for prose that speaks of a chair, the person
 * introducing themselves ("I'm Jim Lehrer of PBS. I will be the moderator…" → "Jim Lehrer"), since a
 * sentence like that names the candidates too.
 */
function listItems(line: string): string[] {
  if (line.split(/\s+/).length <= MAX_ENTRY_WORDS) return line.split(';').filter((item) => item.trim() !== '')
  if (!CHAIR_WORDS.test(line)) return []
  const self = /\b(?:I am|I'm|I’m|my name is|this is)\s+(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})/u.exec(line)
  return self?.[1] ? [`${self[1]}, moderator`] : []
}

/** Words of a title or an affiliation line ("DEMOCRATIC PRESIDENTIAL NOMINEE", "EXECUTIVE EDITOR AND ANCHOR"). */
// prettier-ignore
const AFFILIATION_WORDS = new Set([
  'nominee', 'candidate', 'presidential', 'democratic', 'republican', 'independent', 'party', 'anchor', 'moderator',
  'host', 'editor', 'executive', 'chief', 'correspondent', 'reporter', 'journalist', 'news', 'united', 'states',
  'america', 'political', 'national', 'white', 'house', 'senior', 'managing', 'co-host', 'panelist', 'member'
])

const titleWord = (word: string): boolean => {
  const lower = word.toLowerCase().replace(/[’']s$/, '')
  return TITLE_WORDS.has(lower) || AFFILIATION_WORDS.has(lower) || CHAIR_WORDS.test(lower)
}

/** A line that says what someone is ("HARBOUR RADIO ANCHOR", "PRESIDENT OF THE UNITED STATES"). */
function hasTitleWord(line: string): boolean {
  return line.split(/\s+/).some(titleWord)
}

/** A line that is a name and nothing else ("JANE MARSH"): the title may follow on the next line. */
function isBareName(line: string): boolean {
  return !/[,(;]/.test(line) && !line.split(/\s+/).some(titleWord)
}

/** The full name an entry gives for a label's surname ("MITT ROMNEY" for ROMNEY), or null when it gives none. */
export function fullNameFor(entry: CastEntry, surname: string): string | null {
  const words = entry.name.split(/\s+/)
  if (words.length < 2 || words.length > 5) return null
  if ((words.at(-1) ?? '').toLowerCase().replace(/[.,]$/, '') !== surname) return null
  if (!words.every((word) => /^\p{Lu}/u.test(word) || /^(?:de|van|von|der|da|di|la|le|del|bin|al)$/.test(word)))
    return null
  return words.map(nameCase).join(' ')
}

/** A name written in capitals, in the case people write it ("JOHN F. KERRY" → "John F. Kerry", "O'ROURKE" → "O'Rourke"). */
function nameCase(word: string): string {
  if (word !== word.toUpperCase() || word.length <= 2) return word
  return word
    .toLowerCase()
    .replace(/(^|[-'’])(\p{Ll})/gu, (_, before: string, letter: string) => before + letter.toUpperCase())
    .replace(/^Mc(\p{Ll})/u, (_, letter: string) => 'Mc' + letter.toUpperCase())
}
