/**
 * Word lists that tell a person from an organisation, and a named source from an anonymous one.
 * Kept apart from the grammar in subjects.ts so a newsroom can extend them without touching logic.
 */

/** Kept inside a name ("Mr. Smith") but ignored when matching a later surname-only mention. */
export const COURTESY_TITLES = new Set(['Mr.', 'Mrs.', 'Ms.', 'Mx.', 'Miss', 'Dr.', 'Prof.', 'Mme', 'Mme.', 'Sir', 'Dame'])

/** Job titles that may precede a name; the last one splits "French President Emmanuel Macron" into role + name. */
export const ROLE_WORDS = new Set([
  'President', 'Vice', 'Prime', 'Minister', 'Secretary', 'Chancellor', 'Mayor', 'Governor', 'Gov.',
  'Senator', 'Sen.', 'Representative', 'Rep.', 'General', 'Gen.', 'Colonel', 'Col.', 'Captain', 'Capt.',
  'Lieutenant', 'Lt.', 'Sergeant', 'Sgt.', 'Major', 'Maj.', 'Admiral', 'Adm.', 'Commander', 'Judge',
  'Justice', 'Director', 'Chairman', 'Chairwoman', 'Chair', 'Chief', 'Ambassador', 'Commissioner',
  'Spokesman', 'Spokeswoman', 'Spokesperson', 'Professor', 'King', 'Queen', 'Prince', 'Princess', 'Pope',
  'Archbishop', 'Bishop', 'Rabbi', 'Imam', 'Sheikh', 'CEO', 'Premier', 'Leader', 'Speaker', 'Inspector',
  'Detective', 'Coach', 'Councillor', 'Councilman', 'Councilwoman', 'Deputy', 'Officer', 'Superintendent',
  // German and French titles for quotes carried in the original language.
  'Bürgermeister', 'Bürgermeisterin', 'Präsident', 'Präsidentin', 'Kanzler', 'Kanzlerin', 'Ministerin',
  'Sprecher', 'Sprecherin', 'Ministre', 'Président', 'Présidente', 'Maire', 'Général'
])

/** Capitalised words that never begin a speaker's name. */
export const NOT_NAMES = new Set([
  'The', 'A', 'An', 'One', 'Two', 'Three', 'Some', 'Several', 'Many', 'Most', 'His', 'Her', 'Their', 'Its',
  'Our', 'This', 'That', 'These', 'Those', 'Both', 'Another', 'Other', 'Others', 'It', 'He', 'She', 'They',
  'We', 'I', 'You', 'But', 'And', 'In', 'On', 'At', 'As', 'When', 'While', 'After', 'Before', 'If', 'Then',
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'January', 'February',
  'March', 'April', 'June', 'July', 'August', 'September', 'October', 'November', 'December', 'Today',
  'Yesterday', 'Tomorrow', 'Earlier', 'Later', 'According', 'Asked', 'Speaking', 'There', 'Here'
])

/** Nouns naming unnamed people: with an indefinite determiner or none, they make a source anonymous. */
const ANONYMOUS_SINGULAR = new Set([
  'source', 'official', 'spokesperson', 'spokesman', 'spokeswoman', 'diplomat', 'aide', 'insider', 'person',
  'officer', 'staffer', 'employee', 'resident', 'witness', 'adviser', 'advisor', 'lawmaker', 'executive',
  'member', 'minister', 'soldier', 'commander', 'analyst', 'expert', 'worker', 'doctor', 'nurse', 'teacher',
  'student', 'driver', 'farmer', 'survivor', 'relative', 'neighbour', 'neighbor', 'friend', 'colleague'
])
const ANONYMOUS_PLURAL = new Set([
  'sources', 'officials', 'spokespeople', 'diplomats', 'aides', 'insiders', 'people', 'officers', 'staffers',
  'employees', 'residents', 'witnesses', 'advisers', 'advisors', 'lawmakers', 'executives', 'members',
  'ministers', 'soldiers', 'commanders', 'analysts', 'experts', 'workers', 'doctors', 'nurses', 'teachers',
  'students', 'drivers', 'farmers', 'survivors', 'relatives', 'neighbours', 'neighbors', 'friends', 'colleagues'
])
/** Words that make a source anonymous even with "the": "the source", "the insider". */
const ALWAYS_ANONYMOUS = new Set(['source', 'sources', 'insider', 'insiders'])
const ANONYMITY_PHRASES = ['declined to be named', 'declined to be identified', 'not to be named', 'not to be identified', 'anonymity', 'not authorized', 'not authorised', 'unnamed', 'anonymous']

const PERSON_NOUNS = new Set([
  'correspondent', 'reporter', 'journalist', 'editor', 'columnist', 'writer', 'author', 'president',
  'chancellor', 'mayor', 'governor', 'senator', 'general', 'colonel', 'captain', 'chief', 'director',
  'chairman', 'chairwoman', 'chair', 'ambassador', 'commissioner', 'professor', 'researcher', 'scientist',
  'economist', 'historian', 'lawyer', 'attorney', 'prosecutor', 'judge', 'spokesman', 'spokeswoman',
  'secretary', 'leader', 'activist', 'candidate', 'mother', 'father', 'woman', 'man', 'victim', 'owner',
  'manager', 'founder', 'coach', 'captain', 'pilot', 'officer', 'police', 'critics', 'critic'
])
const GROUP_NOUNS = new Set([
  'ministry', 'department', 'office', 'agency', 'government', 'company', 'firm', 'group', 'army', 'military',
  'police', 'council', 'committee', 'commission', 'party', 'campaign', 'embassy', 'kremlin', 'newspaper',
  'paper', 'magazine', 'broadcaster', 'report', 'statement', 'study', 'letter', 'memo', 'document',
  'website', 'court', 'union', 'organisation', 'organization', 'association', 'bank', 'board', 'white',
  'house', 'reuters', 'afp', 'ap', 'bbc', 'presidency', 'palace', 'administration', 'authorities', 'junta'
])
const DEFINITE = new Set(['the', 'this', 'that', 'these', 'those', 'his', 'her', 'their', 'its', 'our'])
const INDEFINITE = new Set(['a', 'an', 'one', 'another', 'some', 'several', 'many', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'other', 'few', 'numerous', 'multiple'])
const PLURAL_DETERMINERS = new Set(['some', 'several', 'many', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'few', 'numerous', 'multiple', 'these', 'those', 'both'])
/** A description longer than this is a clause, not a speaker. */
const MAX_DESCRIPTION_WORDS = 12

export interface DescriptionKind {
  person: boolean
  group: boolean
  anonymous: boolean
  plural: boolean
  definite: boolean
}

/** Classify a lower-case description such as "one source in the French military" or "the ministry". */
export function classifyDescription(phrase: string): DescriptionKind {
  const words = phrase.toLowerCase().split(/[^\p{L}\p{N}'’-]+/u).filter((w) => w !== '')
  const none: DescriptionKind = { person: false, group: false, anonymous: false, plural: false, definite: false }
  if (words.length === 0 || words.length > MAX_DESCRIPTION_WORDS) return none
  const first = words[0]
  const definite = DEFINITE.has(first)
  const determined = definite || INDEFINITE.has(first)
  const head = words.find((w) => ANONYMOUS_SINGULAR.has(w) || ANONYMOUS_PLURAL.has(w))
  const lower = phrase.toLowerCase()
  const anonymous =
    ANONYMITY_PHRASES.some((p) => lower.includes(p)) ||
    (head !== undefined && (!definite || ALWAYS_ANONYMOUS.has(head)))
  const person = head !== undefined || words.some((w) => PERSON_NOUNS.has(w))
  const group = !person && words.some((w) => GROUP_NOUNS.has(w))
  const plural = PLURAL_DETERMINERS.has(first) || (head !== undefined && ANONYMOUS_PLURAL.has(head))
  // A determiner phrase with no known noun still names someone ("the witness's lawyer", "an onlooker").
  const generic = determined && !person && !group
  return { person: person || generic, group, anonymous, plural, definite }
}
