/**
 * Word lists that tell a person from an organisation, and a named source from an anonymous one.
 * Kept apart from the grammar (subjects.ts and the readers beside it) so a newsroom can extend them without
 * touching logic.
 */
import { INSCRIBED } from './subject-words'

/** Ignored when matching a later surname-only mention ("Mr. Smith", "Dr Whitfield" → the surname). */
// prettier-ignore
export const COURTESY_TITLES = new Set([
  'Mr.', 'Mrs.', 'Ms.', 'Mx.', 'Miss', 'Dr.', 'Prof.', 'Mme', 'Mme.', 'Sir', 'Dame', 'Mr', 'Mrs', 'Ms', 'Mx', 'Dr',
  'Prof'
])

/**
 * Honorifics split off a full name like a job title ("Dr Amara Whitfield" → "Amara Whitfield"), so
 * "Dr. Whitfield" and "Amara Whitfield" are one speaker. With a one-word name they stay ("Mr. Smith").
 */
// prettier-ignore
export const HONORIFICS = new Set([
  'Mr.', 'Mrs.', 'Ms.', 'Mx.', 'Miss', 'Dr.', 'Prof.', 'Mme', 'Mme.', 'Mr', 'Mrs', 'Ms', 'Mx', 'Dr', 'Prof'
])
/** Honorifics that say nothing about the person's role, so are not kept as a description. */
export const PLAIN_COURTESY = new Set(['Mr.', 'Mrs.', 'Ms.', 'Mx.', 'Miss', 'Mme', 'Mme.', 'Mr', 'Mrs', 'Ms', 'Mx'])

/**
 * Words that make a capitalised name an organisation's ("Kestrel Bay Water", "Coastal Institute of
 * Technology", "Acme Ltd"): such a name is the antecedent of "it", never of "he" or "she".
 */
// prettier-ignore
const ORGANISATION_NAME_WORDS = new Set([
  'Water', 'Energy', 'Power', 'Gas', 'Electric', 'Rail', 'Railways', 'Airlines', 'Airways', 'Courier', 'Herald',
  'Times', 'Post', 'Gazette', 'Tribune', 'Journal', 'News', 'Press', 'Institute', 'University', 'College', 'School',
  'Hospital', 'Clinic', 'Trust', 'Foundation', 'Authority', 'Corporation', 'Corp.', 'Inc', 'Inc.', 'Ltd', 'Ltd.',
  'LLC', 'plc', 'PLC', 'Group', 'Holdings', 'Council', 'Ministry', 'Department', 'Agency', 'Bank', 'Union', 'Party',
  'Court', 'Police', 'Service', 'Services', 'Commission', 'Committee', 'Association', 'Society', 'Federation',
  'Network', 'Port', 'Airport', 'Board', 'Office', 'Company', 'Partners', 'Alliance', 'Coalition', 'Club', 'Church',
  'Army', 'Navy'
])

/** True when a name's words mark it as an organisation's rather than a person's. */
export function isOrganisationName(words: readonly string[]): boolean {
  return words.some((w) => ORGANISATION_NAME_WORDS.has(w))
}

/** Job titles that may precede a name; the last one splits "French President Emmanuel Macron" into role + name. */
// prettier-ignore
export const ROLE_WORDS = new Set([
  'President', 'Vice', 'Prime', 'Minister', 'Secretary', 'Chancellor', 'Mayor', 'Governor', 'Gov.', 'Senator', 'Sen.',
  'Representative', 'Rep.', 'General', 'Gen.', 'Colonel', 'Col.', 'Captain', 'Capt.', 'Lieutenant', 'Lt.', 'Sergeant',
  'Sgt.', 'Major', 'Maj.', 'Admiral', 'Adm.', 'Commander', 'Judge', 'Justice', 'Director', 'Chairman', 'Chairwoman',
  'Chair', 'Chief', 'Ambassador', 'Commissioner', 'Spokesman', 'Spokeswoman', 'Spokesperson', 'Professor', 'King',
  'Queen', 'Prince', 'Princess', 'Pope', 'Archbishop', 'Bishop', 'Rabbi', 'Imam', 'Sheikh', 'CEO', 'Premier',
  'Leader', 'Speaker', 'Inspector', 'Detective', 'Coach', 'Councillor', 'Councilman', 'Councilwoman', 'Deputy',
  'Officer', 'Superintendent',
  // German and French titles for quotes carried in the original language.
  'Bürgermeister', 'Bürgermeisterin', 'Präsident', 'Präsidentin', 'Kanzler', 'Kanzlerin', 'Ministerin', 'Sprecher',
  'Sprecherin', 'Ministre', 'Président', 'Présidente', 'Maire', 'Général'
])

/** Capitalised words that never begin a speaker's name. */
// prettier-ignore
export const NOT_NAMES = new Set([
  'The', 'A', 'An', 'One', 'Two', 'Three', 'Some', 'Several', 'Many', 'Most', 'His', 'Her', 'Their', 'Its', 'Our', 'My', 'Your',
  'This', 'That', 'These', 'Those', 'Both', 'Another', 'Other', 'Others', 'It', 'He', 'She', 'They', 'We', 'I', 'You',
  'But', 'And', 'In', 'On', 'At', 'As', 'When', 'While', 'After', 'Before', 'If', 'Then', 'Monday', 'Tuesday',
  'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'January', 'February', 'March', 'April', 'June', 'July',
  'August', 'September', 'October', 'November', 'December', 'Today', 'Yesterday', 'Tomorrow', 'Earlier', 'Later',
  'According', 'Asked', 'Speaking', 'There', 'Here', 'To', 'For', 'With', 'By', 'Of', 'Under', 'Over',
  // sentence adverbs opening a sentence: "However, he held his fire", "Indeed, down here …"
  'However', 'Indeed', 'Meanwhile', 'Moreover', 'Instead', 'Nevertheless', 'Nonetheless', 'Furthermore', 'Still',
  'Yet', 'Thus', 'Plus', 'Also', 'Now',
  // prepositions opening a sentence's first phrase: "Amid calls to …, the mayor …" ("From" is a surname too)
  'Amid', 'Among', 'Amongst', 'Against', 'During', 'Since', 'Until', 'Without', 'Through', 'Despite',
  'Following', 'Upon', 'Behind', 'Beyond', 'Unlike', 'Like', 'Within', 'Throughout', 'Toward', 'Towards',
  // quantifiers and question words, never a name: "Much of the anger …", "What do you think of …"
  'Much', 'Few', 'Each', 'Every', 'All', 'Any', 'None', 'Such', 'What', 'Why', 'How', 'Who', 'Whom', 'Where', 'Which',
  // auxiliaries opening a question: "Does Hale think …?", "Did the council say …?" ("Will" and "May" are names too)
  'Does', 'Did', 'Do', 'Is', 'Are', 'Was', 'Were', 'Has', 'Have', 'Had', 'Should', 'Would', 'Could', 'Shall', 'Must'
])

/** Nouns naming unnamed people: with an indefinite determiner or none, they make a source anonymous. */
// prettier-ignore
const ANONYMOUS_SINGULAR = new Set([
  'source', 'official', 'spokesperson', 'spokesman', 'spokeswoman', 'diplomat', 'aide', 'insider', 'person',
  'officer', 'staffer', 'employee', 'resident', 'witness', 'adviser', 'advisor', 'lawmaker', 'executive', 'member',
  'minister', 'soldier', 'commander', 'analyst', 'expert', 'worker', 'doctor', 'nurse', 'teacher', 'student',
  'driver', 'farmer', 'survivor', 'relative', 'neighbour', 'neighbor', 'friend', 'colleague', 'engineer',
  'technician', 'manager', 'surgeon', 'physician', 'paramedic', 'midwife', 'consultant', 'researcher', 'scientist',
  'inspector', 'contractor', 'guard', 'clinician', 'operator', 'dockworker', 'passenger', 'patient', 'parent',
  'volunteer', 'organiser', 'organizer', 'campaigner', 'whistleblower'
])
// prettier-ignore
const ANONYMOUS_PLURAL = new Set([
  'sources', 'officials', 'spokespeople', 'diplomats', 'aides', 'insiders', 'people', 'officers', 'staffers',
  'employees', 'residents', 'witnesses', 'advisers', 'advisors', 'lawmakers', 'executives', 'members', 'ministers',
  'soldiers', 'commanders', 'analysts', 'experts', 'workers', 'doctors', 'nurses', 'teachers', 'students', 'drivers',
  'farmers', 'survivors', 'relatives', 'neighbours', 'neighbors', 'friends', 'colleagues', 'engineers', 'technicians',
  'managers', 'surgeons', 'physicians', 'paramedics', 'midwives', 'consultants', 'researchers', 'scientists',
  'inspectors', 'contractors', 'guards', 'clinicians', 'operators', 'dockworkers', 'passengers', 'patients',
  'parents', 'volunteers', 'organisers', 'organizers', 'campaigners', 'staff', 'critics', 'protesters',
  'investigators', 'prosecutors'
])
/** Words that make a source anonymous even with "the": "the source", "the insider". */
const ALWAYS_ANONYMOUS = new Set(['source', 'sources', 'insider', 'insiders'])
// prettier-ignore
const ANONYMITY_PHRASES = [
  'declined to be named', 'declined to be identified', 'not to be named', 'not to be identified', 'anonymity',
  'not authorized', 'not authorised', 'unnamed', 'anonymous'
]

// prettier-ignore
const PERSON_NOUNS = new Set([
  'correspondent', 'reporter', 'journalist', 'editor', 'columnist', 'writer', 'author', 'president', 'chancellor',
  'mayor', 'governor', 'senator', 'general', 'colonel', 'captain', 'chief', 'director', 'chairman', 'chairwoman',
  'chair', 'ambassador', 'commissioner', 'professor', 'researcher', 'scientist', 'economist', 'historian', 'lawyer',
  'attorney', 'prosecutor', 'judge', 'spokesman', 'spokeswoman', 'secretary', 'leader', 'activist', 'candidate',
  'mother', 'father', 'woman', 'man', 'victim', 'owner', 'manager', 'founder', 'coach', 'captain', 'pilot', 'officer',
  'police', 'critics', 'critic', 'lobbyist', 'lobbyists', 'reviewer', 'reviewers',
  // groups of people named by what they do or back
  'councillors', 'councilors', 'senators', 'legislators', 'economists', 'activists', 'leaders', 'voters', 'democrats',
  'republicans', 'supporters', 'opponents', 'advocates', 'lawyers', 'attorneys', 'judges', 'candidates', 'donors',
  'strategists', 'pollsters', 'historians', 'scholars', 'reporters', 'journalists', 'councillor', 'councilor',
  'legislator', 'strategist', 'pollster', 'spokesperson', 'nominee', 'nominees', 'allies', 'rivals', 'backers',
  'associates', 'loyalists', 'confidants', 'detractors', 'surrogates', 'defenders', 'operatives',
  // kin, who speak for a person in the news: "Scott's family has called on police to …", "his widow said"
  'family', 'families', 'wife', 'husband', 'widow', 'widower', 'son', 'daughter', 'brother', 'sister', 'parents',
  // common English nouns of occupation, office and standing: "The billionaire businessman began by …, saying"
  'businessman', 'businesswoman', 'entrepreneur', 'billionaire', 'millionaire', 'investor', 'banker', 'developer',
  'neurosurgeon', 'dentist', 'counsel', 'justice', 'congressman', 'congresswoman', 'representative', 'delegate',
  'delegates', 'protester', 'protesters', 'demonstrator', 'demonstrators', 'marchers', 'veteran', 'veterans', 'host',
  'anchor', 'commentator', 'pundit', 'blogger', 'actor', 'actress', 'singer', 'comedian', 'celebrity', 'athlete',
  'player', 'priest', 'pastor', 'bishop', 'pope', 'pontiff', 'rabbi', 'imam', 'preacher', 'principal', 'dean',
  'sheriff', 'detective', 'agent', 'firefighter', 'grandmother', 'grandfather', 'mom', 'dad', 'teenager', 'rancher',
  'miner', 'novelist', 'poet', 'filmmaker', 'producer', 'publisher', 'moderator', 'interviewer', 'panelist',
  'incumbent', 'challenger', 'rival', 'ally', 'envoy', 'councilman', 'councilwoman', 'alderman', 'operative',
  'ceo', 'nun', 'monk', 'lawmaker',
  // people by where they come from or what they finished: "a Leeds native and college graduate" is a person, not
  // the college
  'native', 'natives', 'graduate', 'graduates', 'alumnus', 'alumna', 'alumni', 'retiree', 'retirees',
  // people by age, standing or outlook: "a young child, who said …", "conservatives argue" (plurals: a singular
  // before a name is its role, "said undecided voter Ana Ruiz of Derry")
  'child', 'children', 'boys', 'girls', 'kids', 'teenagers', 'adults', 'citizens', 'immigrants', 'gunmen',
  'millennials', 'conservatives', 'liberals', 'progressives', 'moderates', 'independents', 'evangelicals'
])
// prettier-ignore
const GROUP_NOUNS = new Set([
  'ministry', 'department', 'office', 'agency', 'government', 'company', 'firm', 'group', 'army', 'military',
  'police', 'council', 'committee', 'commission', 'party', 'campaign', 'embassy', 'kremlin', 'newspaper', 'paper',
  'magazine', 'broadcaster', 'report', 'statement', 'study', 'letter', 'memo', 'document', 'website', 'court',
  'union', 'organisation', 'organization', 'association', 'bank', 'board', 'white', 'house', 'reuters', 'afp', 'ap',
  'bbc', 'presidency', 'palace', 'administration', 'authorities', 'junta', 'utility', 'utilities', 'institute',
  'university', 'hospital', 'trust', 'foundation', 'authority', 'corporation', 'regulator', 'port', 'airport',
  'school', 'college', 'charity', 'network', 'federation', 'coalition', 'alliance', 'consortium', 'airline',
  'insurer', 'team', 'teams', 'crew', 'jury', 'caucus', 'delegation', 'movement', 'circle',
  // documents, surveys and investigations speak for whoever made them: "the survey found", "the filing says"
  'survey', 'poll', 'polls', 'census', 'audit', 'review', 'analysis', 'investigation', 'inquiry', 'probe',
  'transcript', 'complaint', 'lawsuit', 'filing', 'ruling', 'indictment', 'release', 'tweet', 'article', 'piece',
  'story', 'editorial', 'column', 'ad', 'advert', 'advertisement', 'video', 'book', 'memoir', 'memoirs', 'autobiography',
  'biography', 'diary', 'essay', 'op-ed', 'manifesto', 'data', 'figures', 'records', 'results', 'form', 'forms',
  'documents', 'email', 'emails', 'headline', 'guidelines', 'rules', 'law', 'bill', 'platform', 'brief', 'motion', 'website', 'station', 'channel', 'outlet',
  'publication', 'site', 'blog', 'programme', 'program', 'show',
  // bodies in the plural: "several environmental groups granted …, saying"
  'groups', 'organisations', 'organizations', 'companies', 'firms', 'agencies', 'unions', 'charities', 'associations'
])
/** Words that end the head of a noun phrase: "one engineer [at the plant]", "officials [who …]". */
// prettier-ignore
const PHRASE_BREAKS = new Set([
  'of', 'at', 'for', 'in', 'from', 'with', 'on', 'to', 'by', 'who', 'which', 'that', 'whose', 'whom'
])
const KNOWN_NOUN_SETS = [ANONYMOUS_SINGULAR, ANONYMOUS_PLURAL, PERSON_NOUNS, GROUP_NOUNS]
const DEFINITE = new Set(['the', 'this', 'that', 'these', 'those', 'his', 'her', 'their', 'its', 'our'])
// prettier-ignore
const INDEFINITE = new Set([
  'a', 'an', 'one', 'another', 'some', 'several', 'many', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight',
  'nine', 'ten', 'other', 'few', 'numerous', 'multiple'
])
// prettier-ignore
const PLURAL_DETERMINERS = new Set([
  'some', 'several', 'many', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'few',
  'numerous', 'multiple', 'these', 'those', 'both'
])
/** True for a noun the lists above know as naming people or a body: "commissioner", "officials", "ministry". */
export function isKnownNoun(word: string): boolean {
  const lower = word.toLowerCase()
  return KNOWN_NOUN_SETS.some((set) => set.has(lower))
}

/** True for a noun naming a body or a document that can speak as "it": "the memo", "the ministry". */
export function isGroupNoun(word: string): boolean {
  return GROUP_NOUNS.has(word.toLowerCase())
}

/** A description longer than this is a clause, not a speaker. */
const MAX_DESCRIPTION_WORDS = 12

/** Read-only: answers are shared between callers (see classifyDescription). */
export interface DescriptionKind {
  readonly person: boolean
  readonly group: boolean
  readonly anonymous: boolean
  readonly plural: boolean
  readonly definite: boolean
  /**
   * A noun phrase built on a known noun and opening like one ("the utility", "one engineer at the
   * plant", "officials"), as opposed to a guess from a bare determiner ("an affiliate of …") or
   * words that only contain a known noun ("Jane met officials who"). Prose tracking needs this.
   */
  readonly wellFormed: boolean
}

/**
 * Answers already given, by phrase: the speaker and claimant readers ask about the same few phrases
 * again and again ("Trump", "officials": three asks in four repeat one). Emptied when full, so it stays
 * small whatever the draft; the answer depends on the phrase alone, so results are the same either way.
 */
const DESCRIPTIONS = new Map<string, DescriptionKind>()
const MAX_REMEMBERED_DESCRIPTIONS = 4096

/** Classify a description such as "one source in the French military" or "the ministry". */
export function classifyDescription(phrase: string): DescriptionKind {
  let kind = DESCRIPTIONS.get(phrase)
  if (kind === undefined) {
    if (DESCRIPTIONS.size >= MAX_REMEMBERED_DESCRIPTIONS) DESCRIPTIONS.clear()
    DESCRIPTIONS.set(phrase, (kind = describe(phrase)))
  }
  return kind
}

/** Prefixes of a noun for a person that keep its sense: "ex-wife", "co-founder", "vice-chair". */
const NOUN_PREFIX = /^(?:ex|co|vice|step)-(?=\p{L})/u

function describe(phrase: string): DescriptionKind {
  const words = phrase
    .toLowerCase()
    .split(/[^\p{L}\p{N}'’-]+/u)
    .filter((w) => w !== '')
  const none: DescriptionKind = {
    person: false,
    group: false,
    anonymous: false,
    plural: false,
    definite: false,
    wellFormed: false
  }
  if (words.length === 0 || words.length > MAX_DESCRIPTION_WORDS) return none
  // "his ex-wife", "the co-founder", "the vice-chair": a prefix leaves the noun what it was.
  for (let k = 0; k < words.length; k++) words[k] = words[k].replace(NOUN_PREFIX, '')
  const first = words[0]
  const definite = DEFINITE.has(first)
  const determined = definite || INDEFINITE.has(first)
  const head = words.find((w) => ANONYMOUS_SINGULAR.has(w) || ANONYMOUS_PLURAL.has(w))
  const lower = phrase.toLowerCase()
  const anonymous =
    ANONYMITY_PHRASES.some((p) => lower.includes(p)) ||
    (head !== undefined && (!definite || ALWAYS_ANONYMOUS.has(head)))
  const person = head !== undefined || words.some((w) => PERSON_NOUNS.has(w))
  const group = !person && words.some((w) => GROUP_NOUNS.has(w) || (determined && INSCRIBED.has(w)))
  const plural = PLURAL_DETERMINERS.has(first) || (head !== undefined && ANONYMOUS_PLURAL.has(head))
  // A determiner phrase with no known noun still names someone ("the witness's lawyer", "an onlooker").
  const generic = determined && !person && !group
  // The known noun must head the phrase: "an affiliate of the union" is not about a union.
  const headEnd = words.findIndex((w, i) => i > 0 && PHRASE_BREAKS.has(w))
  const headWords = headEnd === -1 ? words : words.slice(0, headEnd)
  const known = (w: string): boolean => KNOWN_NOUN_SETS.some((set) => set.has(w))
  // "top black lawmakers", "Federal and state officials": a short phrase ending on its known head noun.
  const headLast = headWords.length <= 4 && known(headWords[headWords.length - 1])
  // "a sign that read …", "the message said …": a thing carrying written words, with its determiner.
  const inscribed = determined && headWords.some((w) => INSCRIBED.has(w))
  const wellFormed = inscribed || (headWords.some(known) && (determined || known(first) || headLast))
  return { person: person || generic, group, anonymous, plural, definite, wellFormed }
}

/**
 * What a body's name is called in later sentences: "The Washington Post … the newspaper wrote",
 * "Kestrel Bay Water … the utility said". A head noun fits a name that holds one of its words (or
 * the noun itself, capitalised: "the ministry" → "Ministry of Health").
 */
// prettier-ignore
const NOMINAL_NAME_WORDS: Record<string, readonly string[]> = {
  newspaper: ['Post', 'Times', 'Journal', 'Herald', 'Tribune', 'Gazette', 'News', 'Courier', 'Telegraph', 'Guardian', 'Globe', 'Chronicle', 'Star', 'Sun', 'Mirror', 'Examiner', 'Inquirer', 'Observer', 'Independent', 'Record', 'Register', 'Standard'],
  paper: ['Post', 'Times', 'Journal', 'Herald', 'Tribune', 'Gazette', 'News', 'Courier', 'Telegraph', 'Guardian', 'Globe', 'Chronicle', 'Star', 'Sun', 'Mirror', 'Examiner', 'Inquirer', 'Observer', 'Independent'],
  magazine: ['Magazine', 'Weekly', 'Review', 'Monthly', 'Atlantic', 'Economist', 'Time', 'Newsweek', 'Yorker'],
  network: ['News', 'BBC', 'CNN', 'NBC', 'ABC', 'CBS', 'Fox', 'MSNBC', 'NPR', 'Radio', 'TV', 'Television', 'Network'],
  broadcaster: ['News', 'BBC', 'CNN', 'NBC', 'ABC', 'CBS', 'Fox', 'MSNBC', 'NPR', 'Radio', 'TV', 'Television'],
  agency: ['Agency', 'Press', 'Reuters', 'AP', 'AFP', 'Bureau', 'Administration', 'Service'],
  company: ['Inc', 'Inc.', 'Corp', 'Corp.', 'Ltd', 'Ltd.', 'LLC', 'plc', 'PLC', 'Company', 'Group', 'Holdings', 'Partners'],
  firm: ['Inc', 'Inc.', 'Corp', 'Corp.', 'Ltd', 'Ltd.', 'LLC', 'plc', 'PLC', 'Company', 'Group', 'Holdings', 'Partners'],
  utility: ['Water', 'Energy', 'Power', 'Gas', 'Electric'],
  group: ['Group', 'Association', 'Coalition', 'Alliance', 'Society', 'Federation', 'Union', 'Council', 'Center', 'Centre', 'Institute', 'Foundation'],
  organization: ['Association', 'Coalition', 'Alliance', 'Society', 'Federation', 'Union', 'Council', 'Center', 'Centre', 'Institute', 'Foundation', 'Organization', 'Organisation'],
  organisation: ['Association', 'Coalition', 'Alliance', 'Society', 'Federation', 'Union', 'Council', 'Center', 'Centre', 'Institute', 'Foundation', 'Organization', 'Organisation'],
  'think-tank': ['Institute', 'Center', 'Centre', 'Foundation'],
  campaign: ['Campaign', 'Committee', 'PAC'],
  outlet: ['Post', 'Times', 'Journal', 'Herald', 'Tribune', 'News', 'BBC', 'CNN', 'NBC', 'ABC', 'CBS', 'Fox', 'Radio', 'TV', 'Magazine'],
  site: ['News', 'Post', 'Hill', 'Politico', 'Axios', 'Breitbart', 'Vox', 'Daily'],
  website: ['News', 'Post', 'Hill', 'Politico', 'Axios', 'Breitbart', 'Vox', 'Daily']
}

/** True when a later "the <head>" can name the body called `name`. */
export function nameFitsNoun(name: string, head: string): boolean {
  const words = name.split(/\s+/u)
  const capitalisedHead = head.charAt(0).toUpperCase() + head.slice(1)
  return words.includes(capitalisedHead) || (NOMINAL_NAME_WORDS[head] ?? []).some((w) => words.includes(w))
}
