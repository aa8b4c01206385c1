/**
 * Words of capitalised names: courtesy titles and honorifics, the words that make a name an organisation's, job
 * titles before a name, capitalised words that never begin one, and the names a body's later "the <noun>" fits.
 * The lowercase nouns that describe a speaker without naming them are in speaker-nouns.ts. Kept apart from the
 * grammar (subjects.ts and the readers beside it) so a newsroom can extend them without touching logic.
 */
import { CAPITALISED } from './char-classes'

/** Ignored when matching a later surname-only mention ("Mr. Smith", "Dr Whitfield" → the surname). */
// prettier-ignore
export const COURTESY_TITLES = new Set([
  'Mr.', 'Mrs.', 'Ms.', 'Mx.', 'Miss', 'Dr.', 'Prof.', 'Mme', 'Mme.', 'Sir', 'Dame', 'Mr', 'Mrs', 'Ms', 'Mx', 'Dr',
  'Prof', 'Rev.', 'Rev'
])

/**
 * Honorifics split off a full name like a job title ("Dr Amara Whitfield" → "Amara Whitfield"), so
 * "Dr. Whitfield" and "Amara Whitfield" are one speaker. With a one-word name they stay ("Mr. Smith").
 */
// prettier-ignore
export const HONORIFICS = new Set([
  'Mr.', 'Mrs.', 'Ms.', 'Mx.', 'Miss', 'Dr.', 'Prof.', 'Mme', 'Mme.', 'Mr', 'Mrs', 'Ms', 'Mx', 'Dr', 'Prof', 'Rev.', 'Rev'
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
  'Army', 'Navy', 'Renewables', 'Constabulary', 'Bureau'
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
  'Leader', 'Speaker', 'Inspector', 'Detective', 'Coach', 'Councillor', 'Cllr', 'Councilman', 'Councilwoman',
  'Councilmember', 'Deputy', 'Assemblyman', 'Assemblywoman', 'Assemblymember', 'Alderman', 'Alderwoman',
  'Congressman', 'Congresswoman', 'Attorney', 'Solicitor', 'Comptroller', 'Controller', 'Treasurer', 'Auditor',
  'Clerk', 'Manager', 'Administrator', 'Supervisor',
  'Officer', 'Superintendent', 'Constable', 'Sheriff', 'Whip', 'MP', 'MEP', 'MSP', 'Prosecutor', 'Coroner',
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
  // adverbs of time or degree leading a phrase: "Just three hours later, …", "Only a week ago, …", "Nearly all of …"
  'Just', 'Only', 'Soon', 'Almost', 'Nearly',
  // prepositions opening a sentence's first phrase: "Amid calls to …, the mayor …" ("From" is a surname too)
  'Amid', 'Among', 'Amongst', 'Against', 'During', 'Since', 'Until', 'Without', 'Through', 'Despite',
  'Following', 'Upon', 'Behind', 'Beyond', 'Unlike', 'Like', 'Within', 'Throughout', 'Toward', 'Towards', 'Contrary',
  'Besides', 'Alongside', 'Beneath',
  // adverbs setting the scene: "Domestically, the row drew …", "Separately, the board …"
  'Domestically', 'Separately', 'Similarly', 'Additionally', 'Elsewhere', 'Otherwise',
  // sentence adverbs of doubt or comment: "Perhaps Ruiz said …", "Clearly the board …"
  'Perhaps', 'Maybe', 'Clearly', 'Certainly', 'Surely', 'Obviously', 'Apparently', 'Presumably', 'Arguably',
  'Ultimately', 'Eventually', 'Initially', 'Notably', 'Ironically', 'Interestingly', 'Importantly',
  // quantifiers and question words, never a name: "Much of the anger …", "What do you think of …"
  'Much', 'Few', 'Each', 'Every', 'All', 'Any', 'None', 'Such', 'What', 'Why', 'How', 'Who', 'Whom', 'Where', 'Which',
  // auxiliaries opening a question: "Does Hale think …?", "Did the council say …?" ("Will" and "May" are names too)
  'Does', 'Did', 'Do', 'Is', 'Are', 'Was', 'Were', 'Has', 'Have', 'Had', 'Should', 'Would', 'Could', 'Shall', 'Must'
])

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
  regulator: ['Regulator', 'Commission', 'Authority', 'Ofwat', 'Ofgem', 'Ofcom', 'Ofsted', 'Ofqual'],
  watchdog: ['Regulator', 'Commission', 'Authority', 'Ofwat', 'Ofgem', 'Ofcom', 'Ofsted', 'Ofqual'],
  campaign: ['Campaign', 'Committee', 'PAC'],
  outlet: ['Post', 'Times', 'Journal', 'Herald', 'Tribune', 'News', 'BBC', 'CNN', 'NBC', 'ABC', 'CBS', 'Fox', 'Radio', 'TV', 'Magazine'],
  site: ['News', 'Post', 'Hill', 'Politico', 'Axios', 'Breitbart', 'Vox', 'Daily'],
  website: ['News', 'Post', 'Hill', 'Politico', 'Axios', 'Breitbart', 'Vox', 'Daily']
}

/**
 * What a body's name ends with when its head alone would say too little: "the hospital" is "Pine Ridge Medical
 * Center", but not the "British Medical Association" nor the "Pew Research Center".
 */
const NOMINAL_NAME_ENDS: Record<string, readonly string[]> = {
  hospital: ['Medical Center', 'Medical Centre', 'Infirmary', 'Hospitals']
}

/** Words after which a name goes on past its head: "Ministry of Health", "Office for National Statistics". */
const AFTER_HEAD = new Set(['of', 'for', 'on', 'in'])

/**
 * True when a later "the <head>" can name the body called `name`. The noun itself counts only as the name's own
 * head, at its end or before "of", "for" …: "the ministry" is the "Ministry of Health", but "the government" is
 * not the "Local Government Association", where the word only says what the association is of.
 */
export function nameFitsNoun(name: string, head: string): boolean {
  const words = name.split(/\s+/u)
  const capitalisedHead = head.charAt(0).toUpperCase() + head.slice(1)
  const at = words.indexOf(capitalisedHead)
  if (at >= 0 && (at === words.length - 1 || AFTER_HEAD.has(words[at + 1]))) return true
  if ((NOMINAL_NAME_ENDS[head] ?? []).some((end) => name.endsWith(end))) return true
  return (NOMINAL_NAME_WORDS[head] ?? []).some((w) => words.includes(w))
}

/** Most words in an office named with "the": "the Deputy Prime Minister", "the Foreign Secretary". */
const MAX_OFFICE_WORDS = 4

/**
 * "the Energy Minister", "the Attorney General": capitalised words ending on a job title name an office, whose
 * holder is a person. "The Department of Justice" (lower-case "of") and "The Washington Post" stay bodies' names.
 */
export function isOfficeTitle(words: readonly string[]): boolean {
  if (words.length > MAX_OFFICE_WORDS || !ROLE_WORDS.has(words[words.length - 1])) return false
  return words.every((w) => CAPITALISED.test(w))
}
