/**
 * What a full stop after a short word means. Newsroom copy (AP/Reuters style) is full of
 * abbreviations, and each family behaves differently before the next word:
 *
 *  - 'title'           never ends a sentence: "Dr. Smith", "Gen. Milley", "Roe vs. Wade", "e.g. France".
 *  - 'number-prefix'   does not end a sentence before a digit: "No. 10", "Jan. 6", "p. 12"; before a
 *                      word it is an ordinary full stop ("We said no. No. We will not.").
 *  - 'name-continuing' is usually followed by more of a name: "U.S. Army", "George W. Bush", "Acme Inc.
 *                      shares". It ends a sentence only when the next word is a closed-class sentence
 *                      starter ("moved to the U.S. The next year …", "Plan B. It worked.").
 *  - 'clause-final'    often ends a sentence: "etc.", "a.m.", "p.m.", "et al." It ends one before any
 *                      capitalised word except a weekday, a month or a time zone, which continue the
 *                      time: "at 3 p.m. Monday", "at 9 a.m. EST" do not split; "at 3 p.m. The next day"
 *                      does. A lower-case next word never splits ("at 3 p.m. on Monday").
 */

export type AbbreviationKind = 'title' | 'number-prefix' | 'name-continuing' | 'clause-final'

const TITLES = new Set([
  'Mr',
  'Mrs',
  'Ms',
  'Mx',
  'Messrs',
  'Mme',
  'Mlle',
  'Dr',
  'Drs',
  'Prof',
  'Gen',
  'Gens',
  'Sen',
  'Sens',
  'Rep',
  'Reps',
  'Gov',
  'Govs',
  'St',
  'Lt',
  'Col',
  'Capt',
  'Cmdr',
  'Cdr',
  'Sgt',
  'Maj',
  'Adm',
  'Brig',
  'Cpl',
  'Pvt',
  'Rev',
  'Hon',
  'Pres',
  'Supt',
  'Det',
  'Insp',
  'Fr',
  'Msgr',
  'Mt',
  'Ft',
  'Atty',
  'Amb',
  'vs',
  'v',
  'e.g',
  'i.e',
  'cf',
  'viz',
  'a.k.a',
  'approx'
])

const NUMBER_PREFIXES = new Set([
  'No',
  'Nos',
  'Vol',
  'vol',
  'Art',
  'art',
  'p',
  'pp',
  'Fig',
  'fig',
  'Ch',
  'ch',
  'Sec',
  'sec',
  'Para',
  'para',
  'ca',
  'c',
  'Ed',
  'ed',
  'Nr',
  'nr',
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Sept',
  'Oct',
  'Nov',
  'Dec'
])

const NAME_CONTINUING = new Set(['Inc', 'Ltd', 'Corp', 'Co', 'Jr', 'Sr', 'Bros', 'Plc', 'Assn', 'Dept', 'Univ'])

const CLAUSE_FINAL = new Set(['etc', 'a.m', 'p.m', 'al'])

/**
 * Classify the word before a full stop (without that final stop: "U.S", "p.m", "Dr").
 * Returns null for an ordinary word, whose full stop ends the sentence before anything but lower case.
 */
export function classifyAbbreviation(word: string): AbbreviationKind | null {
  if (word === '') return null
  if (TITLES.has(word)) return 'title'
  if (NUMBER_PREFIXES.has(word)) return 'number-prefix'
  if (NAME_CONTINUING.has(word)) return 'name-continuing'
  if (CLAUSE_FINAL.has(word)) return 'clause-final'
  // A single capital is an initial: "J. R. R. Tolkien", "George W. Bush".
  if (word.length === 1 && word !== word.toLowerCase()) return 'name-continuing'
  if (word.includes('.')) {
    // Dotted capitals (U.S, U.K, D.C, U.S.A) are used as adjectives far more often than at a
    // sentence's end; dotted lower case (Ph.D, a.k.a variants) usually ends a clause.
    return word === word.toUpperCase() ? 'name-continuing' : 'clause-final'
  }
  return null
}

/** Closed-class words that start sentences but are never part of a name. */
export const SENTENCE_STARTERS = new Set([
  'The',
  'A',
  'An',
  'He',
  'She',
  'It',
  'They',
  'We',
  'I',
  'You',
  'His',
  'Her',
  'Its',
  'Their',
  'Our',
  'My',
  'Your',
  'This',
  'That',
  'These',
  'Those',
  'There',
  'Here',
  'But',
  'And',
  'Or',
  'So',
  'Yet',
  'In',
  'On',
  'At',
  'By',
  'For',
  'From',
  'With',
  'Without',
  'After',
  'Before',
  'During',
  'When',
  'While',
  'Where',
  'If',
  'Although',
  'Though',
  'As',
  'Since',
  'Because',
  'Meanwhile',
  'However',
  'Still',
  'Then',
  'Now',
  'Some',
  'Many',
  'Most',
  'Others',
  'All',
  'Both',
  'Each',
  'None',
  'What',
  'Why',
  'How',
  'Who',
  'Is',
  'Are',
  'Was',
  'Were',
  'Do',
  'Does',
  'Did',
  'Has',
  'Have',
  'Had',
  'Can',
  'Could',
  'Will',
  'Would',
  'Should',
  'Last',
  'Next',
  'To',
  'Under',
  'Despite',
  'Following',
  'According',
  'Such',
  'Also',
  'Instead',
  'Even',
  'Only',
  'Not',
  'No',
  'Yes',
  'Earlier',
  'Later',
  'Today',
  'Yesterday'
])

/** Capitalised words that continue a time after "a.m."/"p.m."/"etc.": weekdays, months, time zones. */
export const TIME_CONTINUATIONS = new Set([
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday',
  'Mon',
  'Tue',
  'Tues',
  'Wed',
  'Thu',
  'Thurs',
  'Fri',
  'Sat',
  'Sun',
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
  'ET',
  'EST',
  'EDT',
  'CT',
  'CST',
  'CDT',
  'MT',
  'MST',
  'MDT',
  'PT',
  'PST',
  'PDT',
  'GMT',
  'BST',
  'UTC',
  'CET',
  'CEST',
  'EET',
  'EEST',
  'WAT',
  'IST',
  'JST',
  'AEST',
  'AEDT'
])
